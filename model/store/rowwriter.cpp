#include "rowwriter.h"

#include <algorithm>

#include "storecodec.h"

#include "io/riskjson.h"
#include "io/studyjson.h" // the study is stored as the canonical file writes it

#include <QJsonDocument>

#include <sqlite3.h>

namespace tb::store {

namespace {
constexpr std::array<const char *, 9> kDeleteById{
    "DELETE FROM diagrams WHERE id = ?1",    "DELETE FROM elements WHERE id = ?1",
    "DELETE FROM flows WHERE id = ?1",       "DELETE FROM boundaries WHERE id = ?1",
    "DELETE FROM data_assets WHERE id = ?1", "DELETE FROM threats WHERE id = ?1",
    "DELETE FROM tasks WHERE id = ?1",       "DELETE FROM components WHERE id = ?1",
    "DELETE FROM study_items WHERE id = ?1",
};

inline void prefetch(const void *p)
{
#if defined(__GNUC__)
    __builtin_prefetch(p);
#else
    (void)p;
#endif
}

inline void prefetchText(const QString &text)
{
    const char *p = reinterpret_cast<const char *>(text.constData());
    const char *end = p + text.size() * qsizetype(sizeof(QChar));
    for (; p < end; p += 64)
        prefetch(p);
}

bool done(sql::Statement &st)
{
    return st.run() == SQLITE_DONE;
}
} // namespace

Result<std::unique_ptr<RowWriter>> RowWriter::prepare(sql::Database &db)
{
    std::unique_ptr<RowWriter> w(new RowWriter(db));
    const std::pair<sql::Statement *, const char *> statements[] = {
        {&w->m_product,
         "INSERT OR REPLACE INTO product (singleton, project_id, name, version, manufacturer, "
         "intended_purpose, cra_class, support_end) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
        {&w->m_diagram, "INSERT OR REPLACE INTO diagrams (id, name, parent) VALUES (?1, ?2, ?3)"},
        {&w->m_element,
         "INSERT OR REPLACE INTO elements (id, kind, name, description, stencil, zone, "
         "properties, assets, components) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
        {&w->m_flow,
         "INSERT OR REPLACE INTO flows (id, source, target, name, description, protocol, "
         "properties, assets) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
        {&w->m_boundary,
         "INSERT OR REPLACE INTO boundaries (id, kind, name, description, trust_level, parent, "
         "properties) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
        {&w->m_asset,
         "INSERT OR REPLACE INTO data_assets (id, name, description, classification, "
         "confidentiality, integrity, availability) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
        {&w->m_threat,
         "INSERT OR REPLACE INTO threats (id, template_id, category, title, description, status, "
         "justification, likelihood, impact, holds, involved, capec, cwe, annex, mitigations) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"},
        {&w->m_task,
         "INSERT OR REPLACE INTO tasks (id, mitigation_id, title, description, owner, due, "
         "status, justification, evidence, threats, annex) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
        {&w->m_component,
         "INSERT OR REPLACE INTO components (id, ref, type, grp, name, version, purl, supplier, "
         "licenses, depends_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
        {&w->m_sbom,
         "INSERT OR REPLACE INTO sbom (singleton, format, spec_version, serial_number, source, "
         "imported, root_name, root_version) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
        {&w->m_deleteSbom, "DELETE FROM sbom"},
        {&w->m_studyItem,
         "INSERT OR REPLACE INTO study_items (id, kind, body) VALUES (?1, ?2, ?3)"},
        {&w->m_studySettings, "INSERT OR REPLACE INTO study (singleton, settings) VALUES (1, ?1)"},
        {&w->m_deleteStudySettings, "DELETE FROM study"},
        {&w->m_criteria,
         "INSERT OR REPLACE INTO risk_criteria (singleton, criteria) VALUES (1, ?1)"},
        {&w->m_deleteCriteria, "DELETE FROM risk_criteria"},
        {&w->m_treatment, "INSERT OR REPLACE INTO treatments (subject, body) VALUES (?1, ?2)"},
        {&w->m_deleteTreatment, "DELETE FROM treatments WHERE subject = ?1"},
        {&w->m_setting, "INSERT OR REPLACE INTO settings (key, body) VALUES (?1, ?2)"},
        {&w->m_deleteSetting, "DELETE FROM settings WHERE key = ?1"},
        {&w->m_decision,
         "INSERT OR REPLACE INTO requirement_decisions (annex_id, justification) VALUES (?1, ?2)"},
        {&w->m_deleteDecision, "DELETE FROM requirement_decisions WHERE annex_id = ?1"},
        {&w->m_placement,
         "INSERT OR REPLACE INTO placements (diagram_id, object_id, x, y, w, h, points) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
        {&w->m_deletePlacement, "DELETE FROM placements WHERE diagram_id = ?1 AND object_id = ?2"},
        {&w->m_deleteDiagramPlacements, "DELETE FROM placements WHERE diagram_id = ?1"},
    };
    for (const auto &[statement, sql] : statements) {
        Result<sql::Statement> st = db.prepare(sql);
        if (!st)
            return st.error();
        *statement = std::move(st).value();
    }
    for (std::size_t i = 0; i < kDeleteById.size(); ++i) {
        Result<sql::Statement> st = db.prepare(kDeleteById[i]);
        if (!st)
            return st.error();
        w->m_deleteById[i] = std::move(st).value();
    }
    for (std::size_t i = 0; i < w->m_categoryKeys.size(); ++i)
        w->m_categoryKeys[i] = categoryKey(static_cast<StrideCategory>(i)).toUtf8();
    for (std::size_t i = 0; i < w->m_statusNames.size(); ++i)
        w->m_statusNames[i] = threatStatusName(static_cast<ThreatStatus>(i)).toUtf8();
    return w;
}

Change RowWriter::everything(const ProjectData &data)
{
    Change c;
    c.product = true;
    const auto addIds = [&c](const auto &map) {
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            c.objects.insert(it.key());
    };
    addIds(data.diagrams);
    addIds(data.elements);
    addIds(data.flows);
    addIds(data.boundaries);
    addIds(data.assets);
    addIds(data.threats);
    addIds(data.tasks);
    addIds(data.components);
    addIds(data.study.items);
    for (auto it = data.decisions.cbegin(); it != data.decisions.cend(); ++it)
        c.decisions.insert(it.key());
    for (auto it = data.treatments.cbegin(); it != data.treatments.cend(); ++it)
        c.treatments.insert(it.key());
    for (auto it = data.settings.cbegin(); it != data.settings.cend(); ++it)
        c.settings.insert(it.key());
    for (auto g = data.diagrams.cbegin(); g != data.diagrams.cend(); ++g) {
        for (auto p = g->placements.cbegin(); p != g->placements.cend(); ++p)
            c.placements.insert({g.key(), p.key()});
    }
    return c;
}

Result<void> RowWriter::write(const ProjectData &data, const Change &change)
{
    if (change.product && !writeProduct(data))
        return m_db.error(QStringLiteral("cannot write the product"));
    // In id order: each table's primary key index is on the id text, and ids in sorted order
    // walk that index from left to right, so a big batch (a derivation) touches each index page
    // once instead of once per row, whatever the page cache holds. Id order is text order.
    QList<Id> ids(change.objects.cbegin(), change.objects.cend());
    std::sort(ids.begin(), ids.end(), idLess);
    // Id order is random in memory: threats are found first (independent lookups the CPU
    // overlaps), and each one's texts are fetched a few rows ahead, so a big register does not
    // wait on one cache miss after another.
    const auto n = std::size_t(ids.size());
    std::vector<const Threat *> threats(n, nullptr);
    for (std::size_t i = 0; i < n; ++i) {
        if (const auto t = data.threats.constFind(ids[qsizetype(i)]); t != data.threats.cend())
            threats[i] = &*t;
    }
    // Three steps ahead: the threat, then its texts and involved list (whole, not just their
    // first line), then the names of what it involves, each step's pointers having arrived.
    constexpr std::size_t kAhead = 6;
    for (std::size_t i = 0; i < n; ++i) {
        if (i + 3 * kAhead < n && threats[i + 3 * kAhead])
            prefetch(threats[i + 3 * kAhead]);
        if (i + 2 * kAhead < n && threats[i + 2 * kAhead]) {
            const Threat &ahead = *threats[i + 2 * kAhead];
            prefetchText(ahead.title);
            prefetchText(ahead.description);
            prefetch(ahead.involved.constData());
        }
        if (i + kAhead < n && threats[i + kAhead]) {
            for (const Involved &inv : threats[i + kAhead]->involved)
                prefetch(inv.name.constData());
        }
        const bool ok
            = threats[i] ? writeThreat(*threats[i]) : writeObject(data, ids[qsizetype(i)]);
        if (!ok)
            return m_db.error(
                QStringLiteral("cannot write object %1").arg(idString(ids[qsizetype(i)])));
    }
    for (const auto &[diagram, object] : change.placements) {
        if (!writePlacement(data, diagram, object))
            return m_db.error(QStringLiteral("cannot write the placement of %1 on diagram %2")
                                  .arg(idString(object), idString(diagram)));
    }
    for (const QString &annexId : change.decisions) {
        if (!writeDecision(data, annexId))
            return m_db.error(
                QStringLiteral("cannot write the decision on requirement %1").arg(annexId));
    }
    for (const Id &subject : change.treatments) {
        if (!writeTreatment(data, subject))
            return m_db.error(
                QStringLiteral("cannot write the treatment of %1").arg(idString(subject)));
    }
    for (const QString &key : change.settings) {
        if (!writeSetting(data, key))
            return m_db.error(QStringLiteral("cannot write the project setting %1").arg(key));
    }
    return Ok{};
}

bool RowWriter::writeObject(const ProjectData &data, const Id &id)
{
    switch (data.typeOf(id)) {
    case ObjectType::Diagram:
        return writeDiagram(data.diagrams[id]);
    case ObjectType::Element:
        return writeElement(data.elements[id]);
    case ObjectType::Flow:
        return writeFlow(data.flows[id]);
    case ObjectType::Boundary:
        return writeBoundary(data.boundaries[id]);
    case ObjectType::DataAsset:
        return writeAsset(data.assets[id]);
    case ObjectType::Threat: // write() finds threats ahead; kept for a complete switch
        return writeThreat(*data.threats.constFind(id));
    case ObjectType::Task:
        return writeTask(*data.tasks.constFind(id));
    case ObjectType::Component:
        return writeComponent(*data.components.constFind(id));
    case ObjectType::Study:
        return writeStudyItem(*data.study.items.constFind(id));
    case ObjectType::Product: // product fields travel as change.product
        return true;
    case ObjectType::None:
        break;
    }
    return deleteObject(id);
}

bool RowWriter::writeProduct(const ProjectData &data)
{
    const Product &p = data.product;
    m_product.bind(1, idString(data.id));
    m_product.bind(2, p.name);
    m_product.bind(3, p.version);
    m_product.bind(4, p.manufacturer);
    m_product.bind(5, p.intendedPurpose);
    m_product.bind(6, craClassName(p.craClass));
    m_product.bindOptional(7,
                           p.supportEnd.isValid() ? p.supportEnd.toString(Qt::ISODate) : QString());
    return done(m_product) && writeSbom(data.sbom) && writeStudySettings(data.study.settings)
           && writeCriteria(data.criteria);
}

bool RowWriter::writeCriteria(const RiskCriteria &criteria)
{
    if (criteria == defaultRiskCriteria())
        return done(m_deleteCriteria);
    m_criteria.bind(1, QJsonDocument(toJson(criteria)).toJson(QJsonDocument::Compact));
    return done(m_criteria);
}

bool RowWriter::writeTreatment(const ProjectData &data, const Id &subject)
{
    const auto it = data.treatments.constFind(subject);
    if (it == data.treatments.cend()) {
        m_deleteTreatment.bind(1, idString(subject));
        return done(m_deleteTreatment);
    }
    m_treatment.bind(1, idString(subject));
    m_treatment.bind(2, QJsonDocument(toJson(*it)).toJson(QJsonDocument::Compact));
    return done(m_treatment);
}

bool RowWriter::writeSetting(const ProjectData &data, const QString &key)
{
    const auto it = data.settings.constFind(key);
    if (it == data.settings.cend()) {
        m_deleteSetting.bind(1, key);
        return done(m_deleteSetting);
    }
    m_setting.bind(1, key);
    m_setting.bind(2, QJsonDocument(*it).toJson(QJsonDocument::Compact));
    return done(m_setting);
}

bool RowWriter::writeStudySettings(const StudySettings &settings)
{
    if (settings == StudySettings{})
        return done(m_deleteStudySettings);
    m_studySettings.bind(1, QJsonDocument(toJson(settings)).toJson(QJsonDocument::Compact));
    return done(m_studySettings);
}

bool RowWriter::writeStudyItem(const StudyItem &item)
{
    m_studyItem.bind(1, idString(studyItemId(item)));
    m_studyItem.bind(2, studyItemKind(item));
    m_studyItem.bind(3, QJsonDocument(toJson(item)).toJson(QJsonDocument::Compact));
    return done(m_studyItem);
}

bool RowWriter::writeSbom(const SbomInfo &s)
{
    if (s.isEmpty())
        return done(m_deleteSbom);
    m_sbom.bind(1, s.format);
    m_sbom.bind(2, s.specVersion);
    m_sbom.bind(3, s.serialNumber);
    m_sbom.bind(4, s.source);
    m_sbom.bind(5, dateToText(s.imported));
    m_sbom.bind(6, s.rootName);
    m_sbom.bind(7, s.rootVersion);
    return done(m_sbom);
}

bool RowWriter::writeComponent(const Component &c)
{
    m_component.bind(1, idString(c.id));
    m_component.bind(2, c.ref);
    m_component.bind(3, c.type);
    m_component.bind(4, c.group);
    m_component.bind(5, c.name);
    m_component.bind(6, c.version);
    m_component.bind(7, c.purl);
    m_component.bind(8, c.supplier);
    m_component.bind(9, stringsToJson(c.licenses));
    m_component.bind(10, idsToJson(c.dependsOn));
    return done(m_component);
}

bool RowWriter::writeDiagram(const Diagram &diagram)
{
    m_diagram.bind(1, idString(diagram.id));
    m_diagram.bind(2, diagram.name);
    m_diagram.bindOptional(3, idString(diagram.parent));
    return done(m_diagram);
}

bool RowWriter::writeElement(const Element &e)
{
    m_element.bind(1, idString(e.id));
    m_element.bind(2, kindName(e.kind));
    m_element.bind(3, e.name);
    m_element.bind(4, e.description);
    m_element.bind(5, e.stencil);
    m_element.bindOptional(6, idString(e.zone));
    m_element.bind(7, propertiesToJson(e.properties));
    m_element.bind(8, idsToJson(e.assets));
    m_element.bind(9, idsToJson(e.components));
    return done(m_element);
}

bool RowWriter::writeFlow(const Flow &f)
{
    m_flow.bind(1, idString(f.id));
    m_flow.bind(2, idString(f.source));
    m_flow.bind(3, idString(f.target));
    m_flow.bind(4, f.name);
    m_flow.bind(5, f.description);
    m_flow.bind(6, f.protocol);
    m_flow.bind(7, propertiesToJson(f.properties));
    m_flow.bind(8, idsToJson(f.assets));
    return done(m_flow);
}

bool RowWriter::writeBoundary(const Boundary &b)
{
    m_boundary.bind(1, idString(b.id));
    m_boundary.bind(2, kindName(b.kind));
    m_boundary.bind(3, b.name);
    m_boundary.bind(4, b.description);
    m_boundary.bind(5, b.trustLevel);
    m_boundary.bindOptional(6, idString(b.parent));
    m_boundary.bind(7, propertiesToJson(b.properties));
    return done(m_boundary);
}

bool RowWriter::writeAsset(const DataAsset &a)
{
    m_asset.bind(1, idString(a.id));
    m_asset.bind(2, a.name);
    m_asset.bind(3, a.description);
    m_asset.bind(4, a.classification);
    m_asset.bind(5, a.confidentiality);
    m_asset.bind(6, a.integrity);
    m_asset.bind(7, a.availability);
    return done(m_asset);
}

bool RowWriter::writeThreat(const Threat &t)
{
    const auto category = static_cast<std::size_t>(t.category);
    const auto status = static_cast<std::size_t>(t.status);
    if (category >= m_categoryKeys.size() || status >= m_statusNames.size())
        return false;
    // Each buffer is cleared (keeping its capacity), filled, and bound without a copy; done()
    // steps and resets before the next row touches them.
    auto &[id, templateId, title, description, justification, involved, capec, cwe, annex,
           mitigations]
        = m_threatColumns;
    for (QByteArray &column : m_threatColumns)
        column.resize(0);
    id += t.id.toByteArray(QUuid::WithoutBraces);
    appendUtf8(templateId, t.templateId);
    appendUtf8(title, t.title);
    appendUtf8(description, t.description);
    appendUtf8(justification, t.justification);
    appendInvolvedJson(involved, t.involved);
    appendNumbersJson(capec, t.capec);
    appendNumbersJson(cwe, t.cwe);
    appendStringsJson(annex, t.annex);
    appendStringsJson(mitigations, t.mitigations);

    m_threat.bindStatic(1, id);
    if (!t.templateId.isEmpty())
        m_threat.bindStatic(2, templateId); // else NULL: added by hand
    m_threat.bindStatic(3, m_categoryKeys[category]);
    m_threat.bindStatic(4, title);
    m_threat.bindStatic(5, description);
    m_threat.bindStatic(6, m_statusNames[status]);
    m_threat.bindStatic(7, justification);
    m_threat.bind(8, t.likelihood);
    m_threat.bind(9, t.impact);
    m_threat.bind(10, t.holds ? 1 : 0);
    m_threat.bindStatic(11, involved);
    m_threat.bindStatic(12, capec);
    m_threat.bindStatic(13, cwe);
    m_threat.bindStatic(14, annex);
    m_threat.bindStatic(15, mitigations);
    return done(m_threat);
}

bool RowWriter::writeTask(const MitigationTask &t)
{
    m_task.bind(1, idString(t.id));
    m_task.bind(2, t.mitigationId);
    m_task.bind(3, t.title);
    m_task.bind(4, t.description);
    m_task.bind(5, t.owner);
    m_task.bindOptional(6, dateToText(t.due));
    m_task.bind(7, taskStatusName(t.status));
    m_task.bind(8, t.justification);
    m_task.bind(9, evidenceToJson(t.evidence));
    m_task.bind(10, idsToJson(t.threats));
    m_task.bind(11, stringsToJson(t.annex));
    return done(m_task);
}

bool RowWriter::writeDecision(const ProjectData &data, const QString &annexId)
{
    const auto it = data.decisions.constFind(annexId);
    if (it == data.decisions.cend()) { // applicable again
        m_deleteDecision.bind(1, annexId);
        return done(m_deleteDecision);
    }
    m_decision.bind(1, annexId);
    m_decision.bind(2, it->justification);
    return done(m_decision);
}

bool RowWriter::writePlacement(const ProjectData &data, const Id &diagram, const Id &object)
{
    const Placement *p = nullptr;
    if (const auto g = data.diagrams.constFind(diagram); g != data.diagrams.cend()) {
        if (const auto it = g->placements.constFind(object); it != g->placements.cend())
            p = &*it;
    }
    if (!p) {
        m_deletePlacement.bind(1, idString(diagram));
        m_deletePlacement.bind(2, idString(object));
        return done(m_deletePlacement);
    }
    m_placement.bind(1, idString(diagram));
    m_placement.bind(2, idString(object));
    // NULLs only for the default rectangle, so QRectF(5, 5, 0, 0) survives a round trip.
    if (p->rect != QRectF()) {
        m_placement.bind(3, p->rect.x());
        m_placement.bind(4, p->rect.y());
        m_placement.bind(5, p->rect.width());
        m_placement.bind(6, p->rect.height());
    }
    if (!p->points.isEmpty())
        m_placement.bind(7, pointsToJson(p->points));
    return done(m_placement); // unbound parameters are NULL
}

bool RowWriter::deleteObject(const Id &id)
{
    // The object is gone, so its type is unknown here: delete the id from every table.
    const QString text = idString(id);
    for (sql::Statement &st : m_deleteById) {
        st.bind(1, text);
        if (!done(st))
            return false;
    }
    m_deleteDiagramPlacements.bind(1, text);
    return done(m_deleteDiagramPlacements);
}

} // namespace tb::store
