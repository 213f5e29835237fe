#include "diagrampainter.h"

#include "core/propertycatalog.h"
#include "flowroute.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace tb {

namespace {
constexpr qreal kArrowLength = 10.0;
constexpr qreal kArrowHalfWidth = 4.5;
constexpr Qt::TextElideMode kElide = Qt::ElideRight;

QString tr(const char *text)
{
    return QCoreApplication::translate("tb::DiagramPainter", text);
}

QPen pen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color, width, style, Qt::RoundCap, Qt::RoundJoin);
    p.setCosmetic(false);
    return p;
}
} // namespace

DiagramPainter::DiagramPainter(const ProjectData &data, DiagramStyle style)
    : m_data(data), m_style(std::move(style))
{}

QList<Id> DiagramPainter::zonesOutermostFirst(const Diagram &diagram) const
{
    auto depth = [this](Id id) {
        int n = 0;
        // The hop limit guards against a cycle in a damaged file.
        for (; !id.isNull() && n <= m_data.boundaries.size(); ++n)
            id = m_data.boundaries.value(id).parent;
        return n;
    };
    QList<Id> zones;
    for (const Id &id : ProjectData::sortedIds(m_data.boundaries)) {
        if (m_data.boundaries[id].kind == BoundaryKind::Zone && diagram.placements.contains(id))
            zones.append(id);
    }
    std::stable_sort(zones.begin(), zones.end(),
                     [&](const Id &a, const Id &b) { return depth(a) < depth(b); });
    return zones;
}

QString DiagramPainter::zoneLabel(const Boundary &zone) const
{
    return tr("%1 \u00b7 trust %2").arg(zone.name).arg(zone.trustLevel);
}

QString DiagramPainter::stencilLabel(const Element &element) const
{
    if (element.stencil.isEmpty())
        return {};
    const Stencil *s = PropertyCatalog::builtIn().stencil(element.stencil);
    return QStringLiteral("\u00ab%1\u00bb").arg(s ? s->label : element.stencil);
}

void DiagramPainter::paintFitted(QPainter &painter, const Diagram &diagram, const QRectF &target,
                                 qreal maxScale) const
{
    painter.fillRect(target, m_style.background);
    painter.save();
    painter.setTransform(fitTransform(bounds(diagram), target, maxScale), true);
    paint(painter, diagram);
    painter.restore();
}

void DiagramPainter::paint(QPainter &p, const Diagram &diagram) const
{
    p.save();
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);

    // Back to front: zones (outer under inner), line boundaries, flows, zone labels, elements,
    // flow labels.
    for (const Id &id : zonesOutermostFirst(diagram))
        paintZone(p, m_data.boundaries[id], diagram.placements[id].rect);
    for (const Id &id : ProjectData::sortedIds(m_data.boundaries)) {
        const Boundary &b = m_data.boundaries[id];
        if (b.kind == BoundaryKind::Line && diagram.placements.contains(id))
            paintLine(p, b, QPolygonF(diagram.placements[id].points));
    }
    const auto routes = routeFlows(m_data, diagram);
    for (const auto &[id, route] : routes)
        paintFlow(p, m_data.flows[id], route);
    for (const Id &id : zonesOutermostFirst(diagram))
        paintZoneLabel(p, m_data.boundaries[id], diagram.placements[id].rect);
    for (const Id &id : ProjectData::sortedIds(m_data.elements)) {
        if (diagram.placements.contains(id))
            paintElement(p, m_data.elements[id], diagram.placements[id].rect);
    }
    // Labels last, so no shape hides them.
    for (const Id &id : ProjectData::sortedIds(m_data.boundaries)) {
        const Boundary &b = m_data.boundaries[id];
        const QPolygonF points(diagram.placements.value(id).points);
        if (b.kind == BoundaryKind::Line && points.size() >= 2 && !b.name.isEmpty())
            paintLineLabel(p, b, lineLabelRect(diagram, b, points));
    }
    const QHash<Id, QRectF> labels = placeFlowLabels(diagram, routes);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        paintFlowLabel(p, m_data.flows[it.key()], *it);
    p.restore();
}

void DiagramPainter::paintZone(QPainter &p, const Boundary &zone, const QRectF &rect) const
{
    const QColor stroke
        = zone.id == m_selection ? m_style.selection : m_style.zoneStroke(zone.trustLevel);
    p.setPen(pen(stroke, zone.id == m_selection ? 2.5 : 1.5, Qt::DashLine));
    p.setBrush(m_style.zoneFill(zone.trustLevel));
    p.drawRoundedRect(rect, 12, 12);
}

void DiagramPainter::paintZoneLabel(QPainter &p, const Boundary &zone, const QRectF &rect) const
{
    const QRectF label = zoneLabelRect(zone, rect);
    if (label.width() <= 0)
        return;
    // A chip under the text keeps it readable where a flow runs across it.
    QColor chip = m_style.background;
    chip.setAlpha(210);
    p.setPen(Qt::NoPen);
    p.setBrush(chip);
    p.drawRoundedRect(label.adjusted(-3, 0, 3, 0), 3, 3);
    p.setFont(m_style.zoneFont);
    p.setPen(m_style.zoneStroke(zone.trustLevel).darker(130));
    p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(m_style.zoneFont).elidedText(zoneLabel(zone), kElide, label.width()));
}

void DiagramPainter::paintLine(QPainter &p, const Boundary &line, const QPolygonF &points) const
{
    const bool selected = line.id == m_selection;
    p.setPen(
        pen(selected ? m_style.selection : m_style.lineBoundary, selected ? 3 : 2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(points);
}

void DiagramPainter::paintLineLabel(QPainter &p, const Boundary &line, const QRectF &label) const
{
    QColor chip = m_style.background;
    chip.setAlpha(200);
    p.setPen(Qt::NoPen);
    p.setBrush(chip);
    p.drawRoundedRect(label.adjusted(-2, 0, 2, 0), 3, 3);
    p.setFont(m_style.smallFont);
    p.setPen(m_style.lineBoundary.darker(120));
    p.drawText(label, Qt::AlignCenter, line.name);
}

void DiagramPainter::paintFlow(QPainter &p, const Flow &flow, const FlowRoute &route) const
{
    if (!route.isValid())
        return;
    QPolygonF line = route.points;
    const QPointF tip = line.last();
    const QLineF last(line[line.size() - 2], tip);
    if (last.length() < 1e-6)
        return;
    const QLineF unit = last.unitVector();
    const QPointF dir(unit.dx(), unit.dy());
    const QPointF normal(-dir.y(), dir.x());
    // Stop the line at the arrowhead's base so the round cap does not poke through its tip.
    line.last() = tip - dir * (kArrowLength * 0.8);

    if (flow.id == m_selection) {
        p.setPen(pen(m_style.selection, 5));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(route.points);
    }
    p.setPen(pen(m_style.flowStroke, 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(line);

    const QPointF base = tip - dir * kArrowLength;
    const QPolygonF head{tip, base + normal * kArrowHalfWidth, base - normal * kArrowHalfWidth};
    p.setPen(pen(m_style.flowStroke, 1));
    p.setBrush(m_style.flowStroke);
    p.drawPolygon(head);
}

void DiagramPainter::paintFlowLabel(QPainter &p, const Flow &flow, const QRectF &r) const
{
    QColor border = flow.id == m_selection ? m_style.selection : m_style.flowStroke;
    if (flow.id != m_selection)
        border.setAlpha(70);
    p.setPen(pen(border, 1));
    p.setBrush(m_style.labelBackground);
    p.drawRoundedRect(r, 4, 4);
    p.setFont(m_style.smallFont);
    p.setPen(m_style.text);
    p.drawText(r, Qt::AlignCenter, flow.name);
}

void DiagramPainter::paintElement(QPainter &p, const Element &e, const QRectF &rect) const
{
    const QPainterPath shape = elementPath(e, rect);
    if (e.id == m_selection) {
        p.setPen(pen(m_style.selection, 6));
        p.setBrush(Qt::NoBrush);
        p.drawPath(shape);
    }
    switch (e.kind) {
    case ElementKind::ExternalEntity:
        p.setPen(pen(m_style.externalStroke, 1.5));
        p.setBrush(m_style.externalFill);
        p.drawPath(shape);
        break;
    case ElementKind::Process:
        p.setPen(pen(m_style.processStroke, 1.5));
        p.setBrush(m_style.processFill);
        p.drawPath(shape);
        break;
    case ElementKind::DataStore:
        // The DFD store: open at both ends, closed by two parallel lines.
        p.fillRect(rect, m_style.storeFill);
        p.setPen(pen(m_style.storeStroke, 2, Qt::SolidLine));
        p.drawLine(rect.topLeft(), rect.topRight());
        p.drawLine(rect.bottomLeft(), rect.bottomRight());
        break;
    }
    paintElementText(p, e, rect);
}

void DiagramPainter::paintElementText(QPainter &p, const Element &e, const QRectF &rect) const
{
    // Round shapes lose their corners, so their text box is smaller.
    const bool round = e.kind == ElementKind::Process && isRoundProcess(rect);
    const qreal dx = round ? rect.width() * 0.15 : 8;
    const qreal dy = round ? rect.height() * 0.15 : 4;
    const QRectF inner = rect.adjusted(dx, dy, -dx, -dy);
    if (inner.width() <= 0 || inner.height() <= 0)
        return;

    const QString stencil = stencilLabel(e);
    const QFontMetricsF small(m_style.smallFont);
    const QFontMetricsF big(m_style.nameFont);
    const qreal stencilH = stencil.isEmpty() ? 0 : small.height() + 1;
    const int wrap = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    QRectF nameRect = big.boundingRect(QRectF(0, 0, inner.width(), 1e6), wrap, e.name);
    QString name = e.name;
    if (nameRect.height() > inner.height() - stencilH || nameRect.width() > inner.width()) {
        name = big.elidedText(e.name, kElide, inner.width());
        nameRect.setHeight(big.height());
    }
    const qreal blockH = std::min(stencilH + nameRect.height(), inner.height());
    qreal y = inner.center().y() - blockH / 2;

    if (!stencil.isEmpty()) {
        p.setFont(m_style.smallFont);
        p.setPen(m_style.mutedText);
        p.drawText(QRectF(inner.left(), y, inner.width(), small.height()), Qt::AlignCenter,
                   small.elidedText(stencil, kElide, inner.width()));
        y += stencilH;
    }
    p.setFont(m_style.nameFont);
    p.setPen(m_style.text);
    p.drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y), wrap, name);
}

} // namespace tb
