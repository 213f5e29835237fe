#pragma once

// DFD levels: a diagram may detail one element of another (Diagram::parent). These find the
// way down and up, and make the edit that decomposes an element.

#include "core/edit.h"
#include "core/projectdata.h"

namespace tb {

/// The diagram that details `element` (the first in id order), or null.
Id detailDiagramOf(const ProjectData &data, const Id &element);

/// Where the element a detail diagram details is drawn (the first diagram in id order), or
/// null for a top-level diagram, or when that element is gone or drawn nowhere.
Id parentDiagramOf(const ProjectData &data, const Id &diagram);

/// A new diagram `name` detailing `element`, holding the elements it exchanges flows with
/// where they are drawn on `from`, so the detail starts in its context.
AddDiagram decomposeEdit(const ProjectData &data, const Id &element, const Id &from,
                         const QString &name);

} // namespace tb
