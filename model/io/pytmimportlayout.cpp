// A first diagram for an imported pytm model, which has no layout of its own: each zone is a
// rectangle holding its elements in a grid with its inner zones in a row below them.

#include "pytmimportprivate.h"

#include <cmath>

namespace tb::pytm {

namespace {
constexpr double kElementWidth = 150;
constexpr double kElementHeight = 64;
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

int gridColumns(qsizetype count)
{
    return count == 0 ? 0 : static_cast<int>(std::ceil(std::sqrt(static_cast<double>(count))));
}

QSizeF gridSize(qsizetype count)
{
    const int cols = gridColumns(count);
    if (cols == 0)
        return {0, 0};
    const auto rows = static_cast<int>((count + cols - 1) / cols);
    return {cols * kElementWidth + (cols - 1) * kGap, rows * kElementHeight + (rows - 1) * kGap};
}

QSizeF contentSize(const Contents &c, const QHash<Id, QSizeF> &zoneSizes)
{
    const QSizeF grid = gridSize(c.elements.size());
    double rowWidth = 0, rowHeight = 0;
    for (const Id &z : c.zones) {
        rowWidth += (rowWidth > 0 ? kGap : 0) + zoneSizes.value(z).width();
        rowHeight = std::max(rowHeight, zoneSizes.value(z).height());
    }
    const double between = grid.height() > 0 && rowHeight > 0 ? kGap : 0;
    return {std::max(grid.width(), rowWidth), grid.height() + between + rowHeight};
}
} // namespace

void Importer::layout()
{
    QHash<Id, Contents> inside; // zone (null = the diagram itself) -> what it holds
    for (const Id &z : std::as_const(m_boundaryOrder))
        inside[m_data.boundaries[z].parent].zones.append(z);
    for (const Id &e : std::as_const(m_elementOrder))
        inside[m_data.elements[e].zone].elements.append(e);

    // Depth of each zone, memoised so long chains cost linear time and no recursion.
    QHash<Id, int> depth;
    for (const Id &start : std::as_const(m_boundaryOrder)) {
        QList<Id> chain;
        Id at = start;
        for (; !at.isNull() && !depth.contains(at); at = m_data.boundaries[at].parent)
            chain.prepend(at);
        int d = at.isNull() ? -1 : depth.value(at);
        for (const Id &z : std::as_const(chain))
            depth.insert(z, ++d);
    }
    QList<Id> byDepth = m_boundaryOrder;
    std::stable_sort(byDepth.begin(), byDepth.end(),
                     [&](const Id &a, const Id &b) { return depth.value(a) < depth.value(b); });

    // Sizes bottom-up: the deepest zones first.
    QHash<Id, QSizeF> sizes;
    for (auto it = byDepth.crbegin(); it != byDepth.crend(); ++it) {
        const QSizeF content = contentSize(inside.value(*it), sizes);
        sizes.insert(*it, {std::max(kMinZoneWidth, content.width() + 2 * kPadding),
                           std::max(kMinZoneHeight, content.height() + kTitle + 2 * kPadding)});
    }

    Diagram diagram;
    diagram.id = stableId(QStringLiteral("diagram"), m_data.product.name);
    diagram.name = m_data.product.name;
    const auto place = [&](const Contents &c, QPointF origin) {
        const int cols = gridColumns(c.elements.size());
        for (qsizetype i = 0; i < c.elements.size(); ++i) {
            const double x = origin.x() + static_cast<double>(i % cols) * (kElementWidth + kGap);
            const double y = origin.y() + static_cast<double>(i / cols) * (kElementHeight + kGap);
            diagram.placements.insert(c.elements[i],
                                      {QRectF(x, y, kElementWidth, kElementHeight), {}});
        }
        const double grid = gridSize(c.elements.size()).height();
        double x = origin.x();
        const double y = origin.y() + grid + (grid > 0 ? kGap : 0);
        for (const Id &z : c.zones) {
            diagram.placements.insert(z, {QRectF(QPointF(x, y), sizes.value(z)), {}});
            x += sizes.value(z).width() + kGap;
        }
    };
    // Top-down: a zone's rectangle is known before its contents are placed in it.
    place(inside.value(Id()), QPointF(0, 0));
    for (const Id &z : std::as_const(byDepth)) {
        const QRectF r = diagram.placements.value(z).rect;
        place(inside.value(z), r.topLeft() + QPointF(kPadding, kPadding + kTitle));
    }
    for (const Id &f : std::as_const(m_flowOrder))
        diagram.placements.insert(f, {});
    m_data.diagrams.insert(diagram.id, diagram);
}

} // namespace tb::pytm
