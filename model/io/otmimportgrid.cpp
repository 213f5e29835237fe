// OTM files that place nothing get the shared grid layout.

#include "gridlayout.h"
#include "otmimportprivate.h"

namespace tb::otm {

void Importer::autoLayout(Diagram &diagram)
{
    layoutAsGrids(m_data, m_zoneOrder, m_elementOrder, m_flowOrder, diagram);
}

} // namespace tb::otm
