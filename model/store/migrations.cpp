#include "migrations.h"

#include "sqlitedb.h"

namespace tb::store {

namespace {

// Schema 1. Ids are text (tb::idString); properties are a compact JSON object, asset lists a
// JSON array of id strings, placement points a JSON array of [x, y]. The product is one row.
constexpr const char *kSchemaV1 = R"sql(
PRAGMA application_id = 1413631555;
CREATE TABLE product (
    singleton        INTEGER PRIMARY KEY CHECK (singleton = 1),
    project_id       TEXT NOT NULL,
    name             TEXT NOT NULL,
    version          TEXT NOT NULL,
    manufacturer     TEXT NOT NULL,
    intended_purpose TEXT NOT NULL,
    cra_class        TEXT NOT NULL,
    support_end      TEXT
);
CREATE TABLE diagrams (
    id   TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE elements (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    stencil     TEXT NOT NULL,
    zone        TEXT,
    properties  TEXT NOT NULL,
    assets      TEXT NOT NULL
);
CREATE TABLE flows (
    id          TEXT PRIMARY KEY NOT NULL,
    source      TEXT NOT NULL,
    target      TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    protocol    TEXT NOT NULL,
    properties  TEXT NOT NULL,
    assets      TEXT NOT NULL
);
CREATE TABLE boundaries (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    trust_level INTEGER NOT NULL,
    parent      TEXT,
    properties  TEXT NOT NULL
);
CREATE TABLE data_assets (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    description     TEXT NOT NULL,
    classification  TEXT NOT NULL,
    confidentiality INTEGER NOT NULL,
    integrity       INTEGER NOT NULL,
    availability    INTEGER NOT NULL
);
CREATE TABLE placements (
    diagram_id TEXT NOT NULL,
    object_id  TEXT NOT NULL,
    x REAL, y REAL, w REAL, h REAL, -- all NULL when the object is drawn by points
    points     TEXT,                -- NULL when there are none
    PRIMARY KEY (diagram_id, object_id)
) WITHOUT ROWID;
)sql";

static_assert(kApplicationId == 1413631555, "kSchemaV1 spells the application id out");

// Schema 2: the threat register. Scalars are typed columns (category and status by their key,
// e.g. "information-disclosure", "needs-review"; holds as 0/1; template_id NULL for a threat
// added by hand); lists are compact JSON arrays (storecodec.h): involved of
// {"id","kind","name"} objects, capec and cwe of numbers, annex and mitigations of strings.
// No index beyond the primary key: the store only ever loads the whole register, and every
// index would slow down writing a derivation of many thousands of threats.
constexpr const char *kSchemaV2 = R"sql(
CREATE TABLE threats (
    id            TEXT PRIMARY KEY NOT NULL,
    template_id   TEXT,
    category      TEXT NOT NULL,
    title         TEXT NOT NULL,
    description   TEXT NOT NULL,
    status        TEXT NOT NULL,
    justification TEXT NOT NULL,
    likelihood    INTEGER NOT NULL,
    impact        INTEGER NOT NULL,
    holds         INTEGER NOT NULL,
    involved      TEXT NOT NULL,
    capec         TEXT NOT NULL,
    cwe           TEXT NOT NULL,
    annex         TEXT NOT NULL,
    mitigations   TEXT NOT NULL
);
)sql";

// Schema 3: mitigation tasks and requirement decisions. Task scalars are typed columns (status
// by its key, e.g. "in-progress"; due an ISO date, NULL when there is none; mitigation_id ""
// for a task made by hand); lists are compact JSON arrays (storecodec.h): evidence of
// {"kind","value","date"} objects, threats of id strings, annex of strings. A decision row
// declares one Annex I requirement not applicable; applicable requirements have no row.
constexpr const char *kSchemaV3 = R"sql(
CREATE TABLE tasks (
    id            TEXT PRIMARY KEY NOT NULL,
    mitigation_id TEXT NOT NULL,
    title         TEXT NOT NULL,
    description   TEXT NOT NULL,
    owner         TEXT NOT NULL,
    due           TEXT,
    status        TEXT NOT NULL,
    justification TEXT NOT NULL,
    evidence      TEXT NOT NULL,
    threats       TEXT NOT NULL,
    annex         TEXT NOT NULL
);
CREATE TABLE requirement_decisions (
    annex_id      TEXT PRIMARY KEY NOT NULL,
    justification TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Schema 4: SBOM components (licenses a JSON array of strings, depends_on of id strings), the
// components each element contains, and the record of the SBOM they came from (one row, absent
// until an SBOM is imported; imported an ISO date).
constexpr const char *kSchemaV4 = R"sql(
ALTER TABLE elements ADD COLUMN components TEXT NOT NULL DEFAULT '[]';
CREATE TABLE components (
    id         TEXT PRIMARY KEY NOT NULL,
    ref        TEXT NOT NULL,
    type       TEXT NOT NULL,
    grp        TEXT NOT NULL,
    name       TEXT NOT NULL,
    version    TEXT NOT NULL,
    purl       TEXT NOT NULL,
    supplier   TEXT NOT NULL,
    licenses   TEXT NOT NULL,
    depends_on TEXT NOT NULL
);
CREATE TABLE sbom (
    singleton     INTEGER PRIMARY KEY CHECK (singleton = 1),
    format        TEXT NOT NULL,
    spec_version  TEXT NOT NULL,
    serial_number TEXT NOT NULL,
    source        TEXT NOT NULL,
    imported      TEXT NOT NULL,
    root_name     TEXT NOT NULL,
    root_version  TEXT NOT NULL
);
)sql";

// Schema 5: the EBIOS RM study, the risk criteria and the treatments. Items are compact JSON
// objects as in the canonical file (io/studyjson.h); kind is repeated as a column for queries by
// hand. The settings are one row, absent while they are the defaults.
constexpr const char *kSchemaV5 = R"sql(
CREATE TABLE study_items (
    id   TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE study (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    settings  TEXT NOT NULL
);
CREATE TABLE risk_criteria (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    criteria  TEXT NOT NULL
);
CREATE TABLE treatments (
    subject TEXT PRIMARY KEY NOT NULL,
    body    TEXT NOT NULL
);
)sql";

// Schema 6: project setting documents (core/projectsettings.h) as compact JSON by key.
constexpr const char *kSchemaV6 = R"sql(
CREATE TABLE settings (
    key  TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL
);
)sql";

// Schema 7: a diagram may detail an element (DFD levels).
constexpr const char *kSchemaV7 = R"sql(
ALTER TABLE diagrams ADD COLUMN parent TEXT;
)sql";

const std::vector<Migration> *g_override = nullptr;

} // namespace

std::vector<Migration> builtInMigrations()
{
    return {
        {1,
         [](sql::Database &db) {
             return db.exec(kSchemaV1);
         }},
        {2,
         [](sql::Database &db) {
             return db.exec(kSchemaV2);
         }},
        {3,
         [](sql::Database &db) {
             return db.exec(kSchemaV3);
         }},
        {4,
         [](sql::Database &db) {
             return db.exec(kSchemaV4);
         }},
        {5,
         [](sql::Database &db) {
             return db.exec(kSchemaV5);
         }},
        {6,
         [](sql::Database &db) {
             return db.exec(kSchemaV6);
         }},
        {7,
         [](sql::Database &db) {
             return db.exec(kSchemaV7);
         }},
    };
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> builtIn = builtInMigrations();
    return g_override ? *g_override : builtIn;
}

int latestSchemaVersion()
{
    const std::vector<Migration> &steps = migrations();
    return steps.empty() ? 0 : steps.back().version;
}

Result<void> migrate(sql::Database &db, int from)
{
    const int to = latestSchemaVersion();
    if (Result<void> r = db.begin(); !r)
        return r;
    for (const Migration &step : migrations()) {
        if (from >= step.version)
            continue;
        if (Result<void> r = step.run(db); !r) {
            db.rollback();
            return makeError(QStringLiteral("cannot upgrade the file from schema version %1 to "
                                            "%2: %3")
                                 .arg(from)
                                 .arg(step.version)
                                 .arg(r.error().message),
                             db.path(), r.error().kind);
        }
    }
    // PRAGMA takes no bound parameters; the value is an int from the step list, never input.
    const QByteArray setVersion = QByteArray("PRAGMA user_version = ") + QByteArray::number(to);
    if (Result<void> r = db.exec(setVersion.constData()); !r) {
        db.rollback();
        return r;
    }
    if (Result<void> r = db.commit(); !r) {
        db.rollback();
        return r;
    }
    return Ok{};
}

ScopedMigrations::ScopedMigrations(std::vector<Migration> steps)
    : m_steps(std::move(steps)), m_previous(g_override)
{
    g_override = &m_steps;
}

ScopedMigrations::~ScopedMigrations()
{
    g_override = m_previous;
}

} // namespace tb::store
