// Boundary crossings of DfdGraph: zones by membership, lines by drawn geometry.

#include "dfdgraph.h"

#include "core/projectdata.h"

#include <QLineF>
#include <QRectF>

#include <algorithm>

namespace tb {

namespace {

// A line boundary as drawn on one diagram, with its box to skip most segment tests.
struct DrawnLine
{
    Id id;
    QList<QLineF> segments;
    QRectF box;
};

QRectF boxOf(const QList<QPointF> &points)
{
    qreal minX = points.first().x(), maxX = minX;
    qreal minY = points.first().y(), maxY = minY;
    for (const QPointF &p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

// Closed-interval overlap: QRectF::intersects() is false for the zero-width box of a vertical
// or horizontal segment, which would hide real crossings.
bool boxesTouch(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom()
           && b.top() <= a.bottom();
}

bool pathCrosses(const QList<QPointF> &path, const QRectF &pathBox, const DrawnLine &line)
{
    if (!boxesTouch(pathBox, line.box))
        return false;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QLineF segment(path[i - 1], path[i]);
        for (const QLineF &l : line.segments) {
            if (segment.intersects(l, nullptr) == QLineF::BoundedIntersection)
                return true;
        }
    }
    return false;
}

// The line boundaries placed on a diagram, sorted by id; empty for most diagrams.
QList<DrawnLine> linesOn(const ProjectData &data, const Diagram &diagram)
{
    QList<DrawnLine> lines;
    for (auto it = diagram.placements.cbegin(); it != diagram.placements.cend(); ++it) {
        const auto b = data.boundaries.constFind(it.key());
        if (b == data.boundaries.cend() || b->kind != BoundaryKind::Line || it->points.size() < 2)
            continue;
        DrawnLine line{it.key(), {}, boxOf(it->points)};
        for (qsizetype i = 1; i < it->points.size(); ++i)
            line.segments.append(QLineF(it->points[i - 1], it->points[i]));
        lines.append(line);
    }
    std::sort(lines.begin(), lines.end(),
              [](const DrawnLine &a, const DrawnLine &b) { return idLess(a.id, b.id); });
    return lines;
}

} // namespace

Crossing DfdGraph::makeCrossing(const Id &boundary, BoundaryKind kind, const FlowEnds &ends) const
{
    const int from = m_trust[ends.source];
    const int to = m_trust[ends.target];
    const CrossingDirection dir = to > from   ? CrossingDirection::Inbound
                                  : to < from ? CrossingDirection::Outbound
                                              : CrossingDirection::Lateral;
    return Crossing{boundary, kind, from, to, dir};
}

void DfdGraph::addZoneCrossings(const FlowEnds &ends, QList<Crossing> *out) const
{
    // A flow crosses every zone holding exactly one of its ends: leave the source's zones
    // innermost first, then enter the target's zones outermost first.
    const QList<Id> from = m_zoneChains.value(m_innermostZone[ends.source]);
    const QList<Id> to = m_zoneChains.value(m_innermostZone[ends.target]);
    for (const Id &zone : from) {
        if (!to.contains(zone))
            out->append(makeCrossing(zone, BoundaryKind::Zone, ends));
    }
    for (auto it = to.crbegin(); it != to.crend(); ++it) {
        if (!from.contains(*it))
            out->append(makeCrossing(*it, BoundaryKind::Zone, ends));
    }
}

void DfdGraph::buildCrossings(const ProjectData &data)
{
    m_crossings.resize(m_ends.size());
    for (std::size_t i = 0; i < m_ends.size(); ++i)
        addZoneCrossings(m_ends[i], &m_crossings[i]);

    // Lines: only diagrams that hold one. Walk the elements drawn there and their out-flows,
    // so the cost follows the size of the diagram, not of the project.
    QHash<Id, QList<Id>> lineHits; // flow -> lines crossed on some diagram
    for (const Id &diagramId : ProjectData::sortedIds(data.diagrams)) {
        const Diagram &diagram = data.diagrams[diagramId];
        const QList<DrawnLine> lines = linesOn(data, diagram);
        if (lines.isEmpty())
            continue;
        const auto &placed = diagram.placements;
        for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
            const auto v = m_vertexOf.constFind(it.key());
            if (v == m_vertexOf.cend())
                continue;
            for (const Edge &e : boost::make_iterator_range(boost::out_edges(*v, m_graph))) {
                const auto target = placed.constFind(m_graph[boost::target(e, m_graph)].id);
                if (target == placed.cend())
                    continue;
                const Id &flow = m_graph[e].id;
                QList<QPointF> path{it->rect.center()};
                path.append(placed.value(flow).points); // bend points; none if not drawn here
                path.append(target->rect.center());
                const QRectF pathBox = boxOf(path);
                QList<Id> &hits = lineHits[flow];
                for (const DrawnLine &line : lines) {
                    if (!hits.contains(line.id) && pathCrosses(path, pathBox, line))
                        hits.append(line.id);
                }
            }
        }
    }

    for (auto it = lineHits.begin(); it != lineHits.end(); ++it) {
        if (it->isEmpty())
            continue;
        std::sort(it->begin(), it->end(), idLess);
        const auto index = std::size_t(flowIndex(it.key()));
        for (const Id &line : std::as_const(*it))
            m_crossings[index].append(makeCrossing(line, BoundaryKind::Line, m_ends[index]));
    }
    for (std::size_t i = 0; i < m_crossings.size(); ++i) { // already in order: no sort
        if (!m_crossings[i].isEmpty())
            m_crossingFlows.append(m_flowIds[qsizetype(i)]);
    }
}

QList<Crossing> DfdGraph::crossings(const Id &flow) const
{
    const qsizetype index = flowIndex(flow);
    return index < 0 ? QList<Crossing>() : crossingsAt(index);
}

} // namespace tb
