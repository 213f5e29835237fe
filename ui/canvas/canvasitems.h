#pragma once

#include "core/objects.h"
#include "report/diagramstyle.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPolygonF>

namespace tb {

class DiagramScene;

/// What every canvas item shares: the model object it draws.
class CanvasItem : public QGraphicsItem
{
public:
    explicit CanvasItem(const Id &id) : m_id(id) {}
    const Id &id() const { return m_id; }
    /// Placement rect (elements, zones) in scene coordinates; empty for flows and lines.
    virtual QRectF placementRect() const { return {}; }

protected:
    DiagramScene *diagramScene() const;
    const DiagramStyle &style() const;

private:
    Id m_id;
};

/// Open-threat count and the colour of the highest open risk, shown on an element's corner.
struct ThreatBadge
{
    int open = 0;
    QColor colour;
    friend bool operator==(const ThreatBadge &, const ThreatBadge &) = default;
};

class ElementItem final : public CanvasItem
{
public:
    enum { Type = UserType + 1 };
    ElementItem(const Element &element, const QRectF &rect);

    int type() const override { return Type; }
    void setElement(const Element &element, const QRectF &rect);
    const Element &element() const { return m_element; }
    void setBadge(const ThreatBadge &badge);
    const ThreatBadge &badge() const { return m_badge; }
    /// Whether a detail diagram (the DFD level below) exists: a mark in the corner says so.
    void setDetailed(bool detailed);
    bool isDetailed() const { return m_detailed; }
    QRectF placementRect() const override;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintText(QPainter *p, const QRectF &rect) const;
    void paintBadge(QPainter *p) const;
    void paintDetailMark(QPainter *p, const QRectF &rect) const;

    Element m_element;
    QSizeF m_size;
    ThreatBadge m_badge;
    bool m_detailed = false;
};

/// A flow: drawn from outline to outline through its bend points, with its name at the middle.
/// Handles on the bend points once selected.
class FlowItem final : public CanvasItem
{
public:
    enum { Type = UserType + 2 };
    FlowItem(const Flow &flow, const QList<QPointF> &bends);

    int type() const override { return Type; }
    void setFlow(const Flow &flow, const QList<QPointF> &bends);
    const Flow &flow() const { return m_flow; }
    const QList<QPointF> &bends() const { return m_bends; }
    /// Sideways offset so flows between the same two elements do not overlap.
    void setFanOffset(qreal offset);
    /// Recomputes the drawn path from where both ends are now.
    void reroute();
    QPolygonF route() const { return m_route; }
    QRectF labelRect() const { return m_label; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    Flow m_flow;
    QList<QPointF> m_bends;
    qreal m_fan = 0;
    QPolygonF m_route;
    QRectF m_label;
    QRectF m_bounds;
};

/// A trust zone: a resizable region. Handles at the corners resize it once selected.
class ZoneItem final : public CanvasItem
{
public:
    enum { Type = UserType + 3 };
    ZoneItem(const Boundary &zone, const QRectF &rect);

    int type() const override { return Type; }
    void setZone(const Boundary &zone, const QRectF &rect);
    const Boundary &zone() const { return m_zone; }
    QRectF placementRect() const override;
    /// The corner handle (0..3: top-left, top-right, bottom-right, bottom-left) at a point in
    /// item coordinates, or -1.
    int handleAt(const QPointF &pos) const;
    bool isResizing() const { return m_resizing >= 0; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QRectF handleRect(int corner) const;

    Boundary m_zone;
    QSizeF m_size;
    int m_resizing = -1;
    QRectF m_resizeStart; // scene rect when the resize began
};

/// A line boundary: a dashed polyline that flows cross. Handles on its points once selected.
class LineItem final : public CanvasItem
{
public:
    enum { Type = UserType + 4 };
    LineItem(const Boundary &line, const QList<QPointF> &points);

    int type() const override { return Type; }
    void setLine(const Boundary &line, const QList<QPointF> &points);
    const Boundary &line() const { return m_line; }
    /// The polyline in scene coordinates (the item may have been dragged).
    QList<QPointF> scenePoints() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    Boundary m_line;
    QPolygonF m_points; // item coordinates
};

/// Whether a graphics item draws a model object (a CanvasItem), not a helper such as a handle.
inline bool isCanvasItem(const QGraphicsItem *item)
{
    return item && item->type() >= ElementItem::Type && item->type() <= LineItem::Type;
}

} // namespace tb
