#include "exampleproject.h"

#include "core/propertycatalog.h"
#include "io/canonicaljson.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace tb {

QString exampleResourcePath()
{
    return QStringLiteral(":/templates/examples/smart-door-lock.threatbench.json");
}

Result<QString> ensureExampleProject()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                        + QStringLiteral("/examples");
    const QString path = dir + QStringLiteral("/smart-door-lock.threatbench");
    // Once imported, the example is the user's to play with: open what is there.
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(dir))
        return makeError(
            QCoreApplication::translate("tb::ExampleProject", "cannot create the folder"), dir,
            ErrorKind::Io);

    QFile resource(exampleResourcePath());
    if (!resource.open(QIODevice::ReadOnly))
        return makeError(
            QCoreApplication::translate("tb::ExampleProject",
                                        "the bundled example is missing from this build"),
            exampleResourcePath(), ErrorKind::Io);
    const Result<ProjectData> data
        = readCanonicalJson(resource.readAll(), resource.fileName(), PropertyCatalog::builtIn());
    if (!data)
        return data.error();
    const Result<std::unique_ptr<ProjectStore>> store = ProjectStore::create(path, *data);
    if (!store)
        return store.error();
    return path;
}

} // namespace tb
