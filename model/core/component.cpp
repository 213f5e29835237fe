#include "component.h"

namespace tb {

QString componentLabel(const Component &c)
{
    QString label = c.group.isEmpty() ? c.name : c.group + QLatin1Char('/') + c.name;
    if (!c.version.isEmpty())
        label += QLatin1Char('@') + c.version;
    return label;
}

} // namespace tb
