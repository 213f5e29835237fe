// DiagramScene: DFD levels, an element decomposed into a detail diagram.

#include "core/diagramlevels.h"
#include "diagramscene.h"
#include "document/document.h"

namespace tb {

Id DiagramScene::openOrDecompose(const Id &element)
{
    if (!m_document || !m_document->data().elements.contains(element))
        return {};
    const ProjectData &d = m_document->data();
    if (const Id existing = detailDiagramOf(d, element); !existing.isNull())
        return existing;
    const AddDiagram edit
        = decomposeEdit(d, element, m_diagram, tr("%1 (detail)").arg(d.elements[element].name));
    return apply(edit) ? edit.diagram.id : Id();
}

} // namespace tb
