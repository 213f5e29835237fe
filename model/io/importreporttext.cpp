#include "importreporttext.h"

#include <QStringList>

namespace tb {

QString importReportText(const Imported &imported, const QString &input, const QString &output)
{
    const ProjectData &data = imported.data;
    const ImportReport &r = imported.report;
    QStringList lines;
    for (const QString &line : r.approximated)
        lines.append(QStringLiteral("approximated: ") + line);
    for (const QString &line : r.dropped)
        lines.append(QStringLiteral("dropped: ") + line);
    lines.append(QStringLiteral("Imported %1 (%2): %3 elements, %4 flows, %5 boundaries, %6 data "
                                "assets, %7 threats, %8 tasks into %9; %10 approximated, %11 "
                                "dropped.")
                     .arg(input, r.format)
                     .arg(data.elements.size())
                     .arg(data.flows.size())
                     .arg(data.boundaries.size())
                     .arg(data.assets.size())
                     .arg(data.threats.size())
                     .arg(data.tasks.size())
                     .arg(output)
                     .arg(r.approximated.size())
                     .arg(r.dropped.size()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace tb
