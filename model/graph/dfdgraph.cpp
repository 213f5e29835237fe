#include "dfdgraph.h"

#include "core/projectdata.h"

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wzero-as-null-pointer-constant"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wcast-qual"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/breadth_first_search.hpp>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#include <algorithm>
#include <iterator>

namespace tb {

namespace {

// Records the BFS order and, on request, the tree edge that discovered each vertex.
class BfsRecorder : public boost::default_bfs_visitor
{
public:
    BfsRecorder(std::vector<DfdGraph::Vertex> *order,
                std::vector<std::optional<DfdGraph::Edge>> *treeEdges)
        : m_order(order), m_treeEdges(treeEdges)
    {}

    void discover_vertex(DfdGraph::Vertex v, const DfdGraph::Graph &) const
    {
        m_order->push_back(v);
    }
    void tree_edge(DfdGraph::Edge e, const DfdGraph::Graph &g) const
    {
        if (m_treeEdges)
            (*m_treeEdges)[boost::target(e, g)] = e;
    }

private:
    std::vector<DfdGraph::Vertex> *m_order;
    std::vector<std::optional<DfdGraph::Edge>> *m_treeEdges;
};

template<typename Map>
QList<Id> sortedKeys(const Map &map)
{
    QList<Id> ids = map.keys();
    std::sort(ids.begin(), ids.end(), idLess);
    return ids;
}

} // namespace

DfdGraph::DfdGraph(const ProjectData &data)
{
    // Vertices and edges go in by sorted id, so descriptors and every traversal are
    // deterministic whatever the hash order of the input.
    const QList<Id> elements = sortedKeys(data.elements);
    m_vertexOf.reserve(elements.size());
    for (const Id &id : elements)
        m_vertexOf.insert(id, boost::add_vertex(VertexProps{id}, m_graph));

    const QList<Id> flows = sortedKeys(data.flows);
    m_flowEnds.reserve(flows.size());
    for (const Id &id : flows) {
        const Flow &f = data.flows[id];
        const auto s = m_vertexOf.constFind(f.source);
        const auto t = m_vertexOf.constFind(f.target);
        if (s == m_vertexOf.cend() || t == m_vertexOf.cend())
            continue;
        boost::add_edge(*s, *t, EdgeProps{id}, m_graph);
        m_flowEnds.insert(id, FlowEnds{*s, *t});
        m_flowIds.append(id);
    }

    buildZones(data);
    buildCrossings(data);
}

int DfdGraph::vertexCount() const
{
    return int(boost::num_vertices(m_graph));
}

int DfdGraph::edgeCount() const
{
    return int(boost::num_edges(m_graph));
}

QList<Id> DfdGraph::elementIds() const
{
    QList<Id> ids;
    ids.reserve(vertexCount());
    for (Vertex v = 0; v < boost::num_vertices(m_graph); ++v)
        ids.append(m_graph[v].id); // already sorted: vertices were added in id order
    return ids;
}

std::optional<DfdGraph::Vertex> DfdGraph::vertex(const Id &element) const
{
    const auto it = m_vertexOf.constFind(element);
    if (it == m_vertexOf.cend())
        return std::nullopt;
    return *it;
}

std::optional<DfdGraph::Edge> DfdGraph::edge(const Id &flow) const
{
    const auto it = m_flowEnds.constFind(flow);
    if (it == m_flowEnds.cend())
        return std::nullopt;
    for (const Edge &e : boost::make_iterator_range(boost::out_edges(it->source, m_graph))) {
        if (m_graph[e].id == flow)
            return e;
    }
    return std::nullopt;
}

QList<Id> DfdGraph::outFlows(const Id &element) const
{
    QList<Id> ids;
    if (const std::optional<Vertex> v = vertex(element)) {
        for (const Edge &e : boost::make_iterator_range(boost::out_edges(*v, m_graph)))
            ids.append(m_graph[e].id);
    }
    return ids; // edges were added in id order, and vecS keeps it
}

QList<Id> DfdGraph::inFlows(const Id &element) const
{
    QList<Id> ids;
    if (const std::optional<Vertex> v = vertex(element)) {
        for (const Edge &e : boost::make_iterator_range(boost::in_edges(*v, m_graph)))
            ids.append(m_graph[e].id);
    }
    return ids;
}

void DfdGraph::buildZones(const ProjectData &data)
{
    // One chain per zone, computed once; elements share their innermost zone's chain.
    for (auto it = data.boundaries.cbegin(); it != data.boundaries.cend(); ++it) {
        if (it->kind != BoundaryKind::Zone)
            continue;
        QList<Id> chain;
        Id cur = it.key();
        while (!cur.isNull() && !chain.contains(cur)) { // contains(): cuts a cycle in bad data
            const auto b = data.boundaries.constFind(cur);
            if (b == data.boundaries.cend() || b->kind != BoundaryKind::Zone)
                break;
            chain.append(cur);
            cur = b->parent;
        }
        m_zoneChains.insert(it.key(), chain);
    }

    const auto n = boost::num_vertices(m_graph);
    m_trust.assign(n, 0);
    m_innermostZone.assign(n, Id());
    for (Vertex v = 0; v < n; ++v) {
        const Id zone = data.elements[m_graph[v].id].zone;
        if (!m_zoneChains.contains(zone))
            continue; // outside every zone, or a dangling reference: untrusted
        m_innermostZone[v] = zone;
        m_trust[v] = data.boundaries[zone].trustLevel;
    }
}

QList<Id> DfdGraph::zoneChain(const Id &element) const
{
    const std::optional<Vertex> v = vertex(element);
    return v ? m_zoneChains.value(m_innermostZone[*v]) : QList<Id>();
}

int DfdGraph::trustLevelOf(const Id &element) const
{
    const std::optional<Vertex> v = vertex(element);
    return v ? m_trust[*v] : 0;
}

std::vector<DfdGraph::Vertex> DfdGraph::bfs(const std::vector<Vertex> &starts,
                                            std::vector<std::optional<Edge>> *treeEdges) const
{
    std::vector<Vertex> order;
    if (starts.empty())
        return order;
    std::vector<boost::default_color_type> colors(boost::num_vertices(m_graph), boost::white_color);
    const auto colorMap = boost::make_iterator_property_map(
        colors.begin(), boost::get(boost::vertex_index, m_graph));
    boost::queue<Vertex> buffer;
    boost::breadth_first_search(m_graph, starts.begin(), starts.end(), buffer,
                                BfsRecorder(&order, treeEdges), colorMap);
    return order;
}

QList<Id> DfdGraph::sortedElementIds(const std::vector<Vertex> &vertices) const
{
    QList<Id> ids;
    ids.reserve(qsizetype(vertices.size()));
    for (Vertex v : vertices)
        ids.append(m_graph[v].id);
    std::sort(ids.begin(), ids.end(), idLess);
    return ids;
}

QList<Id> DfdGraph::reachableFrom(const QList<Id> &starts) const
{
    std::vector<Vertex> vs;
    for (const Id &id : starts) {
        if (const std::optional<Vertex> v = vertex(id))
            vs.push_back(*v);
    }
    // Duplicate starts would be discovered twice by the multi-source BFS.
    std::sort(vs.begin(), vs.end());
    vs.erase(std::unique(vs.begin(), vs.end()), vs.end());
    return sortedElementIds(bfs(vs, nullptr));
}

QList<Id> DfdGraph::untrustedElements(int threshold) const
{
    QList<Id> ids;
    for (Vertex v = 0; v < boost::num_vertices(m_graph); ++v) {
        if (m_trust[v] < threshold)
            ids.append(m_graph[v].id);
    }
    return ids;
}

QList<Id> DfdGraph::reachableFromUntrusted(int threshold) const
{
    return reachableFrom(untrustedElements(threshold));
}

QList<Id> DfdGraph::untrustedEntryPoints(int threshold) const
{
    QList<Id> ids;
    for (Vertex v = 0; v < boost::num_vertices(m_graph); ++v) {
        if (m_trust[v] < threshold)
            continue;
        for (const Edge &e : boost::make_iterator_range(boost::in_edges(v, m_graph))) {
            if (m_trust[boost::source(e, m_graph)] < threshold) {
                ids.append(m_graph[v].id);
                break;
            }
        }
    }
    return ids;
}

QList<Id> DfdGraph::shortestPath(const Id &from, const Id &to) const
{
    const std::optional<Vertex> s = vertex(from);
    const std::optional<Vertex> t = vertex(to);
    if (!s || !t || *s == *t)
        return {};
    // BFS over unweighted edges: the tree edges give a path with the fewest flows.
    std::vector<std::optional<Edge>> treeEdges(boost::num_vertices(m_graph));
    bfs({*s}, &treeEdges);
    QList<Id> path;
    for (Vertex v = *t; v != *s;) {
        if (!treeEdges[v])
            return {};
        path.prepend(m_graph[*treeEdges[v]].id);
        v = boost::source(*treeEdges[v], m_graph);
    }
    return path;
}

QList<Id> DfdGraph::articulationPoints() const
{
    // Single points of failure ignore direction: a cut vertex of the undirected view.
    using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Undirected ug(boost::num_vertices(m_graph));
    for (const Edge &e : boost::make_iterator_range(boost::edges(m_graph))) {
        const Vertex s = boost::source(e, m_graph);
        const Vertex t = boost::target(e, m_graph);
        if (s != t)
            boost::add_edge(s, t, ug);
    }
    std::vector<Vertex> cuts;
    boost::articulation_points(ug, std::back_inserter(cuts));
    return sortedElementIds(cuts);
}

} // namespace tb
