// cra, tasks, accept and check as a CI pipeline uses them: exit codes and JSON.

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_CliCra : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void check_data();
    void check();
    void craMatrixMovesWithTasks();
    void taskEditsThroughApply();
    void craFiltersByEitherId_data();
    void craFiltersByEitherId();

private:
    using Run = tb::test::CliRun;
    static Run cli(const QStringList &args, const QByteArray &in = {})
    {
        return tb::test::runCli(args, in);
    }
    QJsonArray json(const QStringList &args)
    {
        return QJsonDocument::fromJson(cli(args).out).array();
    }
    QJsonObject requirement(const QString &id)
    {
        for (const QJsonValue &v :
             json({QStringLiteral("cra"), m_project, QStringLiteral("--json")})) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }
    void acceptEveryThreat()
    {
        QByteArray edits;
        for (const QJsonValue &v :
             json({QStringLiteral("threats"), m_project, QStringLiteral("--json")}))
            edits
                += QStringLiteral(
                       R"({"op": "setThreatStatus", "id": "%1", "status": "accepted", "justification": "Signed off by the product owner"})"
                       "\n")
                       .arg(v.toObject().value(QStringLiteral("id")).toString())
                       .toUtf8();
        QCOMPARE(cli({QStringLiteral("apply"), m_project, QStringLiteral("-")}, edits).exitCode, 0);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void tst_CliCra::init()
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

void tst_CliCra::check_data()
{
    QTest::addColumn<bool>("derive");
    QTest::addColumn<bool>("acceptAll");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QString cov = QStringLiteral("--require-coverage");
    const QString failOn = QStringLiteral("--fail-on");
    QTest::addRow("no threats, no gates") << false << false << QStringList{} << 0 << "check passed";
    QTest::addRow("no threats, coverage required")
        << false << false << QStringList{cov} << 1 << "Annex I II(5) is a gap";
    QTest::addRow("open threats above low")
        << true << false << QStringList{failOn, QStringLiteral("low")} << 1 << "FAIL: open";
    QTest::addRow("all accepted, fail on low")
        << true << true << QStringList{failOn, QStringLiteral("low")} << 0 << "check passed";
    QTest::addRow("all accepted, coverage still missing for Part II")
        << true << true << QStringList{cov} << 1 << "is a gap";
    QTest::addRow("bad level") << false << false << QStringList{failOn, QStringLiteral("severe")}
                               << 2 << "severe";
}

void tst_CliCra::check()
{
    QFETCH(bool, derive);
    QFETCH(bool, acceptAll);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    if (derive)
        QCOMPARE(cli({QStringLiteral("derive"), m_project}).exitCode, 0);
    if (acceptAll)
        acceptEveryThreat();
    const Run r = cli(QStringList{QStringLiteral("check"), m_project} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    if (exitCode == 2)
        return;
    const Run j
        = cli(QStringList{QStringLiteral("check"), m_project, QStringLiteral("--json")} + args);
    const QJsonObject o = QJsonDocument::fromJson(j.out).object();
    QCOMPARE(j.exitCode, exitCode);
    QCOMPARE(o.value(QStringLiteral("passed")).toBool(), exitCode == 0);
    QCOMPARE(o.value(QStringLiteral("failures")).toArray().isEmpty(), exitCode == 0);
}

void tst_CliCra::craMatrixMovesWithTasks()
{
    QCOMPARE(cli({QStringLiteral("derive"), m_project}).exitCode, 0);
    const QJsonObject before = requirement(QStringLiteral("II(7)"));
    QCOMPARE(before.value(QStringLiteral("verdict")).toString(), QStringLiteral("gap"));
    QCOMPARE(before.value(QStringLiteral("alias")).toString(), QStringLiteral("I.2.7"));
    // Accept every mitigation the II(7) threats suggest.
    QStringList mitigations;
    for (const QJsonValue &v :
         json({QStringLiteral("threats"), m_project, QStringLiteral("--json")})) {
        const QJsonObject t = v.toObject();
        if (!t.value(QStringLiteral("annex")).toArray().contains(QStringLiteral("II(7)")))
            continue;
        for (const QJsonValue &m : t.value(QStringLiteral("mitigations")).toArray()) {
            if (!mitigations.contains(m.toString()))
                mitigations.append(m.toString());
        }
    }
    QVERIFY(!mitigations.isEmpty());
    for (const QString &m : std::as_const(mitigations)) {
        const Run r = cli({QStringLiteral("accept"), m_project, m});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QCOMPARE(requirement(QStringLiteral("II(7)")).value(QStringLiteral("verdict")).toString(),
             QStringLiteral("partial"));
    // Mark them implemented, with evidence, through apply.
    QByteArray edits;
    for (const QJsonValue &v :
         json({QStringLiteral("tasks"), m_project, QStringLiteral("--json")})) {
        QJsonObject t = v.toObject();
        QJsonObject task{
            {QStringLiteral("id"), t.value(QStringLiteral("id"))},
            {QStringLiteral("mitigationId"), t.value(QStringLiteral("mitigation"))},
            {QStringLiteral("title"), t.value(QStringLiteral("title"))},
            {QStringLiteral("status"), QStringLiteral("implemented")},
            {QStringLiteral("owner"), QStringLiteral("firmware team")},
            {QStringLiteral("threats"), t.value(QStringLiteral("threats"))},
            {QStringLiteral("annex"), t.value(QStringLiteral("annex"))},
            {QStringLiteral("evidence"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("document")},
                             {QStringLiteral("value"), QStringLiteral("OTA design review 2026-10")},
                             {QStringLiteral("date"), QStringLiteral("2026-10-14")}}}}};
        edits += QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("updateTask")},
                                           {QStringLiteral("task"), task}})
                     .toJson(QJsonDocument::Compact)
                 + '\n';
    }
    const Run applied = cli({QStringLiteral("apply"), m_project, QStringLiteral("-")}, edits);
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    const QJsonObject after = requirement(QStringLiteral("II(7)"));
    QCOMPARE(after.value(QStringLiteral("verdict")).toString(), QStringLiteral("covered"));
    QVERIFY(after.value(QStringLiteral("tasksByStatus"))
                .toObject()
                .value(QStringLiteral("implemented"))
                .toInt()
            > 0);
}

void tst_CliCra::taskEditsThroughApply()
{
    const QByteArray edits
        = R"J({"op": "addTask", "task": {"id": "00000000-0000-4000-8000-0000000000aa", "title": "Security contact mailbox", "status": "verified", "annex": ["II(6)"], "evidence": [{"kind": "url", "value": "mailto:security@keystone.example", "date": "2026-09-01"}]}})J"
          "\n"
          R"J({"op": "setRequirementApplicability", "id": "I(2)(i)", "notApplicable": true, "justification": "The lock has no network-facing role towards other devices"})J"
          "\n"
          R"J({"op": "addTask", "task": {"title": "Bad", "annex": ["I.1.3.c"]}})J"
          "\n";
    const Run r = cli({QStringLiteral("apply"), m_project, QStringLiteral("-")}, edits);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("<stdin>:3"), r.err.constData());
    QVERIFY2(r.err.contains("Annex I requirement id"), r.err.constData());
    QCOMPARE(requirement(QStringLiteral("II(6)")).value(QStringLiteral("verdict")).toString(),
             QStringLiteral("covered"));
    QCOMPARE(requirement(QStringLiteral("I(2)(i)")).value(QStringLiteral("verdict")).toString(),
             QStringLiteral("not-applicable"));
    const QJsonArray tasks = json({QStringLiteral("tasks"), m_project, QStringLiteral("--json")});
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks[0].toObject().value(QStringLiteral("evidence")).toArray().size(), 1);
    // The export carries tasks and decisions.
    const Run exported
        = cli({QStringLiteral("export"), m_project, QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY(exported.out.contains("\"Security contact mailbox\""));
    QVERIFY(exported.out.contains("\"notApplicable\": true"));
}

void tst_CliCra::craFiltersByEitherId_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::addRow("final id") << "I(2)(e)"
                              << "I(2)(e)";
    QTest::addRow("proposal id") << "I.1.3.k"
                                 << "I(2)(c)";
    QTest::addRow("words") << "disclosure policy"
                           << "II(5)";
}

void tst_CliCra::craFiltersByEitherId()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    const QJsonArray rows = json({QStringLiteral("cra"), m_project, QStringLiteral("--json"),
                                  QStringLiteral("--requirement"), query});
    QStringList got;
    for (const QJsonValue &v : rows)
        got.append(v.toObject().value(QStringLiteral("id")).toString());
    QVERIFY2(got.contains(id), qPrintable(got.join(QLatin1Char(' '))));
    QVERIFY(got.size() < 22);
    QCOMPARE(cli({QStringLiteral("cra"), m_project, QStringLiteral("--requirement"),
                  QStringLiteral("zzz-nothing")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(tst_CliCra)
#include "tst_clicra.moc"
