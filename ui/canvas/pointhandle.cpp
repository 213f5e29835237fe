#include "pointhandle.h"

#include "canvasitems.h"
#include "diagramscene.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

#include <algorithm>

namespace tb {

namespace {
constexpr qreal kSize = 8.0; // as the corner handles of zones

QList<PointHandle *> handlesOf(const QGraphicsItem *owner)
{
    QList<PointHandle *> handles;
    for (QGraphicsItem *child : owner->childItems()) {
        if (child->type() == PointHandle::Type)
            handles.append(static_cast<PointHandle *>(child));
    }
    std::sort(handles.begin(), handles.end(),
              [](const PointHandle *a, const PointHandle *b) { return a->index() < b->index(); });
    return handles;
}
} // namespace

PointHandle::PointHandle(QGraphicsItem *owner, int index) : QGraphicsItem(owner), m_index(index)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::SizeAllCursor);
}

Id PointHandle::ownerId() const
{
    return isCanvasItem(parentItem()) ? static_cast<const CanvasItem *>(parentItem())->id() : Id();
}

void PointHandle::sync(QGraphicsItem *owner, const QList<QPointF> &points, bool shown)
{
    QList<PointHandle *> handles = handlesOf(owner);
    const qsizetype wanted = shown ? points.size() : 0;
    while (handles.size() > wanted)
        delete handles.takeLast();
    for (qsizetype i = 0; i < wanted; ++i) {
        PointHandle *h = i < handles.size() ? handles[i] : new PointHandle(owner, int(i));
        h->setPos(points[i]);
    }
}

PointHandle *PointHandle::current(const QGraphicsScene *scene)
{
    // Handles live only on selected items, so the selection is all there is to search.
    for (const QGraphicsItem *item : scene->selectedItems()) {
        for (PointHandle *h : handlesOf(item)) {
            if (h->m_current)
                return h;
        }
    }
    return nullptr;
}

void PointHandle::clearCurrent(const QGraphicsScene *scene)
{
    while (PointHandle *h = current(scene)) {
        h->m_current = false;
        h->update();
    }
}

QRectF PointHandle::boundingRect() const
{
    return QRectF(-kSize / 2, -kSize / 2, kSize, kSize).adjusted(-1, -1, 1, 1);
}

void PointHandle::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const DiagramStyle &s = static_cast<DiagramScene *>(scene())->style();
    p->setRenderHint(QPainter::Antialiasing, false);
    p->setPen(QPen(s.selection.darker(120), 1));
    p->setBrush(m_current ? s.selection : QColor(Qt::white));
    p->drawRect(QRectF(-kSize / 2, -kSize / 2, kSize, kSize));
}

void PointHandle::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Accepting keeps the owner selected and stops a rubber band or a move of the owner.
    clearCurrent(scene());
    m_current = true;
    update();
    m_dragging = true;
    m_start = scenePos();
    m_to = m_start;
    event->accept();
}

void PointHandle::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragging)
        return;
    // Keep where the handle was grabbed, so it does not jump under the pointer.
    const QPointF to = static_cast<DiagramScene *>(scene())->snap(
        m_start + event->scenePos() - event->buttonDownScenePos(Qt::LeftButton));
    if (to != m_to)
        preview(to);
}

void PointHandle::mouseReleaseEvent(QGraphicsSceneMouseEvent *)
{
    if (!m_dragging)
        return;
    m_dragging = false;
    if (m_to == m_start)
        return;
    // The edit re-syncs the owner (and so this handle): touch nothing after it.
    static_cast<DiagramScene *>(scene())->movePoint(ownerId(), m_index, m_to);
}

void PointHandle::preview(const QPointF &to)
{
    // The owner follows the drag at once; the model changes only on release.
    m_to = to;
    QGraphicsItem *owner = parentItem();
    if (auto *flow = qgraphicsitem_cast<FlowItem *>(owner)) {
        QList<QPointF> bends = flow->bends();
        if (m_index < bends.size()) {
            bends[m_index] = to;
            flow->setFlow(flow->flow(), bends);
        }
    } else if (auto *line = qgraphicsitem_cast<LineItem *>(owner)) {
        QList<QPointF> points = line->scenePoints();
        if (m_index < points.size()) {
            points[m_index] = to;
            line->setLine(line->line(), points);
        }
    }
}

} // namespace tb
