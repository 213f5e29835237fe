// risks and ebios on the example product: the register under the project's criteria, the
// re-mapping onto new scales, and the EBIOS RM study with derived strategic scenarios.

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_CliRisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void registerAndRescale();
    void ebiosStudy();
    void assessedExample();

private:
    static tb::test::CliRun cli(const QStringList &args) { return tb::test::runCli(args); }
    QByteArray bytes() const
    {
        QFile f(m_project);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void tst_CliRisk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("lock.threatbench"));
    QCOMPARE(cli({QStringLiteral("import"),
                  tb::test::sourcePath(
                      QStringLiteral("templates/examples/smart-door-lock.threatbench.json")),
                  QStringLiteral("-o"), m_project})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("derive"), m_project}).exitCode, 0);
}

void tst_CliRisk::registerAndRescale()
{
    const auto r = cli({QStringLiteral("risks"), m_project, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(rows.size() > 50);
    const QJsonObject first = rows.first().toObject();
    QCOMPARE(first.value(QStringLiteral("inherent")).toObject().value(QStringLiteral("level")),
             QJsonValue(QStringLiteral("critical"))); // highest first
    QCOMPARE(first.value(QStringLiteral("treatment")).toString(), QStringLiteral("none"));

    // A dry run shows the rule and the changes and leaves the file as it was.
    const QByteArray before = bytes();
    const auto dry = cli({QStringLiteral("risks"), m_project, QStringLiteral("--rescale"),
                          QStringLiteral("5x5"), QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains("new = 1 + round((old - 1) x (newLevels - 1) / (oldLevels - 1))"));
    QVERIFY(dry.out.contains("likelihood 3 -> 4"));
    QCOMPARE(bytes(), before);

    QCOMPARE(cli({QStringLiteral("risks"), m_project, QStringLiteral("--rescale"),
                  QStringLiteral("5x5")})
                 .exitCode,
             0);
    const auto after = cli({QStringLiteral("risks"), m_project});
    QVERIFY2(after.out.startsWith("Criteria: 5x5"), after.out.left(80));
    // The CI gate speaks the project's levels and refuses others.
    const auto bad = cli({QStringLiteral("check"), m_project, QStringLiteral("--fail-on"),
                          QStringLiteral("severe")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("low, medium, high, critical"));
    QCOMPARE(cli({QStringLiteral("check"), m_project, QStringLiteral("--fail-on"),
                  QStringLiteral("critical")})
                 .exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("risks"), m_project, QStringLiteral("--rescale"),
                  QStringLiteral("7x7")})
                 .exitCode,
             2);
}

void tst_CliRisk::ebiosStudy()
{
    const auto r = cli({QStringLiteral("ebios"), m_project, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject w1 = o.value(QStringLiteral("workshop1")).toObject();
    QCOMPARE(w1.value(QStringLiteral("businessValues")).toArray().size(), 5);
    QCOMPARE(w1.value(QStringLiteral("fearedEvents")).toArray().size(), 10);
    QCOMPARE(w1.value(QStringLiteral("missions")).toArray().size(), 3);
    int retained = 0;
    for (const QJsonValue &p :
         o.value(QStringLiteral("workshop2")).toObject().value(QStringLiteral("pairs")).toArray())
        retained += p.toObject().value(QStringLiteral("retained")).toBool() ? 1 : 0;
    QCOMPARE(retained, 4);
    QMap<QString, int> zones;
    for (const QJsonValue &s : o.value(QStringLiteral("workshop3"))
                                   .toObject()
                                   .value(QStringLiteral("stakeholders"))
                                   .toArray())
        ++zones[s.toObject().value(QStringLiteral("zone")).toString()];
    QCOMPARE(zones.value(QStringLiteral("danger")), 2);
    QCOMPARE(zones.value(QStringLiteral("control")), 3);
    QCOMPARE(zones.value(QStringLiteral("watch")), 2);
    QCOMPARE(o.value(QStringLiteral("workshop4"))
                 .toObject()
                 .value(QStringLiteral("operationalScenarios"))
                 .toArray()
                 .size(),
             5);

    // The risk map before treatment holds every operational scenario; with nothing done or
    // treated yet, the map after treatment is the same.
    const QJsonObject w5 = o.value(QStringLiteral("workshop5")).toObject();
    int mapped = 0;
    for (const QJsonValue &cell : w5.value(QStringLiteral("riskMapBefore")).toArray())
        mapped += cell.toObject().value(QStringLiteral("scenarios")).toInt();
    QCOMPARE(mapped, 5);
    QCOMPARE(w5.value(QStringLiteral("riskMapAfter")), w5.value(QStringLiteral("riskMapBefore")));

    // Derivation proposes paths, explained, and a second run changes nothing.
    const auto d = cli(
        {QStringLiteral("ebios"), m_project, QStringLiteral("--derive"), QStringLiteral("--json")});
    QCOMPARE(d.exitCode, 0);
    const QJsonObject first = QJsonDocument::fromJson(d.out).object();
    QVERIFY(first.value(QStringLiteral("added")).toInt() > 10);
    QVERIFY(d.out.contains("Installer and locksmith partners (threat level 4.5, danger zone)"));
    const auto again = cli(
        {QStringLiteral("ebios"), m_project, QStringLiteral("--derive"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("added")).toInt(), 0);
}

// The assessed example: the same product after a first round of triage and treatment.
void tst_CliRisk::assessedExample()
{
    const QString assessed = m_dir->filePath(QStringLiteral("assessed.threatbench"));
    QCOMPARE(cli({QStringLiteral("import"),
                  tb::test::sourcePath(QStringLiteral(
                      "templates/examples/smart-door-lock-assessed.threatbench.json")),
                  QStringLiteral("-o"), assessed})
                 .exitCode,
             0);
    const auto r = cli({QStringLiteral("risks"), assessed, QStringLiteral("--json")});
    int treated = 0, lowered = 0, mitigated = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject o = v.toObject();
        treated += o.value(QStringLiteral("treatment")).toString() != QLatin1String("none");
        mitigated += o.value(QStringLiteral("status")).toString() == QLatin1String("mitigated");
        const QJsonObject residual = o.value(QStringLiteral("residual")).toObject();
        lowered += residual.value(QStringLiteral("likelihood")).toInt()
                   < o.value(QStringLiteral("inherent"))
                         .toObject()
                         .value(QStringLiteral("likelihood"))
                         .toInt();
    }
    QCOMPARE(treated, 15);
    QVERIFY(mitigated >= 20);
    QVERIFY(lowered >= 20); // done tasks lower the residual likelihood
    // Operational steps name the STRIDE threats they realise, so their likelihood is proposed.
    const QJsonObject ebios
        = QJsonDocument::fromJson(
              cli({QStringLiteral("ebios"), assessed, QStringLiteral("--json")}).out)
              .object();
    const QJsonArray after = ebios.value(QStringLiteral("workshop5"))
                                 .toObject()
                                 .value(QStringLiteral("riskMapAfter"))
                                 .toArray();
    QVERIFY(!after.isEmpty());
    QVERIFY(after
            != ebios.value(QStringLiteral("workshop5"))
                   .toObject()
                   .value(QStringLiteral("riskMapBefore"))
                   .toArray());
}

QTEST_GUILESS_MAIN(tst_CliRisk)
#include "tst_clirisk.moc"
