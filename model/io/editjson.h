#pragma once

#include "core/edit.h"
#include "core/result.h"

#include <QJsonObject>

namespace tb {

/// Edits as JSON objects ({"op": "addElement", ...}), one per line in `threatbench-cli apply`
/// files. Objects inside edits use the canonical JSON encodings.
QJsonObject editToJson(const Edit &edit);
/// `where` prefixes error locations (e.g. "edits.jsonl:12").
Result<Edit> editFromJson(const QJsonObject &json, const QString &where);

} // namespace tb
