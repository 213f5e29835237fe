#pragma once

#include "core/edit.h"
#include "core/projectdata.h"

#include <QHash>
#include <QRectF>
#include <QSet>

#include <vector>

namespace tb {

/// The edits that make zone membership follow what is drawn inside what on one diagram.
/// `rects` holds the (new) rectangles of the elements and zones drawn on the diagram; only
/// `subjects` are reconsidered. An element belongs to the smallest zone holding its centre; a
/// zone to the smallest larger zone holding it whole. Membership in a zone that is not drawn on
/// this diagram is left alone, since the drawing says nothing about it.
/// `newZones` are zones about to be added in the same step (not in `data` yet).
std::vector<Edit> containmentEdits(const ProjectData &data, const QHash<Id, QRectF> &rects,
                                   const QSet<Id> &subjects, const QSet<Id> &newZones = {});

/// The smallest zone in `rects` holding a point, or null.
Id zoneHolding(const ProjectData &data, const QHash<Id, QRectF> &rects, const QPointF &pos);

/// The ids whose membership may change when a zone moves from `before` to `after`: everything
/// drawn with its centre in either rectangle.
QSet<Id> affectedByZone(const QHash<Id, QRectF> &rects, const QRectF &before, const QRectF &after);

} // namespace tb
