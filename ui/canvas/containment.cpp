#include "containment.h"

#include <QJsonValue>

namespace tb {

namespace {
QJsonValue idValue(const Id &id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(idString(id));
}

qreal area(const QRectF &r)
{
    return r.width() * r.height();
}

// The smallest drawn zone (other than `self`) for which `holds` is true.
template<typename Pred>
Id smallestZone(const ProjectData &data, const QHash<Id, QRectF> &rects, const Id &self, Pred holds,
                const QSet<Id> &newZones = {})
{
    Id best;
    qreal bestArea = 0;
    for (auto it = rects.cbegin(); it != rects.cend(); ++it) {
        if (it.key() == self)
            continue;
        const auto b = data.boundaries.constFind(it.key());
        const bool zone = newZones.contains(it.key())
                          || (b != data.boundaries.cend() && b->kind == BoundaryKind::Zone);
        if (!zone || !holds(*it))
            continue;
        const qreal a = area(*it);
        if (best.isNull() || a < bestArea || (a == bestArea && idLess(it.key(), best))) {
            best = it.key();
            bestArea = a;
        }
    }
    return best;
}
} // namespace

Id zoneHolding(const ProjectData &data, const QHash<Id, QRectF> &rects, const QPointF &pos)
{
    return smallestZone(data, rects, Id(), [&](const QRectF &z) { return z.contains(pos); });
}

std::vector<Edit> containmentEdits(const ProjectData &data, const QHash<Id, QRectF> &rects,
                                   const QSet<Id> &subjects, const QSet<Id> &newZones)
{
    std::vector<Edit> detach;
    std::vector<Edit> attach;
    QList<Id> ordered = subjects.values();
    std::sort(ordered.begin(), ordered.end(), idLess);
    for (const Id &id : ordered) {
        const auto rect = rects.constFind(id);
        if (rect == rects.cend())
            continue;
        if (const auto el = data.elements.constFind(id); el != data.elements.cend()) {
            const QPointF c = rect->center();
            Id zone = smallestZone(
                data, rects, id, [&](const QRectF &z) { return z.contains(c); }, newZones);
            if (zone.isNull() && !el->zone.isNull() && !rects.contains(el->zone))
                zone = el->zone;
            if (zone != el->zone)
                attach.push_back(SetAttribute{id, QStringLiteral("zone"), idValue(zone)});
            continue;
        }
        const auto b = data.boundaries.constFind(id);
        if (b == data.boundaries.cend() || b->kind != BoundaryKind::Zone)
            continue;
        const QRectF r = *rect;
        Id parent = smallestZone(
            data, rects, id, [&](const QRectF &z) { return z.contains(r) && area(z) > area(r); },
            newZones);
        if (parent.isNull() && !b->parent.isNull() && !rects.contains(b->parent))
            parent = b->parent;
        if (parent == b->parent)
            continue;
        // Detach first, then attach: every step of the batch is then free of cycles, because
        // the final parents are all strictly larger.
        if (!b->parent.isNull() && !parent.isNull())
            detach.push_back(SetAttribute{id, QStringLiteral("parent"), idValue({})});
        attach.push_back(SetAttribute{id, QStringLiteral("parent"), idValue(parent)});
    }
    detach.insert(detach.end(), attach.begin(), attach.end());
    return detach;
}

QSet<Id> affectedByZone(const QHash<Id, QRectF> &rects, const QRectF &before, const QRectF &after)
{
    QSet<Id> out;
    for (auto it = rects.cbegin(); it != rects.cend(); ++it) {
        const QPointF c = it->center();
        if (before.contains(c) || after.contains(c))
            out.insert(it.key());
    }
    return out;
}

} // namespace tb
