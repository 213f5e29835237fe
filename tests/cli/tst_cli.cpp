// threatbench-cli as users' scripts see it: commands, exit codes, --json, messages on stderr.

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exampleRoundTripIsByteIdentical();
    void infoJsonHasTheContractKeys();
    void newThenApplyThenExport();
    void applyStopsAtFirstBadLine();
    void usageAndBadInput_data();
    void usageAndBadInput();
    void importNeverOverwrites();
    void exportToStdout();
    void importsPytmByContent();

private:
    using Run = tb::test::CliRun;
    static Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return tb::test::runCli(args, stdinData);
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QString example()
    {
        return tb::test::sourcePath(
            QStringLiteral("templates/examples/smart-door-lock.threatbench.json"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Cli::exampleRoundTripIsByteIdentical()
{
    const Run imp = cli({QStringLiteral("import"), example(), QStringLiteral("-o"),
                         path(QStringLiteral("x.threatbench"))});
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    const Run exp = cli({QStringLiteral("export"), path(QStringLiteral("x.threatbench")),
                         QStringLiteral("-o"), path(QStringLiteral("y.json"))});
    QVERIFY2(exp.exitCode == 0, exp.err.constData());
    QFile a(example()), b(path(QStringLiteral("y.json")));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void tst_Cli::infoJsonHasTheContractKeys()
{
    QVERIFY(cli({QStringLiteral("import"), example(), QStringLiteral("-o"),
                 path(QStringLiteral("x.threatbench"))})
                .exitCode
            == 0);
    const Run r = cli(
        {QStringLiteral("info"), path(QStringLiteral("x.threatbench")), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError); // one document, nothing else on stdout
    for (const char *key : {"diagrams", "elements", "flows", "boundaries", "threats", "tasks"})
        QVERIFY2(o.value(QLatin1String(key)).isDouble(), key);
    QCOMPARE(o.value(QStringLiteral("elements")).toInt(), 16);
    QCOMPARE(o.value(QStringLiteral("flows")).toInt(), 23);
    const QJsonObject kinds = o.value(QStringLiteral("elementsByKind")).toObject();
    QCOMPARE(kinds.value(QStringLiteral("external")).toInt()
                 + kinds.value(QStringLiteral("process")).toInt()
                 + kinds.value(QStringLiteral("store")).toInt(),
             16);
    QVERIFY(o.value(QStringLiteral("threatsByStatus")).isObject());
    QVERIFY(o.value(QStringLiteral("tasksByStatus")).isObject());
    QVERIFY(o.value(QStringLiteral("flowsCrossingBoundaries")).toInt() > 0);
    // info reads exchange files too.
    QCOMPARE(cli({QStringLiteral("info"), example(), QStringLiteral("--json")}).out, r.out);
    const Run text = cli({QStringLiteral("info"), path(QStringLiteral("x.threatbench"))});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Keystone Smart Lock"));
}

void tst_Cli::newThenApplyThenExport()
{
    const QString project = path(QStringLiteral("p.threatbench"));
    Run r = cli(
        {QStringLiteral("new"), project, QStringLiteral("--name"), QStringLiteral("Thermostat")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    const QByteArray edits
        = R"({"op": "addElement", "element": {"id": "00000000-0000-4000-8000-000000000001", "kind": "process", "name": "Firmware", "stencil": "iot-device"}})"
          "\n\n"
          R"({"op": "addElement", "element": {"id": "00000000-0000-4000-8000-000000000002", "kind": "external", "name": "Owner"}})"
          "\n"
          R"({"op": "connectFlow", "flow": {"id": "00000000-0000-4000-8000-000000000003", "name": "Set temperature", "source": "00000000-0000-4000-8000-000000000002", "target": "00000000-0000-4000-8000-000000000001", "properties": {"encrypted": true}}})"
          "\n";
    r = cli({QStringLiteral("apply"), project, QStringLiteral("-"), QStringLiteral("--json")},
            edits);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("applied")).toInt(), 3);
    r = cli(
        {QStringLiteral("export"), project, QStringLiteral("-o"), path(QStringLiteral("t.json"))});
    QCOMPARE(r.exitCode, 0);
    QFile f(path(QStringLiteral("t.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QVERIFY(json.contains("\"name\": \"Thermostat\""));
    QVERIFY(json.contains("\"name\": \"Set temperature\""));
}

void tst_Cli::applyStopsAtFirstBadLine()
{
    const QString project = path(QStringLiteral("p.threatbench"));
    QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
    QFile edits(path(QStringLiteral("e.jsonl")));
    QVERIFY(edits.open(QIODevice::WriteOnly));
    edits.write(R"({"op": "addElement", "element": {"kind": "process", "name": "A"}})"
                "\n"
                R"({"op": "addElement", "element": {"kind": "process", "name": "B"}})"
                "\n"
                R"({"op": "removeElement", "id": "00000000-0000-4000-8000-00000000dead"})"
                "\n"
                R"({"op": "addElement", "element": {"kind": "process", "name": "C"}})"
                "\n");
    edits.close();
    const Run r = cli({QStringLiteral("apply"), project, edits.fileName()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("e.jsonl:3"), r.err.constData());
    QVERIFY2(r.err.contains("no such element"), r.err.constData());
    QVERIFY2(r.err.contains("2 edit(s) before it were applied"), r.err.constData());
    const Run info = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(info.out).object().value(QStringLiteral("elements")).toInt(),
             2);
}

void tst_Cli::usageAndBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("fileContent"); // written to bad.json first when not empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrHas");
    QTest::addRow("no command") << QStringList{} << QByteArray() << 2 << "Usage";
    QTest::addRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QByteArray() << 2 << "unknown command";
    QTest::addRow("unknown option")
        << QStringList{QStringLiteral("info"), QStringLiteral("--colour")} << QByteArray() << 2
        << "colour";
    QTest::addRow("missing argument")
        << QStringList{QStringLiteral("info")} << QByteArray() << 2 << "missing argument";
    QTest::addRow("import without -o")
        << QStringList{QStringLiteral("import"), QStringLiteral("@bad.json")} << QByteArray("{}")
        << 2 << "-o";
    QTest::addRow("unknown format")
        << QStringList{QStringLiteral("import"),   QStringLiteral("@bad.json"),
                       QStringLiteral("-o"),       QStringLiteral("@o.threatbench"),
                       QStringLiteral("--format"), QStringLiteral("visio")}
        << QByteArray("{}") << 2 << "visio";
    QTest::addRow("unrecognised content")
        << QStringList{QStringLiteral("import"), QStringLiteral("@bad.json"), QStringLiteral("-o"),
                       QStringLiteral("@o.threatbench")}
        << QByteArray("{\"hello\": 1}") << 2 << "unrecognised";
    QTest::addRow("malformed json")
        << QStringList{QStringLiteral("import"),   QStringLiteral("@bad.json"),
                       QStringLiteral("-o"),       QStringLiteral("@o.threatbench"),
                       QStringLiteral("--format"), QStringLiteral("threatbench-json")}
        << QByteArray("{\"format\": \"threatbench\",\n  oops}") << 2 << "bad.json: line 2";
    QTest::addRow("missing file") << QStringList{QStringLiteral("info"),
                                                 QStringLiteral("@nothing.threatbench")}
                                  << QByteArray() << 2 << "no such file";
    QTest::addRow("not a project")
        << QStringList{QStringLiteral("info"), QStringLiteral("@bad.json")}
        << QByteArray("plain text") << 2 << "bad.json";
    QTest::addRow("help") << QStringList{QStringLiteral("apply"), QStringLiteral("--help")}
                          << QByteArray() << 0 << "";
    QTest::addRow("version") << QStringList{QStringLiteral("--version")} << QByteArray() << 0 << "";
    QTest::addRow("export bad format")
        << QStringList{QStringLiteral("export"), QStringLiteral("@bad.json"), QStringLiteral("-o"),
                       QStringLiteral("@x"),     QStringLiteral("--format"),  QStringLiteral("xml")}
        << QByteArray("{}") << 2 << "xml";
}

void tst_Cli::usageAndBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, fileContent);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrHas);
    if (!fileContent.isEmpty()) {
        QFile f(path(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(fileContent);
    }
    for (QString &a : args) {
        if (a.startsWith(QLatin1Char('@')))
            a = path(a.mid(1));
    }
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrHas), r.err.constData());
    QVERIFY(!QFile::exists(path(QStringLiteral("o.threatbench"))));
}

void tst_Cli::importNeverOverwrites()
{
    const QString target = path(QStringLiteral("x.threatbench"));
    QCOMPARE(cli({QStringLiteral("new"), target}).exitCode, 0);
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const Run r = cli({QStringLiteral("import"), example(), QStringLiteral("-o"), target});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("exists"), r.err.constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void tst_Cli::exportToStdout()
{
    const Run r
        = cli({QStringLiteral("export"), example(), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QFile a(example());
    QVERIFY(a.open(QIODevice::ReadOnly));
    QCOMPARE(r.out, a.readAll());
}

void tst_Cli::importsPytmByContent()
{
    // A pytm model under a misleading extension: auto recognises it from the content.
    const QString source = tb::test::dataPath(QStringLiteral("pytm/webapp.json"));
    const QString renamed = path(QStringLiteral("model.txt"));
    QVERIFY(QFile::copy(source, renamed));
    const Run r = cli({QStringLiteral("import"), renamed, QStringLiteral("-o"),
                       path(QStringLiteral("p.threatbench")), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("pytm"));
    QVERIFY(report.value(QStringLiteral("elements")).toInt() >= 3);
    QVERIFY(report.value(QStringLiteral("approximated")).isArray());
    QVERIFY(r.err.contains("approximated: "));
    const Run derive = cli({QStringLiteral("derive"), path(QStringLiteral("p.threatbench"))});
    QVERIFY2(derive.exitCode == 0, derive.err.constData());
    QVERIFY(derive.out.contains("Derived"));
    const Run forced = cli({QStringLiteral("import"), source, QStringLiteral("-o"),
                            path(QStringLiteral("q.threatbench")), QStringLiteral("--format"),
                            QStringLiteral("pytm")});
    QCOMPARE(forced.exitCode, 0);
    const Run wrong = cli({QStringLiteral("import"), source, QStringLiteral("-o"),
                           path(QStringLiteral("r.threatbench")), QStringLiteral("--format"),
                           QStringLiteral("threatbench-json")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("r.threatbench"))));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
