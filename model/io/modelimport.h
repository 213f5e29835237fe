#pragma once

#include "core/result.h"
#include "importreport.h"

#include <QStringList>

namespace tb {

class PropertyCatalog;

/// The formats `import` reads, besides "auto".
QStringList importFormats();

/// Recognises a model file from its content, not its extension.
Result<QString> detectImportFormat(const QByteArray &bytes, const QString &fileName);

/// Reads a model file in a given format ("auto" recognises it) with a report of what was mapped.
Result<Imported> importModel(const QString &path, const QString &format,
                             const PropertyCatalog &catalog);

} // namespace tb
