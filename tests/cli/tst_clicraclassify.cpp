// cra classify and cra profile: the shipped example answers classify the smart lock, bad
// answers exit 2 listing every problem, --dry-run stores nothing, the result is undoable data.

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_CliCraClassify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void shippedExampleMatchesItsAnswers();
    void exampleIsClassIWithItsProfile();
    void dryRunStoresNothing();
    void badAnswersListEveryProblem();
    void usageErrors_data();
    void usageErrors();

private:
    static tb::test::CliRun cli(const QStringList &args) { return tb::test::runCli(args); }
    static QString answers()
    {
        return tb::test::sourcePath(
            QStringLiteral("templates/examples/smart-door-lock-answers.json"));
    }
    QString write(const char *name, const QByteArray &bytes)
    {
        QFile f(m_dir->filePath(QLatin1String(name)));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void tst_CliCraClassify::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("lock.threatbench"));
    QCOMPARE(cli({QStringLiteral("import"),
                  tb::test::sourcePath(
                      QStringLiteral("templates/examples/smart-door-lock.threatbench.json")),
                  QStringLiteral("-o"), m_project})
                 .exitCode,
             0);
    // The example ships classified; these tests start from an unclassified copy.
    const auto removed
        = tb::test::runCli({QStringLiteral("apply"), m_project, QStringLiteral("-")},
                           R"({"op": "setProjectSetting", "key": "cra.profile", "body": {}})"
                           "\n");
    QCOMPARE(removed.exitCode, 0);
}

void tst_CliCraClassify::shippedExampleMatchesItsAnswers()
{
    // The example's stored profile is what its shipped answers give today: regenerate both
    // examples with `cra classify` + `export` when the questionnaire or the answers change.
    const QString example = tb::test::sourcePath(
        QStringLiteral("templates/examples/smart-door-lock.threatbench.json"));
    const auto stored = cli(
        {QStringLiteral("cra"), QStringLiteral("profile"), example, QStringLiteral("--json")});
    QCOMPARE(stored.exitCode, 0);
    const auto fresh = cli({QStringLiteral("cra"), QStringLiteral("classify"), example,
                            QStringLiteral("--answers"), answers(), QStringLiteral("--dry-run"),
                            QStringLiteral("--json")});
    QCOMPARE(fresh.exitCode, 0);
    const QJsonObject a = QJsonDocument::fromJson(stored.out).object();
    const QJsonObject b = QJsonDocument::fromJson(fresh.out).object();
    for (const char *key : {"outcome", "categories", "routes", "dates", "reasoning",
                            "questionnaireVersion", "supportEnd", "cvdPolicyUrl"})
        QVERIFY2(a.value(QLatin1String(key)) == b.value(QLatin1String(key)), key);
    QCOMPARE(a.value(QStringLiteral("outcome")).toString(), QStringLiteral("important-class-1"));
}

void tst_CliCraClassify::exampleIsClassIWithItsProfile()
{
    QCOMPARE(cli({QStringLiteral("cra"), QStringLiteral("profile"), m_project}).exitCode, 1);
    const auto r = cli({QStringLiteral("cra"), QStringLiteral("classify"), m_project,
                        QStringLiteral("--answers"), answers(), QStringLiteral("--by"),
                        QStringLiteral("Grace Auditor"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("outcome")).toString(), QStringLiteral("important-class-1"));
    QCOMPARE(out.value(QStringLiteral("categories")).toArray(),
             QJsonArray{QStringLiteral("III-I-17")});
    QCOMPARE(out.value(QStringLiteral("stored")).toBool(), true);
    QCOMPARE(out.value(QStringLiteral("classifiedBy")).toString(), QStringLiteral("Grace Auditor"));
    // The stored profile is what classify printed, and the product class follows it.
    const auto shown = cli(
        {QStringLiteral("cra"), QStringLiteral("profile"), m_project, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    QJsonObject stored = QJsonDocument::fromJson(shown.out).object();
    QJsonObject expected = out;
    expected.remove(QStringLiteral("stored"));
    QCOMPARE(stored, expected);
    QVERIFY(stored.value(QStringLiteral("answers")).toArray().size() == 9);
    QCOMPARE(stored.value(QStringLiteral("supportEnd")).toString(), QStringLiteral("2031-12-31"));
    const auto info = cli({QStringLiteral("info"), m_project, QStringLiteral("--json")});
    QVERIFY2(info.out.contains("important-class-1"), info.out.constData());
    // The Part II checklist shows the declared CVD policy and contact as evidence.
    const auto matrix = cli({QStringLiteral("cra"), m_project, QStringLiteral("--requirement"),
                             QStringLiteral("II(5)")});
    QVERIFY2(matrix.out.contains("keystone-home.example/security/disclosure-policy"),
             matrix.out.constData());
    // The text form names the routes and the key dates.
    const auto text = cli({QStringLiteral("cra"), QStringLiteral("profile"), m_project});
    QVERIFY(text.out.contains("module B"));
    QVERIFY(text.out.contains("2026-09-11"));
    QVERIFY(text.out.contains("2027-12-11"));
}

void tst_CliCraClassify::dryRunStoresNothing()
{
    const auto r = cli({QStringLiteral("cra"), QStringLiteral("classify"), m_project,
                        QStringLiteral("--answers"), answers(), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("important product, class I"));
    QVERIFY(r.err.contains("Dry run"));
    QCOMPARE(cli({QStringLiteral("cra"), QStringLiteral("profile"), m_project}).exitCode, 1);
    // An exchange file can be classified in a dry run, never written.
    const QString json = tb::test::sourcePath(
        QStringLiteral("templates/examples/smart-door-lock.threatbench.json"));
    QCOMPARE(cli({QStringLiteral("cra"), QStringLiteral("classify"), json,
                  QStringLiteral("--answers"), answers(), QStringLiteral("--dry-run")})
                 .exitCode,
             0);
}

void tst_CliCraClassify::badAnswersListEveryProblem()
{
    const QString file = write("bad.json", R"({
        "format": "threatbench-cra-answers",
        "answers": {
            "digitalElements": true,
            "dataConnection": true,
            "commercialActivity": true,
            "sectoralRegime": "automotive",
            "sparePart": "no"
        },
        "profile": {"supportEnd": "next year"}
    })");
    QVERIFY(!file.isEmpty());
    const auto r = cli({QStringLiteral("cra"), QStringLiteral("classify"), m_project,
                        QStringLiteral("--answers"), file});
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    for (const char *path : {"$.answeredBy", "$.profile.supportEnd", "$.answers.sectoralRegime",
                             "$.answers.sparePart", "$.answers.nationalSecurity"})
        QVERIFY2(err.contains(QLatin1String(path)), path);
    QVERIFY(err.contains(QLatin1String("expected one of none, medical-devices")));
    QVERIFY(err.contains(QLatin1String("5 answer(s) missing or invalid")));
    QCOMPARE(cli({QStringLiteral("cra"), QStringLiteral("profile"), m_project}).exitCode, 1);
}

void tst_CliCraClassify::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::addRow("no answers option") << QStringList{} << 2 << "--answers FILE is required";
    QTest::addRow("answers file missing")
        << QStringList{QStringLiteral("--answers"), QStringLiteral("/nonexistent/a.json")} << 2
        << "no such file";
    QTest::addRow("answers not JSON")
        << QStringList{QStringLiteral("--answers"), QStringLiteral("@notjson")} << 2
        << "not valid JSON";
}

void tst_CliCraClassify::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    for (QString &a : args) {
        if (a == QLatin1String("@notjson"))
            a = write("x.json", "{ \"format\": ");
    }
    const auto r
        = cli(QStringList{QStringLiteral("cra"), QStringLiteral("classify"), m_project} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliCraClassify)
#include "tst_clicraclassify.moc"
