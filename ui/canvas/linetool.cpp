#include "linetool.h"

#include "diagramscene.h"

#include <QPainter>
#include <QPolygonF>

namespace tb {

void LineTool::addPoint(const QPointF &scenePos)
{
    const QPointF at = m_scene->snap(scenePos);
    // The press of a double-click lands where the click before it did.
    if (m_points.isEmpty() || m_points.last() != at)
        m_points.append(at);
    m_hover.reset();
}

void LineTool::hover(const QPointF &scenePos)
{
    if (isActive())
        m_hover = m_scene->snap(scenePos);
}

Id LineTool::finish()
{
    const QList<QPointF> points = m_points;
    cancel();
    return points.size() >= 2 ? m_scene->addBoundaryLine(points) : Id();
}

void LineTool::cancel()
{
    m_points.clear();
    m_hover.reset();
}

void LineTool::paint(QPainter *p) const
{
    if (!isActive())
        return;
    QPolygonF line(m_points);
    if (m_hover)
        line << *m_hover;
    const DiagramStyle &s = m_scene->style();
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(s.lineBoundary, 2, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(line);
    // The points placed so far, as the handles of a selected line show them.
    p->setPen(QPen(s.selection.darker(120), 0));
    p->setBrush(Qt::white);
    for (const QPointF &pt : m_points)
        p->drawRect(QRectF(pt - QPointF(4, 4), QSizeF(8, 8)));
    p->restore();
}

} // namespace tb
