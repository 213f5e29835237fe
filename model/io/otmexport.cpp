// Open Threat Model (OTM 0.2) export, and a list of what OTM cannot hold.

#include "modelexport.h"

#include "otmimportprivate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace tb {

namespace {

QString otmState(ThreatStatus s)
{
    switch (s) {
    case ThreatStatus::Mitigated:
        return QStringLiteral("Mitigated");
    case ThreatStatus::Accepted:
        return QStringLiteral("Accepted");
    case ThreatStatus::Transferred:
        return QStringLiteral("Transferred");
    case ThreatStatus::NotApplicable:
        return QStringLiteral("NotApplicable");
    case ThreatStatus::New:
    case ThreatStatus::NeedsReview:
        break;
    }
    return QStringLiteral("Open");
}

QString otmTaskState(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Planned:
        return QStringLiteral("Required");
    case TaskStatus::InProgress:
        return QStringLiteral("ImplementationInProgress");
    case TaskStatus::Implemented:
        return QStringLiteral("Implemented");
    case TaskStatus::Verified:
        return QStringLiteral("Verified");
    case TaskStatus::WontDo:
        return QStringLiteral("Rejected");
    case TaskStatus::Proposed:
        break;
    }
    return QStringLiteral("Recommended");
}

// A 0-100 value the OTM importer reads back as the same 1-4 rating (it uses 25-wide bands).
int ratingValue(int rating)
{
    return (rating - 1) * 25 + 10;
}

QJsonArray representationsOf(const ProjectData &d, const QList<Id> &diagrams, const Id &object)
{
    QJsonArray out;
    for (const Id &dg : diagrams) {
        const auto it = d.diagrams[dg].placements.constFind(object);
        if (it == d.diagrams[dg].placements.cend() || it->rect.isNull())
            continue;
        out.append(QJsonObject{
            {QStringLiteral("representation"), idString(dg)},
            {QStringLiteral("id"), QString(idString(object) + QLatin1Char('@') + idString(dg))},
            {QStringLiteral("position"),
             QJsonObject{{QStringLiteral("x"), it->rect.x()}, {QStringLiteral("y"), it->rect.y()}}},
            {QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), it->rect.width()},
                                                 {QStringLiteral("height"), it->rect.height()}}}});
    }
    return out;
}

// An OTM component type that reads back as the same kind (and stencil where it can).
QString otmType(const Element &e, bool *stencilKept)
{
    QString stencil;
    bool known = false;
    *stencilKept = e.stencil.isEmpty();
    if (!e.stencil.isEmpty() && otm::kindForType(e.stencil, &stencil, &known) == e.kind
        && stencil == e.stencil) {
        *stencilKept = true;
        return e.stencil;
    }
    switch (e.kind) {
    case ElementKind::ExternalEntity:
        return QStringLiteral("external-entity");
    case ElementKind::DataStore:
        return QStringLiteral("database"); // OTM has no neutral word for a store
    case ElementKind::Process:
        break;
    }
    return QStringLiteral("process");
}

} // namespace

Exported exportOtm(const ProjectData &d)
{
    Exported out;
    QMap<QString, int> tally;
    const QList<Id> diagrams = ProjectData::sortedIds(d.diagrams);
    QJsonArray representations;
    for (const Id &id : diagrams) {
        QRectF box;
        for (const Placement &p : d.diagrams[id].placements)
            box = box.united(p.rect);
        representations.append(QJsonObject{
            {QStringLiteral("name"), d.diagrams[id].name},
            {QStringLiteral("id"), idString(id)},
            {QStringLiteral("type"), QStringLiteral("diagram")},
            {QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), box.right()},
                                                 {QStringLiteral("height"), box.bottom()}}}});
    }
    QJsonArray assets;
    for (const Id &id : ProjectData::sortedIds(d.assets)) {
        const DataAsset &a = d.assets[id];
        assets.append(
            QJsonObject{{QStringLiteral("id"), idString(id)},
                        {QStringLiteral("name"), a.name},
                        {QStringLiteral("description"), a.description},
                        {QStringLiteral("risk"),
                         QJsonObject{{QStringLiteral("confidentiality"), a.confidentiality * 25},
                                     {QStringLiteral("integrity"), a.integrity * 25},
                                     {QStringLiteral("availability"), a.availability * 25}}}});
        if (!a.classification.isEmpty())
            ++tally[QStringLiteral("data asset classifications")];
    }
    QJsonArray zones;
    for (const Id &id : ProjectData::sortedIds(d.boundaries)) {
        const Boundary &b = d.boundaries[id];
        if (b.kind == BoundaryKind::Line) {
            out.lost.append(
                QStringLiteral("line boundary \"%1\": OTM has no lines; not written").arg(b.name));
            continue;
        }
        QJsonObject z{{QStringLiteral("id"), idString(id)},
                      {QStringLiteral("name"), b.name},
                      {QStringLiteral("description"), b.description},
                      {QStringLiteral("risk"),
                       QJsonObject{{QStringLiteral("trustRating"), b.trustLevel * 20}}},
                      {QStringLiteral("representations"), representationsOf(d, diagrams, id)}};
        if (!b.parent.isNull())
            z.insert(QStringLiteral("parent"),
                     QJsonObject{{QStringLiteral("trustZone"), idString(b.parent)}});
        if (!b.properties.isEmpty())
            ++tally[QStringLiteral("boundary properties")];
        zones.append(z);
    }
    // Threat instances live on the dataflow a threat is about, else on its first component.
    QHash<Id, QList<Id>> tasksOf;
    for (const Id &id : ProjectData::sortedIds(d.tasks)) {
        for (const Id &t : d.tasks[id].threats)
            tasksOf[t].append(id);
    }
    QHash<Id, QJsonArray> instances;
    QJsonArray threats;
    for (const Id &id : ProjectData::sortedIds(d.threats)) {
        const Threat &t = d.threats[id];
        Id owner;
        for (const Involved &inv : t.involved) {
            if ((d.elements.contains(inv.id) && owner.isNull()) || d.flows.contains(inv.id))
                owner = inv.id;
        }
        if (owner.isNull()) {
            out.lost.append(
                QStringLiteral("threat \"%1\": about no component or dataflow; not written")
                    .arg(t.title));
            continue;
        }
        threats.append(
            QJsonObject{{QStringLiteral("id"), idString(id)},
                        {QStringLiteral("name"), t.title},
                        {QStringLiteral("description"), t.description},
                        {QStringLiteral("categories"), QJsonArray{categoryTitle(t.category)}},
                        {QStringLiteral("cwes"),
                         [&] {
                             QJsonArray cwes;
                             for (int c : t.cwe)
                                 cwes.append(QStringLiteral("CWE-%1").arg(c));
                             return cwes;
                         }()},
                        {QStringLiteral("risk"),
                         QJsonObject{{QStringLiteral("likelihood"), ratingValue(t.likelihood)},
                                     {QStringLiteral("impact"), ratingValue(t.impact)}}}});
        QJsonArray mitigations;
        for (const Id &task : tasksOf.value(id))
            mitigations.append(
                QJsonObject{{QStringLiteral("mitigation"), idString(task)},
                            {QStringLiteral("state"), otmTaskState(d.tasks[task].status)}});
        instances[owner].append(QJsonObject{{QStringLiteral("threat"), idString(id)},
                                            {QStringLiteral("state"), otmState(t.status)},
                                            {QStringLiteral("mitigations"), mitigations}});
        if (t.status == ThreatStatus::NeedsReview)
            out.lost.append(
                QStringLiteral("threat \"%1\": status needs-review written as Open").arg(t.title));
        if (!t.justification.isEmpty())
            ++tally[QStringLiteral("threat justifications")];
        if (!t.capec.isEmpty() || !t.annex.isEmpty())
            ++tally[QStringLiteral("threats' CAPEC and Annex I references")];
    }
    QJsonArray components;
    for (const Id &id : ProjectData::sortedIds(d.elements)) {
        const Element &e = d.elements[id];
        bool stencilKept = true;
        const QString type = otmType(e, &stencilKept);
        if (!stencilKept || (e.kind == ElementKind::DataStore && e.stencil.isEmpty()))
            ++tally[QStringLiteral("stencils an OTM type cannot carry (stores read back as "
                                   "databases)")];
        QJsonObject c{{QStringLiteral("id"), idString(id)},
                      {QStringLiteral("name"), e.name},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("description"), e.description},
                      {QStringLiteral("representations"), representationsOf(d, diagrams, id)},
                      {QStringLiteral("threats"), instances.value(id)}};
        if (!e.zone.isNull())
            c.insert(QStringLiteral("parent"),
                     QJsonObject{{QStringLiteral("trustZone"), idString(e.zone)}});
        if (!e.assets.isEmpty()) {
            QJsonArray stored;
            for (const Id &a : e.assets)
                stored.append(idString(a));
            c.insert(QStringLiteral("assets"), QJsonObject{{QStringLiteral("stored"), stored}});
        }
        if (!e.properties.isEmpty())
            ++tally[QStringLiteral("element properties")];
        components.append(c);
    }
    QJsonArray dataflows;
    for (const Id &id : ProjectData::sortedIds(d.flows)) {
        const Flow &f = d.flows[id];
        QJsonArray tags;
        if (!f.protocol.isEmpty())
            tags.append(f.protocol);
        QJsonArray carried;
        for (const Id &a : f.assets)
            carried.append(idString(a));
        dataflows.append(QJsonObject{{QStringLiteral("id"), idString(id)},
                                     {QStringLiteral("name"), f.name},
                                     {QStringLiteral("description"), f.description},
                                     {QStringLiteral("source"), idString(f.source)},
                                     {QStringLiteral("destination"), idString(f.target)},
                                     {QStringLiteral("bidirectional"), false},
                                     {QStringLiteral("assets"), carried},
                                     {QStringLiteral("tags"), tags},
                                     {QStringLiteral("threats"), instances.value(id)}});
        if (!f.properties.isEmpty())
            ++tally[QStringLiteral("flow properties")];
        if (!d.diagrams.isEmpty()) {
            for (const Id &dg : diagrams) {
                if (!d.diagrams[dg].placements.value(id).points.isEmpty()) {
                    ++tally[QStringLiteral("flow bend points")];
                    break;
                }
            }
        }
    }
    QJsonArray mitigations;
    for (const Id &id : ProjectData::sortedIds(d.tasks)) {
        const MitigationTask &t = d.tasks[id];
        mitigations.append(QJsonObject{{QStringLiteral("id"), idString(id)},
                                       {QStringLiteral("name"), t.title},
                                       {QStringLiteral("description"), t.description},
                                       {QStringLiteral("riskReduction"), 50}});
        if (t.threats.isEmpty())
            out.lost.append(QStringLiteral("task \"%1\": linked to no threat, so applied "
                                           "nowhere")
                                .arg(t.title));
    }
    if (!d.components.isEmpty() || !d.decisions.isEmpty() || !d.treatments.isEmpty())
        tally[QStringLiteral("SBOM components, Annex I decisions and risk treatments")]
            = static_cast<int>(d.components.size() + d.decisions.size() + d.treatments.size());
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        out.lost.append(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()));
    const QJsonObject root{
        {QStringLiteral("otmVersion"), QStringLiteral("0.2.0")},
        {QStringLiteral("project"),
         QJsonObject{{QStringLiteral("name"), d.product.name},
                     {QStringLiteral("id"), idString(d.id)},
                     {QStringLiteral("description"), d.product.intendedPurpose}}},
        {QStringLiteral("representations"), representations},
        {QStringLiteral("assets"), assets},
        {QStringLiteral("trustZones"), zones},
        {QStringLiteral("components"), components},
        {QStringLiteral("dataflows"), dataflows},
        {QStringLiteral("threats"), threats},
        {QStringLiteral("mitigations"), mitigations}};
    out.bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return out;
}

} // namespace tb
