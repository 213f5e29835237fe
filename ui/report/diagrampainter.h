#pragma once

#include "core/projectdata.h"
#include "diagramstyle.h"

#include <QRectF>
#include <QTransform>

QT_BEGIN_NAMESPACE
class QPainter;
class QPolygonF;
QT_END_NAMESPACE

namespace tb {

struct FlowRoute;

/// Paints one diagram of a project onto any QPainter (widget, image, SVG, PDF), in diagram
/// coordinates. QtGui only, so the CLI can render with no display.
class DiagramPainter final
{
public:
    /// `data` must outlive the painter.
    explicit DiagramPainter(const ProjectData &data, DiagramStyle style = DiagramStyle::standard());

    const DiagramStyle &style() const { return m_style; }
    /// The object drawn highlighted (element, flow or boundary); null for none.
    void setSelection(const Id &id) { m_selection = id; }

    /// Everything the diagram draws, labels included, plus a margin: the page to fit.
    QRectF bounds(const Diagram &diagram) const;
    /// Paints in diagram coordinates with the painter's current transform. No background.
    void paint(QPainter &painter, const Diagram &diagram) const;
    /// Fills `target` with the background and paints the diagram scaled to fit and centred,
    /// never enlarged beyond `maxScale`.
    void paintFitted(QPainter &painter, const Diagram &diagram, const QRectF &target,
                     qreal maxScale = 1.0) const;
    /// The transform paintFitted() uses: diagram coordinates -> target coordinates.
    static QTransform fitTransform(const QRectF &bounds, const QRectF &target, qreal maxScale);

    /// The topmost element, flow label or zone at a point in diagram coordinates; null if none.
    Id objectAt(const Diagram &diagram, const QPointF &pos) const;

private:
    QList<Id> zonesOutermostFirst(const Diagram &diagram) const;
    QRectF zoneLabelRect(const Boundary &zone, const QRectF &rect) const;
    QList<QRectF> obstacles(const Diagram &diagram) const;
    QRectF lineLabelRect(const Diagram &diagram, const Boundary &line,
                         const QPolygonF &points) const;
    QSizeF flowLabelSize(const Flow &flow) const;
    QHash<Id, QRectF> placeFlowLabels(const Diagram &diagram,
                                      const QList<QPair<Id, FlowRoute>> &routes) const;
    QString zoneLabel(const Boundary &zone) const;
    QString stencilLabel(const Element &element) const;

    void paintZone(QPainter &p, const Boundary &zone, const QRectF &rect) const;
    void paintZoneLabel(QPainter &p, const Boundary &zone, const QRectF &rect) const;
    void paintLine(QPainter &p, const Boundary &line, const QPolygonF &points) const;
    void paintFlow(QPainter &p, const Flow &flow, const FlowRoute &route) const;
    void paintLineLabel(QPainter &p, const Boundary &line, const QRectF &label) const;
    void paintFlowLabel(QPainter &p, const Flow &flow, const QRectF &label) const;
    void paintElement(QPainter &p, const Element &element, const QRectF &rect) const;
    void paintElementText(QPainter &p, const Element &element, const QRectF &rect) const;

    const ProjectData &m_data;
    DiagramStyle m_style;
    Id m_selection;
};

} // namespace tb
