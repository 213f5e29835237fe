// diff as reviewers and git use it: text and JSON output, exit codes 0/1/2, and git difftool.

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char kFirmware[] = "0856665e-fa54-5d7d-a336-8629a08d2d48"; // process "Lock firmware"
const char kPublish[] = "0002d94f-c47d-5d23-a29d-a15b5bafb59a";  // flow "Command publish"

const QByteArray kEdits = QByteArray(R"({"op":"setAttribute","target":")") + kFirmware
                          + R"(","field":"name","value":"Lock MCU"})" + "\n"
                          + R"({"op":"setProperty","target":")" + kPublish
                          + R"(","key":"encrypted","value":false})" + "\n";

const char kRenamed[] = "~ process \"Lock firmware\": name: Lock firmware -> Lock MCU";
const char kUnencrypted[] = "~ flow \"Command publish\": property encrypted: true -> false";

} // namespace

class tst_CliDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void identicalModels();
    void reportsEdits();
    void jsonOutput();
    void missingSideIsEmpty();
    void refusals_data();
    void refusals();
    void gitDifftool();

private:
    static tb::test::CliRun cli(const QStringList &args, const QByteArray &in = {})
    {
        return tb::test::runCli(args, in);
    }
    static QString example()
    {
        return tb::test::sourcePath(
            QStringLiteral("templates/examples/smart-door-lock.threatbench.json"));
    }
    QString path(const char *name) const { return m_dir->filePath(QString::fromUtf8(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliDiff::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    for (const char *name : {"a.threatbench", "b.threatbench"})
        QCOMPARE(
            cli({QStringLiteral("import"), example(), QStringLiteral("-o"), path(name)}).exitCode,
            0);
    const auto applied
        = cli({QStringLiteral("apply"), path("b.threatbench"), QStringLiteral("-")}, kEdits);
    QVERIFY2(applied.exitCode == 0, applied.err);
}

void tst_CliDiff::identicalModels()
{
    // A project file against the JSON it came from: nothing is lost on the way.
    const auto r = cli({QStringLiteral("diff"), path("a.threatbench"), example()});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err));
    QVERIFY(r.out.endsWith("\n\nNo differences.\n"));
    const auto j = cli({QStringLiteral("diff"), example(), example(), QStringLiteral("--json")});
    QCOMPARE(j.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(j.out).object().value(QStringLiteral("identical")),
             QJsonValue(true));
}

void tst_CliDiff::reportsEdits()
{
    const auto r = cli({QStringLiteral("diff"), path("a.threatbench"), path("b.threatbench")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QByteArray("--- " + path("a.threatbench").toUtf8() + "\n+++ ")),
             r.out);
    QVERIFY2(r.out.contains(QByteArray(QByteArray("\nElements (1 changed)\n") + kRenamed + '\n')),
             r.out);
    QVERIFY2(r.out.contains(QByteArray(QByteArray("\nFlows (1 changed)\n") + kUnencrypted + '\n')),
             r.out);
    QVERIFY(!r.out.contains("\n+ ") && !r.out.contains("\n- "));

    // The same against the exported JSON of the edited project.
    QCOMPARE(cli({QStringLiteral("export"), path("b.threatbench"), QStringLiteral("-o"),
                  path("b.threatbench.json")})
                 .exitCode,
             0);
    const auto j = cli({QStringLiteral("diff"), path("a.threatbench"), path("b.threatbench.json")});
    QCOMPARE(j.exitCode, 1);
    QCOMPARE(j.out.mid(j.out.indexOf("\n\n")), r.out.mid(r.out.indexOf("\n\n")));
}

void tst_CliDiff::jsonOutput()
{
    const auto r = cli({QStringLiteral("diff"), path("a.threatbench"), path("b.threatbench"),
                        QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("identical")), QJsonValue(false));
    const QJsonObject elements = o.value(QStringLiteral("elements")).toObject();
    QCOMPARE(elements.value(QStringLiteral("added")).toArray().size(), 0);
    const QJsonObject changed
        = elements.value(QStringLiteral("changed")).toArray().at(0).toObject();
    QCOMPARE(changed.value(QStringLiteral("id")).toString(), QLatin1String(kFirmware));
    QCOMPARE(changed.value(QStringLiteral("changes")).toArray().at(0).toObject(),
             QJsonObject({{QStringLiteral("field"), QStringLiteral("name")},
                          {QStringLiteral("old"), QStringLiteral("Lock firmware")},
                          {QStringLiteral("new"), QStringLiteral("Lock MCU")}}));
    const QJsonObject flow = o.value(QStringLiteral("flows"))
                                 .toObject()
                                 .value(QStringLiteral("changed"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(flow.value(QStringLiteral("name")).toString(), QStringLiteral("Command publish"));
}

void tst_CliDiff::missingSideIsEmpty()
{
    // git difftool passes /dev/null for the side where a file does not exist.
    const auto r = cli({QStringLiteral("diff"), QStringLiteral("/dev/null"), example()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("\nElements (16 added)\n"), r.out);
    QVERIFY(r.out.contains("\n+ process \"Lock firmware\""));
}

void tst_CliDiff::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named"); // the file the message must name; empty = none
    QTest::addRow("one argument") << QStringList{QStringLiteral("a.threatbench")} << QString();
    QTest::addRow("three arguments")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} << QString();
    QTest::addRow("unknown option")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--bogus")}
        << QString();
    QTest::addRow("missing file") << QStringList{QStringLiteral("a.threatbench"),
                                                 QStringLiteral("nope.threatbench")}
                                  << QStringLiteral("nope.threatbench");
    QTest::addRow("not a model") << QStringList{QStringLiteral("a.threatbench"),
                                                QStringLiteral("junk.threatbench")}
                                 << QStringLiteral("junk.threatbench");
    QTest::addRow("bad json") << QStringList{QStringLiteral("broken.threatbench.json"),
                                             QStringLiteral("a.threatbench")}
                              << QStringLiteral("broken.threatbench.json");
}

void tst_CliDiff::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    QFile junk(path("junk.threatbench"));
    QVERIFY(junk.open(QIODevice::WriteOnly) && junk.write("not sqlite, not json") > 0);
    junk.close();
    QFile broken(path("broken.threatbench.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("{\"format\": ") > 0);
    broken.close();
    QStringList full{QStringLiteral("diff")};
    for (const QString &a : std::as_const(args))
        full.append(a.contains(QLatin1Char('.')) ? m_dir->filePath(a) : a);
    const auto r = cli(full);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    if (!named.isEmpty())
        QVERIFY2(r.err.contains(named.toUtf8()), r.err);
}

void tst_CliDiff::gitDifftool()
{
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        QSKIP("git is not installed");
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(m_dir->path());
        p.start(git, QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"),
                                 QStringLiteral("-c"), QStringLiteral("user.email=t@example.com")}
                         + args);
        p.waitForFinished(60000);
        return QByteArray(p.readAllStandardOutput() + p.readAllStandardError());
    };
    run({QStringLiteral("init"), QStringLiteral("-q")});
    QVERIFY(QFile::copy(example(), path("lock.threatbench.json")));
    run({QStringLiteral("add"), QStringLiteral("lock.threatbench.json")});
    run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
         QStringLiteral("a")});
    QVERIFY(QFile::remove(path("lock.threatbench.json")));
    QCOMPARE(cli({QStringLiteral("export"), path("b.threatbench"), QStringLiteral("-o"),
                  path("lock.threatbench.json")})
                 .exitCode,
             0);
    const QByteArray out
        = run({QStringLiteral("difftool"), QStringLiteral("-y"), QStringLiteral("-x"),
               QStringLiteral("'%1' diff").arg(QStringLiteral(THREATBENCH_CLI))});
    QVERIFY2(out.contains(kRenamed) && out.contains(kUnencrypted), out);
}

QTEST_GUILESS_MAIN(tst_CliDiff)
#include "tst_clidiff.moc"
