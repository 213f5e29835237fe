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
#include <boost/graph/breadth_first_search.hpp>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#include <algorithm>
#include <iterator>
#include <limits>

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
    // deterministic whatever the hash order of the input. Rows are read in hash order and then
    // sorted: looking each id up in sorted order would jump all over the project's memory.
    struct ElementRow
    {
        Id id;
        Id zone;
    };
    std::vector<ElementRow> elements;
    elements.reserve(std::size_t(data.elements.size()));
    for (auto it = data.elements.cbegin(); it != data.elements.cend(); ++it)
        elements.push_back({it.key(), it->zone});
    std::sort(elements.begin(), elements.end(),
              [](const ElementRow &a, const ElementRow &b) { return idLess(a.id, b.id); });
    std::vector<Id> zoneOf;
    zoneOf.reserve(elements.size());
    m_vertexOf.reserve(data.elements.size());
    for (const ElementRow &e : elements) {
        m_vertexOf.insert(e.id, boost::add_vertex(VertexProps{e.id}, m_graph));
        zoneOf.push_back(e.zone);
    }

    struct FlowRow
    {
        Id id;
        Id source;
        Id target;
    };
    std::vector<FlowRow> flows;
    flows.reserve(std::size_t(data.flows.size()));
    for (auto it = data.flows.cbegin(); it != data.flows.cend(); ++it)
        flows.push_back({it.key(), it->source, it->target});
    std::sort(flows.begin(), flows.end(),
              [](const FlowRow &a, const FlowRow &b) { return idLess(a.id, b.id); });
    m_flowIndex.reserve(data.flows.size());
    m_ends.reserve(flows.size());
    m_flowIds.reserve(data.flows.size());
    for (const FlowRow &f : flows) {
        const auto s = m_vertexOf.constFind(f.source);
        const auto t = m_vertexOf.constFind(f.target);
        if (s == m_vertexOf.cend() || t == m_vertexOf.cend())
            continue;
        boost::add_edge(*s, *t, EdgeProps{f.id}, m_graph);
        m_flowIndex.insert(f.id, m_flowIds.size());
        m_ends.push_back(FlowEnds{*s, *t});
        m_flowIds.append(f.id);
    }

    buildZones(data, zoneOf);
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
    const qsizetype index = flowIndex(flow);
    if (index < 0)
        return std::nullopt;
    const Vertex source = m_ends[std::size_t(index)].source;
    for (const Edge &e : boost::make_iterator_range(boost::out_edges(source, m_graph))) {
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

void DfdGraph::buildZones(const ProjectData &data, const std::vector<Id> &zoneOf)
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
        const Id &zone = zoneOf[v];
        if (!m_zoneChains.contains(zone))
            continue; // outside every zone, or a dangling reference: untrusted
        m_innermostZone[v] = zone;
        m_trust[v] = data.boundaries.constFind(zone)->trustLevel; // a chain's zone exists
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
    // Single points of failure ignore direction: a cut vertex of the undirected view. Tarjan's
    // low-link with an explicit stack over flat neighbour lists (a Boost undirected copy of a
    // big model costs an allocation per edge). Self-loops cannot cut anything.
    const std::size_t n = boost::num_vertices(m_graph);
    std::vector<std::size_t> first(n + 1, 0);
    for (const FlowEnds &e : m_ends) {
        if (e.source != e.target) {
            ++first[e.source + 1];
            ++first[e.target + 1];
        }
    }
    for (std::size_t v = 0; v < n; ++v)
        first[v + 1] += first[v];
    std::vector<Vertex> neighbours(first[n]);
    std::vector<std::size_t> fill(first.begin(), first.end() - 1);
    for (const FlowEnds &e : m_ends) {
        if (e.source != e.target) {
            neighbours[fill[e.source]++] = e.target;
            neighbours[fill[e.target]++] = e.source;
        }
    }

    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> order(n, 0); // discovery time, 0 = not yet seen
    std::vector<std::size_t> low(n, 0);
    std::vector<std::size_t> parent(n, none);
    std::vector<std::size_t> next(n, 0); // next neighbour to look at
    std::vector<char> cut(n, 0);
    std::vector<Vertex> stack;
    std::size_t time = 0;
    for (Vertex root = 0; root < n; ++root) {
        if (order[root])
            continue;
        order[root] = low[root] = ++time;
        next[root] = first[root];
        int rootChildren = 0;
        stack.push_back(root);
        while (!stack.empty()) {
            const Vertex v = stack.back();
            if (next[v] < first[v + 1]) {
                const Vertex w = neighbours[next[v]++];
                if (!order[w]) {
                    parent[w] = v;
                    order[w] = low[w] = ++time;
                    next[w] = first[w];
                    rootChildren += v == root ? 1 : 0;
                    stack.push_back(w);
                } else if (w != parent[v]) {
                    low[v] = std::min(low[v], order[w]);
                }
                continue;
            }
            stack.pop_back();
            if (v == root)
                continue;
            const Vertex p = parent[v];
            low[p] = std::min(low[p], low[v]);
            if (p != root && low[v] >= order[p])
                cut[p] = 1;
        }
        if (rootChildren > 1)
            cut[root] = 1;
    }
    std::vector<Vertex> cuts;
    for (Vertex v = 0; v < n; ++v) {
        if (cut[v])
            cuts.push_back(v);
    }
    return sortedElementIds(cuts);
}

} // namespace tb
