#pragma once

// Schema versions and the steps between them (internal to model/store, and its tests).

#include "core/result.h"

#include <functional>
#include <vector>

namespace tb::sql {
class Database;
}

namespace tb::store {

/// PRAGMA application_id of Threatbench project files: 'TBNC'.
constexpr int kApplicationId = 0x54424E43;

/// The schema this build writes; the last built-in step leads to it.
constexpr int kSchemaVersion = 7;

/// One schema step: brings a file of any older version up to `version`.
struct Migration
{
    int version = 0;
    std::function<Result<void>(sql::Database &)> run;
};

/// The steps this build knows, oldest first. Step 1 creates the schema, so a new file is a
/// migration from version 0 and there is one way to reach each version.
std::vector<Migration> builtInMigrations();
/// The steps in use: the built-in ones, or those of a live ScopedMigrations.
const std::vector<Migration> &migrations();
/// The version the steps in use lead to: the schema this build reads and writes.
int latestSchemaVersion();

/// Runs every step newer than `from` and sets user_version, all in ONE transaction: a failing
/// step rolls everything back and leaves the file as it was (qBittorrent's updateDB pattern).
Result<void> migrate(sql::Database &db, int from);

/// Test seam: replaces the step list for as long as it lives.
class ScopedMigrations final
{
public:
    explicit ScopedMigrations(std::vector<Migration> steps);
    ~ScopedMigrations();
    ScopedMigrations(const ScopedMigrations &) = delete;
    ScopedMigrations &operator=(const ScopedMigrations &) = delete;

private:
    std::vector<Migration> m_steps;
    const std::vector<Migration> *m_previous;
};

} // namespace tb::store
