#pragma once

// Internals shared by the importers of other tools' JSON (Threat Dragon, OTM), not a public API.

#include "core/result.h"
#include "importreport.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <optional>

namespace tb {

/// Limits that keep hostile input from costing unbounded time or memory.
constexpr qsizetype kMaxImportBytes = 128 * 1024 * 1024;
constexpr qsizetype kMaxImportObjects = 200000; // in one list
constexpr qsizetype kMaxImportTotal = 1000000;  // objects made, in all
constexpr double kMaxCoordinate = 1e6;

/// One import run: the first error (named by file and JSON path), the report, stable ids.
class ImportContext final
{
public:
    ImportContext(QString fileName, const QString &format, const QUuid &idNamespace);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    /// Records a problem at a JSON path ("$.detail.diagrams[0]"); the first one wins.
    void fail(const QString &path, const QString &message);
    void approximate(const QString &subject, const QString &what);
    void drop(const QString &subject, const QString &what);
    ImportReport &report() { return m_report; }

    /// A name-based id: the same key always gives the same id, and repeats stay distinct.
    Id stableId(const QString &kind, const QString &key);
    /// The document's root object; refuses oversized, malformed and non-object input.
    std::optional<QJsonObject> parseRoot(const QByteArray &bytes, const QString &expected);
    /// Fails when a list is longer than kMaxImportObjects.
    bool checkCount(qsizetype count, const QString &path);
    /// Counts one object made from the file; fails beyond kMaxImportTotal.
    bool countObject(const QString &path);
    /// Counts what was imported and checks it as the edit funnel would.
    Result<Imported> finish(ProjectData data);

private:
    QString m_file;
    QUuid m_namespace;
    ImportReport m_report;
    std::optional<Error> m_error;
    QHash<QString, int> m_idUses;
    qsizetype m_objects = 0;
};

/// One JSON object of another tool's file, read leniently but never wrongly: absent and null
/// both mean "not given", a wrong type fails the import at the value's JSON path, and the keys
/// nobody read can be listed for the report.
class ForeignObject final
{
public:
    /// Null or absent reads as an empty object; any other non-object fails.
    ForeignObject(ImportContext &ctx, const QJsonValue &value, QString path);

    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString &key) const;
    QJsonValue take(const QString &key);
    void skip(const QStringList &keys);

    QString text(const QString &key);
    std::optional<bool> boolean(const QString &key);
    bool isTrue(const QString &key) { return boolean(key).value_or(false); }
    std::optional<double> number(const QString &key);
    ForeignObject object(const QString &key);
    /// Items of a list with their paths; fails beyond kMaxImportObjects.
    QList<std::pair<QJsonValue, QString>> array(const QString &key);
    /// A list of texts; null items are skipped.
    QStringList texts(const QString &key);

    /// Keys not read whose values say something (not null, false, 0, "", [] or {}).
    QStringList unread() const;

private:
    ImportContext &m_ctx;
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_read;
};

/// Normalised for comparing names: lower-case letters and digits only.
QString squash(const QString &text);
/// Involved::kind for an element kind, as derivation writes it ("external-entity", ...).
QString involvedKind(ElementKind kind);
/// First line of a text, at most `max` characters (with an ellipsis when cut).
QString firstLine(const QString &text, int max);

} // namespace tb
