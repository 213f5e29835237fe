// Every diagram on a page of its own, as vector graphics scaled to fit (never cut), on a
// landscape page when it is wider than tall, with a legend.

#include "diagrampainter.h"
#include "flowroute.h"
#include "reportpager.h"
#include "reportsections.h"

#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

namespace tb {

namespace {

QPen swatchPen(const QColor &c, double width, Qt::PenStyle style = Qt::SolidLine)
{
    return QPen(c, width, style, Qt::RoundCap, Qt::RoundJoin);
}

/// One line of legend entries under the diagram; returns its height.
double legendHeight(ReportPager &pager)
{
    return pager.lineHeight(pager.bodyFont()) * 2.2;
}

void drawLegend(ReportPager &pager, const DiagramStyle &style, const QRectF &area)
{
    QPainter *p = pager.painter();
    if (!p)
        return;
    const ReportText &tr = pager.content().text;
    const double sw = pager.mm(7), sh = pager.mm(3.6), gap = pager.mm(2), lw = pager.mm(0.35);
    const QFontMetricsF fm(pager.bodyFont(), p->device());
    p->save();
    p->setFont(pager.bodyFont());
    double x = area.left();
    const double cy = area.center().y();
    auto label = [&](const QString &text) {
        p->setPen(style.text);
        p->drawText(QPointF(x + sw + gap / 2, cy + fm.ascent() / 2 - fm.descent() / 2), text);
        x += sw + gap + fm.horizontalAdvance(text) + gap * 3;
    };
    const QRectF box(0, 0, sw, sh);
    auto elementSwatch = [&](ElementKind kind, const QColor &fill, const QColor &stroke) {
        const QRectF r = box.translated(x, cy - sh / 2);
        Element e;
        e.kind = kind;
        if (kind == ElementKind::DataStore) {
            p->fillRect(r, fill);
            p->setPen(swatchPen(stroke, lw));
            p->drawLine(r.topLeft(), r.topRight());
            p->drawLine(r.bottomLeft(), r.bottomRight());
        } else {
            p->setPen(swatchPen(stroke, lw));
            p->setBrush(fill);
            p->drawPath(elementPath(e, r));
        }
    };
    p->setFont(pager.bodyFont());
    p->drawText(QPointF(x, cy + fm.ascent() / 2 - fm.descent() / 2), tr("Legend") + u':');
    x += fm.horizontalAdvance(tr("Legend") + u':') + gap * 2;
    elementSwatch(ElementKind::ExternalEntity, style.externalFill, style.externalStroke);
    label(tr("External entity"));
    elementSwatch(ElementKind::Process, style.processFill, style.processStroke);
    label(tr("Process"));
    elementSwatch(ElementKind::DataStore, style.storeFill, style.storeStroke);
    label(tr("Data store"));
    // A flow: a line with an arrow head.
    p->setPen(swatchPen(style.flowStroke, lw));
    p->drawLine(QPointF(x, cy), QPointF(x + sw, cy));
    QPainterPath head;
    head.moveTo(x + sw, cy);
    head.lineTo(x + sw - sh * 0.6, cy - sh * 0.3);
    head.lineTo(x + sw - sh * 0.6, cy + sh * 0.3);
    head.closeSubpath();
    p->fillPath(head, style.flowStroke);
    label(tr("Data flow"));
    p->setPen(swatchPen(style.lineBoundary, lw, Qt::DashLine));
    p->drawLine(QPointF(x, cy), QPointF(x + sw, cy));
    label(tr("Trust boundary line"));
    const QRectF zone = box.translated(x, cy - sh / 2);
    p->setBrush(style.zoneFill(0));
    p->setPen(swatchPen(style.zoneStroke(0), lw, Qt::DashLine));
    p->drawRoundedRect(zone.adjusted(0, 0, -sw / 2, 0), sh / 4, sh / 4);
    p->setBrush(style.zoneFill(kMaxTrustLevel));
    p->setPen(swatchPen(style.zoneStroke(kMaxTrustLevel), lw, Qt::DashLine));
    p->drawRoundedRect(zone.adjusted(sw / 2, 0, 0, 0), sh / 4, sh / 4);
    label(tr("Trust zone (warm: untrusted, cool: trusted)"));
    p->restore();
}

} // namespace

void drawDiagrams(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    const QString title = sectionTitle(c.text, QStringLiteral("diagrams"));
    // Ligatures off (see ReportPager::font()), so the diagram's labels are searchable too.
    DiagramStyle style = DiagramStyle::standard();
    for (QFont *f : {&style.nameFont, &style.smallFont, &style.zoneFont})
        f->setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    const DiagramPainter painter(*c.data, style);
    if (c.diagrams.isEmpty()) {
        pager.beginSection(QStringLiteral("diagrams"), title, QPageLayout::Portrait);
        pager.paragraph(c.text("No diagram."), pager.bodyFont());
        return;
    }
    bool first = true;
    for (const Id &id : c.diagrams) {
        if (!pager.tick())
            return;
        const Diagram &diagram = c.data->diagrams[id];
        const QRectF bounds = painter.bounds(diagram);
        const auto orientation
            = bounds.width() > bounds.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
        if (first)
            pager.beginSection(QStringLiteral("diagrams"), title, orientation);
        else
            pager.newPage(orientation);
        first = false;
        pager.paragraph(diagram.name, pager.font(11, true));
        const QRectF body = pager.body();
        const double legend = legendHeight(pager);
        const QRectF target(body.left(), pager.y(), body.width(),
                            body.bottom() - pager.y() - legend - pager.mm(2));
        if (QPainter *p = pager.painter()) {
            // Diagram units are screen pixels (96 per inch): never enlarge past print size x 1.5.
            const qreal maxScale = 1.5 * p->device()->logicalDpiX() / 96.0;
            painter.paintFitted(
                *p, diagram, target.adjusted(pager.mm(1), pager.mm(1), -pager.mm(1), -pager.mm(1)),
                maxScale);
            p->save();
            p->setPen(QPen(QColor(0xc9, 0xcf, 0xd8), pager.mm(0.2)));
            p->setBrush(Qt::NoBrush);
            p->drawRect(target);
            p->restore();
        }
        drawLegend(pager, painter.style(),
                   QRectF(body.left(), body.bottom() - legend, body.width(), legend));
        pager.skip(pager.remaining());
    }
}

} // namespace tb
