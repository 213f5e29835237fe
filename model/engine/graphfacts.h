#pragma once

#include "core/projectdata.h"
#include "graph/dfdgraph.h"

#include <vector>

namespace tb {

/// Graph facts of a model snapshot, computed once per derivation so every template reads them
/// in constant time.
class GraphFacts
{
public:
    explicit GraphFacts(const ProjectData &data);

    struct ElementFacts
    {
        int trust = 0;
        bool zoned = false;
        bool reachableFromUntrusted = false;
        bool reachableFromExternal = false;
        bool receivesFromUntrusted = false;
        bool unauthenticatedPath = false;
        bool articulation = false;
        int inDegree = 0;
        int outDegree = 0;
    };
    struct FlowFacts
    {
        bool crosses = false;
        bool inbound = false;
        bool outbound = false;
        int crossed = 0;
        int trustDelta = 0;
        QString firstBoundary; // name of the first boundary crossed
    };

    const DfdGraph &graph() const { return m_graph; }
    const ElementFacts &element(const Id &id) const;
    const FlowFacts &flow(const Id &id) const;
    /// The element at a vertex of graph(), in the snapshot's data.
    const Element &elementAt(DfdGraph::Vertex v) const { return *m_elementAt[v]; }

private:
    std::vector<char> reach(const std::vector<char> &starts,
                            const std::vector<char> *stops = nullptr) const;

    DfdGraph m_graph;
    std::vector<const Element *> m_elementAt; // by vertex
    std::vector<ElementFacts> m_elements;     // by vertex
    std::vector<FlowFacts> m_flows;           // by position in m_graph.flowIds()
    ElementFacts m_noElement;
    FlowFacts m_noFlow;
};

} // namespace tb
