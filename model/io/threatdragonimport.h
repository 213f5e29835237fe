#pragma once

#include "core/result.h"
#include "importreport.h"

#include <QByteArray>
#include <QString>

namespace tb {

/// True when the bytes look like an OWASP Threat Dragon model, v2 or v1 (content, not extension).
bool looksLikeThreatDragon(const QByteArray &bytes);

/// Imports an OWASP Threat Dragon model (v2, and v1's JointJS diagrams). Each diagram becomes a
/// diagram with its own elements: actors external entities, processes, stores; boxes become
/// zones holding the elements drawn inside them, curves line boundaries with their points. Flow
/// and store flags map onto catalogue properties; a flow end attached to nothing snaps to the
/// element under it or gets a stand-in external entity, and both are reported. Threats become
/// threats added by hand, their mitigation texts tasks linked to them. Ids derive from the file's
/// ids, so importing the same file twice gives identical projects. Malformed input is an error
/// naming the file and the JSON path.
Result<Imported> importThreatDragon(const QByteArray &bytes, const QString &fileName);

} // namespace tb
