#pragma once

#include "core/result.h"
#include "importreport.h"

#include <QByteArray>
#include <QString>

namespace tb {

/// True when the bytes look like a pytm JSON model (used by --format auto: content, not extension).
bool looksLikePytm(const QByteArray &bytes);

/// Imports a pytm JSON model (the hand-written input of pytm's json.load, or pytm's own --json
/// output). Boundaries become zones, Actor/ExternalEntity external entities, Process,
/// SetOfProcesses, Server and Lambda processes, Datastore stores, Data data assets, Dataflow
/// flows; one diagram is laid out automatically. Ids are derived from names, so importing the
/// same file twice gives identical projects. Everything that is not mapped exactly is listed in
/// the report; malformed input is an error naming the file and the JSON path or line and column.
Result<Imported> importPytm(const QByteArray &bytes, const QString &fileName);

} // namespace tb
