#pragma once

#include "core/projectdata.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace tb {

class PropertyCatalog;

/// The canonical exchange format (*.threatbench.json): everything in the project, stable order,
/// stable formatting, so export -> import -> export is byte-identical and one change is a small
/// diff.
QByteArray writeCanonicalJson(const ProjectData &data);

/// Parses and validates a canonical file. Errors name the file, the JSON path (or line and
/// column for syntax errors) and what was expected.
Result<ProjectData> readCanonicalJson(const QByteArray &bytes, const QString &fileName,
                                      const PropertyCatalog &catalog);

Result<ProjectData> importCanonicalJsonFile(const QString &path, const PropertyCatalog &catalog);
/// Writes through QSaveFile, so a failed write never leaves a half file.
Result<void> exportCanonicalJsonFile(const ProjectData &data, const QString &path);

} // namespace tb
