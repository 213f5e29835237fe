// vex as a pipeline uses it: the findings of a scanner's BOM against the model, a person's
// triage recorded in the project, and a CycloneDX VEX that claims only what was confirmed.
// Refusals exit 2, name the place and leave the project file untouched.

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The lock device zone of the example, and an archive in it that nothing untrusted reaches.
const char kEdits[]
    = R"({"op": "addComponent", "component": {"id": "00000000-0000-4000-8000-0000000000c3", "name": "sqlite", "version": "3.45.0", "purl": "pkg:generic/sqlite@3.45.0", "type": "library"}}
{"op": "addElement", "element": {"id": "00000000-0000-4000-8000-0000000000b3", "kind": "store", "name": "Offline archive", "zone": "3e44180c-de4f-5de6-bdbc-7a659ec2dcf6", "components": ["00000000-0000-4000-8000-0000000000c3"]}}
)";

QJsonObject byId(const QJsonArray &list, const QString &id)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class tst_CliVex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsFindingsWithSuggestions();
    void exportsOnlyConfirmedClaims();
    void clearsADecision();
    void refusesBadBoms_data();
    void refusesBadBoms();
    void refusesBadTriage_data();
    void refusesBadTriage();

private:
    static tb::test::CliRun cli(const QStringList &args) { return tb::test::runCli(args); }
    QByteArray projectBytes() const
    {
        QFile f(m_project);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QString scan()
    {
        return tb::test::dataPath(QStringLiteral("vex/smartlock-scan-1.5.cdx.json"));
    }
    QJsonArray exportedVulnerabilities()
    {
        const QString out = m_dir->filePath(QStringLiteral("lock.vex.cdx.json"));
        const auto r = cli({QStringLiteral("vex"), m_project, QStringLiteral("--bom"), scan(),
                            QStringLiteral("-o"), out});
        if (r.exitCode != 0)
            return {};
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll())
            .object()
            .value(QStringLiteral("vulnerabilities"))
            .toArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void tst_CliVex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("lock.threatbench"));
    QCOMPARE(cli({QStringLiteral("import"),
                  tb::test::sourcePath(
                      QStringLiteral("templates/examples/smart-door-lock.threatbench.json")),
                  QStringLiteral("-o"), m_project})
                 .exitCode,
             0);
    const QString edits = m_dir->filePath(QStringLiteral("archive.jsonl"));
    QFile f(edits);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kEdits);
    f.close();
    const auto r = cli({QStringLiteral("apply"), m_project, edits});
    QVERIFY2(r.exitCode == 0, r.err);
}

void tst_CliVex::listsFindingsWithSuggestions()
{
    const auto r = cli({QStringLiteral("vex"), m_project, QStringLiteral("--bom"), scan(),
                        QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("decided")).toInt(), 0);
    const QJsonArray vulns = o.value(QStringLiteral("vulnerabilities")).toArray();
    QCOMPARE(vulns.size(), 4);

    const QJsonObject firmware = byId(vulns, QStringLiteral("CVE-2099-1001"));
    QCOMPARE(firmware.value(QStringLiteral("elements")).toArray(),
             QJsonArray{QStringLiteral("Lock firmware")});
    QCOMPARE(firmware.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QCOMPARE(firmware.value(QStringLiteral("suggestion")).toObject().value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("in_triage")));

    const QJsonObject archive = byId(vulns, QStringLiteral("CVE-2099-1003"));
    QCOMPARE(archive.value(QStringLiteral("elements")).toArray(),
             QJsonArray{QStringLiteral("Offline archive")});
    const QJsonObject suggestion = archive.value(QStringLiteral("suggestion")).toObject();
    QCOMPARE(suggestion.value(QStringLiteral("state")).toString(), QStringLiteral("not_affected"));
    QCOMPARE(suggestion.value(QStringLiteral("justification")).toString(),
             QStringLiteral("protected_at_perimeter"));
    QVERIFY(archive.value(QStringLiteral("decision")).isNull());
    // Suggested, not confirmed: exported as in triage.
    QCOMPARE(archive.value(QStringLiteral("exported")).toString(), QStringLiteral("in_triage"));

    const QJsonObject unknown = byId(vulns, QStringLiteral("GHSA-test-0004"));
    QCOMPARE(unknown.value(QStringLiteral("notInProject")).toArray(),
             QJsonArray{QStringLiteral("qr-decoder@0.9.1")});

    // The text form says the same.
    const auto text = cli({QStringLiteral("vex"), m_project, QStringLiteral("--bom"), scan()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("CVE-2099-1003  low  in Offline archive"), text.out);
    QVERIFY(text.out.contains("suggested: not_affected (protected_at_perimeter)"));
    QVERIFY(text.out.contains("4 vulnerabilities, 0 decided by a person"));
}

void tst_CliVex::exportsOnlyConfirmedClaims()
{
    QJsonArray vulns = exportedVulnerabilities();
    QCOMPARE(vulns.size(), 4);
    for (const QJsonValue &v : vulns)
        QCOMPARE(v.toObject()
                     .value(QStringLiteral("analysis"))
                     .toObject()
                     .value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("in_triage")));

    const auto triage = cli(
        {QStringLiteral("vex"), QStringLiteral("triage"), m_project,
         QStringLiteral("CVE-2099-1003"), QStringLiteral("--state"), QStringLiteral("not_affected"),
         QStringLiteral("--justification"), QStringLiteral("protected_at_perimeter"),
         QStringLiteral("--detail"), QStringLiteral("The archive has no network path"),
         QStringLiteral("--by"), QStringLiteral("Ada Lovelace"), QStringLiteral("--bom"), scan()});
    QVERIFY2(triage.exitCode == 0, triage.err);
    QCOMPARE(triage.out, QByteArray("CVE-2099-1003: not_affected (confirmed by Ada Lovelace)\n"));
    const auto fix
        = cli({QStringLiteral("vex"), QStringLiteral("triage"), m_project,
               QStringLiteral("CVE-2099-1001"), QStringLiteral("--state"),
               QStringLiteral("exploitable"), QStringLiteral("--response"),
               QStringLiteral("update"), QStringLiteral("--by"), QStringLiteral("Ada Lovelace")});
    QVERIFY2(fix.exitCode == 0, fix.err);

    vulns = exportedVulnerabilities();
    QCOMPARE(vulns.size(), 4);
    int notAffected = 0;
    for (const QJsonValue &v : vulns)
        notAffected += v.toObject()
                           .value(QStringLiteral("analysis"))
                           .toObject()
                           .value(QStringLiteral("state"))
                           .toString()
                       == QLatin1String("not_affected");
    QCOMPARE(notAffected, 1);
    const QJsonObject confirmed
        = byId(vulns, QStringLiteral("CVE-2099-1003")).value(QStringLiteral("analysis")).toObject();
    QCOMPARE(confirmed.value(QStringLiteral("justification")).toString(),
             QStringLiteral("protected_at_perimeter"));
    QVERIFY(confirmed.value(QStringLiteral("detail"))
                .toString()
                .startsWith(QStringLiteral(
                    "The archive has no network path. Confirmed by Ada Lovelace on ")));
    const QJsonObject exploitable
        = byId(vulns, QStringLiteral("CVE-2099-1001")).value(QStringLiteral("analysis")).toObject();
    QCOMPARE(exploitable.value(QStringLiteral("state")).toString(), QStringLiteral("exploitable"));
    QCOMPARE(exploitable.value(QStringLiteral("response")).toArray(),
             QJsonArray{QStringLiteral("update")});
    // The other two stay in triage with the model's suggestion in the detail.
    QVERIFY(byId(vulns, QStringLiteral("CVE-2099-1002"))
                .value(QStringLiteral("analysis"))
                .toObject()
                .value(QStringLiteral("detail"))
                .toString()
                .startsWith(QStringLiteral("Not yet triaged by a person")));

    // The decisions are project data: an exported model carries them.
    const QString json = m_dir->filePath(QStringLiteral("lock.threatbench.json"));
    QCOMPARE(cli({QStringLiteral("export"), m_project, QStringLiteral("-o"), json}).exitCode, 0);
    const auto fromJson = cli(
        {QStringLiteral("vex"), json, QStringLiteral("--bom"), scan(), QStringLiteral("--json")});
    QCOMPARE(fromJson.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(fromJson.out).object().value(QStringLiteral("decided")).toInt(), 2);
}

void tst_CliVex::clearsADecision()
{
    const QStringList decide{QStringLiteral("vex"),
                             QStringLiteral("triage"),
                             m_project,
                             QStringLiteral("CVE-2099-1002"),
                             QStringLiteral("--state"),
                             QStringLiteral("false_positive"),
                             QStringLiteral("--by"),
                             QStringLiteral("Ada")};
    QCOMPARE(cli(decide).exitCode, 0);
    const auto clear = cli({QStringLiteral("vex"), QStringLiteral("triage"), m_project,
                            QStringLiteral("CVE-2099-1002"), QStringLiteral("--clear")});
    QVERIFY2(clear.exitCode == 0, clear.err);
    QCOMPARE(byId(exportedVulnerabilities(), QStringLiteral("CVE-2099-1002"))
                 .value(QStringLiteral("analysis"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("in_triage"));
}

void tst_CliVex::refusesBadBoms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("where");
    QTest::addRow("unknown affected ref")
        << QStringLiteral("vex/bad-affects-ref.cdx.json")
        << QByteArray("bad-affects-ref.cdx.json: $.vulnerabilities[1].affects[1].ref: unknown ref "
                      "\"libpng\"");
    QTest::addRow("unknown severity")
        << QStringLiteral("vex/bad-severity-1.6.cdx.json")
        << QByteArray("bad-severity-1.6.cdx.json: $.vulnerabilities[0].ratings[0].severity");
    QTest::addRow("not CycloneDX") << QStringLiteral("sbom/spec-1.2.cdx.json")
                                   << QByteArray("spec-1.2.cdx.json: $.specVersion");
}

void tst_CliVex::refusesBadBoms()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, where);
    const QByteArray before = projectBytes();
    const QString out = m_dir->filePath(QStringLiteral("never.cdx.json"));
    const auto r = cli({QStringLiteral("vex"), m_project, QStringLiteral("--bom"),
                        tb::test::dataPath(file), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(where), r.err);
    QVERIFY(!QFile::exists(out));
    // Triage against a bad BOM is refused before the project is opened.
    const auto t = cli({QStringLiteral("vex"), QStringLiteral("triage"), m_project,
                        QStringLiteral("CVE-2099-2001"), QStringLiteral("--state"),
                        QStringLiteral("resolved"), QStringLiteral("--by"), QStringLiteral("Ada"),
                        QStringLiteral("--bom"), tb::test::dataPath(file)});
    QCOMPARE(t.exitCode, 2);
    QCOMPARE(projectBytes(), before);
}

void tst_CliVex::refusesBadTriage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("message");
    const QString by = QStringLiteral("--by");
    const QString state = QStringLiteral("--state");
    QTest::addRow("not_affected without justification")
        << QStringList{state, QStringLiteral("not_affected"), by, QStringLiteral("Ada")}
        << QByteArray("--justification: not_affected needs a justification");
    QTest::addRow("nobody") << QStringList{state, QStringLiteral("resolved")}
                            << QByteArray("--by: a decision names the person");
    QTest::addRow("unknown state")
        << QStringList{state, QStringLiteral("fixed"), by, QStringLiteral("Ada")}
        << QByteArray("--state: expected one of resolved");
    QTest::addRow("unknown response") << QStringList{
        state, QStringLiteral("exploitable"), QStringLiteral("--response"), QStringLiteral("pray"),
        by,    QStringLiteral("Ada")} << QByteArray("--response: expected one of can_not_fix");
    QTest::addRow("id not listed") << QStringList{
        state, QStringLiteral("resolved"), by, QStringLiteral("Ada"), QStringLiteral("--bom"),
        scan()} << QByteArray("CVE-1999-9999: not listed in the BOM");
    QTest::addRow("clear what was never decided")
        << QStringList{QStringLiteral("--clear")} << QByteArray("no decision recorded");
}

void tst_CliVex::refusesBadTriage()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, message);
    const QByteArray before = projectBytes();
    const auto r = cli(QStringList{QStringLiteral("vex"), QStringLiteral("triage"), m_project,
                                   QStringLiteral("CVE-1999-9999")}
                       + options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err);
    QCOMPARE(projectBytes(), before);
}

QTEST_GUILESS_MAIN(tst_CliVex)
#include "tst_clivex.moc"
