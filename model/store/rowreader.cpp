#include "rowreader.h"

#include "storecodec.h"

#include "io/jsonreader.h"
#include "io/riskjson.h"
#include "io/studyjson.h"

#include <sqlite3.h>

namespace tb::store {

namespace {

class Reader
{
public:
    explicit Reader(sql::Database &db) : m_db(db) {}

    Result<ProjectData> load();

private:
    bool readProduct();
    bool readDiagrams();
    bool readElements();
    bool readFlows();
    bool readBoundaries();
    bool readAssets();
    bool readPlacements();
    bool readThreats();
    bool readTasks();
    bool readDecisions();
    bool readComponents();
    bool readSbom();
    bool readStudy();

    // Runs a constant query and hands each row to `row`; false when a row or SQLite fails.
    template<typename RowFn>
    bool each(const char *sql, RowFn row);
    bool damaged(const QString &what)
    {
        m_error = makeError(QStringLiteral("the file is damaged: %1").arg(what), m_db.path());
        return false;
    }
    Id id(const sql::Statement &st, int col, const char *what);
    qsizetype rowCount(const char *sql)
    {
        const Result<qint64> n = m_db.queryInt(sql);
        return n ? static_cast<qsizetype>(n.value()) : 0;
    }
    Id optionalId(const sql::Statement &st, int col, const char *what);

    sql::Database &m_db;
    ProjectData m_data;
    Error m_error;
};

template<typename RowFn>
bool Reader::each(const char *sql, RowFn row)
{
    Result<sql::Statement> st = m_db.prepare(sql);
    if (!st)
        return damaged(st.error().message);
    int rc = SQLITE_ROW;
    while ((rc = st.value().step()) == SQLITE_ROW) {
        if (!row(st.value()))
            return false;
    }
    if (rc != SQLITE_DONE) {
        const int code = sqlite3_errcode(m_db.handle()) & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return damaged(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
        m_error = m_db.error(QStringLiteral("cannot read the project"));
        return false;
    }
    return true;
}

Id Reader::id(const sql::Statement &st, int col, const char *what)
{
    // Ids are ASCII: parse the bytes without making a QString of them.
    const Id value = QUuid::fromString(QLatin1StringView(st.view(col)));
    if (value.isNull())
        damaged(QStringLiteral("a bad id in %1").arg(QLatin1String(what)));
    return value;
}

Id Reader::optionalId(const sql::Statement &st, int col, const char *what)
{
    if (st.isNull(col))
        return {};
    return id(st, col, what);
}

Result<ProjectData> Reader::load()
{
    if (readProduct() && readDiagrams() && readAssets() && readBoundaries() && readComponents()
        && readSbom() && readElements() && readFlows() && readPlacements() && readThreats()
        && readTasks() && readDecisions() && readStudy())
        return std::move(m_data);
    return m_error;
}

bool Reader::readProduct()
{
    int rows = 0;
    const bool ok = each("SELECT project_id, name, version, manufacturer, intended_purpose, "
                         "cra_class, support_end FROM product",
                         [this, &rows](const sql::Statement &st) {
                             ++rows;
                             Product &p = m_data.product;
                             m_data.id = id(st, 0, "product");
                             p.name = st.text(1);
                             p.version = st.text(2);
                             p.manufacturer = st.text(3);
                             p.intendedPurpose = st.text(4);
                             if (!parseCraClass(st.text(5), &p.craClass))
                                 return damaged(QStringLiteral("an unknown CRA class"));
                             if (!st.isNull(6)) {
                                 p.supportEnd = QDate::fromString(st.text(6), Qt::ISODate);
                                 if (!p.supportEnd.isValid())
                                     return damaged(QStringLiteral("a bad support end date"));
                             }
                             return !m_data.id.isNull();
                         });
    return ok && (rows == 1 || damaged(QStringLiteral("no product")));
}

bool Reader::readDiagrams()
{
    return each("SELECT id, name, parent FROM diagrams", [this](const sql::Statement &st) {
        Diagram g;
        g.id = id(st, 0, "diagrams");
        g.name = st.text(1);
        g.parent = optionalId(st, 2, "diagrams");
        m_data.diagrams.insert(g.id, g);
        return !g.id.isNull();
    });
}

bool Reader::readElements()
{
    m_data.elements.reserve(rowCount("SELECT count(*) FROM elements"));
    return each("SELECT id, kind, name, description, stencil, zone, properties, assets, "
                "components FROM elements",
                [this](const sql::Statement &st) {
                    Element e;
                    e.id = id(st, 0, "elements");
                    if (!parseElementKind(st.text(1), &e.kind))
                        return damaged(QStringLiteral("an unknown element kind"));
                    e.name = st.text(2);
                    e.description = st.text(3);
                    e.stencil = st.text(4);
                    e.zone = optionalId(st, 5, "elements");
                    if (!propertiesFromJson(st.utf8(6), &e.properties)
                        || !idsFromJson(st.utf8(7), &e.assets)
                        || !idsFromJson(st.utf8(8), &e.components))
                        return damaged(QStringLiteral("bad JSON in elements"));
                    m_data.elements.insert(e.id, std::move(e));
                    return m_error.message.isEmpty();
                });
}

bool Reader::readFlows()
{
    m_data.flows.reserve(rowCount("SELECT count(*) FROM flows"));
    return each("SELECT id, source, target, name, description, protocol, properties, assets "
                "FROM flows",
                [this](const sql::Statement &st) {
                    Flow f;
                    f.id = id(st, 0, "flows");
                    f.source = id(st, 1, "flows");
                    f.target = id(st, 2, "flows");
                    f.name = st.text(3);
                    f.description = st.text(4);
                    f.protocol = st.text(5);
                    if (!propertiesFromJson(st.utf8(6), &f.properties)
                        || !idsFromJson(st.utf8(7), &f.assets))
                        return damaged(QStringLiteral("bad JSON in flows"));
                    m_data.flows.insert(f.id, std::move(f));
                    return m_error.message.isEmpty();
                });
}

bool Reader::readBoundaries()
{
    return each("SELECT id, kind, name, description, trust_level, parent, properties "
                "FROM boundaries",
                [this](const sql::Statement &st) {
                    Boundary b;
                    b.id = id(st, 0, "boundaries");
                    if (!parseBoundaryKind(st.text(1), &b.kind))
                        return damaged(QStringLiteral("an unknown boundary kind"));
                    b.name = st.text(2);
                    b.description = st.text(3);
                    b.trustLevel = static_cast<int>(st.integer(4));
                    b.parent = optionalId(st, 5, "boundaries");
                    if (!propertiesFromJson(st.utf8(6), &b.properties))
                        return damaged(QStringLiteral("bad JSON in boundaries"));
                    m_data.boundaries.insert(b.id, std::move(b));
                    return m_error.message.isEmpty();
                });
}

bool Reader::readAssets()
{
    return each("SELECT id, name, description, classification, confidentiality, integrity, "
                "availability FROM data_assets",
                [this](const sql::Statement &st) {
                    DataAsset a;
                    a.id = id(st, 0, "data_assets");
                    a.name = st.text(1);
                    a.description = st.text(2);
                    a.classification = st.text(3);
                    a.confidentiality = static_cast<int>(st.integer(4));
                    a.integrity = static_cast<int>(st.integer(5));
                    a.availability = static_cast<int>(st.integer(6));
                    m_data.assets.insert(a.id, std::move(a));
                    return m_error.message.isEmpty();
                });
}

bool Reader::readPlacements()
{
    return each("SELECT diagram_id, object_id, x, y, w, h, points FROM placements",
                [this](const sql::Statement &st) {
                    const Id diagram = id(st, 0, "placements");
                    const Id object = id(st, 1, "placements");
                    const auto g = m_data.diagrams.find(diagram);
                    if (g == m_data.diagrams.end())
                        return damaged(QStringLiteral("a placement on a missing diagram"));
                    Placement p;
                    if (!st.isNull(2))
                        p.rect = QRectF(st.real(2), st.real(3), st.real(4), st.real(5));
                    if (!st.isNull(6) && !pointsFromJson(st.utf8(6), &p.points))
                        return damaged(QStringLiteral("bad JSON in placements"));
                    g->placements.insert(object, std::move(p));
                    return m_error.message.isEmpty();
                });
}

bool Reader::readThreats()
{
    m_data.threats.reserve(rowCount("SELECT count(*) FROM threats"));
    return each("SELECT id, template_id, category, title, description, status, justification, "
                "likelihood, impact, holds, involved, capec, cwe, annex, mitigations FROM threats",
                [this](const sql::Statement &st) {
                    Threat t;
                    t.id = id(st, 0, "threats");
                    if (!st.isNull(1))
                        t.templateId = st.text(1);
                    if (!parseCategory(st.text(2), &t.category))
                        return damaged(QStringLiteral("an unknown threat category"));
                    t.title = st.text(3);
                    t.description = st.text(4);
                    if (!parseThreatStatus(st.text(5), &t.status))
                        return damaged(QStringLiteral("an unknown threat status"));
                    t.justification = st.text(6);
                    t.likelihood = static_cast<int>(st.integer(7));
                    t.impact = static_cast<int>(st.integer(8));
                    t.holds = st.integer(9) != 0;
                    if (!involvedFromJson(st.view(10), &t.involved)
                        || !numbersFromJson(st.view(11), &t.capec)
                        || !numbersFromJson(st.view(12), &t.cwe)
                        || !stringsFromJson(st.view(13), &t.annex)
                        || !stringsFromJson(st.view(14), &t.mitigations))
                        return damaged(QStringLiteral("bad JSON in threats"));
                    const Id key = t.id;
                    m_data.threats.emplace(key, std::move(t)); // insert() would copy
                    return m_error.message.isEmpty();
                });
}

bool Reader::readTasks()
{
    return each("SELECT id, mitigation_id, title, description, owner, due, status, "
                "justification, evidence, threats, annex FROM tasks",
                [this](const sql::Statement &st) {
                    MitigationTask t;
                    t.id = id(st, 0, "tasks");
                    t.mitigationId = st.text(1);
                    t.title = st.text(2);
                    t.description = st.text(3);
                    t.owner = st.text(4);
                    if (!st.isNull(5) && (!dateFromText(st.text(5), &t.due) || !t.due.isValid()))
                        return damaged(QStringLiteral("a bad task due date"));
                    if (!parseTaskStatus(st.text(6), &t.status))
                        return damaged(QStringLiteral("an unknown task status"));
                    t.justification = st.text(7);
                    if (!evidenceFromJson(st.view(8), &t.evidence)
                        || !idsFromJson(st.utf8(9), &t.threats)
                        || !stringsFromJson(st.view(10), &t.annex))
                        return damaged(QStringLiteral("bad JSON in tasks"));
                    const Id key = t.id;
                    m_data.tasks.insert(key, std::move(t));
                    return m_error.message.isEmpty();
                });
}

bool Reader::readDecisions()
{
    return each("SELECT annex_id, justification FROM requirement_decisions",
                [this](const sql::Statement &st) {
                    RequirementDecision d{st.text(0), st.text(1)};
                    if (d.annexId.isEmpty())
                        return damaged(QStringLiteral("a decision without a requirement"));
                    const QString key = d.annexId;
                    m_data.decisions.insert(key, std::move(d));
                    return true;
                });
}

bool Reader::readComponents()
{
    return each("SELECT id, ref, type, grp, name, version, purl, supplier, licenses, depends_on "
                "FROM components",
                [this](const sql::Statement &st) {
                    Component c;
                    c.id = id(st, 0, "components");
                    c.ref = st.text(1);
                    c.type = st.text(2);
                    c.group = st.text(3);
                    c.name = st.text(4);
                    c.version = st.text(5);
                    c.purl = st.text(6);
                    c.supplier = st.text(7);
                    if (!stringsFromJson(st.view(8), &c.licenses)
                        || !idsFromJson(st.utf8(9), &c.dependsOn))
                        return damaged(QStringLiteral("bad JSON in components"));
                    const Id key = c.id;
                    m_data.components.insert(key, std::move(c));
                    return m_error.message.isEmpty();
                });
}

bool Reader::readSbom()
{
    return each("SELECT format, spec_version, serial_number, source, imported, root_name, "
                "root_version FROM sbom",
                [this](const sql::Statement &st) {
                    SbomInfo &s = m_data.sbom;
                    s.format = st.text(0);
                    s.specVersion = st.text(1);
                    s.serialNumber = st.text(2);
                    s.source = st.text(3);
                    if (!dateFromText(st.text(4), &s.imported) || !s.imported.isValid())
                        return damaged(QStringLiteral("a bad SBOM import date"));
                    s.rootName = st.text(5);
                    s.rootVersion = st.text(6);
                    return !s.format.isEmpty() || damaged(QStringLiteral("an SBOM without format"));
                });
}

bool Reader::readStudy()
{
    const auto parse = [this](const sql::Statement &st, int col, const char *what) {
        const QJsonDocument doc = QJsonDocument::fromJson(st.utf8(col));
        if (!doc.isObject())
            damaged(QStringLiteral("bad JSON in %1").arg(QLatin1String(what)));
        return doc.object();
    };
    bool ok = each("SELECT settings FROM study", [&](const sql::Statement &st) {
        const QJsonObject o = parse(st, 0, "study");
        JsonReader r(QJsonObject{{QStringLiteral("s"), o}}, QStringLiteral("study"),
                     {QStringLiteral("s")});
        m_data.study.settings = studySettingsFromJson(o, QStringLiteral("settings"), r);
        return m_error.message.isEmpty() && (r.ok() || damaged(r.error().text()));
    });
    ok = ok && each("SELECT criteria FROM risk_criteria", [&](const sql::Statement &st) {
             const QJsonObject o = parse(st, 0, "risk_criteria");
             JsonReader r(QJsonObject{}, QStringLiteral("risk_criteria"), {});
             m_data.criteria = riskCriteriaFromJson(o, QStringLiteral("criteria"), r);
             return m_error.message.isEmpty() && (r.ok() || damaged(r.error().text()));
         });
    ok = ok && each("SELECT subject, body FROM treatments", [&](const sql::Statement &st) {
             const Id key = id(st, 0, "treatments");
             JsonReader r(QJsonObject{}, QStringLiteral("treatments"), {});
             RiskTreatment t
                 = treatmentFromJson(parse(st, 1, "treatments"), QStringLiteral("body"), r);
             if (!r.ok())
                 return damaged(r.error().text());
             if (t.subject != key)
                 return damaged(QStringLiteral("a treatment whose subject does not match its row"));
             m_data.treatments.insert(key, std::move(t));
             return m_error.message.isEmpty();
         });
    ok = ok && each("SELECT key, body FROM settings", [&](const sql::Statement &st) {
             m_data.settings.insert(st.text(0), parse(st, 1, "settings"));
             return m_error.message.isEmpty();
         });
    return ok && each("SELECT id, body FROM study_items", [&](const sql::Statement &st) {
               const Id key = id(st, 0, "study_items");
               const QJsonObject o = parse(st, 1, "study_items");
               JsonReader r(QJsonObject{}, QStringLiteral("study_items"), {});
               StudyItem item = studyItemFromJson(o, QStringLiteral("body"), r);
               if (!r.ok())
                   return damaged(r.error().text());
               if (studyItemId(item) != key)
                   return damaged(QStringLiteral("a study item whose id does not match its row"));
               m_data.study.items.insert(key, std::move(item));
               return m_error.message.isEmpty();
           });
}

} // namespace

Result<ProjectData> loadProject(sql::Database &db)
{
    return Reader(db).load();
}

} // namespace tb::store
