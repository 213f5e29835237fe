// Appendix: the template libraries and the templates the listed threats came from.

#include "reportpager.h"
#include "reportsections.h"

namespace tb {

void drawTemplates(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    const ReportText &tr = c.text;
    pager.beginSection(QStringLiteral("templates"), sectionTitle(tr, QStringLiteral("templates")),
                       QPageLayout::Portrait);
    pager.paragraph(tr("Library versions"), pager.font(11, true));
    pager.paragraph(c.libraryVersions.isEmpty() ? tr("none")
                                                : c.libraryVersions.join(QStringLiteral(", ")),
                    pager.bodyFont());
    pager.paragraph(tr("Threats added by hand: %1").arg(c.handMadeThreats), pager.bodyFont());
    if (c.templates.isEmpty())
        return;
    ReportTable t;
    t.headers
        = {tr("Template"), tr("Version"), tr("Name"), tr("Template libraries"), tr("Threats")};
    t.widths = {0.31, 0.09, 0.32, 0.17, 0.11};
    for (const TemplateUse &u : c.templates)
        t.rows.append({u.id, u.version ? QString::number(u.version) : QString(),
                       u.library.isEmpty() ? tr("not in the built-in library") : u.name, u.library,
                       QString::number(u.threats)});
    pager.table(t, 4, tr("Threats from templates"));
}

} // namespace tb
