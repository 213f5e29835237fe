#include "sqlitedb.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <cstdint>
#include <utility>

namespace tb::sql {

namespace {
// SQLITE_TRANSIENT is an old-style cast of -1; spelled out so the build stays warning-free.
const auto kTransient = reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));

// Waiting beats failing when a reader of the same file is recovering the WAL index.
constexpr int kBusyTimeoutMs = 5000;

QByteArray immutableUri(const QString &path)
{
    // immutable=1 makes SQLite take no locks and create no -wal/-shm files: the probe must not
    // leave a trace next to a file it refuses.
    QString abs = QFileInfo(path).absoluteFilePath();
    if (!abs.startsWith(QLatin1Char('/')))
        abs.prepend(QLatin1Char('/')); // Windows drive paths: file:/C:/...
    return QByteArray("file:") + QUrl::toPercentEncoding(abs, "/:") + QByteArray("?immutable=1");
}
} // namespace

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_bindError(other.m_bindError)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = other.m_bindError;
    }
    return *this;
}

void Statement::bind(int index, const QByteArray &utf8)
{
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                     kTransient);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

void Statement::bindStatic(int index, QByteArrayView utf8)
{
    // A null pointer would bind NULL: an empty view binds '' like bind(QByteArray()).
    const char *data = utf8.isNull() ? "" : utf8.data();
    const int rc = sqlite3_bind_text(m_stmt, index, data, static_cast<int>(utf8.size()),
                                     nullptr); // SQLITE_STATIC
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

void Statement::bind(int index, const QString &text)
{
    bind(index, text.toUtf8());
}

void Statement::bindOptional(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text.toUtf8());
}

void Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

void Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

void Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

int Statement::step()
{
    if (m_bindError != SQLITE_OK)
        return m_bindError;
    return sqlite3_step(m_stmt);
}

int Statement::run()
{
    int rc = step();
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    reset();
    return rc;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = SQLITE_OK;
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QByteArray Statement::utf8(int col) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView Statement::view(int col) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, col));
}

QString Statement::text(int col) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, col));
}

qint64 Statement::integer(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

Database::~Database()
{
    m_begin = {};
    m_commit = {};
    m_rollback = {};
    sqlite3_close(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_FULLMUTEX;
    QByteArray name = QFile::encodeName(path);
    switch (mode) {
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::Probe:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = immutableUri(path);
        break;
    }
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return db->error(QStringLiteral("cannot open the database"));
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    return db;
}

Error Database::error(const QString &what) const
{
    const QString detail
        = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    return makeError(what + QStringLiteral(": ") + detail, m_path, ErrorKind::Io);
}

Result<void> Database::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return error(QStringLiteral("database error"));
    return Ok{};
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return error(QStringLiteral("cannot prepare a statement"));
    return Statement(stmt);
}

Result<qint64> Database::queryInt(const char *sql)
{
    Result<Statement> st = prepare(sql);
    if (!st)
        return st.error();
    if (st.value().step() != SQLITE_ROW)
        return error(QStringLiteral("cannot read the database"));
    return st.value().integer(0);
}

Result<QStringList> Database::queryTexts(const char *sql)
{
    Result<Statement> st = prepare(sql);
    if (!st)
        return st.error();
    QStringList out;
    int rc = SQLITE_ROW;
    while ((rc = st.value().step()) == SQLITE_ROW)
        out.append(st.value().text(0));
    if (rc != SQLITE_DONE)
        return error(QStringLiteral("cannot read the database"));
    return out;
}

Result<void> Database::backupTo(Database &dest)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest.m_db, "main", m_db, "main");
    if (!backup)
        return dest.error(QStringLiteral("cannot start the copy"));
    const int stepped = sqlite3_backup_step(backup, -1); // all pages in one step: one snapshot
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return dest.error(QStringLiteral("cannot copy the project"));
    return Ok{};
}

Result<void> Database::begin()
{
    if (!m_begin.isValid()) {
        // IMMEDIATE takes the write lock up front, so a transaction never fails half way
        // because a reader started meanwhile.
        Result<Statement> b = prepare("BEGIN IMMEDIATE");
        Result<Statement> c = prepare("COMMIT");
        Result<Statement> r = prepare("ROLLBACK");
        if (!b || !c || !r)
            return error(QStringLiteral("cannot prepare transactions"));
        m_begin = std::move(b).value();
        m_commit = std::move(c).value();
        m_rollback = std::move(r).value();
    }
    if (m_begin.run() != SQLITE_DONE)
        return error(QStringLiteral("cannot begin a transaction"));
    return Ok{};
}

Result<void> Database::commit()
{
    if (m_commit.run() != SQLITE_DONE)
        return error(QStringLiteral("cannot commit"));
    return Ok{};
}

void Database::rollback()
{
    // A failed statement may already have rolled back; only roll back what is still open.
    if (m_rollback.isValid() && !sqlite3_get_autocommit(m_db))
        m_rollback.run();
}

} // namespace tb::sql
