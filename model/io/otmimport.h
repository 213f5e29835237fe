#pragma once

#include "core/result.h"
#include "importreport.h"

#include <QByteArray>
#include <QString>

namespace tb {

/// True when the bytes look like an Open Threat Model (OTM) JSON file (content, not extension).
bool looksLikeOtm(const QByteArray &bytes);

/// Imports an Open Threat Model JSON file (YAML is not read). Trust zones become zones with
/// their trust rating scaled to a trust level, components elements (kind and stencil guessed
/// from their type), dataflows flows, assets data assets; threat instances become threats added
/// by hand and mitigations tasks linked to them. Diagram representations give the layout, or
/// one is made. Ids derive from the file's ids; dangling and repeated ids are reported, and
/// malformed input is an error naming the file and the JSON path.
Result<Imported> importOtm(const QByteArray &bytes, const QString &fileName);

} // namespace tb
