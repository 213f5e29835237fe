#include "projectload.h"

#include "canonicaljson.h"
#include "core/propertycatalog.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>

namespace tb {

Result<ProjectData> loadProjectData(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QFile::exists(path) ? file.errorString() : QStringLiteral("no such file"),
                         path, QFile::exists(path) ? ErrorKind::Io : ErrorKind::BadInput);
    const QByteArray head = file.peek(16);
    if (head.trimmed().startsWith('{'))
        return importCanonicalJsonFile(path, PropertyCatalog::builtIn());
    file.close();
    Result<std::unique_ptr<ProjectStore>> store
        = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    if (!store)
        return store.error();
    return store.value()->loaded();
}

Result<ProjectData> loadDiffSide(const QString &path)
{
    const QFileInfo info(path);
    if (path == QLatin1String("/dev/null") || (info.isFile() && info.size() == 0))
        return ProjectData{};
    Result<ProjectData> r = loadProjectData(path);
    if (!r && !r.error().where.contains(path)) {
        Error e = r.error();
        e.where = e.where.isEmpty() ? path : path + QStringLiteral(": ") + e.where;
        return e;
    }
    return r;
}

} // namespace tb
