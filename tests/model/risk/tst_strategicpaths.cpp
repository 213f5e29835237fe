// Strategic scenarios derived from the ecosystem map (EBIOS RM workshop 3): the expected paths of
// a hand-made ecosystem, the entry rule, objective targets, the bound, the cap, cycles and
// stable ids. Merging is in tst_strategicmerge.

#include "ecosystemfixture.h"
#include "risk/strategicpaths.h"

#include <QSet>
#include <QTest>

using namespace tb;
using tb::test::ecosystem;
using tb::test::ids;
using tb::test::label;

namespace {

/// "P1: S2 S1 > V1 F1 1": pair, stakeholders ("-" when direct), value, feared event, score.
QString render(const StrategicProposal &p)
{
    QStringList path;
    for (const Id &s : p.scenario.path)
        path.append(label(s));
    return label(p.scenario.pair) + QStringLiteral(": ")
           + (path.isEmpty() ? QStringLiteral("-") : path.join(QLatin1Char(' ')))
           + QStringLiteral(" > ") + label(p.scenario.businessValue) + QLatin1Char(' ')
           + label(p.scenario.fearedEvent) + QLatin1Char(' ') + QString::number(p.score);
}

QStringList renderAll(const QList<StrategicProposal> &proposals, const QString &pair = {})
{
    QStringList out;
    for (const StrategicProposal &p : proposals) {
        if (pair.isEmpty() || label(p.scenario.pair) == pair)
            out.append(render(p));
    }
    return out;
}

QStringList lines(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out.append(QString::fromUtf8(t));
    return out;
}

const StrategicProposal *findRendered(const QList<StrategicProposal> &list, const QString &text)
{
    for (const StrategicProposal &p : list) {
        if (render(p) == text)
            return &p;
    }
    return nullptr;
}

} // namespace

class tst_StrategicPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threatLevelAndEntry_data();
    void threatLevelAndEntry();
    void expectedPaths();
    void explanations();
    void nonRetainedPairsYieldNothing();
    void objectiveTargets();
    void mostSevereFearedEvent();
    void bound_data();
    void bound();
    void capPerPair();
    void cyclesTerminate();
    void stableIds();
};

void tst_StrategicPaths::threatLevelAndEntry_data()
{
    QTest::addColumn<QList<int>>("criteria"); // dependency, penetration, maturity, trust
    QTest::addColumn<double>("control");
    QTest::addColumn<double>("danger");
    QTest::addColumn<double>("level");
    QTest::addColumn<QString>("zone");
    QTest::addRow("highest") << QList<int>{4, 4, 1, 1} << 1.0 << 3.0 << 16.0 << "danger";
    QTest::addRow("danger boundary") << QList<int>{3, 2, 2, 1} << 1.0 << 3.0 << 3.0 << "danger";
    QTest::addRow("below danger") << QList<int>{2, 3, 2, 1} << 3.5 << 6.5 << 3.0 << "watch";
    QTest::addRow("control boundary") << QList<int>{2, 2, 2, 2} << 1.0 << 3.0 << 1.0 << "control";
    QTest::addRow("below control") << QList<int>{2, 1, 3, 3} << 1.0 << 3.0 << 2.0 / 9 << "watch";
    QTest::addRow("lowest") << QList<int>{1, 1, 4, 4} << 1.0 << 3.0 << 0.0625 << "watch";
    QTest::addRow("no dependency") << QList<int>{0, 4, 1, 1} << 1.0 << 3.0 << 0.0 << "watch";
    QTest::addRow("low thresholds") << QList<int>{1, 1, 1, 2} << 0.5 << 2.0 << 0.5 << "control";
    QTest::addRow("zero thresholds") << QList<int>{0, 0, 4, 4} << 0.0 << 2.0 << 0.0 << "control";
    QTest::addRow("no maturity") << QList<int>{4, 4, 0, 4} << 1.0 << 3.0 << 0.0 << "watch";
}

void tst_StrategicPaths::threatLevelAndEntry()
{
    QFETCH(QList<int>, criteria);
    QFETCH(double, control);
    QFETCH(double, danger);
    QFETCH(double, level);
    QFETCH(QString, zone);
    const Stakeholder s = test::stakeholder(ids().s1, "S", criteria, {ids().v1});
    StudySettings settings;
    settings.controlThreshold = control;
    settings.dangerThreshold = danger;
    QCOMPARE(threatLevel(s), level);
    QCOMPARE(zoneName(zoneOf(s, settings)), zone);

    // Only a stakeholder in the control or danger zone is an entry for the origin.
    EbiosStudy study = ecosystem();
    study.settings = settings;
    test::removeStakeholders(study);
    test::put(study, s);
    const QStringList got = renderAll(deriveStrategicScenarios(study), QStringLiteral("P1"));
    QStringList expected{QStringLiteral("P1: - > V1 F1 0"), QStringLiteral("P1: - > V2 F3 0")};
    if (zone != QLatin1String("watch"))
        expected.append(QStringLiteral("P1: S1 > V1 F1 ") + QString::number(level));
    QCOMPARE(got, expected);
}

void tst_StrategicPaths::expectedPaths()
{
    const QList<StrategicProposal> got = deriveStrategicScenarios(ecosystem());
    const QStringList expected = lines(
        {// P1 aims at any value: direct scenarios first, then by score, severity, length, ids.
         "P1: - > V1 F1 0", "P1: - > V2 F3 0", "P1: S1 > V1 F1 4", "P1: S4 > V1 F1 3",
         "P1: S2 S1 > V1 F1 1", "P1: S3 S4 > V1 F1 1", "P1: S1 S3 S4 > V1 F1 1",
         "P1: S2 S1 S3 S4 > V1 F1 1", "P1: S2 > V2 F3 1", "P1: S1 S2 > V2 F3 1",
         "P1: S4 S5 S6 > V1 F1 0.0625", "P1: S3 S4 S5 S6 > V1 F1 0.0625",
         "P1: S4 S5 > V2 F3 0.0625", "P1: S3 S4 S5 > V2 F3 0.0625",
         "P1: S1 S3 S4 S5 > V2 F3 0.0625",
         // P2 aims at V2 and V3; V3 has no feared event.
         "P2: - > V2 F3 0", "P2: S2 > V2 F3 1", "P2: S1 S2 > V2 F3 1", "P2: S4 S5 > V2 F3 0.0625",
         "P2: S3 S4 S5 > V2 F3 0.0625", "P2: S1 S3 S4 S5 > V2 F3 0.0625"});
    QCOMPARE(renderAll(got), expected);
    for (const StrategicProposal &p : got) {
        const StrategicScenario &s = p.scenario;
        QVERIFY(s.derived);
        QCOMPARE(s.status, ScenarioStatus::Proposed);
        QVERIFY(s.justification.isEmpty());
        QCOMPARE(s.id, strategicScenarioId(s.pair, s.path, s.businessValue));
    }
}

void tst_StrategicPaths::explanations()
{
    const QList<StrategicProposal> got = deriveStrategicScenarios(ecosystem());
    const StrategicProposal *chain = findRendered(got, QStringLiteral("P1: S1 S3 S4 > V1 F1 1"));
    QVERIFY(chain);
    QCOMPARE(chain->explanation,
             QStringLiteral("Organised crime / Ransom → Cloud hosting provider (threat level 4.0, "
                            "danger zone) → Installer (threat level 1.0, control zone) → Mobile "
                            "app developer (threat level 3.0, danger zone) → Door codes → feared "
                            "event 'Codes leaked' (G4)"));
    const StrategicProposal *direct = findRendered(got, QStringLiteral("P2: - > V2 F3 0"));
    QVERIFY(direct);
    QCOMPARE(direct->explanation, QStringLiteral("Stalker / Track a resident → Unlock function → "
                                                 "feared event 'Lock unavailable' (G3)"));
    const StrategicProposal *watch
        = findRendered(got, QStringLiteral("P1: S4 S5 S6 > V1 F1 0.0625"));
    QVERIFY(watch);
    QVERIFY(watch->explanation.contains(QStringLiteral("Retail partner (threat level 0.2, watch "
                                                       "zone)")));
}

void tst_StrategicPaths::nonRetainedPairsYieldNothing()
{
    EbiosStudy study = ecosystem();
    QVERIFY(renderAll(deriveStrategicScenarios(study), QStringLiteral("P3")).isEmpty());
    for (auto &item : study.items) {
        if (auto *pair = std::get_if<RoToPair>(&item))
            pair->retained = false;
    }
    QVERIFY(deriveStrategicScenarios(study).isEmpty());
}

void tst_StrategicPaths::objectiveTargets()
{
    const QList<StrategicProposal> got = deriveStrategicScenarios(ecosystem());
    // P4's objective names a stakeholder only: that matches no value (not "any").
    QVERIFY(renderAll(got, QStringLiteral("P4")).isEmpty());
    for (const QString &line : renderAll(got, QStringLiteral("P2")))
        QVERIFY2(line.contains(QLatin1String("> V2 ")), qPrintable(line));

    // Once V3 has a feared event, P2 reaches it through the watch-zone retail partner.
    EbiosStudy study = ecosystem();
    test::put(study, FearedEvent{test::fixedId(25), ids().v3, QStringLiteral("Habits"), {}, 2, {}});
    const QStringList p2 = renderAll(deriveStrategicScenarios(study), QStringLiteral("P2"));
    QVERIFY(p2.contains(QStringLiteral("P2: - > V3 F5 0")));
    QVERIFY(p2.contains(QStringLiteral("P2: S4 S5 S6 > V3 F5 0.0625")));
    QCOMPARE(p2.size(), 6 + 3);
}

void tst_StrategicPaths::mostSevereFearedEvent()
{
    EbiosStudy study = ecosystem();
    auto *opened = std::get_if<FearedEvent>(&study.items[ids().f4]);
    QVERIFY(opened);
    opened->severity = 4; // F3 won the tie on id; now F4 is more severe
    int ofV2 = 0;
    for (const StrategicProposal &p : deriveStrategicScenarios(study)) {
        if (p.scenario.businessValue == ids().v2) {
            QCOMPARE(label(p.scenario.fearedEvent), QStringLiteral("F4"));
            ++ofV2;
        }
    }
    QCOMPARE(ofV2, 12);
}

void tst_StrategicPaths::bound_data()
{
    QTest::addColumn<int>("bound");
    QTest::addColumn<int>("pathsOfP1"); // through stakeholders; P1 also has 2 direct ones
    QTest::addRow("0: direct only") << 0 << 0;
    QTest::addRow("1") << 1 << 3;
    QTest::addRow("2") << 2 << 7;
    QTest::addRow("3") << 3 << 10;
    QTest::addRow("4: default") << 4 << 13;
    QTest::addRow("5") << 5 << 15;
    QTest::addRow("6: all stakeholders") << 6 << 16;
    QTest::addRow("10: no longer simple path") << 10 << 16;
}

void tst_StrategicPaths::bound()
{
    QFETCH(int, bound);
    QFETCH(int, pathsOfP1);
    const QList<StrategicProposal> got = deriveStrategicScenarios(ecosystem(), {bound, 0});
    int ofP1 = 0;
    qsizetype longest = 0;
    for (const StrategicProposal &p : got) {
        QVERIFY(p.scenario.path.size() <= bound);
        longest = std::max(longest, p.scenario.path.size());
        if (p.scenario.pair == ids().p1 && !p.scenario.path.isEmpty())
            ++ofP1;
    }
    QCOMPARE(ofP1, pathsOfP1);
    QCOMPARE(longest, std::min(bound, 6));
    if (bound == 4)
        QCOMPARE(got.size(), deriveStrategicScenarios(ecosystem()).size()); // the default
}

void tst_StrategicPaths::capPerPair()
{
    const QList<StrategicProposal> got = deriveStrategicScenarios(ecosystem(), {4, 3});
    const QStringList expected
        = lines({"P1: - > V1 F1 0", "P1: - > V2 F3 0", "P1: S1 > V1 F1 4", "P1: S4 > V1 F1 3",
                 "P1: S2 S1 > V1 F1 1", "P2: - > V2 F3 0", "P2: S2 > V2 F3 1",
                 "P2: S1 S2 > V2 F3 1", "P2: S4 S5 > V2 F3 0.0625"});
    QCOMPARE(renderAll(got), expected);
    QCOMPARE(deriveStrategicScenarios(ecosystem(), {4, 1000}).size(), 21);
}

void tst_StrategicPaths::cyclesTerminate()
{
    // Six stakeholders that all reach each other, themselves and V1: every ordering of distinct
    // stakeholders is a path, 6 + 30 + 120 + 360 + 720 + 720 = 1956, even with a loose bound.
    EbiosStudy study = ecosystem();
    test::removeStakeholders(study);
    const QList<Id> all{ids().s1, ids().s2, ids().s3, ids().s4, ids().s5, ids().s6};
    for (const Id &id : all)
        test::put(study, test::stakeholder(id, "S", {2, 2, 1, 1}, all + QList<Id>{ids().v1}));
    const QList<StrategicProposal> got = deriveStrategicScenarios(study, {50, 0});
    QSet<Id> seen;
    int ofP1 = 0;
    for (const StrategicProposal &p : got) {
        const QList<Id> &path = p.scenario.path;
        QCOMPARE(QSet<Id>(path.cbegin(), path.cend()).size(), path.size());
        QVERIFY(!seen.contains(p.scenario.id));
        seen.insert(p.scenario.id);
        ofP1 += p.scenario.pair == ids().p1 && !path.isEmpty();
    }
    QCOMPARE(ofP1, 1956);
}

void tst_StrategicPaths::stableIds()
{
    const QList<StrategicProposal> a = deriveStrategicScenarios(ecosystem());
    // The same study built in another insertion order derives the same list.
    const EbiosStudy original = ecosystem();
    EbiosStudy reversed;
    QList<Id> keys = original.items.keys();
    std::sort(keys.begin(), keys.end(), [](const Id &x, const Id &y) { return idLess(y, x); });
    for (const Id &id : keys)
        reversed.items.insert(id, original.items.value(id));
    const QList<StrategicProposal> b = deriveStrategicScenarios(reversed);
    QCOMPARE(renderAll(b), renderAll(a));
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].scenario, a[i].scenario);
        QCOMPARE(b[i].explanation, a[i].explanation);
    }
    // Saved studies hold these ids: the namespace and key layout must never change.
    QCOMPARE(strategicScenarioId(ids().p1, {ids().s1, ids().s3}, ids().v1),
             parseId(QStringLiteral("7446b18f-f3d6-5e0f-a3b5-588bc48426bb")));
    QVERIFY(strategicScenarioId(ids().p1, {ids().s1, ids().s3}, ids().v1)
            != strategicScenarioId(ids().p1, {ids().s3, ids().s1}, ids().v1));
    QVERIFY(strategicScenarioId(ids().p1, {ids().s1}, ids().v1)
            != strategicScenarioId(ids().p2, {ids().s1}, ids().v1));
    QVERIFY(strategicScenarioId(ids().p1, {}, ids().v1)
            != strategicScenarioId(ids().p1, {}, ids().v2));
}

QTEST_APPLESS_MAIN(tst_StrategicPaths)
#include "tst_strategicpaths.moc"
