#pragma once

#include "core/projectdata.h"

namespace tb {

/// A first layout for imported models that place nothing: each zone a frame holding its
/// elements in a grid, with its inner zones in a row below them; flows get no bend points.
/// Objects are placed in the order given, so the same file lays out the same way.
void layoutAsGrids(const ProjectData &data, const QList<Id> &zones, const QList<Id> &elements,
                   const QList<Id> &flows, Diagram &diagram);

/// Nesting depth of each zone (0 for the outermost); cycles and missing parents tolerated,
/// in linear time.
QHash<Id, int> zoneDepths(const ProjectData &data, const QList<Id> &zones);

} // namespace tb
