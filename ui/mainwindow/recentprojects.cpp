#include "recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace tb {

namespace {
const auto kKey = QStringLiteral("recentProjects");

void store(const QStringList &files)
{
    QSettings().setValue(kKey, files);
}
} // namespace

QStringList RecentProjects::files()
{
    return QSettings().value(kKey).toStringList();
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxEntries)
        list.removeLast();
    store(list);
}

void RecentProjects::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentProjects::clear()
{
    store({});
}

} // namespace tb
