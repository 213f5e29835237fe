#include "flowroute.h"

#include "core/diagram.h"
#include "core/projectdata.h"

#include <QLineF>
#include <QMap>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tb {

namespace {
constexpr qreal kFanSpacing = 16.0;

QPointF rectExit(const QRectF &rect, const QPointF &towards)
{
    const QPointF c = rect.center();
    const qreal dx = towards.x() - c.x();
    const qreal dy = towards.y() - c.y();
    if (qFuzzyIsNull(dx) && qFuzzyIsNull(dy))
        return c;
    const qreal tx = qFuzzyIsNull(dx) ? 1e300 : (rect.width() / 2) / std::abs(dx);
    const qreal ty = qFuzzyIsNull(dy) ? 1e300 : (rect.height() / 2) / std::abs(dy);
    const qreal t = std::min(tx, ty);
    return {c.x() + dx * t, c.y() + dy * t};
}

QPointF ellipseExit(const QRectF &rect, const QPointF &towards)
{
    const QPointF c = rect.center();
    const qreal dx = towards.x() - c.x();
    const qreal dy = towards.y() - c.y();
    const qreal a = rect.width() / 2;
    const qreal b = rect.height() / 2;
    const qreal k = std::sqrt((dx * dx) / (a * a) + (dy * dy) / (b * b));
    if (qFuzzyIsNull(k))
        return c;
    return {c.x() + dx / k, c.y() + dy / k};
}

// A loop above the element's top-right corner, for a flow from an element to itself.
QList<QPointF> selfLoop(const QRectF &r)
{
    const qreal s = std::min(r.width(), r.height()) * 0.35 + 12;
    return {QPointF(r.right() - s, r.top() - s), QPointF(r.right() + s, r.top() - s),
            QPointF(r.right() + s, r.top() + s)};
}
} // namespace

QPointF pointAlong(const QPolygonF &poly, qreal fraction)
{
    qreal total = 0;
    for (qsizetype i = 1; i < poly.size(); ++i)
        total += QLineF(poly[i - 1], poly[i]).length();
    qreal remaining = total * fraction;
    for (qsizetype i = 1; i < poly.size(); ++i) {
        const QLineF seg(poly[i - 1], poly[i]);
        if (remaining <= seg.length() || i == poly.size() - 1)
            return seg.length() > 0 ? seg.pointAt(std::min(1.0, remaining / seg.length()))
                                    : seg.p1();
        remaining -= seg.length();
    }
    return poly.isEmpty() ? QPointF() : poly.first();
}

bool isRoundProcess(const QRectF &rect)
{
    const qreal ratio = rect.width() / rect.height();
    return ratio > 0.7 && ratio < 1.45;
}

QPainterPath elementPath(const Element &e, const QRectF &r)
{
    QPainterPath path;
    if (e.kind == ElementKind::Process && isRoundProcess(r))
        path.addEllipse(r);
    else if (e.kind == ElementKind::Process)
        path.addRoundedRect(r, std::min(r.height() / 2, 24.0), std::min(r.height() / 2, 24.0));
    else
        path.addRect(r);
    return path;
}

QPointF outlinePoint(ElementKind kind, const QRectF &rect, const QPointF &towards)
{
    if (kind == ElementKind::Process && isRoundProcess(rect))
        return ellipseExit(rect, towards);
    return rectExit(rect, towards);
}

QList<QPair<Id, FlowRoute>> routeFlows(const ProjectData &data, const Diagram &diagram)
{
    // Group straight flows by their unordered pair of ends, to fan them out.
    QMap<QPair<QString, QString>, QList<Id>> straightGroups;
    QList<Id> drawable;
    for (const Id &id : ProjectData::sortedIds(data.flows)) {
        const Flow &f = data.flows[id];
        if (!diagram.placements.contains(id) || !diagram.placements.contains(f.source)
            || !diagram.placements.contains(f.target) || !data.elements.contains(f.source)
            || !data.elements.contains(f.target))
            continue;
        drawable.append(id);
        if (diagram.placements[id].points.isEmpty() && f.source != f.target) {
            QString a = idString(f.source), b = idString(f.target);
            straightGroups[a < b ? qMakePair(a, b) : qMakePair(b, a)].append(id);
        }
    }

    QList<QPair<Id, FlowRoute>> routes;
    for (const Id &id : drawable) {
        const Flow &f = data.flows[id];
        const Element &src = data.elements[f.source];
        const Element &dst = data.elements[f.target];
        const QRectF srcRect = diagram.placements[f.source].rect;
        const QRectF dstRect = diagram.placements[f.target].rect;
        QList<QPointF> bends = diagram.placements[id].points;
        if (bends.isEmpty() && f.source == f.target)
            bends = selfLoop(srcRect);

        qreal labelAt = 0.5;
        QPointF offset;
        if (bends.isEmpty()) {
            const QString a = idString(f.source), b = idString(f.target);
            const QList<Id> &group = straightGroups[a < b ? qMakePair(a, b) : qMakePair(b, a)];
            const auto n = group.size();
            if (n > 1) {
                const auto i = group.indexOf(id);
                // A normal of the pair's canonical direction, so A->B and B->A split apart.
                const bool reversed = b < a;
                const QLineF axis = reversed ? QLineF(dstRect.center(), srcRect.center())
                                             : QLineF(srcRect.center(), dstRect.center());
                const QLineF normal = axis.normalVector().unitVector();
                const qreal shift = (qreal(i) - qreal(n - 1) / 2) * kFanSpacing;
                offset = QPointF(normal.dx(), normal.dy()) * shift;
                // Spread the labels along the shared axis, whichever way each flow runs.
                labelAt = qreal(i + 1) / qreal(n + 1);
                if (reversed)
                    labelAt = 1 - labelAt;
            }
        }

        const QPointF firstAim = bends.isEmpty() ? dstRect.center() + offset : bends.first();
        const QPointF lastAim = bends.isEmpty() ? srcRect.center() + offset : bends.last();
        FlowRoute route;
        route.points << outlinePoint(src.kind, srcRect.translated(offset), firstAim);
        for (const QPointF &p : bends)
            route.points << p;
        route.points << outlinePoint(dst.kind, dstRect.translated(offset), lastAim);
        route.labelFraction = labelAt;
        routes.append({id, route});
    }
    return routes;
}

} // namespace tb
