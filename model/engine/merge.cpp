// Merging a derivation into the register, and explaining a threat.

#include "derivation.h"

#include "core/propertycatalog.h"
#include "graphfacts.h"
#include "risk/assetimpact.h"
#include "subjectvalues.h"

#include <QJsonArray>

#include <algorithm>

namespace tb {

MergeResult mergeDerivation(const ProjectData &data, const QList<Threat> &derived)
{
    DerivedChanges changes;
    changes.ids.reserve(std::size_t(derived.size()));
    for (const Threat &d : derived) {
        changes.ids.push_back(d.id);
        ++changes.byCategory[static_cast<std::size_t>(d.category)];
        const auto it = data.threats.constFind(d.id);
        if (it == data.threats.cend() || !sameButTriage(d, *it))
            changes.threats.append(d);
    }
    std::sort(changes.ids.begin(), changes.ids.end(), idLess);
    sortThreatsById(changes.threats);
    return mergeDerivation(data, std::move(changes));
}

MergeResult mergeDerivation(const ProjectData &data, DerivedChanges &&changes)
{
    MergeResult out;
    for (std::size_t k = 0; k < changes.byCategory.size(); ++k) {
        if (changes.byCategory[k] > 0)
            out.counts.byCategory.insert(categoryKey(static_cast<StrideCategory>(k)),
                                         changes.byCategory[k]);
    }
    Batch batch{QStringLiteral("Derive threats"), {}};
    const AssetNeeds needs(data);
    const auto isNew = [&](const Threat &d) {
        return !data.threats.contains(d.id);
    };
    AddThreats added;
    if (std::all_of(changes.threats.cbegin(), changes.threats.cend(), isNew)) {
        // A first derivation: the list goes over whole, no threat moved.
        for (Threat &d : changes.threats)
            applyDefaultRatings(data, needs, d); // on the project's scales and assets
        added.threats = std::move(changes.threats);
    } else {
        for (Threat &d : changes.threats) {
            const auto it = data.threats.constFind(d.id);
            if (it == data.threats.cend()) {
                applyDefaultRatings(data, needs, d);
                added.threats.append(std::move(d));
                continue;
            }
            // Texts and references follow the model and the template; triage stays as it is.
            d.status = it->status;
            d.justification = it->justification;
            d.likelihood = it->likelihood;
            d.impact = it->impact;
            batch.edits.push_back(UpdateThreat{std::move(d)});
            ++out.counts.refreshed;
        }
    }
    changes.threats = {};
    out.counts.added = int(added.threats.size());
    if (!added.threats.isEmpty())
        batch.edits.push_back(std::move(added));
    out.counts.kept = int(changes.ids.size()) - out.counts.added;
    // Derived threats that held and were not derived this time, in id order.
    QList<Id> stale;
    for (auto it = data.threats.cbegin(); it != data.threats.cend(); ++it) {
        if (!it->templateId.isEmpty() && it->holds
            && !std::binary_search(changes.ids.cbegin(), changes.ids.cend(), it.key(), idLess))
            stale.append(it.key());
    }
    std::sort(stale.begin(), stale.end(), idLess);
    for (const Id &id : std::as_const(stale)) {
        Threat t = *data.threats.constFind(id);
        t.holds = false;
        t.status = ThreatStatus::NeedsReview;
        batch.edits.push_back(UpdateThreat{std::move(t)});
        ++out.counts.needsReview;
    }
    out.changes = !batch.edits.empty();
    out.edit = std::move(batch);
    return out;
}

namespace {

QJsonArray traceJson(const QList<TraceLine> &trace)
{
    QJsonArray a;
    for (const TraceLine &l : trace)
        a.append(QJsonObject{{QStringLiteral("depth"), l.depth},
                             {QStringLiteral("text"), l.text},
                             {QStringLiteral("result"), l.result}});
    return a;
}

QJsonObject elementFactsJson(const GraphFacts::ElementFacts &f)
{
    return {{QStringLiteral("trustLevel"), f.trust},
            {QStringLiteral("reachableFromUntrusted"), f.reachableFromUntrusted},
            {QStringLiteral("reachableFromExternal"), f.reachableFromExternal},
            {QStringLiteral("receivesFromUntrusted"), f.receivesFromUntrusted},
            {QStringLiteral("unauthenticatedPathFromUntrusted"), f.unauthenticatedPath},
            {QStringLiteral("articulationPoint"), f.articulation},
            {QStringLiteral("inDegree"), f.inDegree},
            {QStringLiteral("outDegree"), f.outDegree}};
}

} // namespace

Result<QJsonObject> explainThreat(const ProjectData &data, const TemplateLibrary &library,
                                  const PropertyCatalog &, const Id &threatId)
{
    const auto it = data.threats.constFind(threatId);
    if (it == data.threats.cend())
        return makeError(QStringLiteral("no such threat"),
                         QStringLiteral("threat ") + idString(threatId));
    const Threat &t = *it;
    QJsonObject out{{QStringLiteral("id"), idString(t.id)},
                    {QStringLiteral("title"), t.title},
                    {QStringLiteral("status"), threatStatusName(t.status)},
                    {QStringLiteral("category"), categoryTitle(t.category)}};
    if (t.templateId.isEmpty()) {
        out.insert(QStringLiteral("origin"), QStringLiteral("added by hand"));
        return out;
    }
    out.insert(QStringLiteral("template"), t.templateId);
    const ThreatTemplate *tpl = library.find(t.templateId);
    if (!tpl) {
        out.insert(QStringLiteral("holds"), false);
        out.insert(QStringLiteral("reason"),
                   QStringLiteral("the template is not in the library any more"));
        return out;
    }
    out.insert(QStringLiteral("templateName"), tpl->name);
    out.insert(QStringLiteral("templateVersion"), tpl->version);
    out.insert(QStringLiteral("templateFile"), tpl->file);
    GraphFacts facts(data);
    SubjectValues values(data, facts);
    QList<TraceLine> trace;
    bool present = true;
    QJsonArray subjects;
    for (const Involved &i : t.involved) {
        const bool exists = i.kind == QLatin1String("flow") ? data.flows.contains(i.id)
                                                            : data.elements.contains(i.id);
        present = present && exists;
        QJsonObject s{{QStringLiteral("id"), idString(i.id)},
                      {QStringLiteral("kind"), i.kind},
                      {QStringLiteral("name"), i.name},
                      {QStringLiteral("exists"), exists}};
        if (exists && i.kind != QLatin1String("flow"))
            s.insert(QStringLiteral("facts"), elementFactsJson(facts.element(i.id)));
        if (exists && i.kind == QLatin1String("flow")) {
            const GraphFacts::FlowFacts &f = facts.flow(i.id);
            s.insert(QStringLiteral("facts"),
                     QJsonObject{{QStringLiteral("crossesBoundary"), f.crosses},
                                 {QStringLiteral("crossesInbound"), f.inbound},
                                 {QStringLiteral("crossesOutbound"), f.outbound},
                                 {QStringLiteral("boundariesCrossed"), f.crossed},
                                 {QStringLiteral("trustDelta"), f.trustDelta},
                                 {QStringLiteral("firstBoundary"), f.firstBoundary}});
        }
        subjects.append(s);
    }
    out.insert(QStringLiteral("involved"), subjects);
    bool holds = false;
    if (present) {
        if (tpl->appliesTo == AppliesTo::Flow && t.involved.size() == 3) {
            const Flow &f = *data.flows.constFind(t.involved[1].id);
            values.setFlow(&f, &*data.elements.constFind(f.source),
                           &*data.elements.constFind(f.target));
        } else {
            values.setElement(&*data.elements.constFind(t.involved.last().id));
        }
        if (tpl->appliesTo == AppliesTo::Path) {
            QList<TraceLine> to;
            holds = evaluate(tpl->pathTo, values, &to);
            trace.append({0, QStringLiteral("path end (to)"), holds});
            for (TraceLine l : to) {
                ++l.depth;
                trace.append(l);
            }
            QStringList hops;
            for (const Involved &i : t.involved) {
                if (i.kind != QLatin1String("flow"))
                    hops.append(i.name);
            }
            out.insert(QStringLiteral("path"), hops.join(QStringLiteral(" \u2192 ")));
        }
        const bool cond = evaluate(tpl->condition, values, &trace);
        holds = tpl->appliesTo == AppliesTo::Path ? holds && cond : cond;
    }
    out.insert(QStringLiteral("holds"), holds);
    if (!present)
        out.insert(QStringLiteral("reason"),
                   QStringLiteral("an element or flow it was about has been deleted"));
    out.insert(QStringLiteral("trace"), traceJson(trace));
    return out;
}

} // namespace tb
