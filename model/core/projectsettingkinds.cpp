// The registry of project setting keys. A module adding a key adds one line here.

#include "projectsettings.h"
#include "reportoptions.h"

namespace tb {

const std::vector<ProjectSettingKind> &projectSettingKinds()
{
    static const std::vector<ProjectSettingKind> kinds{
        {kReportOptionsKey, QStringLiteral("report options"), &checkReportOptions},
    };
    return kinds;
}

} // namespace tb
