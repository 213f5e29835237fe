// import-sbom and components as a pipeline uses them: counts, JSON, attachments, the SBOM
// threat, and refusals that leave the project file untouched.

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_CliSbom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsAndAttaches();
    void raisesTheUntrackedComponentThreat();
    void refusals_data();
    void refusals();

private:
    static tb::test::CliRun cli(const QStringList &args) { return tb::test::runCli(args); }
    QByteArray projectBytes() const
    {
        QFile f(m_project);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString bom() const
    {
        return tb::test::dataPath(QStringLiteral("sbom/smartlock-firmware.cdx.json"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void tst_CliSbom::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("lock.threatbench"));
    QCOMPARE(cli({QStringLiteral("import"),
                  tb::test::sourcePath(
                      QStringLiteral("templates/examples/smart-door-lock.threatbench.json")),
                  QStringLiteral("-o"), m_project})
                 .exitCode,
             0);
}

void tst_CliSbom::importsAndAttaches()
{
    // The example ships with the firmware SBOM attached to the lock firmware; a different SBOM
    // replaces it, detaching what it no longer lists.
    const auto other = cli({QStringLiteral("import-sbom"), m_project,
                            tb::test::dataPath(QStringLiteral("sbom/minimal-1.4.cdx.json")),
                            QStringLiteral("--attach"), QStringLiteral("Cloud API")});
    QCOMPARE(other.exitCode, 0);
    QVERIFY2(other.out.contains("1 component(s); 1 added, 0 updated, 0 unchanged, 9 removed"),
             other.out);
    QCOMPARE(other.out.count("detached (no longer in the SBOM): Lock firmware: "), 9);

    const auto r = cli({QStringLiteral("import-sbom"), m_project, bom(), QStringLiteral("--attach"),
                        QStringLiteral("Lock firmware"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("added")).toInt(), 9);
    QCOMPARE(o.value(QStringLiteral("removed")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("detached")).toArray(),
             QJsonArray{QStringLiteral("Cloud API: zlib@1.3.1")});
    QCOMPARE(o.value(QStringLiteral("specVersion")).toString(), QStringLiteral("1.6"));
    const QJsonArray components = o.value(QStringLiteral("components")).toArray();
    QCOMPARE(components.size(), 9);
    for (const QJsonValue &c : components)
        QCOMPARE(c.toObject().value(QStringLiteral("elements")).toArray().size(), 1);

    // Again: nothing changes, and the text says so.
    const auto again = cli({QStringLiteral("import-sbom"), m_project, bom()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("0 added, 0 updated, 9 unchanged, 0 removed"), again.out);

    const auto list = cli({QStringLiteral("components"), m_project});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("mbedtls@3.5.2  Trusted Firmware  in Lock firmware"), list.out);
    QVERIFY(list.out.contains("tinycbor@0.6.0  (no supplier)"));

    // Part II(1) shows the SBOM as evidence.
    const auto cra = cli({QStringLiteral("cra"), m_project, QStringLiteral("--requirement"),
                          QStringLiteral("II(1)"), QStringLiteral("--json")});
    const QJsonObject row = QJsonDocument::fromJson(cra.out).array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("verdict")).toString(), QStringLiteral("partial"));
    QVERIFY(row.value(QStringLiteral("evidence"))
                .toArray()
                .first()
                .toString()
                .startsWith(QLatin1String("SBOM smartlock-firmware.cdx.json (CycloneDX 1.6")));
}

void tst_CliSbom::raisesTheUntrackedComponentThreat()
{
    QCOMPARE(cli({QStringLiteral("derive"), m_project}).exitCode, 0);
    const auto r = cli({QStringLiteral("threats"), m_project, QStringLiteral("--json")});
    int found = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("template")).toString()
            != QLatin1String("graph.element.unidentified-component"))
            continue;
        ++found;
        QCOMPARE(t.value(QStringLiteral("elements"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Lock firmware")));
        QVERIFY(t.value(QStringLiteral("annex")).toArray().contains(QStringLiteral("II(1)")));
    }
    QCOMPARE(found, 1);
}

void tst_CliSbom::refusals_data()
{
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("says");
    QTest::addRow("not JSON") << QByteArray("{\"bomFormat\": \"CycloneDX\",") << QStringList()
                              << QStringLiteral("bad.json: line 1, column 27");
    QTest::addRow("wrong type") << QByteArray(
        R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [{"name": 3}]})")
                                << QStringList() << QStringLiteral("$.components[0].name");
    QTest::addRow("not an SBOM") << QByteArray(R"({"format": "threatbench"})") << QStringList()
                                 << QStringLiteral("$.bomFormat");
    QTest::addRow("dangling dependency") << QByteArray(
        R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"bom-ref": "a", "type": "library", "name": "a"}], "dependencies": [{"ref": "a", "dependsOn": ["ghost"]}]})")
                                         << QStringList()
                                         << QStringLiteral("$.dependencies[0].dependsOn[0]");
    QTest::addRow("unknown element") << QByteArray(
        R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library", "name": "a"}]})")
                                     << QStringList{QStringLiteral("--attach"),
                                                    QStringLiteral("Toaster")}
                                     << QStringLiteral("no element is named \"Toaster\"");
}

void tst_CliSbom::refusals()
{
    QFETCH(QByteArray, bom);
    QFETCH(QStringList, extra);
    QFETCH(QString, says);
    const QString path = m_dir->filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bom);
    f.close();
    const QByteArray before = projectBytes();
    const auto r = cli(QStringList{QStringLiteral("import-sbom"), m_project, path} + extra);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(projectBytes(), before);
}

QTEST_GUILESS_MAIN(tst_CliSbom)
#include "tst_clisbom.moc"
