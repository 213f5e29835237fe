#pragma once

#include "core/result.h"
#include "importreport.h"

#include <QByteArray>
#include <QString>

namespace tb {

/// True when the bytes look like a Threagile model: YAML with technical_assets (or
/// threagile_version) at the top level.
bool looksLikeThreagile(const QByteArray &bytes);

/// Imports a Threagile YAML model. Technical assets become elements of their type (external
/// entity, process, data store) with a stencil from their technology; communication links become
/// flows carrying the data assets they send and receive; trust boundaries become zones holding
/// the assets inside them, nested as declared; data assets keep their CIA ratings; risk tracking
/// entries become threats with their status and justification. Threagile has no layout, so the
/// one diagram is laid out as grids. Errors name the line and column.
Result<Imported> importThreagile(const QByteArray &bytes, const QString &fileName);

} // namespace tb
