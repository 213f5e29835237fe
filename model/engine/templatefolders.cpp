#include "templatefolders.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tb {

QString userTemplateFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/threatbench/templates");
}

QStringList templateFolders(const QString &projectPath, const QStringList &extra)
{
    QStringList folders{QStringLiteral(":/templates")};
    if (const QString user = userTemplateFolder(); QFileInfo(user).isDir())
        folders.append(user);
    if (!projectPath.isEmpty()) {
        const QString beside = QFileInfo(projectPath)
                                   .absoluteDir()
                                   .filePath(QStringLiteral("threatbench-templates"));
        if (QFileInfo(beside).isDir())
            folders.append(beside);
    }
    return folders + extra;
}

} // namespace tb
