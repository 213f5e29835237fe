#pragma once

// File > Export Diagram: the current diagram as SVG (vector, for documents and wikis) or PNG
// (twice its natural size, crisp on HiDPI screens and in slides).

#include "core/id.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace tb {

class Document;
struct ProjectData;

/// Writes `diagram` to `path`: SVG when the name ends in .svg, else PNG. Written through a
/// temporary file, so a failure leaves no partial file. Returns the error text, or empty.
QString exportDiagramTo(const ProjectData &data, const Id &diagram, const QString &path);

/// Asks where, then writes; returns the path written, or empty when cancelled or failed (the
/// message has been shown).
QString exportDiagramInteractively(QWidget *parent, const Document &document, const Id &diagram);

} // namespace tb
