// derive, threats, explain and templates as scripts and CI pipelines use them.

#include "clirunner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_CliThreats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void deriveStoresAndKeepsTriage();
    void threatsJsonContract();
    void filters_data();
    void filters();
    void explainNamesTemplateAndFacts();
    void badTemplatesStopDerivation();
    void templatesValidateAndList();
    void templatesBesideTheProjectAreUsed();

private:
    using Run = tb::test::CliRun;
    static Run cli(const QStringList &args, const QByteArray &in = {})
    {
        return tb::test::runCli(args, in);
    }
    QJsonArray threats(const QStringList &extra = {})
    {
        const Run r = cli(
            QStringList{QStringLiteral("threats"), m_project, QStringLiteral("--json")} + extra);
        return QJsonDocument::fromJson(r.out).array();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void tst_CliThreats::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("lock.threatbench"));
    const QString example = tb::test::sourcePath(
        QStringLiteral("templates/examples/smart-door-lock.threatbench.json"));
    QCOMPARE(cli({QStringLiteral("import"), example, QStringLiteral("-o"), m_project}).exitCode, 0);
}

void tst_CliThreats::deriveStoresAndKeepsTriage()
{
    Run r = cli({QStringLiteral("derive"), m_project, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject first = QJsonDocument::fromJson(r.out).object();
    QVERIFY(first.value(QStringLiteral("new")).toInt() > 20);
    QCOMPARE(first.value(QStringLiteral("kept")).toInt(), 0);
    const int total = first.value(QStringLiteral("threats")).toInt();
    QCOMPARE(threats().size(), total);
    const QJsonObject info
        = QJsonDocument::fromJson(
              cli({QStringLiteral("info"), m_project, QStringLiteral("--json")}).out)
              .object();
    QCOMPARE(info.value(QStringLiteral("threats")).toInt(), total);
    QCOMPARE(info.value(QStringLiteral("threatsByStatus"))
                 .toObject()
                 .value(QStringLiteral("new"))
                 .toInt(),
             total);

    // Triage one threat through apply, then re-derive: it must stay as decided.
    const QString id = threats().first().toObject().value(QStringLiteral("id")).toString();
    const QByteArray edit
        = QStringLiteral(
              R"({"op": "setThreatStatus", "id": "%1", "status": "accepted", "justification": "Residual risk signed off"})")
              .arg(id)
              .toUtf8();
    QCOMPARE(cli({QStringLiteral("apply"), m_project, QStringLiteral("-")}, edit).exitCode, 0);
    r = cli({QStringLiteral("derive"), m_project, QStringLiteral("--json")});
    const QJsonObject second = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(second.value(QStringLiteral("new")).toInt(), 0);
    QCOMPARE(second.value(QStringLiteral("kept")).toInt(), total);
    const QJsonArray accepted = threats({QStringLiteral("--status"), QStringLiteral("accepted")});
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted[0].toObject().value(QStringLiteral("id")).toString(), id);
}

void tst_CliThreats::threatsJsonContract()
{
    QCOMPARE(cli({QStringLiteral("derive"), m_project}).exitCode, 0);
    const QJsonArray list = threats();
    QVERIFY(!list.isEmpty());
    const QStringList categories{
        QStringLiteral("Spoofing"),          QStringLiteral("Tampering"),
        QStringLiteral("Repudiation"),       QStringLiteral("Information Disclosure"),
        QStringLiteral("Denial of Service"), QStringLiteral("Elevation of Privilege")};
    const QStringList kinds{QStringLiteral("external-entity"), QStringLiteral("process"),
                            QStringLiteral("data-store"), QStringLiteral("flow")};
    for (const QJsonValue &v : list) {
        const QJsonObject t = v.toObject();
        for (const char *key : {"id", "template", "elements", "category", "title", "status",
                                "likelihood", "impact", "annex"})
            QVERIFY2(t.contains(QLatin1String(key)), key);
        QVERIFY(categories.contains(t.value(QStringLiteral("category")).toString()));
        QVERIFY(!t.value(QStringLiteral("annex")).toArray().isEmpty());
        for (const QJsonValue &e : t.value(QStringLiteral("elements")).toArray()) {
            QVERIFY(kinds.contains(e.toObject().value(QStringLiteral("kind")).toString()));
            QVERIFY(!e.toObject().value(QStringLiteral("name")).toString().isEmpty());
        }
    }
}

void tst_CliThreats::filters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("by status") << QStringList{QStringLiteral("--status"), QStringLiteral("new")}
                               << 0;
    QTest::addRow("by category key")
        << QStringList{QStringLiteral("--category"), QStringLiteral("information-disclosure")} << 0;
    QTest::addRow("by category title")
        << QStringList{QStringLiteral("--category"), QStringLiteral("Denial of Service")} << 0;
    QTest::addRow("bad status") << QStringList{QStringLiteral("--status"), QStringLiteral("done")}
                                << 2;
    QTest::addRow("bad category") << QStringList{QStringLiteral("--category"),
                                                 QStringLiteral("phishing")}
                                  << 2;
}

void tst_CliThreats::filters()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QCOMPARE(cli({QStringLiteral("derive"), m_project}).exitCode, 0);
    const Run r
        = cli(QStringList{QStringLiteral("threats"), m_project, QStringLiteral("--json")} + args);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0)
        return;
    const QJsonArray all = threats();
    const QJsonArray some = QJsonDocument::fromJson(r.out).array();
    QVERIFY(some.size() <= all.size());
    for (const QJsonValue &v : some) {
        const QJsonObject t = v.toObject();
        if (args[0] == QLatin1String("--status"))
            QCOMPARE(t.value(QStringLiteral("status")).toString(), args[1]);
        else
            QVERIFY(
                t.value(QStringLiteral("category")).toString().compare(args[1], Qt::CaseInsensitive)
                    == 0
                || t.value(QStringLiteral("category"))
                           .toString()
                           .toLower()
                           .replace(QLatin1Char(' '), QLatin1Char('-'))
                       == args[1]);
    }
}

void tst_CliThreats::explainNamesTemplateAndFacts()
{
    QCOMPARE(cli({QStringLiteral("derive"), m_project}).exitCode, 0);
    const QJsonObject t = threats().first().toObject();
    const QString id = t.value(QStringLiteral("id")).toString();
    Run r = cli({QStringLiteral("explain"), m_project, id.left(12)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains(t.value(QStringLiteral("template")).toString().toUtf8()));
    QVERIFY(r.out.contains("holds now: yes"));
    r = cli({QStringLiteral("explain"), m_project, id, QStringLiteral("--json")});
    const QJsonObject why = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(why.value(QStringLiteral("id")).toString(), id);
    QVERIFY(!why.value(QStringLiteral("trace")).toArray().isEmpty());
    QCOMPARE(cli({QStringLiteral("explain"), m_project, QStringLiteral("ffffffff")}).exitCode, 2);
}

void tst_CliThreats::badTemplatesStopDerivation()
{
    const Run r = cli({QStringLiteral("derive"), m_project, QStringLiteral("--templates"),
                       tb::test::dataPath(QStringLiteral("templates/bad"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown property \"colour\""));
    QVERIFY(r.err.contains("unknown fact \"isHaunted\""));
    QVERIFY(r.err.contains("Nothing was derived"));
    QVERIFY(threats().isEmpty());
    const Run skip = cli({QStringLiteral("derive"), m_project, QStringLiteral("--templates"),
                          tb::test::dataPath(QStringLiteral("templates/bad")),
                          QStringLiteral("--skip-invalid")});
    QCOMPARE(skip.exitCode, 0);
    QVERIFY(!threats().isEmpty());
}

void tst_CliThreats::templatesValidateAndList()
{
    Run r = cli({QStringLiteral("templates"), QStringLiteral("validate"),
                 tb::test::dataPath(QStringLiteral("templates/good"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("templates"), QStringLiteral("validate"),
             tb::test::dataPath(QStringLiteral("templates/bad"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.count('\n') >= 10); // every problem, one per line
    r = cli({QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--templates"), tb::test::dataPath(QStringLiteral("templates/good"))});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    bool found = false;
    for (const QJsonValue &v : list) {
        const QJsonObject t = v.toObject();
        for (const char *key : {"id", "category", "capec", "cwe", "annex", "mitigations"})
            QVERIFY2(t.contains(QLatin1String(key)), key);
        found = found
                || t.value(QStringLiteral("id")).toString() == QLatin1String("test.flow.cleartext");
    }
    QVERIFY(found);
}

void tst_CliThreats::templatesBesideTheProjectAreUsed()
{
    const QString folder = m_dir->filePath(QStringLiteral("threatbench-templates"));
    QVERIFY(QDir().mkpath(folder));
    for (const char *name : {"library.json", "mitigations.json"})
        QVERIFY(
            QFile::copy(tb::test::dataPath(QStringLiteral("templates/good/") + QLatin1String(name)),
                        folder + QLatin1Char('/') + QLatin1String(name)));
    QCOMPARE(cli({QStringLiteral("derive"), m_project}).exitCode, 0);
    bool found = false;
    for (const QJsonValue &v : threats())
        found = found
                || v.toObject()
                       .value(QStringLiteral("template"))
                       .toString()
                       .startsWith(QStringLiteral("test."));
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(tst_CliThreats)
#include "tst_clithreats.moc"
