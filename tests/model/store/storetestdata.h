#pragma once

// Shared helpers of the project store tests (header only: each tst_*.cpp is its own program).

#include "core/project.h"
#include "store/sqlitedb.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStringList>

namespace tb::test {

/// A fixed id, so fixtures and expectations agree across runs.
inline Id fixedId(int n)
{
    return parseId(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

inline QList<PlacementAt> at(const Id &diagram, const Placement &p)
{
    return {PlacementAt{diagram, p}};
}

/// One of everything schema 1 stores, with fixed ids. Do not change it: the committed fixture
/// tests/data/schema-v1.threatbench holds exactly this.
inline ProjectData schemaV1Data()
{
    ProjectData d;
    d.id = fixedId(1);
    d.product = {QStringLiteral("Fixture Lamp"),  QStringLiteral("1.2.3"),
                 QStringLiteral("Acme Lighting"), QStringLiteral("Smart lighting for homes"),
                 CraClass::ImportantClassI,       QDate(2030, 6, 30)};
    const Id main = fixedId(10), cloud = fixedId(11);
    d.diagrams.insert(main, {main, QStringLiteral("Main"), {}, {}});
    d.diagrams.insert(cloud, {cloud, QStringLiteral("Cloud ☁"), {}, {}});
    const Id creds = fixedId(20);
    d.assets.insert(creds, {creds, QStringLiteral("Credentials"), QStringLiteral("Passwords"),
                            QStringLiteral("secret"), 4, 4, 2});
    const Id zone = fixedId(30), inner = fixedId(31), line = fixedId(32);
    d.boundaries.insert(zone, {zone,
                               BoundaryKind::Zone,
                               QStringLiteral("Cloud"),
                               {},
                               3,
                               {},
                               {{QStringLiteral("networkSegment"), QStringLiteral("dmz")}}});
    d.boundaries.insert(inner, {inner,
                                BoundaryKind::Zone,
                                QStringLiteral("Database tier"),
                                QStringLiteral("Private subnet"),
                                4,
                                zone,
                                {}});
    d.boundaries.insert(line, {line,
                               BoundaryKind::Line,
                               QStringLiteral("Internet edge"),
                               {},
                               0,
                               {},
                               {{QStringLiteral("physicalBoundary"), true}}});
    const Id user = fixedId(40), api = fixedId(41), db = fixedId(42);
    d.elements.insert(user, {user,
                             ElementKind::ExternalEntity,
                             QStringLiteral("User"),
                             QStringLiteral("A person \"quoted\"\nover two lines"),
                             QStringLiteral("user"),
                             {},
                             {{QStringLiteral("authentication"), QStringLiteral("password")}},
                             {},
                             {}});
    d.elements.insert(api, {api,
                            ElementKind::Process,
                            QStringLiteral("Cloud API"),
                            {},
                            {},
                            zone,
                            {{QStringLiteral("exposedInterfaces"),
                              QJsonArray{QStringLiteral("http"), QStringLiteral("mqtt")}},
                             {QStringLiteral("maxRequestsPerSecond"), 250.5},
                             {QStringLiteral("authentication"), QStringLiteral("token")}},
                            {},
                            {}});
    d.elements.insert(db, {db,
                           ElementKind::DataStore,
                           QStringLiteral("Accounts"),
                           {},
                           {},
                           inner,
                           {{QStringLiteral("encryptedAtRest"), true}},
                           {creds},
                           {}});
    const Id login = fixedId(50), query = fixedId(51);
    d.flows.insert(login, {login,
                           user,
                           api,
                           QStringLiteral("Login"),
                           {},
                           QStringLiteral("HTTPS"),
                           {{QStringLiteral("encrypted"), true},
                            {QStringLiteral("transport"), QStringLiteral("ip")}},
                           {creds}});
    d.flows.insert(query, {query, api, db, QStringLiteral("Query"), {}, {}, {}, {}});
    auto &m = d.diagrams[main].placements;
    m.insert(zone, {QRectF(100, 0, 400, 300), {}});
    m.insert(inner, {QRectF(300, 100, 180, 180), {}});
    m.insert(line, {{}, {QPointF(90, -10), QPointF(90, 310.75)}});
    m.insert(user, {QRectF(-50.25, 40, 80, 40), {}});
    m.insert(api, {QRectF(150, 40, 100, 60), {}});
    m.insert(db, {QRectF(320, 150, 120, 50), {}});
    m.insert(login, {{}, {QPointF(1.5, 2), QPointF(3, 4.25)}});
    m.insert(query, {QRectF(5, 5, 0, 0), {}}); // a null rect that is not QRectF()
    d.diagrams[cloud].placements.insert(api, {QRectF(0, 0, 100, 60), {}});
    return d;
}

/// Schema 1's data plus a threat register, with fixed ids. Do not change it: the committed
/// fixture tests/data/schema-v2.threatbench holds exactly this.
inline ProjectData schemaV2Data()
{
    ProjectData d = schemaV1Data();
    const Id user = fixedId(40), api = fixedId(41), db = fixedId(42), login = fixedId(50);

    Threat spoof;
    spoof.id = fixedId(60);
    spoof.templateId = QStringLiteral("spoofing.external-entity");
    spoof.involved = {{user, QStringLiteral("external-entity"), QStringLiteral("User")},
                      {login, QStringLiteral("flow"), QStringLiteral("Login")}};
    spoof.category = StrideCategory::Spoofing;
    spoof.title = QStringLiteral("User can be impersonated");
    spoof.description = QStringLiteral("An attacker replays \"stolen\" credentials\n\tover Login.");
    spoof.capec = {151, 560};
    spoof.cwe = {287};
    spoof.annex = {QStringLiteral("I(2)(d)"), QStringLiteral("I(2)(f)")};
    spoof.mitigations = {QStringLiteral("mfa"), QStringLiteral("rate-limit")};
    spoof.likelihood = 3;
    spoof.impact = 4;
    spoof.status = ThreatStatus::Mitigated;
    d.threats.insert(spoof.id, spoof);

    Threat leak;
    leak.id = fixedId(61);
    leak.templateId = QStringLiteral("information-disclosure.data-store");
    // Names as they were at derivation: quotes, a backslash and non-ASCII need escaping.
    leak.involved = {{db, QStringLiteral("data-store"), QStringLiteral("Accounts \"v1\" \\ ☁ 😀")}};
    leak.category = StrideCategory::InformationDisclosure;
    leak.title = QStringLiteral("Accounts readable at rest");
    leak.capec = {37};
    leak.annex = {QStringLiteral("I(2)(e)")};
    leak.likelihood = 1;
    leak.impact = 1;
    leak.status = ThreatStatus::Accepted;
    leak.justification = QStringLiteral("Encrypted at rest; keys in an HSM.");
    leak.holds = false;
    d.threats.insert(leak.id, leak);

    Threat manual; // added by hand: no template, no references
    manual.id = fixedId(62);
    manual.involved = {{api, QStringLiteral("process"), QStringLiteral("Cloud API")}};
    manual.category = StrideCategory::DenialOfService;
    manual.title = QStringLiteral("API flooded");
    manual.status = ThreatStatus::NeedsReview;
    d.threats.insert(manual.id, manual);
    return d;
}

/// Schema 2's data plus mitigation tasks and a requirement decision, with fixed ids. Do not
/// change it: the committed fixture tests/data/schema-v3.threatbench holds exactly this.
inline ProjectData schemaV3Data()
{
    ProjectData d = schemaV2Data();
    const Id spoof = fixedId(60), leak = fixedId(61), flood = fixedId(62);

    MitigationTask mfa; // from the catalogue, done, with every kind of evidence
    mfa.id = fixedId(70);
    mfa.mitigationId = QStringLiteral("mfa");
    mfa.title = QStringLiteral("Require a second factor");
    mfa.description = QStringLiteral("TOTP or WebAuthn for \"every\" login;\n\tno SMS. ☁ 😀");
    mfa.owner = QStringLiteral("Ana Müller");
    mfa.due = QDate(2025, 3, 31);
    mfa.status = TaskStatus::Verified;
    mfa.evidence
        = {{QStringLiteral("test"), QStringLiteral("tests/auth/mfa_test.py"), QDate(2025, 3, 1)},
           {QStringLiteral("url"), QStringLiteral("https://example.com/pr/42?a=1&b=\\"),
            QDate(2025, 2, 14)},
           {QStringLiteral("note"), QStringLiteral("Reviewed by \"security\"\nteam"),
            QDate(2025, 3, 2)}};
    mfa.threats = {spoof};
    mfa.annex = {QStringLiteral("I(2)(d)"), QStringLiteral("I(2)(f)")};
    d.tasks.insert(mfa.id, mfa);

    MitigationTask hsm; // won't do, with why
    hsm.id = fixedId(71);
    hsm.mitigationId = QStringLiteral("encryption-at-rest");
    hsm.title = QStringLiteral("Move keys to a second HSM");
    hsm.status = TaskStatus::WontDo;
    hsm.justification = QStringLiteral("One HSM already holds the keys; risk accepted.");
    hsm.threats = {leak};
    hsm.annex = {QStringLiteral("I(2)(e)")};
    d.tasks.insert(hsm.id, hsm);

    MitigationTask limit; // by hand: no catalogue mitigation, no due date, no evidence
    limit.id = fixedId(72);
    limit.title = QStringLiteral("Rate-limit the API");
    limit.owner = QStringLiteral("ops");
    limit.status = TaskStatus::InProgress;
    limit.threats = {flood, spoof};
    d.tasks.insert(limit.id, limit);

    const QString ota = QStringLiteral("II(7)");
    d.decisions.insert(ota,
                       {ota, QStringLiteral("No \"paid\" updates:\nsecurity updates are free.")});
    return d;
}

/// Schema 3's data plus SBOM components, one attached to the API, and the SBOM record, with
/// fixed ids. Do not change it: the committed fixture tests/data/schema-v4.threatbench holds
/// exactly this.
inline ProjectData schemaV4Data()
{
    ProjectData d = schemaV3Data();
    Component tls;
    tls.id = fixedId(80);
    tls.ref = QStringLiteral("pkg:generic/mbedtls@3.6.0");
    tls.type = QStringLiteral("library");
    tls.name = QStringLiteral("mbedtls");
    tls.version = QStringLiteral("3.6.0");
    tls.purl = QStringLiteral("pkg:generic/mbedtls@3.6.0");
    tls.supplier = QStringLiteral("Trusted \"Firmware\" ☁");
    tls.licenses = {QStringLiteral("Apache-2.0"), QStringLiteral("GPL-2.0-or-later")};
    d.components.insert(tls.id, tls);
    Component app; // no version, no supplier, no licence: what the SBOM threat looks for
    app.id = fixedId(81);
    app.type = QStringLiteral("application");
    app.group = QStringLiteral("acme");
    app.name = QStringLiteral("lock-api");
    app.dependsOn = {tls.id};
    d.components.insert(app.id, app);
    d.elements[fixedId(41)].components = {app.id, tls.id};
    d.sbom = {QStringLiteral("CycloneDX"),
              QStringLiteral("1.5"),
              QStringLiteral("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79"),
              QStringLiteral("lock-api.cdx.json"),
              QDate(2026, 11, 28),
              QStringLiteral("Lock API"),
              QStringLiteral("2.1")};
    return d;
}

/// Schema 4's data plus an EBIOS RM study with one item of every kind, 5x5 risk criteria and
/// treatments, with fixed ids. Do not
/// change it: the committed fixture tests/data/schema-v5.threatbench holds exactly this.
inline ProjectData schemaV5Data()
{
    ProjectData d = schemaV4Data();
    const Id api = fixedId(41), db = fixedId(42), login = fixedId(50), spoof = fixedId(60);
    const Id value = fixedId(90), feared = fixedId(91), baseline = fixedId(92),
             origin = fixedId(93), objective = fixedId(94), pair = fixedId(95), host = fixedId(96),
             cdn = fixedId(97), strategic = fixedId(98), operational = fixedId(99);
    d.study.settings
        = {{QStringLiteral("Open doors for residents"), QStringLiteral("Keep \"codes\" secret ☁")},
           1.5,
           3.25};
    const auto put = [&](StudyItem item) {
        d.study.items.insert(studyItemId(item), item);
    };
    put(BusinessValue{value,
                      QStringLiteral("Door codes"),
                      QStringLiteral("Who may open"),
                      QStringLiteral("information"),
                      4,
                      4,
                      2,
                      {db, login}});
    put(FearedEvent{feared, value, QStringLiteral("Codes leaked"), QStringLiteral("Burglary"), 4,
                    QStringLiteral("Physical harm possible")});
    put(BaselineItem{baseline, QStringLiteral("ETSI EN 303 645"), QStringLiteral("partial"),
                     QStringLiteral("5.3-13 not met")});
    put(RiskOrigin{origin, QStringLiteral("Burglars"), QStringLiteral("organised-crime"), {}});
    put(TargetObjective{objective, QStringLiteral("Enter homes"), {}, {value}});
    put(RoToPair{pair, origin, objective, 3, 2, 4, true, QStringLiteral("Seen in the wild")});
    put(Stakeholder{
        host, QStringLiteral("Cloud host"), QStringLiteral("provider"), 4, 3, 3, 2, {cdn, value}});
    put(Stakeholder{cdn, QStringLiteral("CDN"), QStringLiteral("provider"), 2, 2, 3, 3, {host}});
    put(StrategicScenario{strategic,
                          pair,
                          {host},
                          value,
                          feared,
                          true,
                          ScenarioStatus::Retained,
                          QStringLiteral("Most likely path")});
    put(OperationalScenario{
        operational,
        strategic,
        QStringLiteral("Steal codes through the API"),
        {{QStringLiteral("know"), api, QStringLiteral("Scan the API"), {}},
         {QStringLiteral("exploit"), login, QStringLiteral("Replay a login"), {spoof}}},
        3,
        QStringLiteral("Replay tools are public")});
    d.criteria = riskCriteria5x5();
    d.criteria.levels[3] = QStringLiteral("sévère ☁");
    d.criteria.acceptable = 1;
    d.treatments.insert(spoof, {spoof, TreatmentOption::Share, QStringLiteral("Ana Müller"),
                                QStringLiteral("Insured \"theft\" cover"), 0, 3,
                                QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N")});
    d.treatments.insert(
        operational,
        {operational, TreatmentOption::Retain, {}, QStringLiteral("Within appetite"), 2, 0, {}});
    return d;
}

/// Schema 5's data plus saved report options (a project setting document). Do not change it:
/// the committed fixture tests/data/schema-v6.threatbench holds exactly this.
inline ProjectData schemaV6Data()
{
    ProjectData d = schemaV5Data();
    d.settings.insert(QStringLiteral("report.options"),
                      QJsonObject{{QStringLiteral("sections"),
                                   QJsonArray{QStringLiteral("cover"), QStringLiteral("register")}},
                                  {QStringLiteral("minRisk"), QStringLiteral("sévère ☁")},
                                  {QStringLiteral("language"), QStringLiteral("fr")},
                                  {QStringLiteral("paper"), QStringLiteral("letter")}});
    return d;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QStringList dirEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// Runs a constant query on a separate connection (read-write: a read-only one would leave
/// -wal/-shm files behind when it is the last to close).
inline QStringList rawQuery(const QString &path, const char *sql)
{
    auto db = sql::Database::open(path, sql::Database::OpenMode::ReadWrite);
    if (!db)
        return {QStringLiteral("open failed: ") + db.error().text()};
    const auto rows = db.value()->queryTexts(sql);
    return rows ? rows.value() : QStringList{QStringLiteral("failed: ") + rows.error().text()};
}

} // namespace tb::test
