// DiagramView: editing the points of flows and line boundaries, and drawing new lines.

#include "diagramview.h"

#include "canvasitems.h"
#include "diagramscene.h"
#include "linetool.h"
#include "pointhandle.h"

#include <QMouseEvent>

namespace tb {

Id DiagramView::openDetailOfSelection()
{
    const QList<Id> ids = m_scene->selectedIds();
    if (ids.size() != 1 || !m_scene->elementItem(ids.first()))
        return {};
    const Id detail = m_scene->openOrDecompose(ids.first());
    if (!detail.isNull())
        Q_EMIT diagramRequested(detail);
    return detail;
}

void DiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    if (m_tool == Tool::Line) {
        finishLine(); // the press before this double-click placed the last point
        event->accept();
        return;
    }
    if (m_tool == Tool::Select && !m_spaceHeld) {
        const QPoint pos = event->position().toPoint();
        const QPointF at = mapToScene(pos);
        // The topmost handle, flow or line decides; an element or zone above them wins.
        for (QGraphicsItem *item : items(pos)) {
            if (item->type() == PointHandle::Type) {
                const auto *handle = static_cast<PointHandle *>(item);
                m_scene->removePoint(handle->ownerId(), handle->index());
            } else if (item->type() == FlowItem::Type) {
                const auto *flow = static_cast<FlowItem *>(item);
                if (flow->labelRect().contains(at)) {
                    m_scene->selectIds({flow->id()});
                    renameSelected();
                } else {
                    m_scene->insertPoint(flow->id(), at);
                }
            } else if (item->type() == LineItem::Type) {
                m_scene->insertPoint(static_cast<LineItem *>(item)->id(), at);
            } else if (item->type() == ElementItem::Type
                       && static_cast<ElementItem *>(item)->isDetailed()) {
                // Down one DFD level, as in a file manager's folders.
                m_scene->selectIds({static_cast<ElementItem *>(item)->id()});
                openDetailOfSelection();
            } else if (isCanvasItem(item)) {
                break;
            } else {
                continue;
            }
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void DiagramView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    m_lineTool->paint(painter);
}

void DiagramView::finishLine()
{
    if (!m_lineTool->finish().isNull())
        setTool(Tool::Select);
    viewport()->update();
}

void DiagramView::deleteSelectionOrPoint()
{
    if (!m_scene->removeCurrentPoint())
        m_scene->deleteSelection();
}

} // namespace tb
