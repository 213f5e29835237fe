// ebios: the EBIOS RM study, workshop by workshop.

#include "cli.h"

#include "core/project.h"
#include "risk/rating.h"
#include "risk/strategicedit.h"
#include "risk/strategicpaths.h"
#include "store/projectstore.h"

#include <QJsonArray>

namespace tb::cli {

namespace {

QString nameOf(const EbiosStudy &s, const Id &id)
{
    const auto it = s.items.constFind(id);
    if (it == s.items.cend())
        return idString(id);
    if (const auto *v = std::get_if<BusinessValue>(&*it))
        return v->name;
    if (const auto *e = std::get_if<FearedEvent>(&*it))
        return e->name;
    if (const auto *o = std::get_if<RiskOrigin>(&*it))
        return o->name;
    if (const auto *o = std::get_if<TargetObjective>(&*it))
        return o->name;
    if (const auto *h = std::get_if<Stakeholder>(&*it))
        return h->name;
    return idString(id);
}

QString pairName(const EbiosStudy &s, const RoToPair &p)
{
    return nameOf(s, p.origin) + QStringLiteral(" / ") + nameOf(s, p.objective);
}

int derive(const QString &path, int bound, bool json)
{
    Result<std::unique_ptr<ProjectStore>> store = ProjectStore::open(path);
    if (!store)
        return fail(store.error());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
    StrategicPathOptions options;
    options.maxStakeholders = bound;
    const QList<StrategicProposal> proposals
        = deriveStrategicScenarios(project.data().study, options);
    const StrategicMerge merge = mergeStrategicProposals(project.data().study, proposals);
    if (Result<Edit> r = project.apply(strategicMergeEdit(merge)); !r)
        return fail(r.error());
    QJsonArray list;
    QString text;
    for (const StrategicProposal &p : proposals) {
        list.append(QJsonObject{{QStringLiteral("id"), idString(p.scenario.id)},
                                {QStringLiteral("explanation"), p.explanation},
                                {QStringLiteral("score"), p.score}});
        text += QStringLiteral("  %1  %2\n").arg(idString(p.scenario.id).left(8), p.explanation);
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("proposals"), list},
                              {QStringLiteral("added"), int(merge.put.size())},
                              {QStringLiteral("removed"), int(merge.remove.size())},
                              {QStringLiteral("orphaned"), int(merge.orphaned.size())}});
    else
        printText(QStringLiteral("%1 strategic path(s) found; %2 added or refreshed, %3 stale "
                                 "proposal(s) removed, %4 decided scenario(s) no longer found\n")
                      .arg(proposals.size())
                      .arg(merge.put.size())
                      .arg(merge.remove.size())
                      .arg(merge.orphaned.size())
                  + text);
    return Success;
}

} // namespace

int runEbios(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON document on stdout."));
    parser.addOption(json);
    const QCommandLineOption deriveOption(
        QStringLiteral("derive"),
        QStringLiteral("Propose strategic scenarios from the retained pairs and the ecosystem."));
    const QCommandLineOption bound(QStringLiteral("max-stakeholders"),
                                   QStringLiteral("With --derive: stakeholders on a path (4)."),
                                   QStringLiteral("N"), QStringLiteral("4"));
    parser.addOption(deriveOption);
    parser.addOption(bound);
    if (auto stop = parse(parser, args, QStringLiteral("ebios"),
                          QStringLiteral("The EBIOS RM study, workshop by workshop. Change it "
                                         "with apply (putStudyItem, removeStudyItem, "
                                         "setStudySettings)."),
                          1, 1))
        return *stop;
    if (parser.isSet(deriveOption)) {
        bool ok = false;
        const int n = parser.value(bound).toInt(&ok);
        if (!ok || n < 0 || n > 8)
            return usageError(QStringLiteral("ebios: --max-stakeholders takes 0 to 8"));
        return derive(parser.positionalArguments().at(0), n, parser.isSet(json));
    }
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    const EbiosStudy &s = data->study;
    QJsonObject out;
    QString text;

    // Workshop 1.
    QJsonArray values, feared, baseline;
    text += QStringLiteral("Workshop 1 - scope and security baseline\n  missions: %1\n")
                .arg(s.settings.missions.join(QStringLiteral("; ")));
    for (const BusinessValue *v : s.all<BusinessValue>()) {
        values.append(QJsonObject{{QStringLiteral("id"), idString(v->id)},
                                  {QStringLiteral("name"), v->name},
                                  {QStringLiteral("supports"), int(v->supports.size())}});
        text += QStringLiteral("  business value: %1 (%2 supporting assets)\n")
                    .arg(v->name)
                    .arg(v->supports.size());
    }
    for (const FearedEvent *e : s.all<FearedEvent>()) {
        feared.append(QJsonObject{{QStringLiteral("id"), idString(e->id)},
                                  {QStringLiteral("name"), e->name},
                                  {QStringLiteral("businessValue"), nameOf(s, e->businessValue)},
                                  {QStringLiteral("severity"), e->severity}});
        text += QStringLiteral("  feared event G%1: %2 (%3)\n")
                    .arg(e->severity)
                    .arg(e->name, nameOf(s, e->businessValue));
    }
    for (const BaselineItem *b : s.all<BaselineItem>()) {
        baseline.append(QJsonObject{{QStringLiteral("referential"), b->referential},
                                    {QStringLiteral("status"), b->status},
                                    {QStringLiteral("gaps"), b->gaps}});
        text += QStringLiteral("  baseline: %1 - %2\n").arg(b->referential, b->status);
    }
    out.insert(
        QStringLiteral("workshop1"),
        QJsonObject{{QStringLiteral("missions"), QJsonArray::fromStringList(s.settings.missions)},
                    {QStringLiteral("businessValues"), values},
                    {QStringLiteral("fearedEvents"), feared},
                    {QStringLiteral("baseline"), baseline}});

    // Workshop 2.
    QJsonArray pairs;
    text += QStringLiteral("Workshop 2 - risk origins and target objectives\n");
    for (const RoToPair *p : s.all<RoToPair>()) {
        pairs.append(QJsonObject{{QStringLiteral("id"), idString(p->id)},
                                 {QStringLiteral("origin"), nameOf(s, p->origin)},
                                 {QStringLiteral("objective"), nameOf(s, p->objective)},
                                 {QStringLiteral("relevance"), relevance(*p)},
                                 {QStringLiteral("retained"), p->retained}});
        text += QStringLiteral("  %1 pair, relevance %2: %3\n")
                    .arg(p->retained ? QStringLiteral("retained") : QStringLiteral("set aside"))
                    .arg(relevance(*p))
                    .arg(pairName(s, *p));
    }
    out.insert(QStringLiteral("workshop2"), QJsonObject{{QStringLiteral("pairs"), pairs}});

    // Workshop 3.
    QJsonArray stakeholders, strategic;
    text += QStringLiteral("Workshop 3 - ecosystem and strategic scenarios\n");
    for (const Stakeholder *h : s.all<Stakeholder>()) {
        const QString zone = zoneName(zoneOf(*h, s.settings));
        stakeholders.append(QJsonObject{{QStringLiteral("id"), idString(h->id)},
                                        {QStringLiteral("name"), h->name},
                                        {QStringLiteral("threatLevel"), threatLevel(*h)},
                                        {QStringLiteral("zone"), zone}});
        text += QStringLiteral("  stakeholder %1: threat level %2, %3 zone\n")
                    .arg(h->name)
                    .arg(threatLevel(*h), 0, 'f', 2)
                    .arg(zone);
    }
    for (const StrategicScenario *sc : s.all<StrategicScenario>()) {
        QStringList path;
        for (const Id &id : sc->path)
            path.append(nameOf(s, id));
        const RoToPair *p = s.get<RoToPair>(sc->pair);
        const FearedEvent *e = s.get<FearedEvent>(sc->fearedEvent);
        const QString route
            = (p ? nameOf(s, p->origin) : QString()) + QStringLiteral(" -> ")
              + (path.isEmpty() ? QString()
                                : path.join(QStringLiteral(" -> ")) + QStringLiteral(" -> "))
              + nameOf(s, sc->businessValue) + QStringLiteral(" -> ") + nameOf(s, sc->fearedEvent);
        strategic.append(QJsonObject{{QStringLiteral("id"), idString(sc->id)},
                                     {QStringLiteral("path"), route},
                                     {QStringLiteral("severity"), e ? e->severity : 0},
                                     {QStringLiteral("status"), scenarioStatusName(sc->status)},
                                     {QStringLiteral("derived"), sc->derived}});
        text += QStringLiteral("  %1 scenario G%2: %3\n")
                    .arg(scenarioStatusName(sc->status))
                    .arg(e ? e->severity : 0)
                    .arg(route);
    }
    out.insert(QStringLiteral("workshop3"),
               QJsonObject{{QStringLiteral("stakeholders"), stakeholders},
                           {QStringLiteral("strategicScenarios"), strategic}});

    // Workshops 4 and 5: operating modes, and the risk map severity x likelihood.
    QJsonArray operational, before, after;
    QMap<QPair<int, int>, int> cells, residualCells;
    int avoided = 0;
    text += QStringLiteral("Workshop 4 - operational scenarios\n");
    for (const OperationalScenario *o : s.all<OperationalScenario>()) {
        const int proposed = proposedLikelihood(*data, *o);
        const int likelihood = scenarioLikelihood(*data, *o);
        const StrategicScenario *sc = s.get<StrategicScenario>(o->strategic);
        const FearedEvent *e = sc ? s.get<FearedEvent>(sc->fearedEvent) : nullptr;
        const int severity = e ? e->severity : 0;
        const ResidualRating residual = scenarioResidual(*data, *o);
        ++cells[{severity, likelihood}];
        if (residual.avoided)
            ++avoided;
        else
            ++residualCells[{residual.rating.impact, residual.rating.likelihood}];
        operational.append(QJsonObject{
            {QStringLiteral("id"), idString(o->id)},
            {QStringLiteral("name"), o->name},
            {QStringLiteral("steps"), int(o->steps.size())},
            {QStringLiteral("proposedLikelihood"), proposed},
            {QStringLiteral("likelihood"), likelihood},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("treatment"), treatmentName(data->treatments.value(o->id).option)},
            {QStringLiteral("residual"),
             residual.avoided ? QJsonValue()
                              : QJsonValue(QJsonObject{
                                  {QStringLiteral("likelihood"), residual.rating.likelihood},
                                  {QStringLiteral("severity"), residual.rating.impact}})}});
        text += QStringLiteral("  %1: %2 steps, V%3 (proposed V%4), G%5\n")
                    .arg(o->name)
                    .arg(o->steps.size())
                    .arg(likelihood)
                    .arg(proposed)
                    .arg(severity);
    }
    const auto mapOf = [](const QMap<QPair<int, int>, int> &m, QJsonArray &into, QString &lines) {
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            into.append(QJsonObject{{QStringLiteral("severity"), it.key().first},
                                    {QStringLiteral("likelihood"), it.key().second},
                                    {QStringLiteral("scenarios"), it.value()}});
            lines += QStringLiteral("    G%1 x V%2: %3\n")
                         .arg(it.key().first)
                         .arg(it.key().second)
                         .arg(it.value());
        }
    };
    text += QStringLiteral("Workshop 5 - risk map (severity x likelihood: scenarios)\n  before "
                           "treatment:\n");
    mapOf(cells, before, text);
    text += QStringLiteral("  after treatment%1:\n")
                .arg(avoided ? QStringLiteral(" (%1 avoided)").arg(avoided) : QString());
    mapOf(residualCells, after, text);
    out.insert(QStringLiteral("workshop4"),
               QJsonObject{{QStringLiteral("operationalScenarios"), operational}});
    out.insert(QStringLiteral("workshop5"), QJsonObject{{QStringLiteral("riskMapBefore"), before},
                                                        {QStringLiteral("riskMapAfter"), after},
                                                        {QStringLiteral("avoided"), avoided}});
    if (parser.isSet(json))
        printJson(out);
    else
        printText(s.isEmpty() ? QStringLiteral("No EBIOS RM study yet.\n") : text);
    return Success;
}

} // namespace tb::cli
