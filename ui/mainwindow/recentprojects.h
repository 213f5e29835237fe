#pragma once

#include <QStringList>

namespace tb {

/// The most recently opened project files, newest first, kept in QSettings.
class RecentProjects final
{
public:
    static constexpr int kMaxEntries = 8;

    static QStringList files();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace tb
