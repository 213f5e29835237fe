// Scope: intended purpose, data assets, trust zones, assumptions and exclusions.

#include "reportpager.h"
#include "reportsections.h"

namespace tb {

namespace {

QString need(int level)
{
    return QString::number(level);
}

void assets(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    const ReportText &tr = c.text;
    const ProjectData &d = *c.data;
    if (d.assets.isEmpty())
        return;
    ReportTable t;
    t.headers = {tr("Name"), tr("Classification"), tr("Confidentiality"), tr("Integrity"),
                 tr("Availability")};
    t.widths = {0.34, 0.18, 0.16, 0.16, 0.16};
    for (const Id &id : ProjectData::sortedIds(d.assets)) {
        const DataAsset &a = d.assets[id];
        t.rows.append({a.name, a.classification, need(a.confidentiality), need(a.integrity),
                       need(a.availability)});
    }
    pager.table(t, 4, tr("Data assets"));
}

void zones(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    const ReportText &tr = c.text;
    const ProjectData &d = *c.data;
    ReportTable t;
    t.headers = {tr("Name"), tr("Trust level"), tr("Inside"), tr("Description")};
    t.widths = {0.3, 0.12, 0.2, 0.38};
    for (const Id &id : ProjectData::sortedIds(d.boundaries)) {
        const Boundary &b = d.boundaries[id];
        if (b.kind != BoundaryKind::Zone)
            continue;
        t.rows.append({b.name, QStringLiteral("%1 / %2").arg(b.trustLevel).arg(kMaxTrustLevel),
                       d.boundaries.value(b.parent).name, b.description});
    }
    if (t.rows.isEmpty())
        return;
    pager.table(t, 4, tr("Trust zones"));
}

void assumptions(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    const ReportText &tr = c.text;
    const ProjectData &d = *c.data;
    pager.paragraph(tr("Assumptions and exclusions"), pager.font(11, true));
    QStringList items;
    for (const RequirementDecision &r : d.decisions)
        items.append(tr("Annex I %1 declared not applicable: %2").arg(r.annexId, r.justification));
    for (const Id &id : c.threats) {
        const Threat &t = d.threats[id];
        if (t.justification.isEmpty() || !statusNeedsJustification(t.status))
            continue;
        items.append(tr("Risk %1 is %2: %3")
                         .arg(QStringLiteral("\"") + t.title.left(120) + QStringLiteral("\""),
                              tr(threatStatusName(t.status)), t.justification));
    }
    if (items.isEmpty()) {
        pager.paragraph(tr("No assumption or exclusion recorded."), pager.bodyFont());
        return;
    }
    for (const QString &i : items)
        pager.paragraph(QStringLiteral("• ") + i, pager.bodyFont());
}

} // namespace

void drawScope(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    const ReportText &tr = c.text;
    const Product &pr = c.data->product;
    pager.beginSection(QStringLiteral("scope"), sectionTitle(tr, QStringLiteral("scope")),
                       QPageLayout::Portrait);
    pager.paragraph(tr("Intended purpose"), pager.font(11, true));
    pager.paragraph(pr.intendedPurpose.isEmpty() ? tr("No intended purpose recorded.")
                                                 : pr.intendedPurpose,
                    pager.font(9.5));
    pager.skip(pager.mm(2));
    assets(pager);
    zones(pager);
    assumptions(pager);
}

} // namespace tb
