// The vulnerabilities of a CycloneDX BOM, the model's suggestions, the triage setting and the
// CycloneDX 1.5 VEX built from them: only what a person confirmed is claimed.

#include "core/project.h"
#include "core/projectsettings.h"
#include "cra/vexanalysis.h"
#include "io/cyclonedxvulns.h"
#include "io/vexexport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace tb;

namespace {

const Id kZone = parseId(QStringLiteral("00000000-0000-4000-8000-0000000000a1"));
const Id kUser = parseId(QStringLiteral("00000000-0000-4000-8000-0000000000b1"));
const Id kGateway = parseId(QStringLiteral("00000000-0000-4000-8000-0000000000b2"));
const Id kArchive = parseId(QStringLiteral("00000000-0000-4000-8000-0000000000b3"));
const Id kMbedtls = parseId(QStringLiteral("00000000-0000-4000-8000-0000000000c1"));
const Id kNimble = parseId(QStringLiteral("00000000-0000-4000-8000-0000000000c2"));
const Id kSqlite = parseId(QStringLiteral("00000000-0000-4000-8000-0000000000c3"));
const Id kThreat = parseId(QStringLiteral("00000000-0000-4000-8000-0000000000d1"));
const Id kTask = parseId(QStringLiteral("00000000-0000-4000-8000-0000000000e1"));

Element element(const Id &id, ElementKind kind, const QString &name, const Id &zone,
                QList<Id> components)
{
    Element e;
    e.id = id;
    e.kind = kind;
    e.name = name;
    e.zone = zone;
    e.components = std::move(components);
    return e;
}

Component component(const Id &id, const QString &name, const QString &version, const QString &purl)
{
    Component c;
    c.id = id;
    c.name = name;
    c.version = version;
    c.purl = purl;
    c.type = QStringLiteral("library");
    return c;
}

// A user outside every zone talks to a gateway in a trusted zone; an archive in the same zone
// only sends to the gateway, so nothing untrusted reaches it. An implemented task answers the
// gateway's CWE-295 threat.
ProjectData model(TaskStatus taskStatus = TaskStatus::Implemented)
{
    ProjectData d;
    d.id = QUuid::createUuid();
    Boundary zone;
    zone.id = kZone;
    zone.name = QStringLiteral("Device");
    zone.trustLevel = 3;
    d.boundaries.insert(zone.id, zone);
    d.elements.insert(kUser,
                      element(kUser, ElementKind::ExternalEntity, QStringLiteral("User"), {}, {}));
    d.elements.insert(kGateway, element(kGateway, ElementKind::Process, QStringLiteral("Gateway"),
                                        kZone, {kMbedtls, kNimble}));
    d.elements.insert(kArchive, element(kArchive, ElementKind::DataStore, QStringLiteral("Archive"),
                                        kZone, {kSqlite}));
    int n = 0;
    for (const auto &[from, to] :
         {std::pair{kUser, kGateway}, std::pair{kGateway, kUser}, std::pair{kArchive, kGateway}}) {
        Flow f;
        f.id = QUuid::createUuidV5(kZone, QString::number(++n));
        f.source = from;
        f.target = to;
        f.name = QStringLiteral("flow %1").arg(n);
        d.flows.insert(f.id, f);
    }
    d.components.insert(kMbedtls,
                        component(kMbedtls, QStringLiteral("mbedtls"), QStringLiteral("3.5.2"),
                                  QStringLiteral("pkg:generic/mbedtls@3.5.2")));
    d.components.insert(kNimble,
                        component(kNimble, QStringLiteral("nimble"), QStringLiteral("1.5.0"),
                                  QStringLiteral("pkg:generic/apache-mynewt-nimble@1.5.0")));
    d.components.insert(kSqlite,
                        component(kSqlite, QStringLiteral("sqlite"), QStringLiteral("3.45.0"),
                                  QStringLiteral("pkg:generic/sqlite@3.45.0")));
    Threat t;
    t.id = kThreat;
    t.title = QStringLiteral("Forged server certificate");
    t.involved = {{kGateway, QStringLiteral("process"), QStringLiteral("Gateway")}};
    t.cwe = {295};
    d.threats.insert(t.id, t);
    MitigationTask task;
    task.id = kTask;
    task.title = QStringLiteral("Pin the server certificate");
    task.status = taskStatus;
    task.threats = {kThreat};
    d.tasks.insert(task.id, task);
    return d;
}

VulnerableBom scan()
{
    QFile f(test::dataPath(QStringLiteral("vex/smartlock-scan-1.5.cdx.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Result<VulnerableBom> r = parseCycloneDxVulnerabilities(f.readAll(), f.fileName());
    return r ? r.value() : VulnerableBom();
}

const VexFinding *findingFor(const QList<VexFinding> &all, const QString &id)
{
    for (const VexFinding &f : all) {
        if (f.vulnerability.id == id)
            return &f;
    }
    return nullptr;
}

VexDecision decision(const QString &id, const QString &state, const QString &justification = {})
{
    VexDecision d;
    d.vulnerability = id;
    d.state = state;
    d.justification = justification;
    d.detail = QStringLiteral("Checked by hand");
    d.confirmedBy = QStringLiteral("Ada");
    d.confirmedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 30), Qt::UTC);
    return d;
}

} // namespace

class tst_Vex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsVulnerabilities();
    void refusesBadBoms_data();
    void refusesBadBoms();
    void suggests_data();
    void suggests();
    void unfinishedTaskIsNoControl();
    void triageSetting_data();
    void triageSetting();
    void triageGoesThroughTheFunnel();
    void vexStructure();
    void claimsOnlyConfirmedStates();
};

void tst_Vex::readsVulnerabilities()
{
    const VulnerableBom bom = scan();
    QCOMPARE(bom.sbom.specVersion, QStringLiteral("1.5"));
    QCOMPARE(bom.version, 2);
    QCOMPARE(bom.vulnerabilities.size(), 4);
    const SbomVulnerability &first = bom.vulnerabilities.at(0);
    QCOMPARE(first.id, QStringLiteral("CVE-2099-1001"));
    QCOMPARE(first.sourceName, QStringLiteral("NVD"));
    QCOMPARE(first.severity, QStringLiteral("high"));
    QCOMPARE(first.cwes, QList<int>{295});
    QCOMPARE(first.affects, QStringList{QStringLiteral("pkg:generic/mbedtls@3.5.2")});
    QCOMPARE(first.path, QStringLiteral("$.vulnerabilities[0]"));
    // The highest of several ratings; a BOM-Link to this BOM resolves to the bom-ref.
    QCOMPARE(bom.vulnerabilities.at(1).severity, QStringLiteral("critical"));
    QCOMPARE(bom.vulnerabilities.at(1).affects, QStringList{QStringLiteral("ble-stack")});
    QCOMPARE(bom.vulnerabilities.at(3).severity, QString());
}

void tst_Vex::refusesBadBoms_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    const QByteArray head = R"({"bomFormat": "CycloneDX", "specVersion": "1.5",
        "serialNumber": "urn:uuid:11111111-2222-4333-8444-555555555555",
        "components": [{"bom-ref": "z", "type": "library", "name": "zlib"}], )";
    QTest::addRow("not a list") << head + R"("vulnerabilities": {}})"
                                << QStringLiteral("$.vulnerabilities");
    QTest::addRow("entry not an object")
        << head + R"("vulnerabilities": [3]})" << QStringLiteral("$.vulnerabilities[0]");
    QTest::addRow("no id") << head + R"("vulnerabilities": [{"affects": [{"ref": "z"}]}]})"
                           << QStringLiteral("$.vulnerabilities[0].id");
    QTest::addRow("unknown ref")
        << head + R"("vulnerabilities": [{"id": "X", "affects": [{"ref": "z"}, {"ref": "q"}]}]})"
        << QStringLiteral("$.vulnerabilities[0].affects[1].ref");
    QTest::addRow("BOM-Link to another BOM")
        << head
               + R"("vulnerabilities": [{"id": "X", "affects": [{"ref": "urn:cdx:99999999-2222-4333-8444-555555555555/1#z"}]}]})"
        << QStringLiteral("$.vulnerabilities[0].affects[0].ref");
    QTest::addRow("affects without ref")
        << head + R"("vulnerabilities": [{"id": "X", "affects": [{}]}]})"
        << QStringLiteral("$.vulnerabilities[0].affects[0].ref");
    QTest::addRow("cwe not a number")
        << head + R"("vulnerabilities": [{"id": "X", "cwes": ["CWE-79"]}]})"
        << QStringLiteral("$.vulnerabilities[0].cwes[0]");
    QTest::addRow("score not a number")
        << head + R"("vulnerabilities": [{"id": "X", "ratings": [{"score": "high"}]}]})"
        << QStringLiteral("$.vulnerabilities[0].ratings[0].score");
    QTest::addRow("source not an object")
        << head + R"("vulnerabilities": [{"id": "X", "source": "NVD"}]})"
        << QStringLiteral("$.vulnerabilities[0].source");
    QTest::addRow("version not a number")
        << head + R"("version": "2"})" << QStringLiteral("$.version");
    QTest::addRow("SBOM error first")
        << QByteArray(R"({"bomFormat": "CycloneDX"})") << QStringLiteral("$.specVersion");
}

void tst_Vex::refusesBadBoms()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const Result<VulnerableBom> r
        = parseCycloneDxVulnerabilities(json, QStringLiteral("scan.cdx.json"));
    QVERIFY(!r);
    QCOMPARE(r.error().where, QStringLiteral("scan.cdx.json: ") + where);
}

void tst_Vex::suggests_data()
{
    QTest::addColumn<QString>("vulnerability");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("justification");
    QTest::addColumn<QStringList>("elements");
    QTest::addColumn<QString>("reason");
    QTest::addRow("mitigated by an implemented task")
        << QStringLiteral("CVE-2099-1001") << QStringLiteral("not_affected")
        << QStringLiteral("protected_by_mitigating_control")
        << QStringList{QStringLiteral("Gateway")}
        << QStringLiteral("is answered by implemented task \u201CPin the server certificate\u201D");
    QTest::addRow("reachable, no CWE")
        << QStringLiteral("CVE-2099-1002") << QStringLiteral("in_triage") << QString()
        << QStringList{QStringLiteral("Gateway")}
        << QStringLiteral("is reachable from \u201CUser\u201D in 1 flow(s)");
    QTest::addRow("unreachable") << QStringLiteral("CVE-2099-1003")
                                 << QStringLiteral("not_affected")
                                 << QStringLiteral("protected_at_perimeter")
                                 << QStringList{QStringLiteral("Archive")}
                                 << QStringLiteral("\u201CArchive\u201D is not reachable");
    QTest::addRow("not in the project")
        << QStringLiteral("GHSA-test-0004") << QStringLiteral("in_triage") << QString()
        << QStringList{} << QStringLiteral("no affected component is among");
}

void tst_Vex::suggests()
{
    QFETCH(QString, vulnerability);
    QFETCH(QString, state);
    QFETCH(QString, justification);
    QFETCH(QStringList, elements);
    QFETCH(QString, reason);
    const ProjectData data = model();
    const QList<VexFinding> all = analyseVulnerabilities(data, scan());
    QCOMPARE(all.size(), 4);
    const VexFinding *f = findingFor(all, vulnerability);
    QVERIFY(f);
    QCOMPARE(f->suggestion.state, state);
    QCOMPARE(f->suggestion.justification, justification);
    QStringList names;
    for (const Id &id : f->elements)
        names.append(data.elements[id].name);
    QCOMPARE(names, elements);
    QVERIFY2(f->suggestion.reasons.join(QLatin1Char('|')).contains(reason),
             qPrintable(f->suggestion.reasons.join(QLatin1Char('|'))));
    QVERIFY(!f->decision);
}

void tst_Vex::unfinishedTaskIsNoControl()
{
    const QList<VexFinding> all = analyseVulnerabilities(model(TaskStatus::Planned), scan());
    const VexFinding *f = findingFor(all, QStringLiteral("CVE-2099-1001"));
    QVERIFY(f);
    QCOMPARE(f->suggestion.state, QStringLiteral("in_triage"));
    QVERIFY(f->suggestion.reasons.join(QLatin1Char('|'))
                .contains(QStringLiteral("has no implemented task")));
    // The nimble version differs between the project and the BOM: matched, and said.
    const VexFinding *nimble = findingFor(all, QStringLiteral("CVE-2099-1002"));
    QVERIFY(nimble);
    QCOMPARE(nimble->components, QList<Id>{kNimble});
    QVERIFY(nimble->suggestion.reasons.join(QLatin1Char('|'))
                .contains(QStringLiteral("at version 1.5.0, the BOM at 1.6.0")));
}

void tst_Vex::triageSetting_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("where"); // empty: accepted
    const QByteArray ok = R"("confirmedBy": "Ada", "confirmedAt": "2026-11-02T10:30:00Z")";
    QTest::addRow("not_affected with justification")
        << R"({"vulnerabilities": {"CVE-1": {"state": "not_affected", "justification": "code_not_present", )"
               + ok + "}}}"
        << QString();
    QTest::addRow("exploitable with responses")
        << R"({"vulnerabilities": {"CVE-1": {"state": "exploitable", "response": ["update", "workaround_available"], "detail": "x", )"
               + ok + "}}}"
        << QString();
    QTest::addRow("not_affected without justification")
        << R"({"vulnerabilities": {"CVE-1": {"state": "not_affected", )" + ok + "}}}"
        << QStringLiteral("vex.triage: vulnerabilities.CVE-1.justification");
    QTest::addRow("justification on another state")
        << R"({"vulnerabilities": {"CVE-1": {"state": "exploitable", "justification": "code_not_present", )"
               + ok + "}}}"
        << QStringLiteral("vex.triage: vulnerabilities.CVE-1.justification");
    QTest::addRow("unknown state")
        << R"({"vulnerabilities": {"CVE-1": {"state": "fixed", )" + ok + "}}}"
        << QStringLiteral("vex.triage: vulnerabilities.CVE-1.state");
    QTest::addRow("unknown response")
        << R"({"vulnerabilities": {"CVE-1": {"state": "resolved", "response": ["update", "pray"], )"
               + ok + "}}}"
        << QStringLiteral("vex.triage: vulnerabilities.CVE-1.response[1]");
    QTest::addRow("nobody confirmed") << QByteArray(
        R"({"vulnerabilities": {"CVE-1": {"state": "resolved", "confirmedAt": "2026-11-02T10:30:00Z"}}})")
                                      << QStringLiteral(
                                             "vex.triage: vulnerabilities.CVE-1.confirmedBy");
    QTest::addRow("bad time") << QByteArray(
        R"({"vulnerabilities": {"CVE-1": {"state": "resolved", "confirmedBy": "Ada", "confirmedAt": "yesterday"}}})")
                              << QStringLiteral("vex.triage: vulnerabilities.CVE-1.confirmedAt");
    QTest::addRow("unknown field")
        << R"({"vulnerabilities": {"CVE-1": {"state": "resolved", "by": "x", )" + ok + "}}}"
        << QStringLiteral("vex.triage: vulnerabilities.CVE-1.by");
    QTest::addRow("unknown top-level field")
        << QByteArray(R"({"decisions": {}})") << QStringLiteral("vex.triage: decisions");
}

void tst_Vex::triageSetting()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, where);
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QVERIFY(!o.isEmpty());
    const Result<void> r = checkProjectSetting(kVexTriageKey, o);
    QCOMPARE(r.error().where, where);
    QCOMPARE(r.ok(), where.isEmpty());
    if (r.ok()) { // and it round-trips
        const Result<QList<VexDecision>> read = vexTriageFromJson(o);
        QVERIFY(read);
        QCOMPARE(vexTriageToJson(read.value()), o);
    }
}

void tst_Vex::triageGoesThroughTheFunnel()
{
    Project project(model());
    const ProjectData before = project.data();
    const VexDecision d = decision(QStringLiteral("CVE-2099-1003"), QStringLiteral("not_affected"),
                                   QStringLiteral("protected_at_perimeter"));
    const Result<Edit> inverse
        = project.apply(SetProjectSetting{kVexTriageKey, vexTriageWith(project.data(), d)});
    QVERIFY(inverse);
    QCOMPARE(vexTriageOf(project.data()), QList<VexDecision>{d});
    const ProjectData after = project.data();
    QVERIFY(project.apply(inverse.value()));
    QCOMPARE(project.data(), before);
    QVERIFY(project.apply(SetProjectSetting{kVexTriageKey, vexTriageWith(before, d)}));
    QCOMPARE(project.data(), after);

    // A decision without a person is refused and changes nothing.
    VexDecision anonymous = d;
    anonymous.confirmedBy.clear();
    QJsonObject body = vexTriageWith(project.data(), d);
    QJsonObject all = body.value(QStringLiteral("vulnerabilities")).toObject();
    QJsonObject one = all.value(d.vulnerability).toObject();
    one.remove(QStringLiteral("confirmedBy"));
    all.insert(d.vulnerability, one);
    body.insert(QStringLiteral("vulnerabilities"), all);
    QVERIFY(!project.apply(SetProjectSetting{kVexTriageKey, body}));
    QCOMPARE(project.data(), after);
    QVERIFY(!checkVexDecision(anonymous));
}

void tst_Vex::vexStructure()
{
    const VulnerableBom bom = scan();
    VexExportOptions options;
    options.toolVersion = QStringLiteral("9.9.9");
    options.timestamp = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    const QJsonObject vex = buildVex(bom, analyseVulnerabilities(model(), bom), options);

    QCOMPARE(vex.value(QStringLiteral("bomFormat")).toString(), QStringLiteral("CycloneDX"));
    QCOMPARE(vex.value(QStringLiteral("specVersion")).toString(), QStringLiteral("1.5"));
    QCOMPARE(vex.value(QStringLiteral("version")).toInt(), 1);
    static const QRegularExpression serial(
        QStringLiteral("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                       "[0-9a-f]{12}$"));
    QVERIFY(serial.match(vex.value(QStringLiteral("serialNumber")).toString()).hasMatch());
    const QJsonObject metadata = vex.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("timestamp")).toString(),
             QStringLiteral("2026-11-28T12:00:00Z"));
    const QJsonObject tool = metadata.value(QStringLiteral("tools"))
                                 .toObject()
                                 .value(QStringLiteral("components"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(tool.value(QStringLiteral("type")).toString(), QStringLiteral("application"));
    QCOMPARE(tool.value(QStringLiteral("version")).toString(), QStringLiteral("9.9.9"));
    const QJsonObject product = metadata.value(QStringLiteral("component")).toObject();
    QCOMPARE(product.value(QStringLiteral("name")).toString(), QStringLiteral("LockOS"));
    QCOMPARE(product.value(QStringLiteral("type")).toString(), QStringLiteral("firmware"));

    // Only the keys of the CycloneDX 1.5 vulnerability object, with their types.
    static const QStringList allowed{QStringLiteral("id"),       QStringLiteral("source"),
                                     QStringLiteral("ratings"),  QStringLiteral("cwes"),
                                     QStringLiteral("analysis"), QStringLiteral("affects")};
    static const QStringList analysisKeys{
        QStringLiteral("state"),  QStringLiteral("justification"), QStringLiteral("response"),
        QStringLiteral("detail"), QStringLiteral("firstIssued"),   QStringLiteral("lastUpdated")};
    const QJsonArray vulns = vex.value(QStringLiteral("vulnerabilities")).toArray();
    QCOMPARE(vulns.size(), 4);
    for (const QJsonValue &v : vulns) {
        const QJsonObject o = v.toObject();
        for (const QString &key : o.keys())
            QVERIFY2(allowed.contains(key), qPrintable(key));
        QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
        const QJsonObject analysis = o.value(QStringLiteral("analysis")).toObject();
        for (const QString &key : analysis.keys())
            QVERIFY2(analysisKeys.contains(key), qPrintable(key));
        QVERIFY(vexStates().contains(analysis.value(QStringLiteral("state")).toString()));
        const QJsonArray affects = o.value(QStringLiteral("affects")).toArray();
        QVERIFY(!affects.isEmpty());
        for (const QJsonValue &a : affects)
            QVERIFY(
                a.toObject()
                    .value(QStringLiteral("ref"))
                    .toString()
                    .startsWith(QStringLiteral("urn:cdx:0e8c4f1a-2b7d-4c3e-9a51-7f6d2e8b1c40/2#")));
    }
    QCOMPARE(vulns.at(0)
                 .toObject()
                 .value(QStringLiteral("affects"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("ref"))
                 .toString(),
             QStringLiteral(
                 "urn:cdx:0e8c4f1a-2b7d-4c3e-9a51-7f6d2e8b1c40/2#pkg%3Ageneric%2Fmbedtls%403.5.2"));
    QCOMPARE(vulns.at(0).toObject().value(QStringLiteral("ratings")),
             QJsonValue(bom.vulnerabilities.at(0).ratings));
    // The same triage of the same BOM gives the same serial number.
    QCOMPARE(buildVex(bom, analyseVulnerabilities(model(), bom), options)
                 .value(QStringLiteral("serialNumber")),
             vex.value(QStringLiteral("serialNumber")));
}

void tst_Vex::claimsOnlyConfirmedStates()
{
    const VulnerableBom bom = scan();
    ProjectData data = model();
    auto states = [&](const ProjectData &d) {
        QMap<QString, QJsonObject> out;
        const QJsonArray vulns = buildVex(bom, analyseVulnerabilities(d, bom), {})
                                     .value(QStringLiteral("vulnerabilities"))
                                     .toArray();
        for (const QJsonValue &v : vulns)
            out.insert(v.toObject().value(QStringLiteral("id")).toString(),
                       v.toObject().value(QStringLiteral("analysis")).toObject());
        return out;
    };
    // Two suggestions say not_affected, but nobody confirmed: everything is in triage.
    QMap<QString, QJsonObject> before = states(data);
    for (const QJsonObject &a : before) {
        QCOMPARE(a.value(QStringLiteral("state")).toString(), QStringLiteral("in_triage"));
        QVERIFY(!a.contains(QStringLiteral("justification")));
        QVERIFY(a.value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("Not yet triaged by a person")));
    }
    QVERIFY(before.value(QStringLiteral("CVE-2099-1003"))
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral(
                    "Suggested by the threat model: not_affected (protected_at_perimeter)")));

    // A person confirms one and decides another differently from the suggestion.
    data.settings.insert(
        kVexTriageKey,
        vexTriageToJson(
            {decision(QStringLiteral("CVE-2099-1003"), QStringLiteral("not_affected"),
                      QStringLiteral("protected_at_perimeter")),
             decision(QStringLiteral("CVE-2099-1001"), QStringLiteral("exploitable"))}));
    const QMap<QString, QJsonObject> after = states(data);
    QCOMPARE(after.value(QStringLiteral("CVE-2099-1003")).value(QStringLiteral("state")).toString(),
             QStringLiteral("not_affected"));
    QCOMPARE(after.value(QStringLiteral("CVE-2099-1003"))
                 .value(QStringLiteral("justification"))
                 .toString(),
             QStringLiteral("protected_at_perimeter"));
    QCOMPARE(
        after.value(QStringLiteral("CVE-2099-1003")).value(QStringLiteral("detail")).toString(),
        QStringLiteral("Checked by hand. Confirmed by Ada on 2026-11-02T10:30:00Z."));
    QCOMPARE(after.value(QStringLiteral("CVE-2099-1003"))
                 .value(QStringLiteral("lastUpdated"))
                 .toString(),
             QStringLiteral("2026-11-02T10:30:00Z"));
    QCOMPARE(after.value(QStringLiteral("CVE-2099-1001")).value(QStringLiteral("state")).toString(),
             QStringLiteral("exploitable"));
    int notAffected = 0;
    for (const QJsonObject &a : after)
        notAffected += a.value(QStringLiteral("state")).toString() == QLatin1String("not_affected");
    QCOMPARE(notAffected, 1);
    // A decision for a vulnerability the BOM no longer lists is kept, and reported.
    data.settings.insert(
        kVexTriageKey,
        vexTriageWith(data, decision(QStringLiteral("CVE-1999-0001"), QStringLiteral("resolved"))));
    QCOMPARE(staleVexDecisions(data, bom), QStringList{QStringLiteral("CVE-1999-0001")});
    QCOMPARE(states(data).size(), 4);
}

QTEST_GUILESS_MAIN(tst_Vex)
#include "tst_vex.moc"
