#pragma once

// The read-only check open() makes before it touches a file (internal to model/store).

#include "sqlitedb.h"

#include "core/result.h"

#include <QString>

namespace tb::store {

/// Checks, without writing anything (no locks, no journal, no -wal/-shm), that `path` is a
/// Threatbench project this build can read: present, SQLite, our application_id, a schema no
/// newer than `latestVersion`, and passing PRAGMA quick_check. Returns its schema version, or
/// a BadInput error that says what is wrong.
Result<int> probeProjectFile(const QString &path, int latestVersion);

/// How to read `path` without leaving a trace: immutable (no locks, no -wal/-shm created)
/// when it has no WAL, else through the WAL that a writer, live or killed, left beside it.
sql::Database::OpenMode readOnlyOpenMode(const QString &path);

/// The refusal for a file of a newer schema (shared with open(), which re-reads the version).
Error newerVersionError(const QString &path, int fileVersion, int latestVersion);

} // namespace tb::store
