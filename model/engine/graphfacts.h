#pragma once

#include "core/projectdata.h"
#include "graph/dfdgraph.h"

#include <QHash>

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

private:
    void computeUnauthenticatedPaths(const ProjectData &data);

    DfdGraph m_graph;
    QHash<Id, ElementFacts> m_elements;
    QHash<Id, FlowFacts> m_flows;
    ElementFacts m_noElement;
    FlowFacts m_noFlow;
};

} // namespace tb
