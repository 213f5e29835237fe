#include "gridlayout.h"

#include <cmath>

namespace tb {

namespace {
constexpr double kWidth = 150;
constexpr double kHeight = 64;
constexpr double kGap = 50;
constexpr double kPadding = 30;
constexpr double kTitle = 30; // room for the zone's name above its contents
constexpr double kMinZoneWidth = 200;
constexpr double kMinZoneHeight = 120;

struct Contents
{
    QList<Id> elements;
    QList<Id> zones;
};

int columns(qsizetype count)
{
    return count == 0 ? 0 : static_cast<int>(std::ceil(std::sqrt(static_cast<double>(count))));
}

QSizeF gridSize(qsizetype count)
{
    const int cols = columns(count);
    if (cols == 0)
        return {0, 0};
    const auto rows = static_cast<int>((count + cols - 1) / cols);
    return {cols * kWidth + (cols - 1) * kGap, rows * kHeight + (rows - 1) * kGap};
}
} // namespace

QHash<Id, int> zoneDepths(const ProjectData &data, const QList<Id> &zones)
{
    QHash<Id, int> depth;
    for (const Id &start : zones) {
        QList<Id> chain; // innermost first
        Id at = start;
        for (; !at.isNull() && !depth.contains(at) && chain.size() <= zones.size();
             at = data.boundaries.value(at).parent)
            chain.append(at);
        int d = at.isNull() || !depth.contains(at) ? -1 : depth.value(at);
        for (auto it = chain.crbegin(); it != chain.crend(); ++it)
            depth.insert(*it, ++d);
    }
    return depth;
}

void layoutAsGrids(const ProjectData &data, const QList<Id> &zones, const QList<Id> &elements,
                   const QList<Id> &flows, Diagram &diagram)
{
    QHash<Id, Contents> inside; // zone (null: the diagram itself) -> what it holds
    for (const Id &z : zones)
        inside[data.boundaries.value(z).parent].zones.append(z);
    for (const Id &e : elements)
        inside[data.elements.value(e).zone].elements.append(e);
    const QHash<Id, int> depth = zoneDepths(data, zones);
    QList<Id> byDepth = zones;
    std::stable_sort(byDepth.begin(), byDepth.end(),
                     [&](const Id &a, const Id &b) { return depth.value(a) < depth.value(b); });
    QHash<Id, QSizeF> sizes; // bottom-up: the deepest zones first
    for (auto it = byDepth.crbegin(); it != byDepth.crend(); ++it) {
        const Contents c = inside.value(*it);
        const QSizeF grid = gridSize(c.elements.size());
        double rowWidth = 0, rowHeight = 0;
        for (const Id &z : c.zones) {
            rowWidth += (rowWidth > 0 ? kGap : 0) + sizes.value(z).width();
            rowHeight = std::max(rowHeight, sizes.value(z).height());
        }
        const double between = grid.height() > 0 && rowHeight > 0 ? kGap : 0;
        sizes.insert(*it, {std::max(kMinZoneWidth, std::max(grid.width(), rowWidth) + 2 * kPadding),
                           std::max(kMinZoneHeight,
                                    grid.height() + between + rowHeight + kTitle + 2 * kPadding)});
    }
    const auto place = [&](const Contents &c, QPointF origin) {
        const int cols = columns(c.elements.size());
        for (qsizetype i = 0; i < c.elements.size(); ++i) {
            const double x = origin.x() + static_cast<double>(i % cols) * (kWidth + kGap);
            const double y = origin.y() + static_cast<double>(i / cols) * (kHeight + kGap);
            diagram.placements.insert(c.elements[i], {QRectF(x, y, kWidth, kHeight), {}});
        }
        const double grid = gridSize(c.elements.size()).height();
        double x = origin.x();
        const double y = origin.y() + grid + (grid > 0 ? kGap : 0);
        for (const Id &z : c.zones) {
            diagram.placements.insert(z, {QRectF(QPointF(x, y), sizes.value(z)), {}});
            x += sizes.value(z).width() + kGap;
        }
    };
    place(inside.value(Id()), QPointF(0, 0)); // top-down: a zone is placed before its contents
    for (const Id &z : std::as_const(byDepth))
        place(inside.value(z),
              diagram.placements.value(z).rect.topLeft() + QPointF(kPadding, kPadding + kTitle));
    for (const Id &f : flows)
        diagram.placements.insert(f, {});
}

} // namespace tb
