// Merging derived strategic scenarios into a study: new proposals are put, vanished proposals
// removed, and the analyst's decisions (retained, rejected, hand-written) never touched.

#include "ecosystemfixture.h"
#include "risk/strategicpaths.h"

#include <QTest>

using namespace tb;
using tb::test::ecosystem;
using tb::test::ids;

namespace {

StrategicScenario scenario(const Id &pair, const QList<Id> &path, const Id &value, const Id &feared,
                           bool derived, ScenarioStatus status)
{
    const Id id = derived ? strategicScenarioId(pair, path, value) : newId();
    return StrategicScenario{id, pair, path, value, feared, derived, status, {}};
}

void apply(EbiosStudy &study, const StrategicMerge &m)
{
    for (const StrategicScenario &s : m.put)
        test::put(study, s);
    for (const Id &id : m.remove)
        study.items.remove(id);
}

QList<Id> idsOf(const QList<StrategicScenario> &list)
{
    QList<Id> out;
    for (const StrategicScenario &s : list)
        out.append(s.id);
    return out;
}

} // namespace

class tst_StrategicMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intoEmptyStudy();
    void keepsDecisionsAndDropsVanished();
    void handWrittenNotProposedAgain();
};

void tst_StrategicMerge::intoEmptyStudy()
{
    EbiosStudy study = ecosystem();
    const QList<StrategicProposal> proposals = deriveStrategicScenarios(study);
    QCOMPARE(proposals.size(), 21);
    const StrategicMerge m = mergeStrategicProposals(study, proposals);
    QCOMPARE(m.put.size(), proposals.size());
    for (qsizetype i = 0; i < proposals.size(); ++i)
        QCOMPARE(m.put[i], proposals[i].scenario); // in derivation order
    QVERIFY(m.remove.isEmpty());
    QVERIFY(m.orphaned.isEmpty());

    apply(study, m);
    const StrategicMerge again = mergeStrategicProposals(study, deriveStrategicScenarios(study));
    QVERIFY(again.put.isEmpty());
    QVERIFY(again.remove.isEmpty());
}

void tst_StrategicMerge::keepsDecisionsAndDropsVanished()
{
    const auto &i = ids();
    EbiosStudy study = ecosystem();
    const auto P = ScenarioStatus::Proposed;
    // Still derived, unchanged.
    const StrategicScenario same = scenario(i.p1, {i.s1}, i.v1, i.f1, true, P);
    // Still derived, but its feared event is out of date; the analyst wrote a note.
    StrategicScenario stale = scenario(i.p1, {i.s4}, i.v1, i.f2, true, P);
    stale.justification = QStringLiteral("checked with the host");
    // S6 is in the watch zone, so no path starts there any more.
    const StrategicScenario vanished = scenario(i.p1, {i.s6}, i.v1, i.f1, true, P);
    const StrategicScenario vanishedRetained
        = scenario(i.p1, {i.s5}, i.v2, i.f3, true, ScenarioStatus::Retained);
    // Still derived, rejected with an older feared event: the decision stands as it is.
    const StrategicScenario rejected
        = scenario(i.p1, {i.s2}, i.v2, i.f4, true, ScenarioStatus::Rejected);
    const StrategicScenario byHand
        = scenario(i.p2, {i.s6}, i.v1, i.f1, false, ScenarioStatus::Retained);
    for (const StrategicScenario &s : {same, stale, vanished, vanishedRetained, rejected, byHand})
        test::put(study, s);

    const QList<StrategicProposal> proposals = deriveStrategicScenarios(study);
    const StrategicMerge m = mergeStrategicProposals(study, proposals);
    QCOMPARE(m.remove, QList<Id>{vanished.id});
    QCOMPARE(m.orphaned, QList<Id>{vanishedRetained.id});
    QCOMPARE(m.put.size(), proposals.size() - 2); // all but `same` and `rejected`
    const QList<Id> put = idsOf(m.put);
    QVERIFY(!put.contains(same.id));
    QVERIFY(!put.contains(rejected.id));
    QVERIFY(!put.contains(byHand.id));
    const StrategicScenario &refreshed = m.put[put.indexOf(stale.id)];
    QCOMPARE(refreshed.fearedEvent, i.f1);
    QCOMPARE(refreshed.justification, stale.justification);
    QCOMPARE(refreshed.status, ScenarioStatus::Proposed);

    apply(study, m);
    QCOMPARE(*study.get<StrategicScenario>(rejected.id), rejected);
    QCOMPARE(*study.get<StrategicScenario>(vanishedRetained.id), vanishedRetained);
    QCOMPARE(*study.get<StrategicScenario>(byHand.id), byHand);
    QVERIFY(!study.items.contains(vanished.id));
    const StrategicMerge again = mergeStrategicProposals(study, deriveStrategicScenarios(study));
    QVERIFY(again.put.isEmpty());
    QVERIFY(again.remove.isEmpty());
    QCOMPARE(again.orphaned, QList<Id>{vanishedRetained.id});

    // Unretaining the pair drops its proposals but never its decisions.
    std::get<RoToPair>(study.items[i.p1]).retained = false;
    const StrategicMerge dropped = mergeStrategicProposals(study, deriveStrategicScenarios(study));
    QVERIFY(dropped.put.isEmpty());
    QCOMPARE(dropped.remove.size(), 15 - 1); // P1's proposals but the rejected one
    QVERIFY(!dropped.remove.contains(rejected.id));
    QVERIFY(dropped.orphaned.contains(rejected.id));
}

void tst_StrategicMerge::handWrittenNotProposedAgain()
{
    const auto &i = ids();
    EbiosStudy study = ecosystem();
    StrategicScenario mine = scenario(i.p2, {i.s2}, i.v2, i.f4, false, ScenarioStatus::Proposed);
    test::put(study, mine);
    const QList<StrategicProposal> proposals = deriveStrategicScenarios(study);
    const Id twin = strategicScenarioId(i.p2, {i.s2}, i.v2);
    QVERIFY(std::any_of(proposals.cbegin(), proposals.cend(),
                        [&twin](const StrategicProposal &p) { return p.scenario.id == twin; }));
    const StrategicMerge m = mergeStrategicProposals(study, proposals);
    QCOMPARE(m.put.size(), proposals.size() - 1);
    QVERIFY(!idsOf(m.put).contains(twin));
    QVERIFY(!idsOf(m.put).contains(mine.id));
    QVERIFY(m.remove.isEmpty());
}

QTEST_APPLESS_MAIN(tst_StrategicMerge)
#include "tst_strategicmerge.moc"
