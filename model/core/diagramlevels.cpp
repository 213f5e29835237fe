#include "diagramlevels.h"

namespace tb {

Id detailDiagramOf(const ProjectData &data, const Id &element)
{
    if (element.isNull())
        return {};
    for (const Id &id : ProjectData::sortedIds(data.diagrams)) {
        if (data.diagrams[id].parent == element)
            return id;
    }
    return {};
}

Id parentDiagramOf(const ProjectData &data, const Id &diagram)
{
    const auto g = data.diagrams.constFind(diagram);
    if (g == data.diagrams.cend() || !data.elements.contains(g->parent))
        return {};
    for (const Id &id : ProjectData::sortedIds(data.diagrams)) {
        if (id != diagram && data.diagrams[id].placements.contains(g->parent))
            return id;
    }
    return {};
}

AddDiagram decomposeEdit(const ProjectData &data, const Id &element, const Id &from,
                         const QString &name)
{
    Diagram g;
    g.id = newId();
    g.name = name;
    g.parent = element;
    const auto source = data.diagrams.constFind(from);
    if (source == data.diagrams.cend())
        return AddDiagram{g};
    for (const Flow &f : data.flows) {
        const Id other = f.source == element ? f.target : f.target == element ? f.source : Id();
        if (other.isNull() || other == element || !data.elements.contains(other))
            continue;
        if (const auto p = source->placements.constFind(other); p != source->placements.cend())
            g.placements.insert(other, *p);
    }
    return AddDiagram{g};
}

} // namespace tb
