#pragma once

#include "core/projectdata.h"

#include <QJsonObject>

namespace tb {

/// Product metadata and counts, with per-kind and per-status breakdowns: the document behind
/// `threatbench-cli info --json` and the GUI's status line.
QJsonObject projectInfo(const ProjectData &data);

} // namespace tb
