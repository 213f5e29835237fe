// Strategic path search: a bounded DFS over a compact snapshot of the ecosystem. Boost.Graph's
// depth_first_search colours each vertex once, so it cannot list every simple path; a plain
// walk with an on-path flag is shorter and needs no property maps.

#include "strategicpaths.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace tb {

namespace {

const Id kScenarioNamespace = parseId(QStringLiteral("175c0740-214b-482a-8060-65e6f5d721ab"));

// Indices follow id order, so comparing index sequences compares id sequences.
struct Ecosystem
{
    QList<const Stakeholder *> stakeholders;
    QList<const BusinessValue *> values;
    QHash<Id, int> valueIndex;
    std::vector<const FearedEvent *> worst; // per value: most severe feared event, or null
    std::vector<double> level;
    std::vector<std::vector<int>> toStakeholders, toValues; // sorted, no repeats

    explicit Ecosystem(const EbiosStudy &study);
};

Ecosystem::Ecosystem(const EbiosStudy &study)
    : stakeholders(study.all<Stakeholder>())
    , values(study.all<BusinessValue>())
    , worst(values.size(), nullptr)
    , toStakeholders(stakeholders.size())
    , toValues(stakeholders.size())
{
    for (int v = 0; v < values.size(); ++v)
        valueIndex.insert(values[v]->id, v);
    // all() is in id order, so the first of equal severity is the lowest id.
    for (const FearedEvent *e : study.all<FearedEvent>()) {
        const int v = valueIndex.value(e->businessValue, -1);
        if (v >= 0 && (!worst[v] || e->severity > worst[v]->severity))
            worst[v] = e;
    }
    QHash<Id, int> stakeholderIndex;
    for (int s = 0; s < stakeholders.size(); ++s) {
        stakeholderIndex.insert(stakeholders[s]->id, s);
        level.push_back(threatLevel(*stakeholders[s]));
    }
    for (int s = 0; s < stakeholders.size(); ++s) {
        for (const Id &to : stakeholders[s]->reaches) {
            if (const int t = stakeholderIndex.value(to, -1); t >= 0 && t != s)
                toStakeholders[s].push_back(t);
            else if (const int v = valueIndex.value(to, -1); v >= 0)
                toValues[s].push_back(v);
        }
        for (std::vector<int> *edges : {&toStakeholders[s], &toValues[s]}) {
            std::sort(edges->begin(), edges->end());
            edges->erase(std::unique(edges->begin(), edges->end()), edges->end());
        }
    }
}

struct Candidate
{
    double score = 0;
    std::vector<int> path; // stakeholder indices
};

/// Ranking among paths to one business value: more dangerous, then shorter, then by ids.
bool ranksBefore(double score, const std::vector<int> &path, const Candidate &other)
{
    if (score != other.score)
        return score > other.score;
    if (path.size() != other.path.size())
        return path.size() < other.path.size();
    return path < other.path;
}

/// Walks every bounded simple path once and keeps, per business value, the best `cap` paths;
/// a pair's best paths are among the best of the values it aims at.
class Walker
{
public:
    Walker(const Ecosystem &eco, int maxDepth, int cap)
        : m_eco(eco)
        , m_maxDepth(maxDepth)
        , m_cap(cap)
        , m_onPath(eco.stakeholders.size(), 0)
        , m_best(eco.values.size())
    {}

    /// Per business value, its kept paths (in heap order, not ranked).
    const std::vector<std::vector<Candidate>> &best() const { return m_best; }

    void visit(int s, double bottleneck)
    {
        m_path.push_back(s);
        m_onPath[s] = 1;
        for (int v : m_eco.toValues[s]) {
            if (m_eco.worst[v])
                offer(v, bottleneck);
        }
        if (int(m_path.size()) < m_maxDepth) {
            for (int t : m_eco.toStakeholders[s]) {
                if (!m_onPath[t])
                    visit(t, std::min(bottleneck, m_eco.level[t]));
            }
        }
        m_onPath[s] = 0;
        m_path.pop_back();
    }

private:
    const Ecosystem &m_eco;
    const int m_maxDepth;
    const qsizetype m_cap;
    std::vector<char> m_onPath;
    std::vector<int> m_path;
    std::vector<std::vector<Candidate>> m_best;

    // A max-heap on rank keeps the worst kept path on top, ready to be replaced.
    static bool heapLess(const Candidate &a, const Candidate &b)
    {
        return ranksBefore(a.score, a.path, b);
    }

    void offer(int v, double score)
    {
        std::vector<Candidate> &heap = m_best[v];
        if (m_cap > 0 && qsizetype(heap.size()) >= m_cap) {
            if (!ranksBefore(score, m_path, heap.front()))
                return;
            std::pop_heap(heap.begin(), heap.end(), heapLess);
            heap.back() = Candidate{score, m_path};
        } else {
            heap.push_back(Candidate{score, m_path});
        }
        std::push_heap(heap.begin(), heap.end(), heapLess);
    }
};

QList<int> aimedValues(const Ecosystem &eco, const TargetObjective &objective)
{
    QList<int> out;
    if (objective.targets.isEmpty()) {
        for (int v = 0; v < eco.values.size(); ++v)
            out.append(v);
        return out;
    }
    for (const Id &id : objective.targets) {
        if (const int v = eco.valueIndex.value(id, -1); v >= 0 && !out.contains(v))
            out.append(v);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString explain(const Ecosystem &eco, const StudySettings &settings, const QString &head,
                const std::vector<int> &path, int v)
{
    QStringList parts{head};
    for (int s : path) {
        const Stakeholder &st = *eco.stakeholders[s];
        parts.append(QStringLiteral("%1 (threat level %2, %3 zone)")
                         .arg(st.name, QString::number(eco.level[s], 'f', 1),
                              zoneName(zoneOf(st, settings))));
    }
    parts.append(eco.values[v]->name);
    const FearedEvent &e = *eco.worst[v];
    parts.append(
        QStringLiteral("feared event '%1' (G%2)").arg(e.name, QString::number(e.severity)));
    return parts.join(QStringLiteral(" → "));
}

struct Ranked
{
    int value;
    const Candidate *candidate;
};

void proposeForPair(const Ecosystem &eco, const EbiosStudy &study, const RoToPair &pair,
                    const std::vector<std::vector<Candidate>> &best, int cap,
                    QList<StrategicProposal> &out)
{
    const RiskOrigin *origin = study.get<RiskOrigin>(pair.origin);
    const TargetObjective *objective = study.get<TargetObjective>(pair.objective);
    if (!origin || !objective)
        return;
    const QString head = origin->name + QStringLiteral(" / ") + objective->name;
    const auto severity = [&eco](int v) {
        return eco.worst[v]->severity;
    };
    const auto propose = [&](const std::vector<int> &path, int v, double score) {
        QList<Id> ids;
        for (int s : path)
            ids.append(eco.stakeholders[s]->id);
        const Id valueId = eco.values[v]->id;
        StrategicScenario sc{strategicScenarioId(pair.id, ids, valueId),
                             pair.id,
                             ids,
                             valueId,
                             eco.worst[v]->id,
                             true,
                             ScenarioStatus::Proposed,
                             {}};
        out.append(
            StrategicProposal{std::move(sc), explain(eco, study.settings, head, path, v), score});
    };

    QList<int> values = aimedValues(eco, *objective);
    values.removeIf([&eco](int v) { return !eco.worst[v]; });
    std::stable_sort(values.begin(), values.end(),
                     [&](int a, int b) { return severity(a) > severity(b); });
    std::vector<Ranked> ranked;
    for (int v : values) {
        propose({}, v, 0);
        for (const Candidate &c : best[v])
            ranked.push_back({v, &c});
    }
    std::sort(ranked.begin(), ranked.end(), [&](const Ranked &a, const Ranked &b) {
        const Candidate &x = *a.candidate, &y = *b.candidate;
        if (x.score != y.score)
            return x.score > y.score;
        if (severity(a.value) != severity(b.value))
            return severity(a.value) > severity(b.value);
        if (x.path.size() != y.path.size())
            return x.path.size() < y.path.size();
        if (x.path != y.path)
            return x.path < y.path;
        return a.value < b.value;
    });
    if (cap > 0 && qsizetype(ranked.size()) > cap)
        ranked.resize(cap);
    for (const Ranked &r : ranked)
        propose(r.candidate->path, r.value, r.candidate->score);
}

} // namespace

Id strategicScenarioId(const Id &pair, const QList<Id> &path, const Id &businessValue)
{
    // Fixed 16-byte fields: the key's length gives the path's length, so keys never collide.
    QByteArray key = pair.toRfc4122();
    for (const Id &s : path)
        key += s.toRfc4122();
    key += businessValue.toRfc4122();
    return QUuid::createUuidV5(kScenarioNamespace, key);
}

QList<StrategicProposal> deriveStrategicScenarios(const EbiosStudy &study,
                                                  const StrategicPathOptions &options)
{
    const Ecosystem eco(study);
    Walker walker(eco, options.maxStakeholders, options.maxPathsPerPair);
    if (options.maxStakeholders > 0) {
        for (int s = 0; s < eco.stakeholders.size(); ++s) {
            if (zoneOf(*eco.stakeholders[s], study.settings) != EcosystemZone::Watch)
                walker.visit(s, eco.level[s]);
        }
    }
    QList<StrategicProposal> out;
    for (const RoToPair *pair : study.all<RoToPair>()) {
        if (pair->retained)
            proposeForPair(eco, study, *pair, walker.best(), options.maxPathsPerPair, out);
    }
    return out;
}

StrategicMerge mergeStrategicProposals(const EbiosStudy &study,
                                       const QList<StrategicProposal> &proposals)
{
    const QList<const StrategicScenario *> existing = study.all<StrategicScenario>();
    QSet<Id> byHand; // the ids these scenarios would have if derived
    for (const StrategicScenario *s : existing) {
        if (!s->derived)
            byHand.insert(strategicScenarioId(s->pair, s->path, s->businessValue));
    }
    StrategicMerge out;
    QSet<Id> fresh;
    for (const StrategicProposal &p : proposals) {
        const StrategicScenario &proposed = p.scenario;
        if (fresh.contains(proposed.id))
            continue;
        fresh.insert(proposed.id);
        if (byHand.contains(proposed.id))
            continue;
        if (!study.items.contains(proposed.id)) {
            out.put.append(proposed);
            continue;
        }
        const StrategicScenario *old = study.get<StrategicScenario>(proposed.id);
        if (!old || !old->derived || old->status != ScenarioStatus::Proposed)
            continue;
        StrategicScenario refreshed = proposed; // the feared event may have changed
        refreshed.justification = old->justification;
        if (!(refreshed == *old))
            out.put.append(refreshed);
    }
    for (const StrategicScenario *s : existing) {
        if (!s->derived || fresh.contains(s->id))
            continue;
        (s->status == ScenarioStatus::Proposed ? out.remove : out.orphaned).append(s->id);
    }
    return out;
}

} // namespace tb
