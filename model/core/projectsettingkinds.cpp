// The registry of project setting keys. A module adding a key adds one line here.

#include "projectsettings.h"
#include "reportoptions.h"

#include "cra/craprofile.h"
#include "cra/vextriage.h"

namespace tb {

const std::vector<ProjectSettingKind> &projectSettingKinds()
{
    static const std::vector<ProjectSettingKind> kinds{
        {kReportOptionsKey, QStringLiteral("report options"), &checkReportOptions},
        {kCraProfileKey, QStringLiteral("CRA product profile"), &checkCraProfile},
        {kVexTriageKey, QStringLiteral("vulnerability triage"), &checkVexTriage},
    };
    return kinds;
}

} // namespace tb
