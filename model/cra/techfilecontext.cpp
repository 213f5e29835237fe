#include "techfile.h"

#include <QFileInfo>

namespace tb {

TechFileContext techFileContextFor(const QString &projectPath, const QDate &today)
{
    return {today, QFileInfo(projectPath).fileName(), QStringLiteral("risk-register.pdf")};
}

} // namespace tb
