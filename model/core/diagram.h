#pragma once

#include "id.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace tb {

/// Where one object is drawn on one diagram. Elements and zones use rect; flows use points
/// as bend points; line boundaries use points as their polyline.
struct Placement
{
    QRectF rect;
    QList<QPointF> points;

    friend bool operator==(const Placement &, const Placement &) = default;
};

/// A view of the model: its own layout, apart from the semantic objects.
struct Diagram
{
    Id id;
    QString name;
    QHash<Id, Placement> placements; // object id -> where it is drawn here
    // The element this diagram details (the DFD level below it); null for a top-level diagram.
    // A weak link: a diagram whose element was removed shows as top level, and undoing the
    // removal links it again.
    Id parent;

    friend bool operator==(const Diagram &, const Diagram &) = default;
};

} // namespace tb
