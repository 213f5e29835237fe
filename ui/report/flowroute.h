#pragma once

#include "core/objects.h"

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

namespace tb {

struct Diagram;
struct ProjectData;

/// Where a flow is drawn: from the source's outline via the bend points to the target's
/// outline, and where its label sits.
struct FlowRoute
{
    QPolygonF points;          // at least two points when valid
    qreal labelFraction = 0.5; // preferred label position, as a fraction of the length

    bool isValid() const { return points.size() >= 2; }
};

/// Routes every drawable flow of a diagram (both ends placed, flow placed). Flows between the
/// same two elements without bend points are fanned out so they do not draw on top of each
/// other.
QList<QPair<Id, FlowRoute>> routeFlows(const ProjectData &data, const Diagram &diagram);

/// Where the ray from the centre of `rect` towards `towards` leaves the element's outline
/// (an ellipse for round processes, the rectangle otherwise).
QPointF outlinePoint(ElementKind kind, const QRectF &rect, const QPointF &towards);

/// The point `fraction` (0..1) of the way along a polyline, by length.
QPointF pointAlong(const QPolygonF &polyline, qreal fraction);

/// The outline of an element as drawn: ellipse or pill for processes, rectangle otherwise.
QPainterPath elementPath(const Element &element, const QRectF &rect);

/// Processes whose box is roughly square are drawn as circles/ellipses, others as pills.
bool isRoundProcess(const QRectF &rect);

} // namespace tb
