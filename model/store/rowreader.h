#pragma once

// Reads a whole project from its rows (internal to model/store).

#include "sqlitedb.h"

#include "core/projectdata.h"

namespace tb::store {

/// Loads every row into a ProjectData. A row that cannot be decoded (bad id, unknown kind,
/// malformed JSON) or a database that SQLite finds damaged is a BadInput error.
Result<ProjectData> loadProject(sql::Database &db);

} // namespace tb::store
