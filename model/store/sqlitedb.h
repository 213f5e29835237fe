#pragma once

// A small RAII wrapper over SQLite's C API (internal to model/store, and used by its tests).
// Values only ever reach SQL through bound parameters; exec() is for constant SQL.

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace tb::sql {

/// One prepared statement, finalized on destruction. Prepare once, then bind/step/reset.
class Statement final
{
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite. Bind errors are kept and reported by step().
    void bind(int index, const QString &text);         // empty and null strings become ''
    void bindOptional(int index, const QString &text); // empty and null strings become NULL
    void bind(int index, const QByteArray &utf8);
    /// Binds without a copy: `utf8` must stay valid and unchanged until reset() (run() resets).
    void bindStatic(int index, QByteArrayView utf8);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, double value);
    void bindNull(int index);

    /// Runs one step: SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    /// Runs to completion (for statements without rows), then resets.
    int run();
    /// Resets and clears the bindings, ready for the next use.
    void reset();

    // Columns are 0-based, as in SQLite.
    bool isNull(int col) const;
    QString text(int col) const;
    QByteArray utf8(int col) const;
    /// The column's UTF-8 bytes without a copy: valid until the next step() or reset().
    QByteArrayView view(int col) const;
    qint64 integer(int col) const;
    double real(int col) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0;
};

/// One connection, closed on destruction (finalize its statements first).
class Database final
{
public:
    enum class OpenMode {
        ReadWrite,
        Create,   // read-write, creating the file if missing
        ReadOnly, // shares the writer's -wal/-shm (creates them if missing)
        Probe,    // read-only and immutable: no locks, no -wal/-shm, nothing written at all
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

    /// Runs constant SQL (schema, pragmas); never pass text built from values.
    Result<void> exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    /// Runs a constant query and returns the first column of its first row as an integer.
    Result<qint64> queryInt(const char *sql);
    /// Runs a constant query and returns the first column of every row as text.
    Result<QStringList> queryTexts(const char *sql);

    // Transactions use statements prepared once, so a write costs no parsing.
    Result<void> begin();
    Result<void> commit();
    void rollback();

    /// Copies the whole database into `dest` with SQLite's online backup API.
    Result<void> backupTo(Database &dest);

    /// An ErrorKind::Io error naming the file, with SQLite's last message.
    Error error(const QString &what) const;

private:
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

    sqlite3 *m_db = nullptr;
    QString m_path;
    Statement m_begin;
    Statement m_commit;
    Statement m_rollback;
};

} // namespace tb::sql
