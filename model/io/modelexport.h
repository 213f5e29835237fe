#pragma once

#include "core/projectdata.h"
#include "core/result.h"

#include <QByteArray>
#include <QStringList>

namespace tb {

/// A project written in another tool's format, and what that format could not hold.
struct Exported
{
    QByteArray bytes;
    QStringList lost; // "threat \"X\": status accepted written as NotApplicable", ...
};

/// The formats `export` writes.
QStringList exportFormats();

/// Writes a project as canonical JSON ("threatbench-json"), Threat Dragon v2 JSON
/// ("threat-dragon") or Open Threat Model JSON ("otm").
Result<Exported> exportModel(const ProjectData &data, const QString &format);

/// Threat Dragon v2: one diagram per diagram, a cell per placement (actors, processes, stores,
/// boxes for zones, curves for line boundaries, flows), threats on the cell of what they are
/// about, with their mitigation tasks or justification as the mitigation text.
Exported exportThreatDragon(const ProjectData &data);

/// Open Threat Model 0.2: trust zones with their trust rating, components, dataflows, assets,
/// threats and mitigations, and one representation per diagram.
Exported exportOtm(const ProjectData &data);

/// Writes bytes through QSaveFile, so a failed write never leaves a half file.
Result<void> writeExportFile(const QByteArray &bytes, const QString &path);

} // namespace tb
