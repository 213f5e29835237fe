#pragma once

// Reading a whole project from either form it is kept in, for commands and views that only look.

#include "core/projectdata.h"
#include "core/result.h"

namespace tb {

/// Loads a project file (*.threatbench, read-only) or an exchange file (*.threatbench.json),
/// recognised from content.
Result<ProjectData> loadProjectData(const QString &path);

/// One side of a diff: like loadProjectData, but /dev/null or an empty file (what git difftool
/// passes for the missing side of an added or deleted file) is an empty model, and every error
/// names `path`.
Result<ProjectData> loadDiffSide(const QString &path);

} // namespace tb
