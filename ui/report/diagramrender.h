#pragma once

#include "core/projectdata.h"
#include "core/result.h"

#include <QImage>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace tb {

/// Writes one diagram as an SVG document, sized to the diagram's bounds (1 unit = 1 px).
/// The device is opened for writing if it is not open yet.
Result<void> renderDiagramSvg(const ProjectData &data, const Id &diagramId, QIODevice *device);

/// Renders one diagram to an ARGB image at `scale` times its natural size.
Result<QImage> renderDiagramImage(const ProjectData &data, const Id &diagramId, qreal scale = 1.0);

} // namespace tb
