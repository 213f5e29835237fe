#include "diagramrender.h"

#include "diagrampainter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QPainter>
#include <QSvgGenerator>
#include <QtMath>

#include <cmath>

namespace tb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tb::DiagramRender", text);
}

Result<const Diagram *> findDiagram(const ProjectData &data, const Id &diagramId)
{
    const auto it = data.diagrams.constFind(diagramId);
    if (it == data.diagrams.cend())
        return makeError(tr("diagram %1 does not exist").arg(idString(diagramId)));
    return &*it;
}
} // namespace

Result<void> renderDiagramSvg(const ProjectData &data, const Id &diagramId, QIODevice *device)
{
    const Result<const Diagram *> diagram = findDiagram(data, diagramId);
    if (!diagram)
        return diagram.error();
    if (!device)
        return makeError(tr("no output device"), {}, ErrorKind::Io);
    if (!device->isOpen() && !device->open(QIODevice::WriteOnly))
        return makeError(tr("cannot open for writing: %1").arg(device->errorString()), {},
                         ErrorKind::Io);

    const DiagramPainter painter(data);
    const QRectF bounds = painter.bounds(**diagram);
    const QSize size(qCeil(bounds.width()), qCeil(bounds.height()));

    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(size);
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(96);
    // QSvgGenerator writes title and description verbatim: escape them, or a name such as
    // "<script>" becomes markup in the SVG (and in the HTML report that inlines it).
    svg.setTitle((*diagram)->name.toHtmlEscaped());
    svg.setDescription(tr("%1 \u2014 data flow diagram, drawn by Threatbench")
                           .arg(data.product.name)
                           .toHtmlEscaped());

    QPainter p;
    if (!p.begin(&svg))
        return makeError(tr("cannot write SVG: %1").arg(device->errorString()), {}, ErrorKind::Io);
    painter.paintFitted(p, **diagram, QRectF(QPointF(0, 0), size));
    if (!p.end())
        return makeError(tr("cannot write SVG: %1").arg(device->errorString()), {}, ErrorKind::Io);
    return Ok{};
}

Result<QImage> renderDiagramImage(const ProjectData &data, const Id &diagramId, qreal scale)
{
    const Result<const Diagram *> diagram = findDiagram(data, diagramId);
    if (!diagram)
        return diagram.error();
    if (!(scale > 0) || !std::isfinite(scale))
        return makeError(tr("the scale must be a positive number"));

    const DiagramPainter painter(data);
    const QRectF bounds = painter.bounds(**diagram);
    const QSize size(qCeil(bounds.width() * scale), qCeil(bounds.height() * scale));
    if (size.width() > 32768 || size.height() > 32768)
        return makeError(tr("the image would be too large (%1 x %2 pixels)")
                             .arg(size.width())
                             .arg(size.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white); // a picture for documents: no transparent holes between shapes
    QPainter p(&image);
    painter.paintFitted(p, **diagram, QRectF(QPointF(0, 0), size), scale);
    p.end();
    return image;
}

} // namespace tb
