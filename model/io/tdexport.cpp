// Threat Dragon v2 export: what Threat Dragon can show, and a list of what it cannot hold.

#include "modelexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace tb {

namespace {

QJsonObject point(QPointF p)
{
    return QJsonObject{{QStringLiteral("x"), p.x()}, {QStringLiteral("y"), p.y()}};
}

QString severity(int impact)
{
    switch (impact) {
    case 1:
        return QStringLiteral("Low");
    case 3:
        return QStringLiteral("High");
    case 4:
        return QStringLiteral("Critical");
    default:
        return QStringLiteral("Medium");
    }
}

QString tdStatus(ThreatStatus s)
{
    switch (s) {
    case ThreatStatus::Mitigated:
        return QStringLiteral("Mitigated");
    case ThreatStatus::NotApplicable:
    case ThreatStatus::Accepted:
    case ThreatStatus::Transferred:
        return QStringLiteral("NotApplicable");
    case ThreatStatus::New:
    case ThreatStatus::NeedsReview:
        break;
    }
    return QStringLiteral("Open");
}

class Writer final
{
public:
    explicit Writer(const ProjectData &d) : m_d(d) {}

    Exported run()
    {
        QList<Id> diagrams = ProjectData::sortedIds(m_d.diagrams);
        std::stable_sort(diagrams.begin(), diagrams.end(), [&](const Id &a, const Id &b) {
            return m_d.diagrams.value(a).name < m_d.diagrams.value(b).name;
        });
        for (const Id &id : std::as_const(diagrams)) {
            for (auto it = m_d.diagrams[id].placements.cbegin();
                 it != m_d.diagrams[id].placements.cend(); ++it) {
                if (!m_home.contains(it.key()))
                    m_home.insert(it.key(), id);
            }
        }
        assignThreats();
        reportUnplaced();
        QJsonArray out;
        for (qsizetype i = 0; i < diagrams.size(); ++i)
            out.append(diagram(m_d.diagrams.value(diagrams[i]), static_cast<int>(i)));
        for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it)
            m_lost.append(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()));
        const QJsonObject summary{{QStringLiteral("title"), m_d.product.name},
                                  {QStringLiteral("owner"), m_d.product.manufacturer},
                                  {QStringLiteral("description"), m_d.product.intendedPurpose},
                                  {QStringLiteral("id"), 0}};
        const QJsonObject detail{{QStringLiteral("contributors"), QJsonArray()},
                                 {QStringLiteral("diagrams"), out},
                                 {QStringLiteral("diagramTop"), out.size()},
                                 {QStringLiteral("reviewer"), QString()},
                                 {QStringLiteral("threatTop"), m_number}};
        const QJsonObject root{{QStringLiteral("version"), QStringLiteral("2.3.0")},
                               {QStringLiteral("summary"), summary},
                               {QStringLiteral("detail"), detail}};
        return {QJsonDocument(root).toJson(QJsonDocument::Indented), m_lost};
    }

private:
    // Each threat goes on the cell of its flow, else of its first element, on that object's
    // first diagram.
    void assignThreats()
    {
        QHash<Id, QStringList> tasks;
        for (const Id &id : ProjectData::sortedIds(m_d.tasks)) {
            for (const Id &t : m_d.tasks[id].threats)
                tasks[t].append(m_d.tasks[id].title);
        }
        int likelihoods = 0, refs = 0;
        for (const Id &id : ProjectData::sortedIds(m_d.threats)) {
            const Threat &t = m_d.threats[id];
            Id owner;
            for (const Involved &inv : t.involved) {
                if (m_home.contains(inv.id)
                    && (owner.isNull() || inv.kind == QLatin1String("flow")))
                    owner = inv.id;
            }
            if (owner.isNull()) {
                m_lost.append(QStringLiteral("threat \"%1\": about nothing drawn on a diagram; "
                                             "not written")
                                  .arg(t.title));
                continue;
            }
            QJsonObject o{{QStringLiteral("id"), idString(t.id)},
                          {QStringLiteral("title"), t.title},
                          {QStringLiteral("status"), tdStatus(t.status)},
                          {QStringLiteral("severity"), severity(t.impact)},
                          {QStringLiteral("type"), categoryTitle(t.category)},
                          {QStringLiteral("description"), t.description},
                          {QStringLiteral("modelType"), QStringLiteral("STRIDE")},
                          {QStringLiteral("new"), false},
                          {QStringLiteral("number"), ++m_number},
                          {QStringLiteral("score"), QString()}};
            o.insert(QStringLiteral("mitigation"), statusNeedsJustification(t.status)
                                                       ? t.justification
                                                       : tasks.value(id).join(QLatin1Char('\n')));
            if (t.status == ThreatStatus::Accepted || t.status == ThreatStatus::Transferred
                || t.status == ThreatStatus::NeedsReview)
                m_lost.append(QStringLiteral("threat \"%1\": status %2 written as %3")
                                  .arg(t.title, threatStatusName(t.status), tdStatus(t.status)));
            likelihoods += t.likelihood != 2 ? 1 : 0;
            refs += (t.capec.isEmpty() && t.cwe.isEmpty() && t.annex.isEmpty()) ? 0 : 1;
            m_threats[owner].append(o);
        }
        if (likelihoods > 0)
            m_tally[QStringLiteral("threat likelihoods (only severity is written, from impact)")]
                = likelihoods;
        if (refs > 0)
            m_tally[QStringLiteral("threats' CAPEC, CWE and Annex I references")] = refs;
        if (!m_d.assets.isEmpty())
            m_tally[QStringLiteral("data assets (Threat Dragon has none)")]
                = static_cast<int>(m_d.assets.size());
    }

    void reportUnplaced()
    {
        if (!m_d.boundaries.isEmpty())
            m_tally[QStringLiteral("trust levels of boundaries (Threat Dragon has none)")]
                = static_cast<int>(m_d.boundaries.size());
        if (!m_d.tasks.isEmpty())
            m_tally[QStringLiteral("tasks as objects: status, evidence and unlinked tasks (only "
                                   "the titles of linked ones are written, as mitigation text)")]
                = static_cast<int>(m_d.tasks.size());
        if (!m_d.components.isEmpty() || !m_d.decisions.isEmpty() || !m_d.treatments.isEmpty())
            m_tally[QStringLiteral("SBOM components, Annex I decisions and risk treatments")]
                = static_cast<int>(m_d.components.size() + m_d.decisions.size()
                                   + m_d.treatments.size());
        for (const Id &id : ProjectData::sortedIds(m_d.elements)) {
            if (!m_home.contains(id))
                m_lost.append(QStringLiteral("element \"%1\": on no diagram; not written")
                                  .arg(m_d.elements[id].name));
        }
        for (const Id &id : ProjectData::sortedIds(m_d.flows)) {
            if (!m_home.contains(id))
                m_lost.append(QStringLiteral("flow \"%1\": on no diagram; not written")
                                  .arg(m_d.flows[id].name));
        }
        for (const Id &id : ProjectData::sortedIds(m_d.boundaries)) {
            if (!m_home.contains(id))
                m_lost.append(QStringLiteral("boundary \"%1\": on no diagram; not written")
                                  .arg(m_d.boundaries[id].name));
        }
    }

    QJsonArray threatsOf(const Id &object, const Id &diagram, bool *open) const
    {
        *open = false;
        if (m_home.value(object) != diagram)
            return {};
        QJsonArray out;
        for (const QJsonObject &t : m_threats.value(object)) {
            *open = *open || t.value(QLatin1String("status")).toString() == QLatin1String("Open");
            out.append(t);
        }
        return out;
    }

    void tallyProperties(const Properties &props, const QStringList &written)
    {
        for (auto it = props.cbegin(); it != props.cend(); ++it) {
            if (!written.contains(it.key()))
                ++m_tally[QStringLiteral("property %1 (no Threat Dragon field)").arg(it.key())];
        }
    }

    QJsonObject node(const Diagram &dg, const Element &e, const Placement &p)
    {
        static const char *shapes[] = {"actor", "process", "store"};
        static const char *types[] = {"tm.Actor", "tm.Process", "tm.Store"};
        const int k = e.kind == ElementKind::ExternalEntity ? 0
                      : e.kind == ElementKind::Process      ? 1
                                                            : 2;
        bool open = false;
        QJsonObject data{{QStringLiteral("type"), QLatin1String(types[k])},
                         {QStringLiteral("name"), e.name},
                         {QStringLiteral("description"), e.description},
                         {QStringLiteral("outOfScope"), false},
                         {QStringLiteral("reasonOutOfScope"), QString()},
                         {QStringLiteral("threats"), threatsOf(e.id, dg.id, &open)}};
        data.insert(QStringLiteral("hasOpenThreats"), open);
        const auto flag = [&](const char *key) {
            return e.properties.value(QLatin1String(key)).toBool();
        };
        if (m_home.value(e.id) == dg.id) { // count lost fields once per element
            if (e.kind == ElementKind::DataStore)
                tallyProperties(e.properties,
                                {QStringLiteral("storesLogs"), QStringLiteral("storesCredentials"),
                                 QStringLiteral("encryptedAtRest")});
            else if (e.kind == ElementKind::Process)
                tallyProperties(e.properties, {QStringLiteral("runsAsPrivileged")});
            else
                tallyProperties(e.properties, {});
            if (!e.stencil.isEmpty() && e.stencil != QLatin1String("web-application")
                && e.stencil != QLatin1String("log-store"))
                ++m_tally[QStringLiteral("stencil %1").arg(e.stencil)];
        }
        if (e.kind == ElementKind::DataStore) {
            data.insert(QStringLiteral("isALog"),
                        flag("storesLogs") || e.stencil == QLatin1String("log-store"));
            data.insert(QStringLiteral("storesCredentials"), flag("storesCredentials"));
            data.insert(QStringLiteral("isEncrypted"), flag("encryptedAtRest"));
            data.insert(QStringLiteral("isSigned"), false);
        } else if (e.kind == ElementKind::Process) {
            data.insert(QStringLiteral("isWebApplication"),
                        e.stencil == QLatin1String("web-application"));
            data.insert(QStringLiteral("privilegeLevel"),
                        flag("runsAsPrivileged") ? QStringLiteral("privileged") : QString());
            data.insert(QStringLiteral("handlesCardPayment"), false);
            data.insert(QStringLiteral("handlesGoodsOrServices"), false);
        } else {
            data.insert(QStringLiteral("providesAuthentication"), false);
        }
        return QJsonObject{
            {QStringLiteral("shape"), QLatin1String(shapes[k])},
            {QStringLiteral("id"), idString(e.id)},
            {QStringLiteral("zIndex"), 1},
            {QStringLiteral("visible"), true},
            {QStringLiteral("position"), point(p.rect.topLeft())},
            {QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), p.rect.width()},
                                                 {QStringLiteral("height"), p.rect.height()}}},
            {QStringLiteral("attrs"),
             QJsonObject{{QStringLiteral("text"), QJsonObject{{QStringLiteral("text"), e.name}}}}},
            {QStringLiteral("data"), data}};
    }

    QJsonObject boundary(const Boundary &b, const Placement &p)
    {
        if (b.kind == BoundaryKind::Zone) {
            const QJsonObject data{{QStringLiteral("type"), QStringLiteral("tm.BoundaryBox")},
                                   {QStringLiteral("name"), b.name},
                                   {QStringLiteral("description"), b.description},
                                   {QStringLiteral("isTrustBoundary"), true},
                                   {QStringLiteral("hasOpenThreats"), false}};
            return QJsonObject{
                {QStringLiteral("shape"), QStringLiteral("trust-boundary-box")},
                {QStringLiteral("id"), idString(b.id)},
                {QStringLiteral("zIndex"), -1},
                {QStringLiteral("visible"), true},
                {QStringLiteral("position"), point(p.rect.topLeft())},
                {QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), p.rect.width()},
                                                     {QStringLiteral("height"), p.rect.height()}}},
                {QStringLiteral("attrs"),
                 QJsonObject{
                     {QStringLiteral("label"), QJsonObject{{QStringLiteral("text"), b.name}}}}},
                {QStringLiteral("data"), data}};
        }
        QJsonArray vertices;
        for (qsizetype i = 1; i + 1 < p.points.size(); ++i)
            vertices.append(point(p.points[i]));
        const QJsonObject data{{QStringLiteral("type"), QStringLiteral("tm.Boundary")},
                               {QStringLiteral("name"), b.name},
                               {QStringLiteral("description"), b.description},
                               {QStringLiteral("isTrustBoundary"), true},
                               {QStringLiteral("hasOpenThreats"), false}};
        const QJsonObject label{
            {QStringLiteral("attrs"),
             QJsonObject{{QStringLiteral("text"), QJsonObject{{QStringLiteral("text"), b.name}}}}}};
        return QJsonObject{{QStringLiteral("shape"), QStringLiteral("trust-boundary-curve")},
                           {QStringLiteral("id"), idString(b.id)},
                           {QStringLiteral("zIndex"), 10},
                           {QStringLiteral("connector"), QStringLiteral("smooth")},
                           {QStringLiteral("source"), point(p.points.value(0))},
                           {QStringLiteral("target"), point(p.points.value(p.points.size() - 1))},
                           {QStringLiteral("vertices"), vertices},
                           {QStringLiteral("labels"), QJsonArray{label}},
                           {QStringLiteral("data"), data}};
    }

    QJsonObject flow(const Diagram &dg, const Flow &f, const Placement &p)
    {
        QJsonArray vertices;
        for (const QPointF &pt : p.points)
            vertices.append(point(pt));
        bool open = false;
        QJsonObject data{{QStringLiteral("type"), QStringLiteral("tm.Flow")},
                         {QStringLiteral("name"), f.name},
                         {QStringLiteral("description"), f.description},
                         {QStringLiteral("protocol"), f.protocol},
                         {QStringLiteral("isEncrypted"),
                          f.properties.value(QLatin1String("encrypted")).toBool()},
                         {QStringLiteral("isPublicNetwork"),
                          f.properties.value(QLatin1String("publicNetwork")).toBool()},
                         {QStringLiteral("isBidirectional"), false},
                         {QStringLiteral("outOfScope"), false},
                         {QStringLiteral("reasonOutOfScope"), QString()},
                         {QStringLiteral("threats"), threatsOf(f.id, dg.id, &open)}};
        data.insert(QStringLiteral("hasOpenThreats"), open);
        if (m_home.value(f.id) == dg.id) {
            tallyProperties(f.properties,
                            {QStringLiteral("encrypted"), QStringLiteral("publicNetwork")});
            if (!f.assets.isEmpty())
                ++m_tally[QStringLiteral("data carried by flows")];
        }
        const QJsonObject label{{QStringLiteral("position"), 0.5},
                                {QStringLiteral("attrs"),
                                 QJsonObject{{QStringLiteral("labelText"),
                                              QJsonObject{{QStringLiteral("text"), f.name}}}}}};
        return QJsonObject{
            {QStringLiteral("shape"), QStringLiteral("flow")},
            {QStringLiteral("id"), idString(f.id)},
            {QStringLiteral("zIndex"), 10},
            {QStringLiteral("connector"), QStringLiteral("smooth")},
            {QStringLiteral("source"), QJsonObject{{QStringLiteral("cell"), idString(f.source)}}},
            {QStringLiteral("target"), QJsonObject{{QStringLiteral("cell"), idString(f.target)}}},
            {QStringLiteral("vertices"), vertices},
            {QStringLiteral("labels"), QJsonArray{label}},
            {QStringLiteral("data"), data}};
    }

    QJsonObject diagram(const Diagram &dg, int index)
    {
        QJsonArray cells;
        const QList<Id> ids = ProjectData::sortedIds(dg.placements);
        for (const Id &id : ids) { // zones under everything else
            if (m_d.boundaries.contains(id))
                cells.append(boundary(m_d.boundaries[id], dg.placements[id]));
        }
        for (const Id &id : ids) {
            if (m_d.elements.contains(id))
                cells.append(node(dg, m_d.elements[id], dg.placements[id]));
        }
        for (const Id &id : ids) {
            if (!m_d.flows.contains(id))
                continue;
            const Flow &f = m_d.flows[id];
            if (!dg.placements.contains(f.source) || !dg.placements.contains(f.target)) {
                m_lost.append(QStringLiteral("flow \"%1\" on \"%2\": an end is not drawn there; "
                                             "not written there")
                                  .arg(f.name, dg.name));
                continue;
            }
            cells.append(flow(dg, f, dg.placements[id]));
        }
        return QJsonObject{{QStringLiteral("id"), index},
                           {QStringLiteral("title"), dg.name},
                           {QStringLiteral("diagramType"), QStringLiteral("STRIDE")},
                           {QStringLiteral("placeholder"), QString()},
                           {QStringLiteral("thumbnail"),
                            QStringLiteral("./public/content/images/thumbnail.stride.jpg")},
                           {QStringLiteral("version"), QStringLiteral("2.3.0")},
                           {QStringLiteral("cells"), cells}};
    }

    const ProjectData &m_d;
    QHash<Id, Id> m_home; // object -> the first diagram drawing it
    QHash<Id, QList<QJsonObject>> m_threats;
    QStringList m_lost;
    QMap<QString, int> m_tally;
    int m_number = 0;
};

} // namespace

Exported exportThreatDragon(const ProjectData &data)
{
    return Writer(data).run();
}

} // namespace tb
