#include "component.h"

namespace tb {

QString componentLabel(const Component &c)
{
    QString label = c.group.isEmpty() ? c.name : c.group + QLatin1Char('/') + c.name;
    if (!c.version.isEmpty())
        label += QLatin1Char('@') + c.version;
    return label;
}

QString componentIdentity(const QString &purl, const QString &group, const QString &name)
{
    if (purl.isEmpty())
        return QStringLiteral("name:") + group + QLatin1Char('/') + name;
    QString p = purl;
    for (const QChar cut : {QLatin1Char('#'), QLatin1Char('?'), QLatin1Char('@')}) {
        const qsizetype at = p.indexOf(cut, p.indexOf(QLatin1Char('/')));
        if (at > 0)
            p.truncate(at);
    }
    return p;
}

} // namespace tb
