// import, export and templates import through the CLI: each format recognised by content, the
// report printed (and as JSON), failed imports leave no file and never touch an existing one,
// exports write files the importers read back.

#include "clirunner.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using tb::test::runCli;

class tst_CliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void autoDetection_data();
    void autoDetection();
    void jsonReport();
    void otmYaml();
    void failedImportLeavesNothing_data();
    void failedImportLeavesNothing();
    void existingProjectUntouched();
    void exportFormats_data();
    void exportFormats();
    void exportRefusals_data();
    void exportRefusals();
    void templatesImport();
    void templatesImportRefusals();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QString data(const char *relative)
    {
        return tb::test::dataPath(QString::fromUtf8(relative));
    }
    static QString example()
    {
        return tb::test::sourcePath(
            QStringLiteral("templates/examples/smart-door-lock-assessed.threatbench.json"));
    }
    void write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_CliImport::autoDetection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("counts");
    QTest::addRow("tm7") << "tm7/webshop.tm7"
                         << "tm7"
                         << "7 elements, 5 flows, 3 boundaries";
    QTest::addRow("threagile") << "threagile/parcels.yaml"
                               << "threagile"
                               << "5 elements, 3 flows, 3 boundaries, 2 data assets, 4 threats";
    QTest::addRow("threat dragon") << "threat-dragon/webshop.json"
                                   << "threat-dragon"
                                   << "";
    QTest::addRow("otm") << "otm/doorlock.otm.json"
                         << "otm"
                         << "";
}

void tst_CliImport::autoDetection()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, counts);
    // A misleading extension: detection reads the content.
    const QString input = path(QStringLiteral("model.txt"));
    QVERIFY(QFile::copy(data(file.toUtf8().constData()), input));
    const QString out = path(QStringLiteral("out.threatbench"));
    const tb::test::CliRun r = runCli({QStringLiteral("import"), input, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains(QByteArray("(" + format.toUtf8() + "): ")), r.err.constData());
    QVERIFY(r.err.contains(counts.toUtf8()));
    QVERIFY(QFile::exists(out));
    const tb::test::CliRun info = runCli({QStringLiteral("info"), out});
    QCOMPARE(info.exitCode, 0);
}

void tst_CliImport::jsonReport()
{
    const tb::test::CliRun r
        = runCli({QStringLiteral("import"), data("tm7/webshop.tm7"), QStringLiteral("-o"),
                  path(QStringLiteral("w.threatbench")), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("tm7"));
    QVERIFY(o.value(QLatin1String("dropped")).toArray().size() >= 5);
    QVERIFY(o.value(QLatin1String("approximated")).toArray().size() >= 10);
}

void tst_CliImport::otmYaml()
{
    write(QStringLiteral("model.otm.yaml"),
          "otmVersion: 0.2.0\nproject:\n  name: Yaml lock\n  id: yl\ntrustZones:\n"
          "  - id: home\n    name: Home\n    risk: {trustRating: 60}\ncomponents:\n"
          "  - id: app\n    name: Phone app\n    type: android-app\n    parent: {trustZone: home}\n"
          "  - id: lock\n    name: Lock\n    type: iot-device\n    parent: {trustZone: home}\n"
          "dataflows:\n  - id: f\n    name: Unlock\n    source: app\n    destination: lock\n");
    const tb::test::CliRun r
        = runCli({QStringLiteral("import"), path(QStringLiteral("model.otm.yaml")),
                  QStringLiteral("-o"), path(QStringLiteral("y.threatbench"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("(otm): 2 elements, 1 flows, 1 boundaries"), r.err.constData());
    // A wrong type in YAML OTM is named by line and column.
    write(QStringLiteral("bad.otm.yaml"), "otmVersion: 0.2.0\nproject:\n  name: [1, 2]\n");
    const tb::test::CliRun bad
        = runCli({QStringLiteral("import"), path(QStringLiteral("bad.otm.yaml")),
                  QStringLiteral("-o"), path(QStringLiteral("b.threatbench"))});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("bad.otm.yaml: line 3, column 9"), bad.err.constData());
}

void tst_CliImport::failedImportLeavesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("tm7 with a DOCTYPE")
        << QByteArray("<!DOCTYPE ThreatModel [<!ENTITY e \"x\">]><ThreatModel/>") << "auto"
        << QByteArray("DOCTYPE");
    QTest::addRow("truncated tm7") << QByteArray("<ThreatModel><DrawingSurfaceList><Drawing")
                                   << "auto" << QByteArray("line 1");
    QTest::addRow("threagile alias") << QByteArray("a: &x 1\ntechnical_assets:\n  b: *x\n")
                                     << "threagile" << QByteArray("line 1, column 4");
    QTest::addRow("unknown") << QByteArray("hello") << "auto"
                             << QByteArray("unrecognised file format");
}

void tst_CliImport::failedImportLeavesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, format);
    QFETCH(QByteArray, message);
    write(QStringLiteral("in.bin"), content);
    const QString out = path(QStringLiteral("out.threatbench"));
    const tb::test::CliRun r
        = runCli({QStringLiteral("import"), path(QStringLiteral("in.bin")), QStringLiteral("-o"),
                  out, QStringLiteral("--format"), format});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!QFile::exists(out));
}

void tst_CliImport::existingProjectUntouched()
{
    const QString out = path(QStringLiteral("existing.threatbench"));
    write(QStringLiteral("existing.threatbench"), "precious bytes");
    const tb::test::CliRun r
        = runCli({QStringLiteral("import"), data("tm7/webshop.tm7"), QStringLiteral("-o"), out});
    QVERIFY(r.exitCode != 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious bytes"));
}

void tst_CliImport::exportFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("lost");
    QTest::addRow("threat dragon") << "threat-dragon" << QByteArray("not kept: data assets");
    QTest::addRow("otm") << "otm" << QByteArray("not kept: line boundary \"Bluetooth radio link\"");
    QTest::addRow("canonical") << "threatbench-json" << QByteArray();
}

void tst_CliImport::exportFormats()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, lost);
    const QString file = path(QStringLiteral("exported.json"));
    const tb::test::CliRun r = runCli({QStringLiteral("export"), example(), QStringLiteral("-o"),
                                       file, QStringLiteral("--format"), format});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    if (lost.isEmpty())
        QVERIFY(!r.err.contains("not kept"));
    else
        QVERIFY2(r.err.contains(lost), r.err.constData());
    // The export reads back, recognised by content.
    const tb::test::CliRun back = runCli({QStringLiteral("import"), file, QStringLiteral("-o"),
                                          path(QStringLiteral("back.threatbench"))});
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QVERIFY2(back.err.contains(QByteArray("(" + format.toUtf8() + "): 16 elements, 23 flows")),
             back.err.constData());
    // To stdout as well.
    const tb::test::CliRun out = runCli({QStringLiteral("export"), example(), QStringLiteral("-o"),
                                         QStringLiteral("-"), QStringLiteral("--format"), format});
    QCOMPARE(out.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(out.out).isObject());
}

void tst_CliImport::exportRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("unknown format")
        << QStringList{QStringLiteral("--format"), QStringLiteral("visio")}
        << QByteArray("expected one of threatbench-json, threat-dragon, otm");
    QTest::addRow("no output") << QStringList{} << QByteArray("-o FILE is required");
}

void tst_CliImport::exportRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    QStringList all{QStringLiteral("export"), example()};
    if (!args.isEmpty() || message.contains("format"))
        all += QStringList{QStringLiteral("-o"), path(QStringLiteral("x.json"))};
    const tb::test::CliRun r = runCli(all + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!QFile::exists(path(QStringLiteral("x.json"))));
}

void tst_CliImport::templatesImport()
{
    const QString dir = path(QStringLiteral("tmt-templates"));
    const tb::test::CliRun r = runCli({QStringLiteral("templates"), QStringLiteral("import"),
                                       data("tb7/sample.tb7"), QStringLiteral("-o"), dir});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("Translated 4 of 9 threat types"), r.err.constData());
    QVERIFY(r.err.contains("not translated: D4"));
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("tmt-test-bench-kb.json"))));
    // The written library validates and lists alongside the built-in one.
    const tb::test::CliRun valid
        = runCli({QStringLiteral("templates"), QStringLiteral("validate"), dir});
    QVERIFY2(valid.exitCode == 0, valid.err.constData());
    const tb::test::CliRun list = runCli(
        {QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--templates"), dir});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("tmt.test-bench-kb.a1"));
}

void tst_CliImport::templatesImportRefusals()
{
    write(QStringLiteral("evil.tb7"), "<!DOCTYPE KnowledgeBase SYSTEM \"http://example.com/x.dtd\">"
                                      "<KnowledgeBase/>");
    const QString dir = path(QStringLiteral("never"));
    const tb::test::CliRun r
        = runCli({QStringLiteral("templates"), QStringLiteral("import"),
                  path(QStringLiteral("evil.tb7")), QStringLiteral("-o"), dir});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("evil.tb7: line 1"), r.err.constData());
    QVERIFY(!QFile::exists(dir));
    const tb::test::CliRun noDir
        = runCli({QStringLiteral("templates"), QStringLiteral("import"), data("tb7/sample.tb7")});
    QCOMPARE(noDir.exitCode, 2);
    QVERIFY(noDir.err.contains("-o DIR is required"));
}

QTEST_GUILESS_MAIN(tst_CliImport)
#include "tst_cliimport.moc"
