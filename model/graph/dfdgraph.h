#pragma once

#include "boostgraph.h"
#include "core/objects.h"

#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace tb {

struct ProjectData;

/// Which way a flow goes across a boundary, by the trust levels of its two ends.
enum class CrossingDirection {
    Inbound,  // to a more trusted element
    Outbound, // to a less trusted element
    Lateral,  // between elements of the same trust level
};

/// One boundary a flow crosses. The trust levels are those of the flow's source and target
/// elements, for zones and lines alike, so rules ask one question of either kind.
struct Crossing
{
    Id boundary;
    BoundaryKind kind = BoundaryKind::Zone;
    int fromTrust = 0;
    int toTrust = 0;
    CrossingDirection direction = CrossingDirection::Lateral;

    friend bool operator==(const Crossing &, const Crossing &) = default;
};

/// The data flow diagram as a directed graph: a vertex per element, an edge per flow.
/// An immutable snapshot of a ProjectData: build it anywhere (e.g. on a worker thread) and query
/// it from any thread. Every list of ids comes in stable order (idLess) unless said otherwise.
class DfdGraph final
{
public:
    struct VertexProps
    {
        Id id; // the element
    };
    struct EdgeProps
    {
        Id id; // the flow
    };
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                        VertexProps, EdgeProps>;
    using Vertex = Graph::vertex_descriptor;
    using Edge = Graph::edge_descriptor;

    /// Snapshots elements, flows, zones and the line crossings of every diagram. Flows whose
    /// ends do not exist are left out; zone cycles are cut.
    explicit DfdGraph(const ProjectData &data);

    /// The Boost graph itself, for algorithms not wrapped here.
    const Graph &graph() const { return m_graph; }
    int vertexCount() const;
    int edgeCount() const;
    QList<Id> elementIds() const;
    QList<Id> flowIds() const { return m_flowIds; }
    bool containsElement(const Id &element) const { return m_vertexOf.contains(element); }
    bool containsFlow(const Id &flow) const { return m_flowIndex.contains(flow); }
    std::optional<Vertex> vertex(const Id &element) const;
    std::optional<Edge> edge(const Id &flow) const;
    Id elementAt(Vertex v) const { return m_graph[v].id; }
    /// A flow's position in flowIds(); -1 if it is not in the graph.
    qsizetype flowIndex(const Id &flow) const { return m_flowIndex.value(flow, -1); }
    /// The source and target of the flow at a position of flowIds().
    std::pair<Vertex, Vertex> flowEndsAt(qsizetype index) const
    {
        const FlowEnds &e = m_ends[std::size_t(index)];
        return {e.source, e.target};
    }
    /// trustLevelOf() by vertex.
    int trustAt(Vertex v) const { return m_trust[v]; }
    /// The flows leaving / entering an element; empty for an unknown element.
    QList<Id> outFlows(const Id &element) const;
    QList<Id> inFlows(const Id &element) const;

    /// The zones holding an element, innermost first, up to a root zone.
    QList<Id> zoneChain(const Id &element) const;
    /// The innermost zone's trust level; 0 (untrusted) outside every zone or for unknown ids.
    int trustLevelOf(const Id &element) const;

    /// The boundaries a flow crosses: zones in path order (those it leaves, innermost first,
    /// then those it enters, outermost first), then line boundaries by id.
    QList<Crossing> crossings(const Id &flow) const;
    /// crossings() of the flow at a position of flowIds().
    const QList<Crossing> &crossingsAt(qsizetype index) const
    {
        return m_crossings[std::size_t(index)];
    }
    /// The flows that cross at least one boundary of either kind.
    QList<Id> flowsCrossingBoundaries() const { return m_crossingFlows; }

    /// The starts (those that exist) and every element reachable from them along flows.
    QList<Id> reachableFrom(const QList<Id> &starts) const;
    /// Elements whose trust level is below `threshold` (by default: trust 0, untrusted).
    QList<Id> untrustedElements(int threshold = 1) const;
    /// untrustedElements() and everything reachable from them along flows.
    QList<Id> reachableFromUntrusted(int threshold = 1) const;
    /// Trusted elements (trust >= threshold) that receive a flow from an untrusted one.
    QList<Id> untrustedEntryPoints(int threshold = 1) const;
    /// The flows of a shortest directed path (fewest flows); empty if none or from == to.
    QList<Id> shortestPath(const Id &from, const Id &to) const;
    /// Elements whose removal disconnects the (undirected) diagram: single points of failure.
    QList<Id> articulationPoints() const;

private:
    struct FlowEnds
    {
        Vertex source = 0;
        Vertex target = 0;
    };

    void buildZones(const ProjectData &data, const std::vector<Id> &zoneOf);
    void buildCrossings(const ProjectData &data);
    void addZoneCrossings(const FlowEnds &ends, QList<Crossing> *out) const;
    Crossing makeCrossing(const Id &boundary, BoundaryKind kind, const FlowEnds &ends) const;
    std::vector<Vertex> bfs(const std::vector<Vertex> &starts,
                            std::vector<std::optional<Edge>> *treeEdges) const;
    QList<Id> sortedElementIds(const std::vector<Vertex> &vertices) const;

    Graph m_graph;
    QHash<Id, Vertex> m_vertexOf;
    QHash<Id, qsizetype> m_flowIndex;         // flow -> position in m_flowIds
    std::vector<FlowEnds> m_ends;             // by position; no edge descriptors: they would
                                              // dangle in a copy
    QList<Id> m_flowIds;                      // sorted; also the edge insertion order
    std::vector<int> m_trust;                 // per vertex
    std::vector<Id> m_innermostZone;          // per vertex; null outside every zone
    QHash<Id, QList<Id>> m_zoneChains;        // zone -> itself and its ancestors, innermost first
    std::vector<QList<Crossing>> m_crossings; // by position in m_flowIds
    QList<Id> m_crossingFlows;
};

} // namespace tb
