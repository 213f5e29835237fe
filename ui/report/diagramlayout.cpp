// DiagramPainter: geometry that painting, fitting and hit-testing share (bounds, label
// placement, hit tests).

#include "diagrampainter.h"

#include "flowroute.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace tb {

namespace {
constexpr qreal kMargin = 24.0;
} // namespace

QRectF DiagramPainter::zoneLabelRect(const Boundary &zone, const QRectF &rect) const
{
    const QFontMetricsF fm(m_style.zoneFont);
    const qreal w = std::min(fm.horizontalAdvance(zoneLabel(zone)) + 2, rect.width() - 16);
    return {rect.left() + 8, rect.top() + 5, std::max(w, 0.0), fm.height()};
}

QSizeF DiagramPainter::flowLabelSize(const Flow &flow) const
{
    if (flow.name.isEmpty())
        return {};
    const QFontMetricsF fm(m_style.smallFont);
    return {fm.horizontalAdvance(flow.name) + 10, fm.height() + 4};
}

QList<QRectF> DiagramPainter::obstacles(const Diagram &diagram) const
{
    QList<QRectF> rects;
    for (const Id &id : ProjectData::sortedIds(m_data.elements)) {
        if (diagram.placements.contains(id))
            rects.append(diagram.placements[id].rect);
    }
    return rects;
}

QHash<Id, QRectF> DiagramPainter::placeFlowLabels(const Diagram &diagram,
                                                  const QList<QPair<Id, FlowRoute>> &routes) const
{
    // Greedy: slide each label along its flow, away from the preferred spot, until it covers
    // no element and no earlier label; failing that, take the spot with the least overlap.
    QList<QRectF> taken = obstacles(diagram);
    QHash<Id, QRectF> placed;
    for (const auto &[id, route] : routes) {
        const QSizeF size = flowLabelSize(m_data.flows[id]);
        if (size.isEmpty() || !route.isValid())
            continue;
        QRectF best;
        qreal bestOverlap = 1e300;
        for (int k : {0, -1, 1, -2, 2, -3, 3, -4, 4}) {
            const qreal f = route.labelFraction + k * 0.09;
            if (f < 0.1 || f > 0.9)
                continue;
            const QPointF c = pointAlong(route.points, f);
            const QRectF r(c - QPointF(size.width() / 2, size.height() / 2), size);
            qreal overlap = 0;
            for (const QRectF &t : std::as_const(taken)) {
                const QRectF i = r.adjusted(-2, -2, 2, 2) & t;
                overlap += i.width() * i.height();
            }
            if (overlap < bestOverlap) {
                best = r;
                bestOverlap = overlap;
            }
            if (overlap <= 0)
                break;
        }
        if (best.isNull())
            best = QRectF(
                pointAlong(route.points, 0.5) - QPointF(size.width() / 2, size.height() / 2), size);
        placed.insert(id, best);
        taken.append(best);
    }
    return placed;
}

QRectF DiagramPainter::bounds(const Diagram &diagram) const
{
    QRectF r;
    for (auto it = diagram.placements.cbegin(); it != diagram.placements.cend(); ++it) {
        const Id &id = it.key();
        if (m_data.elements.contains(id)) {
            r |= it->rect;
        } else if (const auto b = m_data.boundaries.constFind(id); b != m_data.boundaries.cend()) {
            if (b->kind == BoundaryKind::Zone) {
                r |= it->rect;
            } else if (it->points.size() >= 2) {
                r |= QPolygonF(it->points).boundingRect();
                if (!b->name.isEmpty())
                    r |= lineLabelRect(diagram, *b, QPolygonF(it->points));
            }
        }
    }
    const auto routes = routeFlows(m_data, diagram);
    for (const auto &[id, route] : routes)
        r |= route.points.boundingRect();
    for (const QRectF &label : placeFlowLabels(diagram, routes))
        r |= label;
    if (r.isNull())
        return {0, 0, 320, 200};
    return r.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

QTransform DiagramPainter::fitTransform(const QRectF &bounds, const QRectF &target, qreal maxScale)
{
    if (bounds.isEmpty() || target.isEmpty())
        return {};
    const qreal scale
        = std::min({target.width() / bounds.width(), target.height() / bounds.height(), maxScale});
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(scale, scale);
    t.translate(-bounds.center().x(), -bounds.center().y());
    return t;
}

QRectF DiagramPainter::lineLabelRect(const Diagram &diagram, const Boundary &line,
                                     const QPolygonF &points) const
{
    // Near one end of the line (flows tend to cross mid-way), beside a steep segment or above a
    // flat one; the start unless an element is in the way there.
    const QFontMetricsF fm(m_style.smallFont);
    const QSizeF size(fm.horizontalAdvance(line.name) + 4, fm.height());
    auto near = [&](const QPointF &end, const QPointF &next) {
        const QLineF seg(end, next);
        const QPointF at = seg.pointAt(std::min(0.5, 14 / std::max(seg.length(), 1.0)));
        if (std::abs(seg.dy()) > std::abs(seg.dx()))
            return QRectF(QPointF(at.x() + 6, at.y() - size.height() / 2), size);
        const qreal x = seg.dx() >= 0 ? at.x() : at.x() - size.width();
        return QRectF(QPointF(x, at.y() - size.height() - 3), size);
    };
    const QRectF atStart = near(points[0], points[1]);
    const QRectF atEnd = near(points[points.size() - 1], points[points.size() - 2]);
    for (const QRectF &r : obstacles(diagram)) {
        if (r.intersects(atStart))
            return atEnd;
    }
    return atStart;
}

Id DiagramPainter::objectAt(const Diagram &diagram, const QPointF &pos) const
{
    for (const Id &id : ProjectData::sortedIds(m_data.elements)) {
        if (diagram.placements.contains(id)
            && elementPath(m_data.elements[id], diagram.placements[id].rect).contains(pos))
            return id;
    }
    const auto routes = routeFlows(m_data, diagram);
    const QHash<Id, QRectF> labels = placeFlowLabels(diagram, routes);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it->contains(pos))
            return it.key();
    }
    for (const auto &[id, route] : routes) {
        QPainterPath path;
        path.addPolygon(route.points);
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        if (stroker.createStroke(path).contains(pos))
            return id;
    }
    QList<Id> zones = zonesOutermostFirst(diagram);
    std::reverse(zones.begin(), zones.end()); // innermost wins
    for (const Id &id : zones) {
        if (diagram.placements[id].rect.contains(pos))
            return id;
    }
    return {};
}

} // namespace tb
