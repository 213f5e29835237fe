// The three tables of the register: threats, the Annex I matrix and the mitigation plan.

#include "reportpager.h"
#include "reportsections.h"

namespace tb {

void drawRegister(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    pager.beginSection(QStringLiteral("register"), sectionTitle(c.text, QStringLiteral("register")),
                       QPageLayout::Landscape);
    if (c.threats.isEmpty()) {
        pager.paragraph(c.text("No threat matches the report's filters."), pager.bodyFont());
        return;
    }
    pager.table(registerTable(c), 3);
}

void drawMatrix(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    pager.beginSection(QStringLiteral("matrix"), sectionTitle(c.text, QStringLiteral("matrix")),
                       QPageLayout::Portrait);
    pager.table(matrixTable(c), 4);
}

void drawPlan(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    pager.beginSection(QStringLiteral("plan"), sectionTitle(c.text, QStringLiteral("plan")),
                       QPageLayout::Landscape);
    if (c.tasks.isEmpty()) {
        pager.paragraph(c.text("No mitigation task."), pager.bodyFont());
        return;
    }
    pager.table(planTable(c), 4);
}

} // namespace tb
