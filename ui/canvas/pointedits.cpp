// DiagramScene: the points of flows (bend points) and of line boundaries, as edits.

#include "diagramscene.h"

#include "document/document.h"
#include "pointhandle.h"

#include <QLineF>

#include <algorithm>

namespace tb {

namespace {

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    const qreal t
        = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + ab * t).length();
}

// The segment of a polyline nearest to `p` (from point i to point i + 1), or -1.
int nearestSegment(const QList<QPointF> &path, const QPointF &p)
{
    int best = -1;
    qreal bestDistance = 0;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const qreal d = distanceToSegment(p, path[i], path[i + 1]);
        if (best < 0 || d < bestDistance) {
            best = int(i);
            bestDistance = d;
        }
    }
    return best;
}

} // namespace

Id DiagramScene::addBoundaryLine(const QList<QPointF> &points)
{
    if (!m_document || !m_document->data().diagrams.contains(m_diagram) || points.size() < 2)
        return {};
    Boundary line;
    line.id = newId();
    line.kind = BoundaryKind::Line;
    int n = 1;
    for (const Boundary &b : m_document->data().boundaries)
        n += b.kind == BoundaryKind::Line ? 1 : 0;
    line.name = tr("Boundary line %1").arg(n);
    // A batch only for its undo text: one edit adds the boundary and its points.
    Batch batch{tr("Draw Boundary Line \u201c%1\u201d").arg(line.name),
                {AddBoundary{line, {{m_diagram, {QRectF(), points}}}}}};
    if (!apply(batch))
        return {};
    selectIds({line.id});
    return line.id;
}

bool DiagramScene::insertPoint(const Id &id, const QPointF &pos)
{
    if (!m_document)
        return false;
    const Placement placement = m_document->data().diagrams.value(m_diagram).placements.value(id);
    QList<QPointF> points = placement.points;
    const QPointF at = snap(pos);
    if (points.contains(at))
        return false;
    if (const FlowItem *flow = m_flows.value(id)) {
        // The drawn route runs outline, bends..., outline: segment i ends at bend i. A fanned
        // flow without bends has one virtual bend, hence the clamp.
        const int segment = nearestSegment(flow->route(), pos);
        if (segment < 0)
            return false;
        points.insert(std::min<qsizetype>(segment, points.size()), at);
        return commitPoints(id, points, tr("Add Bend Point"));
    }
    if (m_lines.contains(id)) {
        const int segment = nearestSegment(points, pos);
        if (segment < 0)
            return false;
        points.insert(segment + 1, at);
        return commitPoints(id, points, tr("Add Boundary Point"));
    }
    return false;
}

bool DiagramScene::movePoint(const Id &id, int index, const QPointF &pos)
{
    if (!m_document)
        return false;
    QList<QPointF> points
        = m_document->data().diagrams.value(m_diagram).placements.value(id).points;
    const bool flow = m_flows.contains(id);
    if ((!flow && !m_lines.contains(id)) || index < 0 || index >= points.size())
        return false;
    if (points[index] == pos) {
        ++m_syncing; // back where it was: drop the drag's preview
        syncObject(id);
        --m_syncing;
        return false;
    }
    points[index] = pos;
    return commitPoints(id, points, flow ? tr("Move Bend Point") : tr("Move Boundary Point"));
}

bool DiagramScene::removePoint(const Id &id, int index)
{
    if (!m_document)
        return false;
    QList<QPointF> points
        = m_document->data().diagrams.value(m_diagram).placements.value(id).points;
    const bool flow = m_flows.contains(id);
    // A line boundary needs two points; removing the line itself is Delete on the line.
    const qsizetype keep = flow ? 0 : 2;
    if ((!flow && !m_lines.contains(id)) || index < 0 || index >= points.size()
        || points.size() <= keep)
        return false;
    points.removeAt(index);
    return commitPoints(id, points, flow ? tr("Remove Bend Point") : tr("Remove Boundary Point"));
}

bool DiagramScene::removeCurrentPoint()
{
    const PointHandle *handle = PointHandle::current(this);
    return handle && removePoint(handle->ownerId(), handle->index());
}

bool DiagramScene::commitPoints(const Id &id, const QList<QPointF> &points, const QString &text)
{
    Placement placement = m_document->data().diagrams.value(m_diagram).placements.value(id);
    placement.points = points;
    if (apply(Batch{text, {MoveItems{m_diagram, {{id, placement}}}}}))
        return true;
    // Refused: show the points the model has.
    ++m_syncing;
    syncObject(id);
    --m_syncing;
    return false;
}

} // namespace tb
