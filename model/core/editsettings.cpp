#include "editchecks.h"
#include "projectsettings.h"

namespace tb::detail {

Result<Edit> applySetProjectSetting(ProjectData &d, const SetProjectSetting &e, Change *change)
{
    if (Result<void> r = checkProjectSetting(e.key, e.body); !r)
        return r.error();
    SetProjectSetting inverse{e.key, d.settings.value(e.key)};
    if (e.body.isEmpty())
        d.settings.remove(e.key);
    else
        d.settings.insert(e.key, e.body);
    if (change)
        change->settings.insert(e.key);
    return Edit(std::move(inverse));
}

} // namespace tb::detail
