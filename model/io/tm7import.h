#pragma once

#include "core/result.h"
#include "importreport.h"

#include <QByteArray>
#include <QString>

namespace tb {

/// True when the bytes look like a Microsoft Threat Modeling Tool model (.tm7): XML whose root
/// element is <ThreatModel>.
bool looksLikeTm7(const QByteArray &bytes);

/// Imports a Microsoft Threat Modeling Tool model. Each drawing surface becomes a diagram;
/// stencils become elements of their generic kind (process, external interactor, data store)
/// with a Threatbench stencil where one fits; border boundaries become zones holding what is drawn
/// inside them, line boundaries line boundaries; list attributes map onto catalogue properties;
/// threat instances become threats with their state, priority and justification. The XML is read
/// with no DTD or entity processing (a DOCTYPE is refused) and with bounded depth, sizes and
/// counts; errors name the line and column. Importing the same file twice gives identical
/// projects.
Result<Imported> importTm7(const QByteArray &bytes, const QString &fileName);

} // namespace tb
