// Pipeline mode: derive --check-stale exit codes, and check's SARIF 2.1.0 and JUnit reports.

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class tst_CliPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void checkStale();
    void sarifStructure();
    void junitReport();

private:
    static tb::test::CliRun cli(const QStringList &args, const QByteArray &in = {})
    {
        return tb::test::runCli(args, in);
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString file(const char *name) const { return m_dir->filePath(QLatin1String(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void tst_CliPipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = file("lock.threatbench");
    QCOMPARE(cli({QStringLiteral("import"),
                  tb::test::sourcePath(
                      QStringLiteral("templates/examples/smart-door-lock.threatbench.json")),
                  QStringLiteral("-o"), m_project})
                 .exitCode,
             0);
}

void tst_CliPipeline::checkStale()
{
    const QStringList stale{QStringLiteral("derive"), m_project, QStringLiteral("--check-stale")};
    // Never derived: stale, and nothing written.
    const QByteArray before = read(m_project);
    const auto r = cli(stale);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("STALE: deriving would add"), r.err);
    QCOMPARE(read(m_project), before);
    // Derived: up to date.
    QCOMPARE(cli({QStringLiteral("derive"), m_project}).exitCode, 0);
    QCOMPARE(cli(stale).exitCode, 0);
    // The committed exchange file of a derived model is checked the same way.
    QCOMPARE(cli({QStringLiteral("export"), m_project, QStringLiteral("-o"),
                  file("lock.threatbench.json")})
                 .exitCode,
             0);
    const auto json = cli({QStringLiteral("derive"), file("lock.threatbench.json"),
                           QStringLiteral("--check-stale"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("stale")),
             QJsonValue(false));
    // Someone adds an element and forgets to derive.
    const QByteArray edit
        = R"({"op": "addElement", "element": {"kind": "process", "name": "Voice assistant bridge", "properties": {"internetFacing": true}}})"
          "\n";
    QCOMPARE(cli({QStringLiteral("apply"), m_project, QStringLiteral("-")}, edit).exitCode, 0);
    QCOMPARE(cli(stale).exitCode, 1);
    // A missing file is bad input, not "stale".
    QCOMPARE(
        cli({QStringLiteral("derive"), file("nope.threatbench"), QStringLiteral("--check-stale")})
            .exitCode,
        2);
}

void tst_CliPipeline::sarifStructure()
{
    QCOMPARE(cli({QStringLiteral("derive"), m_project}).exitCode, 0);
    const auto r = cli({QStringLiteral("check"), m_project, QStringLiteral("--fail-on"),
                        QStringLiteral("high"), QStringLiteral("--require-coverage"),
                        QStringLiteral("--sarif"), file("out.sarif")});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonObject sarif = QJsonDocument::fromJson(read(file("out.sarif")), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    // What the SARIF 2.1.0 schema requires: version, runs[].tool.driver.name, and for each
    // result a message with text; ruleIndex must point at the rule with that id.
    QCOMPARE(sarif.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonArray runs = sarif.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject driver = runs[0]
                                   .toObject()
                                   .value(QStringLiteral("tool"))
                                   .toObject()
                                   .value(QStringLiteral("driver"))
                                   .toObject();
    QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("threatbench-cli"));
    const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
    const QJsonArray results = runs[0].toObject().value(QStringLiteral("results")).toArray();
    QVERIFY(results.size() > 10);
    bool gap = false, threat = false;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
        QVERIFY(QStringList(
                    {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")})
                    .contains(o.value(QStringLiteral("level")).toString()));
        const int index = o.value(QStringLiteral("ruleIndex")).toInt(-1);
        QVERIFY(index >= 0 && index < rules.size());
        QCOMPARE(rules[index].toObject().value(QStringLiteral("id")),
                 o.value(QStringLiteral("ruleId")));
        const QJsonObject location
            = o.value(QStringLiteral("locations")).toArray().first().toObject();
        QVERIFY(location.value(QStringLiteral("physicalLocation"))
                    .toObject()
                    .value(QStringLiteral("artifactLocation"))
                    .toObject()
                    .value(QStringLiteral("uri"))
                    .toString()
                    .endsWith(QLatin1String("lock.threatbench")));
        const QString ruleId = o.value(QStringLiteral("ruleId")).toString();
        gap = gap || ruleId == QLatin1String("cra-annex-i/II(5)");
        if (!ruleId.startsWith(QLatin1String("cra-annex-i/"))) {
            threat = true;
            QVERIFY(location.value(QStringLiteral("logicalLocations"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("fullyQualifiedName"))
                        .toString()
                        .startsWith(QLatin1String("$.")));
        }
    }
    QVERIFY(gap);
    QVERIFY(threat);
}

void tst_CliPipeline::junitReport()
{
    const auto r = cli({QStringLiteral("check"), m_project, QStringLiteral("--require-coverage"),
                        QStringLiteral("--junit"), file("out.xml")});
    QCOMPARE(r.exitCode, 1);
    QXmlStreamReader xml(read(file("out.xml")));
    int cases = 0, failures = 0;
    QString suiteFailures;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("testsuite"))
            suiteFailures = xml.attributes().value(QLatin1String("failures")).toString();
        cases += xml.name() == QLatin1String("testcase");
        failures += xml.name() == QLatin1String("failure");
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(cases, 22); // every Annex I requirement
    QCOMPARE(QString::number(failures), suiteFailures);
    QVERIFY(failures > 0);
}

QTEST_GUILESS_MAIN(tst_CliPipeline)
#include "tst_clipipeline.moc"
