#include "probe.h"

#include "migrations.h"
#include "sqlitedb.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace tb::store {

namespace {

constexpr int kHeaderSize = 100;

// Offsets in the SQLite file header (https://www.sqlite.org/fileformat.html).
constexpr int kPageSizeOffset = 16;
constexpr int kChangeCounterOffset = 24;
constexpr int kPageCountOffset = 28;
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;
constexpr int kValidForOffset = 92;

quint32 be32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

Error refuse(const QString &path, const QString &why)
{
    return makeError(why, path, ErrorKind::BadInput);
}

Error notOurs(const QString &path, quint32 appId)
{
    return refuse(path, QStringLiteral("not a Threatbench project: an SQLite database of another "
                                       "application (application_id 0x%1)")
                            .arg(appId, 8, 16, QLatin1Char('0')));
}

// The checks the header alone answers, before SQLite opens anything.
Result<void> checkHeader(const QString &path, qint64 fileSize, bool hasWal, int latestVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot read the file: %1").arg(file.errorString()), path,
                         ErrorKind::Io);
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3")))
        return refuse(path, QStringLiteral("not a Threatbench project (not an SQLite database)"));
    if (const quint32 appId = be32(header, kApplicationIdOffset); appId != kApplicationId)
        return notOurs(path, appId);
    if (const auto version = static_cast<int>(be32(header, kUserVersionOffset));
        version > latestVersion)
        return newerVersionError(path, version, latestVersion);
    // The in-header page count is trustworthy when its "valid for" counter matches, and the
    // file alone is the whole truth when there is no WAL to replay.
    const quint32 pageSize = qFromBigEndian<quint16>(header.constData() + kPageSizeOffset);
    const qint64 expected
        = static_cast<qint64>(be32(header, kPageCountOffset)) * (pageSize == 1 ? 65536 : pageSize);
    if (!hasWal && be32(header, kChangeCounterOffset) == be32(header, kValidForOffset)
        && expected > fileSize)
        return refuse(path, QStringLiteral("the file is truncated: it has %1 bytes of %2")
                                .arg(fileSize)
                                .arg(expected));
    return Ok{};
}

// What only SQLite can tell: the header as SQLite sees it (a WAL may be newer) and the pages.
Result<int> checkDatabase(const QString &path, int latestVersion)
{
    Result<std::unique_ptr<sql::Database>> db = sql::Database::open(path, readOnlyOpenMode(path));
    if (!db)
        return refuse(path, QStringLiteral("cannot be opened: %1").arg(db.error().message));
    sql::Database &conn = *db.value();
    const Result<qint64> appId = conn.queryInt("PRAGMA application_id");
    const Result<qint64> version = conn.queryInt("PRAGMA user_version");
    if (!appId)
        return refuse(path, QStringLiteral("the file is damaged: %1").arg(appId.error().message));
    if (!version)
        return refuse(path, QStringLiteral("the file is damaged: %1").arg(version.error().message));
    if (appId.value() != kApplicationId)
        return notOurs(path, static_cast<quint32>(appId.value()));
    if (version.value() > latestVersion)
        return newerVersionError(path, static_cast<int>(version.value()), latestVersion);
    const Result<QStringList> check = conn.queryTexts("PRAGMA quick_check");
    if (!check)
        return refuse(path, QStringLiteral("the file is damaged: %1").arg(check.error().message));
    if (check.value() != QStringList{QStringLiteral("ok")})
        return refuse(path, QStringLiteral("the file is damaged: %1").arg(check.value().value(0)));
    return static_cast<int>(version.value());
}

} // namespace

sql::Database::OpenMode readOnlyOpenMode(const QString &path)
{
    // A writer in WAL mode never changes the main file outside a checkpoint, so reading it
    // immutably is sound while no WAL exists; nor may a rollback journal, which a big batch
    // writes while it changes the main file in place (or a crash left to be rolled back).
    const bool pending = QFileInfo::exists(path + QStringLiteral("-wal"))
                         || QFileInfo::exists(path + QStringLiteral("-journal"));
    return pending ? sql::Database::OpenMode::ReadOnly : sql::Database::OpenMode::Probe;
}

Error newerVersionError(const QString &path, int fileVersion, int latestVersion)
{
    return refuse(path, QStringLiteral("the file was written by a newer version of Threatbench "
                                       "(schema version %1; this version reads up to %2). "
                                       "Upgrade Threatbench to open it.")
                            .arg(fileVersion)
                            .arg(latestVersion));
}

Result<int> probeProjectFile(const QString &path, int latestVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(path, QStringLiteral("the file was not found"));
    if (info.isDir())
        return refuse(path, QStringLiteral("is a folder, not a Threatbench project"));
    if (info.size() == 0)
        return refuse(path, QStringLiteral("the file is empty, not a Threatbench project"));
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (Result<void> r = checkHeader(path, info.size(), hasWal, latestVersion); !r)
        return r.error();
    return checkDatabase(path, latestVersion);
}

} // namespace tb::store
