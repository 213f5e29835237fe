// Strategic scenario derivation (EBIOS RM workshop 3) on a synthetic ecosystem.
// Usage: bench_strategic [stakeholders [runs]]   (default: 500 7)

#include "core/ebios.h"
#include "risk/strategicpaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace tb;

namespace {

constexpr int kValues = 20;
constexpr int kOrigins = 10;
constexpr int kObjectives = 8;
constexpr int kRetainedPairs = 50;

template<typename T>
void put(EbiosStudy &s, const T &item)
{
    s.items.insert(item.id, item);
}

// Seeded, so every run measures the same ecosystem: criteria uniform over their scales, 3-5
// reaches per stakeholder, about one in six to a business value.
EbiosStudy synthetic(int stakeholders)
{
    QRandomGenerator rng(42);
    EbiosStudy s;
    QList<Id> values, people;
    for (int v = 0; v < kValues; ++v) {
        BusinessValue b;
        b.id = newId();
        b.name = QStringLiteral("Value %1").arg(v);
        put(s, b);
        values.append(b.id);
        for (int f = 0, n = 1 + rng.bounded(3); f < n; ++f)
            put(s, FearedEvent{newId(),
                               b.id,
                               QStringLiteral("Event %1.%2").arg(v).arg(f),
                               {},
                               1 + rng.bounded(4),
                               {}});
    }
    for (int i = 0; i < stakeholders; ++i)
        people.append(newId());
    for (int i = 0; i < stakeholders; ++i) {
        Stakeholder st;
        st.id = people[i];
        st.name = QStringLiteral("Stakeholder %1").arg(i);
        st.dependency = rng.bounded(5);
        st.penetration = rng.bounded(5);
        st.maturity = 1 + rng.bounded(4);
        st.trust = 1 + rng.bounded(4);
        for (int r = 0, n = 3 + rng.bounded(3); r < n; ++r)
            st.reaches.append(rng.bounded(6) == 0 ? values[rng.bounded(kValues)]
                                                  : people[rng.bounded(stakeholders)]);
        put(s, st);
    }
    QList<Id> origins, objectives;
    for (int o = 0; o < kOrigins; ++o) {
        origins.append(newId());
        put(s, RiskOrigin{origins.last(), QStringLiteral("Origin %1").arg(o), {}, {}});
    }
    for (int t = 0; t < kObjectives; ++t) {
        TargetObjective obj{newId(), QStringLiteral("Objective %1").arg(t), {}, {}};
        if (t % 2) // half aim at a few values, half at any
            for (int k = 0, n = 3 + rng.bounded(4); k < n; ++k)
                obj.targets.append(values[rng.bounded(kValues)]);
        put(s, obj);
        objectives.append(obj.id);
    }
    for (int p = 0; p < kRetainedPairs + 10; ++p)
        put(s, RoToPair{newId(),
                        origins[p % kOrigins],
                        objectives[p / kOrigins % kObjectives],
                        3,
                        3,
                        2,
                        p < kRetainedPairs,
                        {}});
    return s;
}

void measure(const EbiosStudy &study, const StrategicPathOptions &options, int runs,
             const char *label)
{
    QList<qint64> times;
    qsizetype count = 0, direct = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const QList<StrategicProposal> out = deriveStrategicScenarios(study, options);
        times.append(t.elapsed());
        count = out.size();
        direct = std::count_if(out.cbegin(), out.cend(), [](const StrategicProposal &p) {
            return p.scenario.path.isEmpty();
        });
    }
    std::sort(times.begin(), times.end());
    std::printf("%-26s min %5lld ms  median %5lld ms  %lld proposals (%lld direct)\n", label,
                times.first(), times[times.size() / 2], static_cast<long long>(count),
                static_cast<long long>(direct));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int stakeholders = args.size() > 1 ? args[1].toInt() : 500;
    const int runs = args.size() > 2 ? args[2].toInt() : 7;
    const EbiosStudy study = synthetic(stakeholders);
    int entries = 0, edges = 0;
    for (const Stakeholder *s : study.all<Stakeholder>()) {
        entries += zoneOf(*s, study.settings) != EcosystemZone::Watch;
        edges += s->reaches.size();
    }
    std::printf("== %d stakeholders (%d entries), %d reaches, %d values, %d retained pairs, "
                "%d runs ==\n",
                stakeholders, entries, edges, kValues, kRetainedPairs, runs);
    measure(study, {}, runs, "bound 4, cap 20 (default)");
    measure(study, {4, 0}, runs, "bound 4, no cap");
    measure(study, {5, 20}, runs, "bound 5, cap 20");
    measure(study, {6, 20}, runs, "bound 6, cap 20");

    const QList<StrategicProposal> proposals = deriveStrategicScenarios(study);
    QElapsedTimer t;
    t.start();
    const StrategicMerge m = mergeStrategicProposals(study, proposals);
    std::printf("%-26s       %5lld ms  %lld to put\n", "merge into the study", t.elapsed(),
                static_cast<long long>(m.put.size()));
    return 0;
}
