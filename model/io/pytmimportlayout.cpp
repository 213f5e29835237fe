// pytm models have no layout of their own: one diagram with the shared grid layout.

#include "gridlayout.h"
#include "pytmimportprivate.h"

namespace tb::pytm {

void Importer::layout()
{
    Diagram diagram;
    diagram.id = stableId(QStringLiteral("diagram"), m_data.product.name);
    diagram.name = m_data.product.name;
    layoutAsGrids(m_data, m_boundaryOrder, m_elementOrder, m_flowOrder, diagram);
    m_data.diagrams.insert(diagram.id, diagram);
}

} // namespace tb::pytm
