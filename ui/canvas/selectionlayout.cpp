#include "diagramscene.h"

#include <algorithm>

namespace tb {

namespace {
QList<ElementItem *> selectedElements(const QList<QGraphicsItem *> &items)
{
    QList<ElementItem *> out;
    for (QGraphicsItem *item : items) {
        if (item->type() == ElementItem::Type)
            out.append(static_cast<ElementItem *>(item));
    }
    return out;
}
} // namespace

bool DiagramScene::alignSelection(Align edge)
{
    const QList<ElementItem *> items = selectedElements(selectedItems());
    if (items.size() < 2 || !m_document)
        return false;
    QRectF box;
    for (const ElementItem *item : items)
        box = box.united(item->placementRect());
    QHash<ElementItem *, QPointF> to;
    for (ElementItem *item : items) {
        QRectF r = item->placementRect();
        switch (edge) {
        case Align::Left:
            r.moveLeft(box.left());
            break;
        case Align::Centre:
            r.moveCenter(QPointF(box.center().x(), r.center().y()));
            break;
        case Align::Right:
            r.moveRight(box.right());
            break;
        case Align::Top:
            r.moveTop(box.top());
            break;
        case Align::Middle:
            r.moveCenter(QPointF(r.center().x(), box.center().y()));
            break;
        case Align::Bottom:
            r.moveBottom(box.bottom());
            break;
        }
        to.insert(item, r.topLeft());
    }
    return commitLayout(to, tr("Align %1 Elements").arg(items.size()));
}

bool DiagramScene::distributeSelection(Qt::Orientation orientation)
{
    QList<ElementItem *> items = selectedElements(selectedItems());
    if (items.size() < 3 || !m_document)
        return false;
    const bool across = orientation == Qt::Horizontal;
    auto start = [across](const ElementItem *i) {
        return across ? i->placementRect().left() : i->placementRect().top();
    };
    auto extent = [across](const ElementItem *i) {
        return across ? i->placementRect().width() : i->placementRect().height();
    };
    std::sort(items.begin(), items.end(), [&](const ElementItem *a, const ElementItem *b) {
        return start(a) + extent(a) / 2 < start(b) + extent(b) / 2;
    });
    // Equal gaps between neighbours; the outermost two stay where they are.
    qreal used = 0;
    for (const ElementItem *item : std::as_const(items))
        used += extent(item);
    const qreal span = start(items.last()) + extent(items.last()) - start(items.first());
    const qreal gap = (span - used) / (items.size() - 1);
    QHash<ElementItem *, QPointF> to;
    qreal at = start(items.first());
    for (ElementItem *item : std::as_const(items)) {
        const QPointF pos = item->pos();
        to.insert(item, across ? QPointF(at, pos.y()) : QPointF(pos.x(), at));
        at += extent(item) + gap;
    }
    return commitLayout(to, tr("Distribute %1 Elements").arg(items.size()));
}

bool DiagramScene::commitLayout(const QHash<ElementItem *, QPointF> &to, const QString &text)
{
    QHash<CanvasItem *, QPointF> starts;
    QList<CanvasItem *> moved;
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        if (it.key()->pos() == it.value())
            continue;
        starts.insert(it.key(), it.key()->pos());
        moved.append(it.key());
    }
    if (moved.isEmpty())
        return false;
    ++m_syncing; // exact positions, not snapped
    for (auto it = to.cbegin(); it != to.cend(); ++it)
        it.key()->setPos(it.value());
    --m_syncing;
    m_dragStart = starts;
    const bool ok = commitMoves(moved, text);
    m_dragStart.clear();
    return ok;
}

} // namespace tb
