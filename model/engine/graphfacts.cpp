#include "graphfacts.h"

#include <deque>

namespace tb {

GraphFacts::GraphFacts(const ProjectData &data) : m_graph(data)
{
    m_elements.reserve(data.elements.size());
    for (auto it = data.elements.cbegin(); it != data.elements.cend(); ++it) {
        ElementFacts &f = m_elements[it.key()];
        f.trust = m_graph.trustLevelOf(it.key());
        f.zoned = !it->zone.isNull();
    }
    for (const Id &id : m_graph.reachableFromUntrusted())
        m_elements[id].reachableFromUntrusted = true;
    // Reached along at least one flow from an external entity (an entity does not reach itself).
    QList<Id> fromExternals;
    for (const Flow &f : data.flows) {
        if (data.elements.value(f.source).kind == ElementKind::ExternalEntity
            && data.elements.contains(f.source))
            fromExternals.append(f.target);
    }
    for (const Id &id : m_graph.reachableFrom(fromExternals))
        m_elements[id].reachableFromExternal = true;
    for (const Id &id : m_graph.articulationPoints())
        m_elements[id].articulation = true;
    m_flows.reserve(data.flows.size());
    for (auto it = data.flows.cbegin(); it != data.flows.cend(); ++it) {
        if (!m_elements.contains(it->source) || !m_elements.contains(it->target))
            continue;
        ElementFacts &source = m_elements[it->source];
        ElementFacts &target = m_elements[it->target];
        ++source.outDegree;
        ++target.inDegree;
        if (source.trust == 0)
            target.receivesFromUntrusted = true;
        FlowFacts &f = m_flows[it.key()];
        const QList<Crossing> crossings = m_graph.crossings(it.key());
        f.crossed = static_cast<int>(crossings.size());
        f.crosses = !crossings.isEmpty();
        for (const Crossing &c : crossings) {
            f.inbound = f.inbound || c.direction == CrossingDirection::Inbound;
            f.outbound = f.outbound || c.direction == CrossingDirection::Outbound;
        }
        if (f.crosses)
            f.firstBoundary = data.boundaries.value(crossings.first().boundary).name;
        f.trustDelta = target.trust - source.trust;
    }
    computeUnauthenticatedPaths(data);
}

void GraphFacts::computeUnauthenticatedPaths(const ProjectData &data)
{
    // Breadth-first from every untrusted element; a process that authenticates its callers is
    // reached but not passed through.
    const auto &g = m_graph.graph();
    const auto n = boost::num_vertices(g);
    std::vector<char> seen(n, 0);
    std::deque<DfdGraph::Vertex> queue;
    for (const Id &id : m_graph.untrustedElements()) {
        if (const auto v = m_graph.vertex(id)) {
            seen[*v] = 1;
            queue.push_back(*v);
        }
    }
    const auto authenticates = [&](const Id &id) {
        const Element &e = data.elements[id];
        if (e.kind != ElementKind::Process)
            return false;
        const QJsonValue a = e.properties.value(QStringLiteral("authentication"));
        return a.isString() && a.toString() != QLatin1String("none");
    };
    while (!queue.empty()) {
        const DfdGraph::Vertex v = queue.front();
        queue.pop_front();
        const Id id = m_graph.elementAt(v);
        m_elements[id].unauthenticatedPath = true;
        if (authenticates(id) && m_elements[id].trust > 0)
            continue;
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
            const auto t = boost::target(*e, g);
            if (!seen[t]) {
                seen[t] = 1;
                queue.push_back(t);
            }
        }
    }
}

const GraphFacts::ElementFacts &GraphFacts::element(const Id &id) const
{
    const auto it = m_elements.constFind(id);
    return it == m_elements.cend() ? m_noElement : *it;
}

const GraphFacts::FlowFacts &GraphFacts::flow(const Id &id) const
{
    const auto it = m_flows.constFind(id);
    return it == m_flows.cend() ? m_noFlow : *it;
}

} // namespace tb
