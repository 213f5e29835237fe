// EBIOS RM summary: the study's business values, feared events, risk origin / target objective
// pairs, strategic scenarios and operational scenarios with their likelihood before and after
// treatment. The tables are shared by the PDF and the HTML report.

#include "reportpager.h"
#include "reportsections.h"
#include "risk/rating.h"

namespace tb {

namespace {

QString level(const QString &prefix, int value)
{
    return value > 0 ? prefix + QString::number(value) : QString();
}

ReportTable businessValues(const ReportContent &c)
{
    const ReportText &tr = c.text;
    ReportTable t;
    t.headers
        = {tr("Name"), tr("Category"), tr("Confidentiality"), tr("Integrity"), tr("Availability")};
    t.widths = {0.4, 0.15, 0.15, 0.15, 0.15};
    for (const BusinessValue *v : c.data->study.all<BusinessValue>()) {
        t.rows.append({v->name, tr(v->kind), QString::number(v->confidentiality),
                       QString::number(v->integrity), QString::number(v->availability)});
        t.rowIds.append(v->id);
    }
    return t;
}

ReportTable fearedEvents(const ReportContent &c)
{
    const ReportText &tr = c.text;
    ReportTable t;
    t.headers = {tr("Name"), tr("Severity"), tr("Impact"), tr("Justification")};
    t.widths = {0.3, 0.1, 0.3, 0.3};
    for (const FearedEvent *e : c.data->study.all<FearedEvent>()) {
        t.rows.append(
            {e->name, level(QStringLiteral("G"), e->severity), e->impacts, e->justification});
        t.rowIds.append(e->id);
    }
    return t;
}

ReportTable pairs(const ReportContent &c)
{
    const ReportText &tr = c.text;
    const EbiosStudy &s = c.data->study;
    ReportTable t;
    t.headers = {tr("Risk origins / target objectives"), tr("Relevance"), tr("Status"),
                 tr("Justification")};
    t.widths = {0.45, 0.12, 0.13, 0.3};
    for (const RoToPair *p : s.all<RoToPair>()) {
        const RiskOrigin *ro = s.get<RiskOrigin>(p->origin);
        const TargetObjective *to = s.get<TargetObjective>(p->objective);
        t.rows.append(
            {(ro ? ro->name : QString()) + QStringLiteral(" / ") + (to ? to->name : QString()),
             QString::number(relevance(*p)), p->retained ? tr("retained") : QString(),
             p->justification});
        t.rowIds.append(p->id);
    }
    return t;
}

ReportTable stakeholders(const ReportContent &c)
{
    const ReportText &tr = c.text;
    const EbiosStudy &s = c.data->study;
    ReportTable t;
    t.headers = {tr("Stakeholder"), tr("Category"), tr("Dependency"),   tr("Penetration"),
                 tr("Maturity"),    tr("Trust"),    tr("Threat level"), tr("Zone")};
    t.widths = {0.22, 0.11, 0.13, 0.13, 0.11, 0.08, 0.1, 0.12};
    // The zones of the ecosystem map: danger red, control amber, watch none.
    const QColor danger(0xf4, 0xc7, 0xc3), control(0xfc, 0xe8, 0xb2);
    for (const Stakeholder *h : s.all<Stakeholder>()) {
        const EcosystemZone zone = zoneOf(*h, s.settings);
        t.rows.append({h->name, tr(h->category), QString::number(h->dependency),
                       QString::number(h->penetration), QString::number(h->maturity),
                       QString::number(h->trust), QString::number(threatLevel(*h), 'f', 1),
                       tr(zoneName(zone))});
        t.rowFills.append(zone == EcosystemZone::Danger    ? danger
                          : zone == EcosystemZone::Control ? control
                                                           : QColor());
        t.rowIds.append(h->id);
    }
    return t;
}

ReportTable strategic(const ReportContent &c)
{
    const ReportText &tr = c.text;
    const EbiosStudy &s = c.data->study;
    ReportTable t;
    t.headers = {tr("Attack path"), tr("Feared events"), tr("Status")};
    t.widths = {0.55, 0.3, 0.15};
    for (const StrategicScenario *sc : s.all<StrategicScenario>()) {
        QStringList path;
        if (const RoToPair *p = s.get<RoToPair>(sc->pair)) {
            if (const RiskOrigin *ro = s.get<RiskOrigin>(p->origin))
                path.append(ro->name);
        }
        for (const Id &id : sc->path) {
            if (const Stakeholder *st = s.get<Stakeholder>(id))
                path.append(st->name);
        }
        if (const BusinessValue *bv = s.get<BusinessValue>(sc->businessValue))
            path.append(bv->name);
        const FearedEvent *fe = s.get<FearedEvent>(sc->fearedEvent);
        t.rows.append({path.join(QStringLiteral(" → ")), fe ? fe->name : QString(),
                       tr(scenarioStatusName(sc->status))});
        t.rowIds.append(sc->id);
    }
    return t;
}

ReportTable operational(const ReportContent &c)
{
    const ReportText &tr = c.text;
    const ProjectData &d = *c.data;
    ReportTable t;
    t.headers = {tr("Name"), tr("Steps"), tr("Likelihood"), tr("Residual")};
    t.widths = {0.55, 0.1, 0.15, 0.2};
    for (const OperationalScenario *sc : d.study.all<OperationalScenario>()) {
        const ResidualRating res = scenarioResidual(d, *sc);
        t.rows.append(
            {sc->name, QString::number(sc->steps.size()),
             level(QStringLiteral("V"), scenarioLikelihood(d, *sc)),
             res.avoided ? tr("avoided") : level(QStringLiteral("V"), res.rating.likelihood)});
        t.rowIds.append(sc->id);
    }
    return t;
}

} // namespace

QList<QPair<QString, ReportTable>> ebiosTables(const ReportContent &c, bool keepEmpty)
{
    const ReportText &tr = c.text;
    QList<QPair<QString, ReportTable>> out{{tr("Business values"), businessValues(c)},
                                           {tr("Feared events"), fearedEvents(c)},
                                           {tr("Risk origins / target objectives"), pairs(c)},
                                           {tr("Ecosystem"), stakeholders(c)},
                                           {tr("Strategic scenarios"), strategic(c)},
                                           {tr("Operational scenarios"), operational(c)}};
    if (!keepEmpty)
        out.removeIf([](const auto &titled) { return titled.second.rows.isEmpty(); });
    return out;
}

void drawEbios(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    pager.beginSection(QStringLiteral("ebios"), sectionTitle(c.text, QStringLiteral("ebios")),
                       QPageLayout::Portrait);
    for (const auto &[title, table] : ebiosTables(c)) {
        pager.table(table, 4, title);
    }
}

} // namespace tb
