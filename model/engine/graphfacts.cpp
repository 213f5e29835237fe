#include "graphfacts.h"

#include <deque>

namespace tb {

GraphFacts::GraphFacts(const ProjectData &data) : m_graph(data)
{
    // Facts live in vectors by vertex and by flow position: the project's hashes are read once,
    // in their own order, and everything after that is index arithmetic.
    const auto &g = m_graph.graph();
    const std::size_t n = boost::num_vertices(g);
    m_elementAt.resize(n);
    m_elements.resize(n);
    std::vector<char> untrusted(n, 0);
    std::vector<char> external(n, 0);
    std::vector<char> guards(n, 0); // trusted processes that authenticate their callers
    for (auto it = data.elements.cbegin(); it != data.elements.cend(); ++it) {
        const DfdGraph::Vertex v = *m_graph.vertex(it.key()); // every element is a vertex
        m_elementAt[v] = &*it;
        ElementFacts &f = m_elements[v];
        f.trust = m_graph.trustAt(v);
        f.zoned = !it->zone.isNull();
        untrusted[v] = f.trust < 1;
        external[v] = it->kind == ElementKind::ExternalEntity;
        if (it->kind == ElementKind::Process && f.trust > 0) {
            const QJsonValue a = it->properties.value(QStringLiteral("authentication"));
            guards[v] = a.isString() && a.toString() != QLatin1String("none");
        }
    }

    // Reached along at least one flow from an external entity (an entity does not reach itself).
    std::vector<char> fromExternals(n, 0);
    const QList<Id> flowIds = m_graph.flowIds();
    for (qsizetype i = 0; i < flowIds.size(); ++i) {
        const auto [s, t] = m_graph.flowEndsAt(i);
        if (external[s])
            fromExternals[t] = 1;
    }
    const std::vector<char> fromUntrusted = reach(untrusted);
    const std::vector<char> fromExternal = reach(fromExternals);
    // A process that authenticates its callers is reached but not passed through.
    const std::vector<char> unauthenticated = reach(untrusted, &guards);
    for (std::size_t v = 0; v < n; ++v) {
        m_elements[v].reachableFromUntrusted = fromUntrusted[v];
        m_elements[v].reachableFromExternal = fromExternal[v];
        m_elements[v].unauthenticatedPath = unauthenticated[v];
    }
    for (const Id &id : m_graph.articulationPoints())
        m_elements[*m_graph.vertex(id)].articulation = true;

    m_flows.resize(std::size_t(flowIds.size()));
    for (qsizetype i = 0; i < flowIds.size(); ++i) {
        const auto [s, t] = m_graph.flowEndsAt(i);
        ElementFacts &source = m_elements[s];
        ElementFacts &target = m_elements[t];
        ++source.outDegree;
        ++target.inDegree;
        if (source.trust == 0)
            target.receivesFromUntrusted = true;
        FlowFacts &f = m_flows[std::size_t(i)];
        const QList<Crossing> crossings = m_graph.crossings(flowIds[i]);
        f.crossed = static_cast<int>(crossings.size());
        f.crosses = !crossings.isEmpty();
        for (const Crossing &c : crossings) {
            f.inbound = f.inbound || c.direction == CrossingDirection::Inbound;
            f.outbound = f.outbound || c.direction == CrossingDirection::Outbound;
        }
        if (f.crosses) {
            const auto b = data.boundaries.constFind(crossings.first().boundary);
            if (b != data.boundaries.cend())
                f.firstBoundary = b->name;
        }
        f.trustDelta = target.trust - source.trust;
    }
}

std::vector<char> GraphFacts::reach(const std::vector<char> &starts,
                                    const std::vector<char> *stops) const
{
    // Breadth-first from every start; a stop is reached but not passed through.
    const auto &g = m_graph.graph();
    std::vector<char> seen = starts;
    std::deque<DfdGraph::Vertex> queue;
    for (std::size_t v = 0; v < seen.size(); ++v) {
        if (seen[v])
            queue.push_back(v);
    }
    while (!queue.empty()) {
        const DfdGraph::Vertex v = queue.front();
        queue.pop_front();
        if (stops && (*stops)[v])
            continue;
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
            const auto t = boost::target(*e, g);
            if (!seen[t]) {
                seen[t] = 1;
                queue.push_back(t);
            }
        }
    }
    return seen;
}

const GraphFacts::ElementFacts &GraphFacts::element(const Id &id) const
{
    const std::optional<DfdGraph::Vertex> v = m_graph.vertex(id);
    return v ? m_elements[*v] : m_noElement;
}

const GraphFacts::FlowFacts &GraphFacts::flow(const Id &id) const
{
    const qsizetype i = m_graph.flowIndex(id);
    return i < 0 ? m_noFlow : m_flows[std::size_t(i)];
}

} // namespace tb
