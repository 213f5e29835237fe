#include "canvasitems.h"

#include "core/propertycatalog.h"
#include "diagramscene.h"
#include "pointhandle.h"
#include "report/flowroute.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace tb {

namespace {
constexpr qreal kArrowLength = 10.0;
constexpr qreal kArrowHalfWidth = 4.5;
constexpr qreal kHandle = 8.0;
constexpr qreal kMinZone = 40.0;
// Below this zoom text is unreadable, so it is not drawn (keeps big fitted views fast).
constexpr qreal kTextLod = 0.35;

QPen pen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    return QPen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
}

qreal lodOf(const QPainter *p, const QStyleOptionGraphicsItem *option)
{
    return option->levelOfDetailFromTransform(p->worldTransform());
}
} // namespace

DiagramScene *CanvasItem::diagramScene() const
{
    return static_cast<DiagramScene *>(scene());
}

const DiagramStyle &CanvasItem::style() const
{
    static const DiagramStyle fallback = DiagramStyle::standard();
    return scene() ? diagramScene()->style() : fallback;
}

// ---- ElementItem ----

ElementItem::ElementItem(const Element &element, const QRectF &rect) : CanvasItem(element.id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setZValue(100);
    setElement(element, rect);
}

void ElementItem::setElement(const Element &element, const QRectF &rect)
{
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
    }
    m_element = element;
    setPos(rect.topLeft());
    setToolTip(element.name);
    update();
}

void ElementItem::setDetailed(bool detailed)
{
    if (detailed == m_detailed)
        return;
    m_detailed = detailed;
    update();
}

void ElementItem::setBadge(const ThreatBadge &badge)
{
    if (badge == m_badge)
        return;
    if ((badge.open > 0) != (m_badge.open > 0))
        prepareGeometryChange();
    m_badge = badge;
    update();
}

QRectF ElementItem::placementRect() const
{
    return QRectF(pos(), m_size);
}

QRectF ElementItem::boundingRect() const
{
    // Room for the selection outline, and for the badge over the top-right corner. Kept
    // tight: rubber bands select what lies wholly inside them.
    const QRectF r = QRectF(QPointF(0, 0), m_size).adjusted(-4, -4, 4, 4);
    return m_badge.open > 0 ? r.adjusted(0, -8, 10, 0) : r;
}

QPainterPath ElementItem::shape() const
{
    return elementPath(m_element, QRectF(QPointF(0, 0), m_size));
}

void ElementItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const DiagramStyle &s = style();
    const QRectF rect(QPointF(0, 0), m_size);
    const qreal lod = lodOf(p, option);
    p->setRenderHint(QPainter::Antialiasing, lod > kTextLod);
    if (lod <= kTextLod && !isSelected()) {
        // Far out: a plain shape in the kind's colours is all that can be seen.
        p->setPen(Qt::NoPen);
        switch (m_element.kind) {
        case ElementKind::ExternalEntity:
            p->setBrush(s.externalStroke);
            p->drawRect(rect);
            break;
        case ElementKind::Process:
            p->setBrush(s.processStroke);
            p->drawEllipse(rect);
            break;
        case ElementKind::DataStore:
            p->setBrush(s.storeStroke);
            p->drawRect(rect);
            break;
        }
        if (m_badge.open > 0) {
            // The count would be a few pixels high: the risk colour alone says enough.
            p->setBrush(m_badge.colour.isValid() ? m_badge.colour : QColor(Qt::gray));
            p->drawEllipse(QRectF(m_size.width() - 8, -10, 20, 20));
        }
        return;
    }
    const QPainterPath outline = elementPath(m_element, rect);
    if (isSelected()) {
        p->setPen(pen(s.selection, 6));
        p->setBrush(Qt::NoBrush);
        p->drawPath(outline);
    }
    switch (m_element.kind) {
    case ElementKind::ExternalEntity:
        p->setPen(pen(s.externalStroke, 1.5));
        p->setBrush(s.externalFill);
        p->drawPath(outline);
        break;
    case ElementKind::Process:
        p->setPen(pen(s.processStroke, 1.5));
        p->setBrush(s.processFill);
        p->drawPath(outline);
        break;
    case ElementKind::DataStore:
        p->fillRect(rect, s.storeFill);
        p->setPen(pen(s.storeStroke, 2));
        p->drawLine(rect.topLeft(), rect.topRight());
        p->drawLine(rect.bottomLeft(), rect.bottomRight());
        break;
    }
    if (lod > kTextLod)
        paintText(p, rect);
    if (m_detailed)
        paintDetailMark(p, rect);
    if (m_badge.open > 0)
        paintBadge(p);
}

void ElementItem::paintDetailMark(QPainter *p, const QRectF &rect) const
{
    // Two stacked sheets in the bottom-right corner: "there is a diagram below this one".
    const QRectF back(rect.right() - 17, rect.bottom() - 14, 10, 7);
    const QRectF front = back.translated(3, 3);
    p->setPen(pen(style().processStroke, 1));
    p->setBrush(Qt::white);
    p->drawRect(back);
    p->drawRect(front);
}

void ElementItem::paintText(QPainter *p, const QRectF &rect) const
{
    const DiagramStyle &s = style();
    const bool round = m_element.kind == ElementKind::Process && isRoundProcess(rect);
    const qreal dx = round ? rect.width() * 0.15 : 8;
    const qreal dy = round ? rect.height() * 0.15 : 4;
    const QRectF inner = rect.adjusted(dx, dy, -dx, -dy);
    if (inner.width() <= 0 || inner.height() <= 0)
        return;
    QString stencil;
    if (!m_element.stencil.isEmpty()) {
        const Stencil *st = PropertyCatalog::builtIn().stencil(m_element.stencil);
        stencil = QStringLiteral("\u00ab%1\u00bb").arg(st ? st->label : m_element.stencil);
    }
    const QFontMetricsF small(s.smallFont);
    const QFontMetricsF big(s.nameFont);
    const qreal stencilH = stencil.isEmpty() ? 0 : small.height() + 1;
    const int wrap = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    QRectF nameRect = big.boundingRect(QRectF(0, 0, inner.width(), 1e6), wrap, m_element.name);
    QString name = m_element.name;
    if (nameRect.height() > inner.height() - stencilH || nameRect.width() > inner.width()) {
        name = big.elidedText(name, Qt::ElideRight, inner.width());
        nameRect.setHeight(big.height());
    }
    const qreal blockH = std::min(stencilH + nameRect.height(), inner.height());
    qreal y = inner.center().y() - blockH / 2;
    if (!stencil.isEmpty()) {
        p->setFont(s.smallFont);
        p->setPen(s.mutedText);
        p->drawText(QRectF(inner.left(), y, inner.width(), small.height()), Qt::AlignCenter,
                    small.elidedText(stencil, Qt::ElideRight, inner.width()));
        y += stencilH;
    }
    p->setFont(s.nameFont);
    p->setPen(s.text);
    p->drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y), wrap, name);
}

void ElementItem::paintBadge(QPainter *p) const
{
    const QRectF badge(m_size.width() - 8, -10, 20, 20);
    p->setPen(pen(Qt::white, 1.5));
    p->setBrush(m_badge.colour.isValid() ? m_badge.colour : QColor(Qt::gray));
    p->drawEllipse(badge);
    QFont font = style().smallFont;
    font.setBold(true);
    font.setPixelSize(m_badge.open > 99 ? 8 : 11);
    p->setFont(font);
    p->setPen(Qt::white);
    p->drawText(badge, Qt::AlignCenter,
                m_badge.open > 99 ? QStringLiteral("99+") : QString::number(m_badge.open));
}

QVariant ElementItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    DiagramScene *s = scene() ? diagramScene() : nullptr;
    if (change == ItemPositionChange && s && !s->isSyncing())
        return s->snap(value.toPointF());
    if (change == ItemPositionHasChanged && s)
        s->elementMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

// ---- FlowItem ----

FlowItem::FlowItem(const Flow &flow, const QList<QPointF> &bends) : CanvasItem(flow.id)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(50);
    setFlow(flow, bends);
}

void FlowItem::setFlow(const Flow &flow, const QList<QPointF> &bends)
{
    m_flow = flow;
    m_bends = bends;
    setToolTip(flow.protocol.isEmpty() ? flow.name
                                       : QStringLiteral("%1 (%2)").arg(flow.name, flow.protocol));
    reroute();
    PointHandle::sync(this, m_bends, isSelected());
}

QVariant FlowItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        PointHandle::sync(this, m_bends, value.toBool());
    return QGraphicsItem::itemChange(change, value);
}

void FlowItem::setFanOffset(qreal offset)
{
    if (qFuzzyCompare(offset + 1, m_fan + 1))
        return;
    m_fan = offset;
    reroute();
}

void FlowItem::reroute()
{
    DiagramScene *s = scene() ? diagramScene() : nullptr;
    const ElementItem *from = s ? s->elementItem(m_flow.source) : nullptr;
    const ElementItem *to = s ? s->elementItem(m_flow.target) : nullptr;
    QPolygonF route;
    if (from && to) {
        const QRectF a = from->placementRect();
        const QRectF b = to->placementRect();
        QList<QPointF> via = m_bends;
        if (via.isEmpty() && !qFuzzyIsNull(m_fan)) {
            // A virtual bend beside the straight line keeps parallel flows apart.
            const QLineF line(a.center(), b.center());
            const QLineF normal = line.normalVector().unitVector();
            via.append(line.pointAt(0.5) + QPointF(normal.dx(), normal.dy()) * (m_fan * 1.6));
        }
        const QPointF first = via.isEmpty() ? b.center() : via.first();
        const QPointF last = via.isEmpty() ? a.center() : via.last();
        route << outlinePoint(from->element().kind, a, first);
        for (const QPointF &pt : std::as_const(via))
            route << pt;
        route << outlinePoint(to->element().kind, b, last);
    }
    prepareGeometryChange();
    m_route = route;
    m_label = {};
    if (route.size() >= 2 && !m_flow.name.isEmpty()) {
        const QFontMetricsF fm(style().smallFont);
        const QSizeF size(std::min(fm.horizontalAdvance(m_flow.name) + 10, 180.0), fm.height() + 4);
        QRectF label(QPointF(0, 0), size);
        label.moveCenter(pointAlong(route, 0.5));
        m_label = label;
    }
    m_bounds = route.boundingRect().adjusted(-8, -8, 8, 8).united(m_label);
}

QRectF FlowItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath FlowItem::shape() const
{
    QPainterPath path;
    if (m_route.size() < 2)
        return path;
    path.addPolygon(m_route);
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath hit = stroker.createStroke(path);
    if (!m_label.isEmpty())
        hit.addRect(m_label);
    return hit;
}

void FlowItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_route.size() < 2)
        return;
    const DiagramStyle &s = style();
    const qreal lod = lodOf(p, option);
    p->setRenderHint(QPainter::Antialiasing, lod > kTextLod);
    if (lod <= kTextLod && !isSelected()) {
        // Thousands of flows far out: one cosmetic hairline each takes the raster engine's
        // fast path, and the arrowhead would be a dot at this size.
        p->setPen(QPen(s.flowStroke, 0));
        p->drawPolyline(m_route);
        return;
    }
    QPolygonF line = m_route;
    const QPointF tip = line.last();
    const QLineF lastSeg(line[line.size() - 2], tip);
    if (lastSeg.length() < 1e-6)
        return;
    const QLineF unit = lastSeg.unitVector();
    const QPointF dir(unit.dx(), unit.dy());
    const QPointF normal(-dir.y(), dir.x());
    line.last() = tip - dir * (kArrowLength * 0.8);
    if (isSelected()) {
        p->setPen(pen(s.selection, 5));
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(m_route);
    }
    p->setPen(pen(s.flowStroke, 1.5));
    p->setBrush(Qt::NoBrush);
    if (lod <= kTextLod) {
        // A cosmetic hairline takes the raster engine's fast path; the arrowhead would be a
        // dot at this size.
        p->setPen(QPen(s.flowStroke, 0));
        p->drawPolyline(m_route);
        return;
    }
    p->drawPolyline(line);
    const QPointF base = tip - dir * kArrowLength;
    p->setPen(pen(s.flowStroke, 1));
    p->setBrush(s.flowStroke);
    p->drawPolygon(
        QPolygonF{tip, base + normal * kArrowHalfWidth, base - normal * kArrowHalfWidth});
    if (lod > kTextLod && !m_label.isEmpty()) {
        QColor border = isSelected() ? s.selection : s.flowStroke;
        if (!isSelected())
            border.setAlpha(70);
        p->setPen(pen(border, 1));
        p->setBrush(s.labelBackground);
        p->drawRoundedRect(m_label, 4, 4);
        p->setFont(s.smallFont);
        p->setPen(s.text);
        const QFontMetricsF fm(s.smallFont);
        p->drawText(m_label, Qt::AlignCenter,
                    fm.elidedText(m_flow.name, Qt::ElideRight, m_label.width() - 6));
    }
}

// ---- ZoneItem ----

ZoneItem::ZoneItem(const Boundary &zone, const QRectF &rect) : CanvasItem(zone.id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZone(zone, rect);
}

void ZoneItem::setZone(const Boundary &zone, const QRectF &rect)
{
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
    }
    m_zone = zone;
    setPos(rect.topLeft());
    setToolTip(zone.name);
    update();
}

QRectF ZoneItem::placementRect() const
{
    return QRectF(pos(), m_size);
}

QRectF ZoneItem::handleRect(int corner) const
{
    const QRectF r(QPointF(0, 0), m_size);
    const QPointF c[] = {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
    return QRectF(c[corner] - QPointF(kHandle / 2, kHandle / 2), QSizeF(kHandle, kHandle));
}

int ZoneItem::handleAt(const QPointF &pos) const
{
    if (!isSelected())
        return -1;
    for (int i = 0; i < 4; ++i) {
        if (handleRect(i).adjusted(-2, -2, 2, 2).contains(pos))
            return i;
    }
    return -1;
}

QRectF ZoneItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-kHandle, -kHandle, kHandle, kHandle);
}

void ZoneItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const DiagramStyle &s = style();
    const QRectF rect(QPointF(0, 0), m_size);
    const qreal lod = lodOf(p, option);
    p->setRenderHint(QPainter::Antialiasing, lod > kTextLod);
    const bool selected = isSelected();
    const QColor stroke = selected ? s.selection : s.zoneStroke(m_zone.trustLevel);
    // Far out, a scaled dash pattern means thousands of tiny dashes to stroke: use a hairline
    // dashed in screen pixels instead.
    p->setPen(lod > kTextLod ? pen(stroke, selected ? 2.5 : 1.5, Qt::DashLine)
                             : QPen(stroke, 0, Qt::DashLine));
    p->setBrush(s.zoneFill(m_zone.trustLevel));
    p->drawRoundedRect(rect, 12, 12);
    if (lod > kTextLod) {
        const QString label
            = DiagramScene::tr("%1 \u00b7 trust %2").arg(m_zone.name).arg(m_zone.trustLevel);
        const QFontMetricsF fm(s.zoneFont);
        const QRectF text(10, 6, std::max(0.0, rect.width() - 20), fm.height());
        p->setFont(s.zoneFont);
        p->setPen(s.zoneStroke(m_zone.trustLevel).darker(130));
        p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(label, Qt::ElideRight, text.width()));
    }
    if (selected) {
        p->setPen(pen(s.selection.darker(120), 1));
        p->setBrush(Qt::white);
        for (int i = 0; i < 4; ++i)
            p->drawRect(handleRect(i));
    }
}

QVariant ZoneItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    DiagramScene *s = scene() ? diagramScene() : nullptr;
    if (change == ItemPositionChange && s && !s->isSyncing())
        return s->snap(value.toPointF());
    if (change == ItemPositionHasChanged && s)
        s->touch();
    return QGraphicsItem::itemChange(change, value);
}

void ZoneItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int h = handleAt(event->pos());
    setCursor(h < 0 ? Qt::ArrowCursor : (h % 2 == 0 ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor));
    CanvasItem::hoverMoveEvent(event);
}

void ZoneItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_resizing = event->button() == Qt::LeftButton ? handleAt(event->pos()) : -1;
    if (m_resizing >= 0) {
        m_resizeStart = placementRect();
        event->accept();
        return;
    }
    CanvasItem::mousePressEvent(event);
}

void ZoneItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing < 0) {
        CanvasItem::mouseMoveEvent(event);
        return;
    }
    QRectF r = m_resizeStart;
    const QPointF at = diagramScene()->snap(event->scenePos());
    switch (m_resizing) {
    case 0:
        r.setTopLeft(QPointF(std::min(at.x(), r.right() - kMinZone),
                             std::min(at.y(), r.bottom() - kMinZone)));
        break;
    case 1:
        r.setTopRight(QPointF(std::max(at.x(), r.left() + kMinZone),
                              std::min(at.y(), r.bottom() - kMinZone)));
        break;
    case 2:
        r.setBottomRight(
            QPointF(std::max(at.x(), r.left() + kMinZone), std::max(at.y(), r.top() + kMinZone)));
        break;
    default:
        r.setBottomLeft(
            QPointF(std::min(at.x(), r.right() - kMinZone), std::max(at.y(), r.top() + kMinZone)));
        break;
    }
    prepareGeometryChange();
    m_size = r.size();
    setPos(r.topLeft());
}

void ZoneItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing < 0) {
        CanvasItem::mouseReleaseEvent(event);
        return;
    }
    m_resizing = -1;
    if (placementRect() != m_resizeStart)
        diagramScene()->zoneResized(this, m_resizeStart);
}

// ---- LineItem ----

LineItem::LineItem(const Boundary &line, const QList<QPointF> &points) : CanvasItem(line.id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setZValue(60);
    setLine(line, points);
}

void LineItem::setLine(const Boundary &line, const QList<QPointF> &points)
{
    prepareGeometryChange();
    m_line = line;
    m_points = QPolygonF(points);
    setPos(0, 0);
    setToolTip(line.name);
    update();
    PointHandle::sync(this, m_points, isSelected());
}

QVariant LineItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    DiagramScene *s = scene() ? diagramScene() : nullptr;
    // Moved by whole grid steps, so points drawn on the grid stay on it.
    if (change == ItemPositionChange && s && !s->isSyncing())
        return s->snap(value.toPointF());
    if (change == ItemPositionHasChanged && s)
        s->touch();
    if (change == ItemSelectedHasChanged)
        PointHandle::sync(this, m_points, value.toBool());
    return QGraphicsItem::itemChange(change, value);
}

QList<QPointF> LineItem::scenePoints() const
{
    QList<QPointF> out;
    for (const QPointF &pt : m_points)
        out.append(pt + pos());
    return out;
}

QRectF LineItem::boundingRect() const
{
    return m_points.boundingRect().adjusted(-8, -8, 8, 8);
}

QPainterPath LineItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_points);
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path);
}

void LineItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const DiagramStyle &s = style();
    const qreal lod = lodOf(p, option);
    p->setRenderHint(QPainter::Antialiasing, lod > kTextLod);
    const QColor stroke = isSelected() ? s.selection : s.lineBoundary;
    p->setPen(lod > kTextLod ? pen(stroke, isSelected() ? 3 : 2, Qt::DashLine)
                             : QPen(stroke, 0, Qt::DashLine));
    p->drawPolyline(m_points);
}

} // namespace tb
