// The EBIOS RM study through the funnel: every kind of item round-trips through edits, edit
// JSON and the canonical file; invalid values and dangling references are refused and change
// nothing; the threat level formula and zones.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "io/canonicaljson.h"
#include "io/editjson.h"
#include "io/jsonwriter.h"
#include "sampleproject.h"

#include <QJsonDocument>
#include <QTest>

using namespace tb;
using tb::test::sampleIds;

Q_DECLARE_METATYPE(tb::Edit)

namespace {

Id fixed(int n)
{
    return parseId(QStringLiteral("20000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

const Id kValue = fixed(1), kFeared = fixed(2), kOrigin = fixed(3), kObjective = fixed(4),
         kPair = fixed(5), kHost = fixed(6), kCdn = fixed(7), kStrategic = fixed(8),
         kOperational = fixed(9), kBaseline = fixed(10);

ProjectData withStudy()
{
    ProjectData d = test::sampleProject();
    const auto must = [&](Edit e) {
        Result<Edit> r = applyEdit(d, PropertyCatalog::builtIn(), e);
        if (!r)
            qFatal("%s", qPrintable(r.error().text()));
    };
    must(SetStudySettings{{{QStringLiteral("Let residents in")}, 1.0, 3.0}});
    must(PutStudyItem{BusinessValue{kValue,
                                    QStringLiteral("Door codes"),
                                    {},
                                    QStringLiteral("information"),
                                    4,
                                    4,
                                    2,
                                    {sampleIds().store, sampleIds().login}}});
    must(PutStudyItem{FearedEvent{kFeared, kValue, QStringLiteral("Codes leaked"), {}, 4, {}}});
    must(PutStudyItem{
        BaselineItem{kBaseline, QStringLiteral("ETSI EN 303 645"), QStringLiteral("partial"), {}}});
    must(PutStudyItem{RiskOrigin{kOrigin, QStringLiteral("Burglars"), {}, {}}});
    must(PutStudyItem{TargetObjective{kObjective, QStringLiteral("Enter homes"), {}, {kValue}}});
    must(PutStudyItem{RoToPair{kPair, kOrigin, kObjective, 3, 3, 2, true, {}}});
    must(PutStudyItem{Stakeholder{kCdn, QStringLiteral("CDN"), {}, 2, 2, 3, 3, {kValue}}});
    must(PutStudyItem{Stakeholder{kHost, QStringLiteral("Cloud host"), {}, 4, 3, 2, 2, {kCdn}}});
    must(PutStudyItem{StrategicScenario{
        kStrategic, kPair, {kHost, kCdn}, kValue, kFeared, false, ScenarioStatus::Retained, {}}});
    must(PutStudyItem{OperationalScenario{
        kOperational,
        kStrategic,
        QStringLiteral("Replay a login"),
        {{QStringLiteral("enter"), sampleIds().login, QStringLiteral("Replay"), {}}},
        0,
        {}}});
    return d;
}

template<typename T>
T item(const Id &id)
{
    return *withStudy().study.get<T>(id);
}

} // namespace

class tst_EbiosStudy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void refused_data();
    void refused();
    void canonicalJsonRoundTrip();
    void threatLevel_data();
    void threatLevel();
    void relevance_data();
    void relevance();
};

void tst_EbiosStudy::roundTrip_data()
{
    QTest::addColumn<Edit>("edit");
    BusinessValue v = item<BusinessValue>(kValue);
    v.availability = 4;
    QTest::addRow("update business value") << Edit(PutStudyItem{v});
    QTest::addRow("add feared event") << Edit(PutStudyItem{
        FearedEvent{fixed(20), kValue, QStringLiteral("Codes altered"), QStringLiteral("Lockout"),
                    3, QStringLiteral("Residents locked out")}});
    RoToPair p = item<RoToPair>(kPair);
    p.retained = false;
    p.justification = QStringLiteral("Out of scope");
    QTest::addRow("unretain pair") << Edit(PutStudyItem{p});
    OperationalScenario o = item<OperationalScenario>(kOperational);
    o.likelihood = 4;
    o.justification = QStringLiteral("Replay kits sold online");
    QTest::addRow("override likelihood") << Edit(PutStudyItem{o});
    QTest::addRow("remove operational scenario") << Edit(RemoveStudyItem{kOperational});
    QTest::addRow("remove baseline") << Edit(RemoveStudyItem{kBaseline});
    QTest::addRow("settings") << Edit(SetStudySettings{{{}, 0.5, 2.0}});
}

void tst_EbiosStudy::roundTrip()
{
    QFETCH(Edit, edit);
    Project project(withStudy());
    const ProjectData before = project.data();
    Result<Edit> inverse = project.apply(edit);
    QVERIFY2(inverse.ok(), qPrintable(inverse ? QString() : inverse.error().text()));
    const ProjectData after = project.data();
    QVERIFY(after != before);
    QVERIFY(Project::validate(after, PropertyCatalog::builtIn()).ok());
    QVERIFY(project.apply(inverse.value()).ok());
    QCOMPARE(project.data(), before);
    // The same edit, through its JSON form, does the same.
    const QByteArray line = writeCompactJson(editToJson(edit));
    Result<Edit> back = editFromJson(QJsonDocument::fromJson(line).object(), QStringLiteral("e:1"));
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().text()));
    QVERIFY(back.value() == edit);
}

void tst_EbiosStudy::refused_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("says");
    OperationalScenario o = item<OperationalScenario>(kOperational);
    o.likelihood = 5;
    o.justification = QStringLiteral("x");
    QTest::addRow("likelihood outside the scale")
        << Edit(PutStudyItem{o}) << QStringLiteral("likelihood must be from 0 to 4");
    o.likelihood = 2;
    o.justification.clear();
    QTest::addRow("override without justification")
        << Edit(PutStudyItem{o}) << QStringLiteral("needs a justification");
    RoToPair p = item<RoToPair>(kPair);
    p.id = fixed(30);
    p.origin = fixed(99);
    QTest::addRow("pair with unknown risk origin")
        << Edit(PutStudyItem{p}) << QStringLiteral("risk origin ") + idString(fixed(99));
    p.origin = kOrigin;
    QTest::addRow("pair twice") << Edit(PutStudyItem{p}) << QStringLiteral("already form pair");
    QTest::addRow("remove stakeholder on a path")
        << Edit(RemoveStudyItem{kHost}) << QStringLiteral("strategicScenario \"scenario\"");
    StrategicScenario s = item<StrategicScenario>(kStrategic);
    s.path = {kHost, fixed(98)};
    QTest::addRow("path through a missing stakeholder")
        << Edit(PutStudyItem{s}) << QStringLiteral("is not a stakeholder");
    s.path = {kHost, kHost};
    QTest::addRow("stakeholder twice on a path")
        << Edit(PutStudyItem{s}) << QStringLiteral("listed twice");
    Stakeholder h = item<Stakeholder>(kHost);
    h.maturity = 0;
    QTest::addRow("maturity zero")
        << Edit(PutStudyItem{h}) << QStringLiteral("maturity must be from 1 to 4");
    h = item<Stakeholder>(kHost);
    h.reaches = {kHost};
    QTest::addRow("reaches itself") << Edit(PutStudyItem{h}) << QStringLiteral("is not another");
    FearedEvent e = item<FearedEvent>(kFeared);
    e.severity = 0;
    QTest::addRow("severity zero") << Edit(PutStudyItem{e}) << QStringLiteral("severity");
    BusinessValue v = item<BusinessValue>(kValue);
    v.supports = {kOrigin};
    QTest::addRow("supported by a non-element")
        << Edit(PutStudyItem{v}) << QStringLiteral("is not an element or flow");
    QTest::addRow("change of kind")
        << Edit(PutStudyItem{RiskOrigin{kValue, QStringLiteral("x"), {}, {}}})
        << QStringLiteral("already used by businessValue");
    QTest::addRow("remove a supporting element")
        << Edit(Batch{{},
                      {RemoveFlow{sampleIds().save}, RemoveFlow{sampleIds().login},
                       RemoveElement{sampleIds().store}}})
        << QStringLiteral("still used by businessValue \"Door codes\"");
    QTest::addRow("bad thresholds")
        << Edit(SetStudySettings{{{}, 2.0, 1.0}}) << QStringLiteral("0 < control < danger");
}

void tst_EbiosStudy::refused()
{
    QFETCH(Edit, edit);
    QFETCH(QString, says);
    Project project(withStudy());
    const ProjectData before = project.data();
    Result<Edit> r = project.apply(edit);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().text().contains(says), qPrintable(r.error().text()));
    QCOMPARE(project.data(), before);
}

void tst_EbiosStudy::canonicalJsonRoundTrip()
{
    const ProjectData d = withStudy();
    QVERIFY(Project::validate(d, PropertyCatalog::builtIn()).ok());
    const QByteArray json = writeCanonicalJson(d);
    QVERIFY(json.contains("\"ebios\""));
    Result<ProjectData> back
        = readCanonicalJson(json, QStringLiteral("s.json"), PropertyCatalog::builtIn());
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().text()));
    QCOMPARE(back.value(), d);
    QCOMPARE(writeCanonicalJson(back.value()), json);
    // A dangling reference in a file is refused with its path.
    QByteArray bad = json;
    const QByteArray from = "\"origin\": \"" + idString(kOrigin).toUtf8() + '"';
    const QByteArray to = "\"origin\": \"" + idString(fixed(77)).toUtf8() + '"';
    QVERIFY(bad.contains(from));
    bad.replace(from, to);
    Result<ProjectData> refused
        = readCanonicalJson(bad, QStringLiteral("s.json"), PropertyCatalog::builtIn());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().text().contains(QLatin1String("s.json: $.ebios.items[")),
             qPrintable(refused.error().text()));
}

void tst_EbiosStudy::threatLevel_data()
{
    QTest::addColumn<int>("dependency");
    QTest::addColumn<int>("penetration");
    QTest::addColumn<int>("maturity");
    QTest::addColumn<int>("trust");
    QTest::addColumn<double>("level");
    QTest::addColumn<QString>("zone");
    QTest::addRow("most dangerous") << 4 << 4 << 1 << 1 << 16.0 << QStringLiteral("danger");
    QTest::addRow("at the danger threshold") << 3 << 2 << 2 << 1 << 3.0 << QStringLiteral("danger");
    QTest::addRow("twelve over four") << 4 << 3 << 2 << 2 << 3.0 << QStringLiteral("danger");
    QTest::addRow("control") << 2 << 2 << 2 << 1 << 2.0 << QStringLiteral("control");
    QTest::addRow("at the control threshold")
        << 2 << 2 << 2 << 2 << 1.0 << QStringLiteral("control");
    QTest::addRow("watch") << 2 << 3 << 3 << 3 << 6.0 / 9.0 << QStringLiteral("watch");
    QTest::addRow("no dependency") << 0 << 4 << 1 << 1 << 0.0 << QStringLiteral("watch");
    QTest::addRow("least dangerous") << 1 << 1 << 4 << 4 << 1.0 / 16.0 << QStringLiteral("watch");
}

void tst_EbiosStudy::threatLevel()
{
    QFETCH(int, dependency);
    QFETCH(int, penetration);
    QFETCH(int, maturity);
    QFETCH(int, trust);
    QFETCH(double, level);
    QFETCH(QString, zone);
    const Stakeholder s{
        fixed(50), QStringLiteral("s"), {}, dependency, penetration, maturity, trust, {}};
    QCOMPARE(tb::threatLevel(s), level);
    QCOMPARE(zoneName(zoneOf(s, StudySettings{})), zone);
}

void tst_EbiosStudy::relevance_data()
{
    QTest::addColumn<int>("motivation");
    QTest::addColumn<int>("resources");
    QTest::addColumn<int>("activity");
    QTest::addColumn<int>("expected");
    QTest::addRow("low, dormant") << 1 << 1 << 1 << 1;
    QTest::addRow("low") << 1 << 2 << 2 << 1;
    QTest::addRow("moderate") << 2 << 2 << 2 << 2;
    QTest::addRow("moderate, very active") << 2 << 2 << 4 << 3;
    QTest::addRow("high") << 3 << 2 << 3 << 3;
    QTest::addRow("high, dormant") << 3 << 2 << 1 << 2;
    QTest::addRow("very high") << 4 << 3 << 2 << 4;
    QTest::addRow("capped") << 4 << 4 << 4 << 4;
}

void tst_EbiosStudy::relevance()
{
    QFETCH(int, motivation);
    QFETCH(int, resources);
    QFETCH(int, activity);
    QFETCH(int, expected);
    QCOMPARE(tb::relevance(RoToPair{
                 fixed(60), kOrigin, kObjective, motivation, resources, activity, false, {}}),
             expected);
}

QTEST_GUILESS_MAIN(tst_EbiosStudy)
#include "tst_ebiosstudy.moc"
