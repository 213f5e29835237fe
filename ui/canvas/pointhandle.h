#pragma once

#include "core/id.h"

#include <QGraphicsItem>
#include <QList>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QGraphicsScene;
QT_END_NAMESPACE

namespace tb {

/// A grip on one point of a selected flow's bends or of a selected line boundary, a child of
/// that item. Dragging it moves the point (snapped to the grid) in one undo step on release;
/// the last one pressed is "current", so Delete removes its point.
class PointHandle final : public QGraphicsItem
{
public:
    // Not in the CanvasItem range (see isCanvasItem()): a handle is no model object.
    enum { Type = UserType + 32 };

    PointHandle(QGraphicsItem *owner, int index);

    int type() const override { return Type; }
    /// The flow or line boundary whose point this is.
    Id ownerId() const;
    int index() const { return m_index; }
    bool isCurrent() const { return m_current; }

    /// Shows one handle per point on `owner` (in its coordinates), or none when not `shown`.
    static void sync(QGraphicsItem *owner, const QList<QPointF> &points, bool shown);
    /// The current handle of the scene, or null.
    static PointHandle *current(const QGraphicsScene *scene);
    static void clearCurrent(const QGraphicsScene *scene);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void preview(const QPointF &scenePos);

    int m_index;
    bool m_current = false;
    bool m_dragging = false;
    QPointF m_start; // scene position of the point when pressed
    QPointF m_to;    // where the drag has taken it
};

} // namespace tb
