// ISO/IEC 27005 criteria and treatment: residual ratings after mitigation, re-mapping ratings
// onto new scales, and the refusals that keep every rating inside the scales.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "risk/assetimpact.h"
#include "risk/rating.h"
#include "sampleproject.h"

#include <QTest>

using namespace tb;

Q_DECLARE_METATYPE(tb::Edit)

namespace {

const Id kThreat = parseId(QStringLiteral("30000000-0000-4000-8000-000000000001"));
const Id kTask = parseId(QStringLiteral("30000000-0000-4000-8000-000000000002"));

ProjectData withThreat(int likelihood, int impact)
{
    ProjectData d = test::sampleProject();
    Threat t;
    t.id = kThreat;
    t.title = QStringLiteral("Codes read in transit");
    t.likelihood = likelihood;
    t.impact = impact;
    if (!applyEdit(d, PropertyCatalog::builtIn(), AddThreat{t}))
        qFatal("sample threat refused");
    return d;
}

void must(ProjectData &d, const Edit &e)
{
    Result<Edit> r = applyEdit(d, PropertyCatalog::builtIn(), e);
    if (!r)
        qFatal("%s", qPrintable(r.error().text()));
}

} // namespace

class tst_Rating : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultMatrix_data();
    void defaultMatrix();
    void residualAfterMitigation();
    void residualByTreatment();
    void rescaleRoundTrip_data();
    void rescaleRoundTrip();
    void refused_data();
    void refused();
    void impactFromAssets_data();
    void impactFromAssets();
};

void tst_Rating::defaultMatrix_data()
{
    QTest::addColumn<int>("likelihood");
    QTest::addColumn<int>("impact");
    QTest::addColumn<QString>("level");
    QTest::addRow("V1 G1") << 1 << 1 << QStringLiteral("low");
    QTest::addRow("V1 G4") << 1 << 4 << QStringLiteral("medium");
    QTest::addRow("V2 G2") << 2 << 2 << QStringLiteral("medium");
    QTest::addRow("V3 G3") << 3 << 3 << QStringLiteral("high");
    QTest::addRow("V4 G1") << 4 << 1 << QStringLiteral("medium");
    QTest::addRow("V4 G3") << 4 << 3 << QStringLiteral("critical");
    QTest::addRow("V4 G4") << 4 << 4 << QStringLiteral("critical");
}

void tst_Rating::defaultMatrix()
{
    QFETCH(int, likelihood);
    QFETCH(int, impact);
    QFETCH(QString, level);
    const RiskCriteria c = defaultRiskCriteria();
    QCOMPARE(c.levels.value(c.level(likelihood, impact)), level);
}

void tst_Rating::residualAfterMitigation()
{
    ProjectData d = withThreat(4, 3);
    const Threat &t = d.threats[kThreat];
    QCOMPARE(d.criteria.levels.value(inherentRating(d, t).level), QStringLiteral("critical"));
    QCOMPARE(residualRating(d, t).rating.likelihood, 4); // nothing done yet
    MitigationTask tls;
    tls.id = kTask;
    tls.title = QStringLiteral("TLS 1.3 everywhere");
    tls.threats = {kThreat};
    tls.status = TaskStatus::InProgress;
    must(d, AddTask{tls});
    QCOMPARE(residualRating(d, d.threats[kThreat]).rating.likelihood, 4); // not done: no credit
    tls.status = TaskStatus::Implemented;
    must(d, UpdateTask{tls});
    const ResidualRating r = residualRating(d, d.threats[kThreat]);
    QCOMPARE(r.rating.likelihood, 3);
    QCOMPARE(r.rating.impact, 3);
    QCOMPARE(d.criteria.levels.value(r.rating.level), QStringLiteral("high"));
    QVERIFY(r.rule.contains(QLatin1String("1 done task")));
    QVERIFY(!isAcceptable(d.criteria, r.rating));
}

void tst_Rating::residualByTreatment()
{
    ProjectData d = withThreat(2, 4);
    must(d, SetTreatment{{kThreat,
                          TreatmentOption::Share,
                          QStringLiteral("Finance"),
                          QStringLiteral("Covered by product liability insurance"),
                          0,
                          0,
                          {}}});
    ResidualRating r = residualRating(d, d.threats[kThreat]);
    QCOMPARE(r.rating.impact, 3);
    QCOMPARE(d.criteria.levels.value(r.rating.level), QStringLiteral("medium"));
    must(d,
         SetTreatment{
             {kThreat, TreatmentOption::Retain, {}, QStringLiteral("Accepted by CTO"), 1, 2, {}}});
    r = residualRating(d, d.threats[kThreat]);
    QCOMPARE(r.rating.likelihood, 1);
    QCOMPARE(r.rating.impact, 2);
    QVERIFY(isAcceptable(d.criteria, r.rating));
    QCOMPARE(r.rule, QStringLiteral("set by the analyst"));
    must(d,
         SetTreatment{
             {kThreat, TreatmentOption::Avoid, {}, QStringLiteral("Feature dropped"), 0, 0, {}}});
    QVERIFY(residualRating(d, d.threats[kThreat]).avoided);
}

void tst_Rating::rescaleRoundTrip_data()
{
    QTest::addColumn<int>("likelihood");
    QTest::addColumn<int>("impact");
    QTest::addColumn<int>("likelihood5");
    QTest::addColumn<int>("impact5");
    QTest::addRow("lowest") << 1 << 1 << 1 << 1;
    QTest::addRow("middle") << 2 << 3 << 2 << 4;
    QTest::addRow("highest") << 4 << 4 << 5 << 5;
}

void tst_Rating::rescaleRoundTrip()
{
    QFETCH(int, likelihood);
    QFETCH(int, impact);
    QFETCH(int, likelihood5);
    QFETCH(int, impact5);
    Project p(withThreat(likelihood, impact));
    QVERIFY(p.apply(SetTreatment{{kThreat,
                                  TreatmentOption::Retain,
                                  {},
                                  QStringLiteral("ok"),
                                  likelihood,
                                  impact,
                                  {}}})
                .ok());
    const ProjectData before = p.data();
    const RescalePlan up = planRescale(p.data(), riskCriteria5x5());
    Result<Edit> undo = p.apply(up.batch);
    QVERIFY2(undo.ok(), qPrintable(undo ? QString() : undo.error().text()));
    QCOMPARE(p.data().criteria, riskCriteria5x5());
    QCOMPARE(p.data().threats[kThreat].likelihood, likelihood5);
    QCOMPARE(p.data().threats[kThreat].impact, impact5);
    QCOMPARE(p.data().treatments[kThreat].residualImpact, impact5);
    // Nothing silently lost: the plan lists the change, and undo restores the old ratings.
    if (likelihood5 != likelihood || impact5 != impact)
        QVERIFY(up.changes.join(QLatin1Char('\n')).contains(QLatin1String("Codes read")));
    // Back down to 4x4 lands where it started.
    const RescalePlan down = planRescale(p.data(), defaultRiskCriteria());
    QVERIFY(p.apply(down.batch).ok());
    QCOMPARE(p.data().threats[kThreat].likelihood, likelihood);
    QCOMPARE(p.data().threats[kThreat].impact, impact);
    // Undo of the whole re-mapping restores every rating.
    Project again(before);
    Result<Edit> inv = again.apply(planRescale(before, riskCriteria5x5()).batch);
    QVERIFY(inv.ok());
    QVERIFY(again.apply(inv.value()).ok());
    QCOMPARE(again.data(), before);
}

void tst_Rating::refused_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("says");
    RiskCriteria small = defaultRiskCriteria();
    small.likelihood.removeLast();
    small.matrix.removeLast();
    QTest::addRow("criteria that cut off a rating")
        << Edit(SetRiskCriteria{small}) << QStringLiteral("outside the new 3x4 scales");
    RiskCriteria badMatrix = defaultRiskCriteria();
    badMatrix.matrix[1][2] = 7;
    QTest::addRow("matrix names a missing level")
        << Edit(SetRiskCriteria{badMatrix}) << QStringLiteral("names risk level 8 of 4");
    RiskCriteria one = defaultRiskCriteria();
    one.impact = {one.impact.first()};
    QTest::addRow("one-level scale") << Edit(SetRiskCriteria{one}) << QStringLiteral("2 to 10");
    QTest::addRow("retain without why")
        << Edit(SetTreatment{{kThreat, TreatmentOption::Retain, {}, {}, 0, 0, {}}})
        << QStringLiteral("needs a justification");
    QTest::addRow("residual outside the scale")
        << Edit(SetTreatment{{kThreat, TreatmentOption::Modify, {}, {}, 5, 0, {}}})
        << QStringLiteral("residual likelihood must be 0 (computed) to 4");
    QTest::addRow("bad CVSS") << Edit(
        SetTreatment{{kThreat, TreatmentOption::Modify, {}, {}, 0, 0, QStringLiteral("AV:N/AC:L")}})
                              << QStringLiteral("not a CVSS");
    QTest::addRow("treatment of a flow")
        << Edit(SetTreatment{{test::sampleIds().login, TreatmentOption::Modify, {}, {}, 0, 0, {}}})
        << QStringLiteral("only threats and operational scenarios");
    Threat t = withThreat(4, 4).threats[kThreat];
    t.likelihood = 5;
    QTest::addRow("threat likelihood above the scale")
        << Edit(UpdateThreat{t}) << QStringLiteral("likelihood must be from 1 to 4");
}

void tst_Rating::refused()
{
    QFETCH(Edit, edit);
    QFETCH(QString, says);
    Project p(withThreat(4, 4));
    const ProjectData before = p.data();
    Result<Edit> r = p.apply(edit);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().text().contains(says), qPrintable(r.error().text()));
    QCOMPARE(p.data(), before);
}

void tst_Rating::impactFromAssets_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("fiveByFive");
    QTest::addColumn<int>("impact");
    QTest::addColumn<int>("likelihood");
    // The sample's Lock database holds "Door codes" (C4 I4 A2); a business value on it says A1.
    QTest::addRow("disclosure: confidentiality 4")
        << int(StrideCategory::InformationDisclosure) << false << 4 << 3;
    QTest::addRow("denial of service: availability 2")
        << int(StrideCategory::DenialOfService) << false << 2 << 3;
    QTest::addRow("tampering: integrity 4") << int(StrideCategory::Tampering) << false << 4 << 3;
    QTest::addRow("disclosure on 5x5")
        << int(StrideCategory::InformationDisclosure) << true << 5 << 4;
    QTest::addRow("denial of service on 5x5")
        << int(StrideCategory::DenialOfService) << true << 2 << 4;
}

void tst_Rating::impactFromAssets()
{
    QFETCH(int, category);
    QFETCH(bool, fiveByFive);
    QFETCH(int, impact);
    QFETCH(int, likelihood);
    ProjectData d = test::sampleProject();
    if (fiveByFive)
        must(d, SetRiskCriteria{riskCriteria5x5()});
    must(d, PutStudyItem{BusinessValue{kTask,
                                       QStringLiteral("Lock history"),
                                       {},
                                       QStringLiteral("information"),
                                       0,
                                       0,
                                       1,
                                       {test::sampleIds().store}}});
    Threat t;
    t.id = kThreat;
    t.title = QStringLiteral("t");
    t.category = static_cast<StrideCategory>(category);
    t.involved = {{test::sampleIds().store, QStringLiteral("data-store"), QStringLiteral("db")}};
    t.likelihood = 3; // the template's, on its 1..4 scale
    t.impact = 1;
    applyDefaultRatings(d, AssetNeeds(d), t);
    QCOMPARE(t.impact, impact);
    QCOMPARE(t.likelihood, likelihood);
    // Nothing at stake: the template's impact, on the project's scale.
    t.involved = {{test::sampleIds().user, QStringLiteral("external-entity"), QStringLiteral("u")}};
    t.impact = 3;
    t.likelihood = 3;
    applyDefaultRatings(d, AssetNeeds(d), t);
    QCOMPARE(t.impact, fiveByFive ? 4 : 3);
}

QTEST_GUILESS_MAIN(tst_Rating)
#include "tst_rating.moc"
