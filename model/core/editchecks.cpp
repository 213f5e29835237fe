#include "editchecks.h"

#include <cmath>

namespace tb::detail {

QString describe(const ProjectData &d, const Id &id)
{
    const ObjectType t = d.typeOf(id);
    QString name;
    switch (t) {
    case ObjectType::Element:
        name = d.elements.value(id).name;
        break;
    case ObjectType::Flow:
        name = d.flows.value(id).name;
        break;
    case ObjectType::Boundary:
        name = d.boundaries.value(id).name;
        break;
    case ObjectType::DataAsset:
        name = d.assets.value(id).name;
        break;
    case ObjectType::Diagram:
        name = d.diagrams.value(id).name;
        break;
    case ObjectType::Threat:
        name = d.threats.value(id).title;
        break;
    case ObjectType::Task:
        name = d.tasks.value(id).title;
        break;
    case ObjectType::Component:
        name = componentLabel(d.components.value(id));
        break;
    case ObjectType::Study:
        return studyItemKind(d.study.items.value(id)) + QLatin1Char(' ') + idString(id);
    case ObjectType::Product:
        return QStringLiteral("product");
    case ObjectType::None:
        return QStringLiteral("object ") + idString(id);
    }
    QString s = objectTypeName(t) + QLatin1Char(' ') + idString(id);
    if (!name.isEmpty())
        s += QStringLiteral(" (\"") + name + QStringLiteral("\")");
    return s;
}

Result<void> checkNewId(const ProjectData &d, const Id &id, ObjectType type)
{
    const QString where = objectTypeName(type);
    if (id.isNull())
        return makeError(QStringLiteral("a new %1 needs an id").arg(where), where);
    if (d.typeOf(id) != ObjectType::None)
        return makeError(QStringLiteral("id is already used by %1").arg(describe(d, id)),
                         where + QLatin1Char(' ') + idString(id));
    return Ok{};
}

Result<void> checkName(const QString &name, const QString &what)
{
    // A view: trimming the string itself would touch its reference count, once per threat of
    // a derivation.
    if (QStringView(name).trimmed().isEmpty())
        return makeError(QStringLiteral("name must not be empty"), what);
    return Ok{};
}

Result<void> checkProperties(const PropertyCatalog &c, PropertyTarget target,
                             const Properties &props, const QString &where)
{
    for (auto it = props.cbegin(); it != props.cend(); ++it) {
        if (Result<void> r = c.check(target, it.key(), it.value()); !r)
            return makeError(r.error().text(), where);
    }
    return Ok{};
}

Result<void> checkZoneRef(const ProjectData &d, const Id &zone, const QString &where)
{
    if (zone.isNull())
        return Ok{};
    const auto it = d.boundaries.constFind(zone);
    if (it == d.boundaries.cend())
        return makeError(QStringLiteral("zone %1 does not exist").arg(idString(zone)), where);
    if (it->kind != BoundaryKind::Zone)
        return makeError(QStringLiteral("%1 is a line boundary, not a zone").arg(describe(d, zone)),
                         where);
    return Ok{};
}

Result<void> checkAssetRefs(const ProjectData &d, const QList<Id> &assets, const QString &where)
{
    for (qsizetype i = 0; i < assets.size(); ++i) {
        if (!d.assets.contains(assets[i]))
            return makeError(
                QStringLiteral("data asset %1 does not exist").arg(idString(assets[i])), where);
        if (assets.indexOf(assets[i]) != i)
            return makeError(
                QStringLiteral("data asset %1 is listed twice").arg(idString(assets[i])), where);
    }
    return Ok{};
}

Result<void> checkComponentRefs(const ProjectData &d, const QList<Id> &components,
                                const QString &where)
{
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (!d.components.contains(components[i]))
            return makeError(
                QStringLiteral("component %1 does not exist").arg(idString(components[i])), where);
        if (components.indexOf(components[i]) != i)
            return makeError(
                QStringLiteral("component %1 is listed twice").arg(idString(components[i])), where);
    }
    return Ok{};
}

Result<void> checkStencil(const PropertyCatalog &c, ElementKind kind, const QString &stencil,
                          const QString &where)
{
    if (stencil.isEmpty())
        return Ok{};
    const Stencil *s = c.stencil(stencil);
    if (!s)
        return makeError(QStringLiteral("unknown stencil \"%1\"").arg(stencil), where);
    if (s->kind != kind)
        return makeError(QStringLiteral("stencil \"%1\" is for a %2, not a %3")
                             .arg(stencil, kindName(s->kind), kindName(kind)),
                         where);
    return Ok{};
}

namespace {
bool finite(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}
} // namespace

Result<void> checkGeometry(const ProjectData &d, const Id &object, const Placement &p,
                           const QString &where)
{
    for (const QPointF &pt : p.points) {
        if (!finite(pt))
            return makeError(QStringLiteral("points must be finite numbers"), where);
    }
    const ObjectType t = d.typeOf(object);
    const bool isLine
        = t == ObjectType::Boundary && d.boundaries.value(object).kind == BoundaryKind::Line;
    const bool needsRect = t == ObjectType::Element || (t == ObjectType::Boundary && !isLine);
    if (t != ObjectType::Element && t != ObjectType::Flow && t != ObjectType::Boundary)
        return makeError(
            QStringLiteral("%1 cannot be placed on a diagram").arg(describe(d, object)), where);
    if (needsRect) {
        const QRectF &r = p.rect;
        if (!finite(r.topLeft()) || !finite(r.bottomRight()) || r.width() <= 0 || r.height() <= 0)
            return makeError(QStringLiteral("needs a rectangle with positive width and height"),
                             where);
        if (!p.points.isEmpty())
            return makeError(QStringLiteral("takes a rectangle, not points"), where);
    } else {
        if (!p.rect.isNull())
            return makeError(QStringLiteral("takes points, not a rectangle"), where);
        if (isLine && p.points.size() < 2)
            return makeError(QStringLiteral("a line boundary needs at least two points"), where);
    }
    return Ok{};
}

Result<void> checkPlacements(const ProjectData &d, const Id &object,
                             const QList<PlacementAt> &placements, const QString &where)
{
    for (qsizetype i = 0; i < placements.size(); ++i) {
        const Id &diagram = placements[i].diagram;
        if (!d.diagrams.contains(diagram))
            return makeError(QStringLiteral("diagram %1 does not exist").arg(idString(diagram)),
                             where);
        for (qsizetype j = 0; j < i; ++j) {
            if (placements[j].diagram == diagram)
                return makeError(
                    QStringLiteral("placed twice on diagram %1").arg(idString(diagram)), where);
        }
        if (Result<void> r = checkGeometry(d, object, placements[i].placement, where); !r)
            return r;
    }
    return Ok{};
}

bool wouldCycle(const ProjectData &d, const Id &zone, const Id &parent)
{
    // Walk up from the new parent; meeting the zone itself means a cycle. The hop limit guards
    // against a cycle that is already there.
    Id cur = parent;
    for (qsizetype hops = 0; !cur.isNull() && hops <= d.boundaries.size(); ++hops) {
        if (cur == zone)
            return true;
        cur = d.boundaries.value(cur).parent;
    }
    return !cur.isNull();
}

QList<PlacementAt> placementsOf(const ProjectData &d, const Id &object)
{
    QList<PlacementAt> out;
    for (const Id &diagram : ProjectData::sortedIds(d.diagrams)) {
        const auto &placements = d.diagrams[diagram].placements;
        const auto it = placements.constFind(object);
        if (it != placements.cend())
            out.append({diagram, *it});
    }
    return out;
}

void place(ProjectData &d, const Id &object, const QList<PlacementAt> &placements, Change *change)
{
    for (const PlacementAt &p : placements) {
        d.diagrams[p.diagram].placements.insert(object, p.placement);
        if (change)
            change->placements.insert({p.diagram, object});
    }
}

void unplaceEverywhere(ProjectData &d, const Id &object, Change *change)
{
    for (auto it = d.diagrams.begin(); it != d.diagrams.end(); ++it) {
        if (it->placements.remove(object) && change)
            change->placements.insert({it.key(), object});
    }
}

} // namespace tb::detail
