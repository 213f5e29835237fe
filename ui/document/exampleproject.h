#pragma once

#include "core/result.h"

#include <QString>

namespace tb {

/// The example shipped inside the application (canonical JSON resource).
QString exampleResourcePath();

/// The example as a project file under the app data folder (…/examples/), imported from the
/// bundled resource the first time. Returns its path; the file is not held open.
Result<QString> ensureExampleProject();

} // namespace tb
