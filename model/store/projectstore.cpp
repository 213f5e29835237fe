#include "projectstore.h"

#include "migrations.h"
#include "probe.h"
#include "rowreader.h"
#include "rowwriter.h"
#include "sqlitedb.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <filesystem>
#include <system_error>

namespace tb {

struct ProjectStore::Private
{
    QString path;
    bool readOnly = false;
    // Destroyed in reverse order: statements before their connection, the lock last.
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<sql::Database> db;
    std::unique_ptr<store::RowWriter> writer;
    ProjectData loaded;

    /// Opens the connection for `path`, upgrades the schema if needed, loads if asked.
    Result<void> connect(bool load);
};

namespace {

using sql::Database;

Result<std::unique_ptr<QLockFile>> takeLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // A project may stay open for days: only a dead holder makes the lock stale, never its age.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() != QLockFile::LockFailedError)
        return makeError(QStringLiteral("cannot create the lock file %1.lock").arg(path), path,
                         ErrorKind::Io);
    LockHolder holder;
    if (!lock->getLockInfo(&holder.pid, &holder.host, &holder.application))
        holder.application = QStringLiteral("unknown program");
    return makeError(QStringLiteral("the project is open in another program: %1. You can open it "
                                    "read-only.")
                         .arg(holder.text()),
                     path, ErrorKind::Locked);
}

// Deletes the leftovers of a file SQLite had open at `path` (we hold its lock, so nobody has).
void removeSideFiles(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<void> useWal(Database &db)
{
    // WAL with synchronous=NORMAL: a commit appends to the -wal file without fsync, and only
    // checkpoints sync. The data is in the OS as soon as COMMIT returns, so a killed process
    // loses nothing committed and never leaves a torn file; only a power cut or OS crash can
    // lose the last few commits, and even then the file stays consistent. That buys thousands
    // of commits per second, which an edit-per-transaction design needs.
    const Result<QStringList> mode = db.queryTexts("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (mode.value() != QStringList{QStringLiteral("wal")})
        return makeError(QStringLiteral("cannot switch the file to WAL mode"), db.path(),
                         ErrorKind::Io);
    return db.exec("PRAGMA synchronous = NORMAL");
}

// A derivation writes up to ~200,000 threats (over 100 MB) in one transaction. With SQLite's
// default 2 MB page cache, the pages of the id index are spilled to the WAL and read back again
// and again; a bigger cache makes that write faster. The cache only grows as
// far as a transaction needs it, so small projects do not pay for it; 16 MiB gets most of the
// gain without adding much to the peak memory of a big derivation.
Result<void> useWriterCache(Database &db)
{
    if (Result<void> r = db.exec("PRAGMA cache_size = -16384"); !r) // KiB: 16 MiB
        return r;
    // After such a write is checkpointed, the -wal file would keep its size (as big as the
    // derivation) until the project is closed; cut it back so the file does not cost twice.
    return db.exec("PRAGMA journal_size_limit = 67108864");
}

// Writes `data` into a new file at `tmpPath` with the whole schema.
Result<void> buildFile(const QString &tmpPath, const ProjectData &data)
{
    Result<std::unique_ptr<Database>> opened = Database::open(tmpPath, Database::OpenMode::Create);
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    if (Result<void> r = useWriterCache(db); !r)
        return r;
    if (Result<void> r = store::migrate(db, 0); !r)
        return r;
    Result<std::unique_ptr<store::RowWriter>> writer = store::RowWriter::prepare(db);
    if (!writer)
        return writer.error();
    if (Result<void> r = db.begin(); !r)
        return r;
    if (Result<void> r = writer.value()->write(data, store::RowWriter::everything(data)); !r) {
        db.rollback();
        return r;
    }
    if (Result<void> r = db.commit(); !r)
        return r;
    writer.value().reset();
    return useWal(db); // recorded in the header, so every later open is in WAL mode
}

// Copies `source` into a new file at `tmpPath` with SQLite's online backup API.
Result<void> copyDatabase(Database &source, const QString &tmpPath)
{
    Result<std::unique_ptr<Database>> dest = Database::open(tmpPath, Database::OpenMode::Create);
    if (!dest)
        return dest.error();
    if (Result<void> r = source.backupTo(*dest.value()); !r)
        return r;
    return useWal(*dest.value());
} // closing checkpoints the copy and removes its -wal

// A fresh name next to `path` (same folder, so the final rename is atomic). SQLite creates
// the file, so it gets the usual permissions, not a temporary file's 0600.
Result<QString> siblingTempName(const QString &path)
{
    const QFileInfo info(path);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = info.absolutePath() + QStringLiteral("/.") + info.fileName()
                             + QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate(),
                                                             8, 16, QLatin1Char('0'));
        if (!QFileInfo::exists(name))
            return name;
    }
    return makeError(QStringLiteral("cannot find a free temporary name"), path, ErrorKind::Io);
}

Result<void> renameOver(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec)
        return makeError(QStringLiteral("cannot move the file into place: %1")
                             .arg(QString::fromStdString(ec.message())),
                         to, ErrorKind::Io);
    return Ok{};
}

// A big batch (see ProjectStore::write) that a crash cut short leaves a rollback journal next
// to a half-written file. SQLite puts the file back as it was before the batch when a writer
// first reads it; done here, under our lock, before the read-only checks look at the file.
Result<void> rollBackCutBatch(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    const Result<qint64> read = db.value()->queryInt("PRAGMA user_version");
    if (!read)
        return makeError(
            QStringLiteral("cannot undo the interrupted change: %1").arg(read.error().message),
            path);
    return Ok{};
}

} // namespace

QString LockHolder::text() const
{
    return QStringLiteral("process %1 (%2) on %3")
        .arg(pid)
        .arg(application.isEmpty() ? QStringLiteral("unknown program") : application,
             host.isEmpty() ? QStringLiteral("an unknown host") : host);
}

ProjectStore::ProjectStore() : d(std::make_unique<Private>()) {}

ProjectStore::~ProjectStore() = default;

int ProjectStore::schemaVersion()
{
    return store::kSchemaVersion;
}

int ProjectStore::applicationId()
{
    return store::kApplicationId;
}

const QString &ProjectStore::path() const
{
    return d->path;
}

bool ProjectStore::isReadOnly() const
{
    return d->readOnly;
}

const ProjectData &ProjectStore::loaded() const
{
    return d->loaded;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &path,
                                                           const ProjectData &data)
{
    if (QFileInfo::exists(path))
        return makeError(QStringLiteral("the file already exists"), path);
    Result<std::unique_ptr<QLockFile>> lock = takeLock(path);
    if (!lock)
        return lock.error();
    // Side files of an earlier file at this path would be replayed into the new one.
    removeSideFiles(path);
    // Built aside and renamed into place: a crash never leaves a half file at `path`.
    const Result<QString> tmp = siblingTempName(path);
    if (!tmp)
        return tmp.error();
    auto cleanup = qScopeGuard([&tmp] {
        QFile::remove(tmp.value());
        removeSideFiles(tmp.value());
    });
    if (Result<void> r = buildFile(tmp.value(), data); !r)
        return Error{r.error().message, path, r.error().kind}; // name the file, not the temp
    if (!QFile::rename(tmp.value(), path)) // refuses to replace a file created meanwhile
        return makeError(QStringLiteral("cannot move the new file into place"), path,
                         ErrorKind::Io);
    cleanup.dismiss();

    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->d->path = path;
    store->d->lock = std::move(lock).value();
    if (Result<void> r = store->d->connect(/*load=*/false); !r)
        return r.error();
    store->d->loaded = data;
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, Mode mode)
{
    std::unique_ptr<QLockFile> lock;
    if (mode == Mode::ReadWrite && QFileInfo::exists(path + QStringLiteral("-journal"))) {
        Result<std::unique_ptr<QLockFile>> taken = takeLock(path);
        if (!taken)
            return taken.error();
        lock = std::move(taken).value();
        if (Result<void> r = rollBackCutBatch(path); !r)
            return r.error();
    }
    // First a read-only look that writes nothing, so a file we refuse stays as it was.
    const Result<int> probed = store::probeProjectFile(path, store::latestSchemaVersion());
    if (!probed && mode == Mode::ReadOnly && QFileInfo::exists(path + QStringLiteral("-journal")))
        return makeError(QStringLiteral("a large change to the file is under way, or was cut "
                                        "short; try again later, or open the project for editing "
                                        "once to undo an interrupted change"),
                         path);
    if (!probed)
        return probed.error();
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->d->path = path;
    store->d->readOnly = mode == Mode::ReadOnly;
    if (!store->d->readOnly && !lock) {
        Result<std::unique_ptr<QLockFile>> taken = takeLock(path);
        if (!taken)
            return taken.error();
        lock = std::move(taken).value();
    }
    store->d->lock = std::move(lock);
    if (Result<void> r = store->d->connect(/*load=*/true); !r)
        return r.error();
    return store;
}

Result<void> ProjectStore::Private::connect(bool load)
{
    // Read-only opens leave no -wal/-shm behind when nobody writes the file.
    Result<std::unique_ptr<Database>> opened = Database::open(
        path, readOnly ? store::readOnlyOpenMode(path) : Database::OpenMode::ReadWrite);
    if (!opened)
        return opened.error();
    db = std::move(opened).value();
    if (!readOnly) {
        if (Result<void> r = useWal(*db); !r)
            return r;
        if (Result<void> r = useWriterCache(*db); !r)
            return r;
    }
    // Read again through this connection: a WAL left by a killed process may be newer.
    const Result<qint64> version = db->queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    const int latest = store::latestSchemaVersion();
    if (version.value() > latest)
        return store::newerVersionError(path, static_cast<int>(version.value()), latest);
    if (version.value() < latest) {
        if (readOnly)
            return makeError(QStringLiteral("the file was written by an older version of "
                                            "Threatbench; open it for editing once to upgrade it"),
                             path);
        if (Result<void> r = store::migrate(*db, static_cast<int>(version.value())); !r)
            return r;
    }
    if (load) {
        Result<ProjectData> data = store::loadProject(*db);
        if (!data)
            return data.error();
        loaded = std::move(data).value();
    }
    if (!readOnly) {
        Result<std::unique_ptr<store::RowWriter>> prepared = store::RowWriter::prepare(*db);
        if (!prepared)
            return prepared.error();
        writer = std::move(prepared).value();
    }
    return Ok{};
}

// A batch this big (a first derivation of a large model) is written through a rollback
// journal instead of the WAL: new rows go into new pages that need no journal entry, so the
// data is written once instead of twice (WAL, then checkpoint), and the WAL's per-frame index
// lookups, which slow down as a transaction grows, are skipped.
constexpr qsizetype kBulkRows = 20000;

// Switches the journal for one big transaction; false when another connection reads the file
// (the switch needs it alone), and the batch then goes through the WAL as usual.
bool enterBulkMode(Database &db)
{
    const Result<QStringList> mode = db.queryTexts("PRAGMA journal_mode = DELETE");
    if (!mode || mode.value() != QStringList{QStringLiteral("delete")})
        return false;
    // A rollback journal is only safe against power loss with full syncs.
    if (!db.exec("PRAGMA synchronous = FULL")) {
        (void)useWal(db);
        return false;
    }
    return true;
}

Result<void> ProjectStore::write(const ProjectData &data, const Change &change)
{
    if (d->readOnly || !d->writer)
        return makeError(QStringLiteral("the project file is open read-only"), d->path);
    const bool bulk = change.objects.size() >= kBulkRows && enterBulkMode(*d->db);
    // Back to WAL whatever happens. Should that fail, the file stays correct in the safer
    // mode, and the next open switches it; the committed batch must not be reported failed.
    const auto leaveBulk = qScopeGuard([&] {
        if (bulk)
            (void)useWal(*d->db);
    });
    if (Result<void> r = d->db->begin(); !r)
        return r;
    if (Result<void> r = d->writer->write(data, change); !r) {
        d->db->rollback();
        return r;
    }
    if (Result<void> r = d->db->commit(); !r) {
        d->db->rollback();
        return r;
    }
    return Ok{};
}

Result<void> ProjectStore::saveAs(const QString &path) const
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(d->path).absoluteFilePath())
        return makeError(QStringLiteral("cannot save a project over itself"), path);
    // Hold the target's lock so no other Threatbench has it open while we replace it.
    Result<std::unique_ptr<QLockFile>> lock = takeLock(path);
    if (!lock)
        return lock.error();
    const Result<QString> tmp = siblingTempName(path);
    if (!tmp)
        return tmp.error();
    auto cleanup = qScopeGuard([&tmp] {
        QFile::remove(tmp.value());
        removeSideFiles(tmp.value());
    });
    // A read-only store may read immutably; a writer may have started since, so look afresh.
    std::unique_ptr<Database> fresh;
    if (d->readOnly) {
        Result<std::unique_ptr<Database>> opened
            = Database::open(d->path, store::readOnlyOpenMode(d->path));
        if (!opened)
            return opened.error();
        fresh = std::move(opened).value();
    }
    if (Result<void> r = copyDatabase(fresh ? *fresh : *d->db, tmp.value()); !r)
        return Error{r.error().message, path, r.error().kind}; // name the file, not the temp
    // An old -wal next to the target would be replayed into the copy.
    removeSideFiles(path);
    if (Result<void> r = renameOver(tmp.value(), path); !r)
        return r;
    cleanup.dismiss();
    return Ok{};
}

} // namespace tb
