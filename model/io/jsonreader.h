#pragma once

#include "core/id.h"
#include "core/objects.h"
#include "core/result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <optional>

namespace tb {

/// Parses a whole JSON document; a syntax error names the file, line and column.
Result<QJsonDocument> parseJsonDocument(const QByteArray &bytes, const QString &fileName);

/// Reads one JSON object field by field, checking types and names as it goes. The first
/// problem sticks and names the JSON path ("$.elements[3].kind") and what was expected, so
/// decoders read straight through and check ok() once.
class JsonReader
{
public:
    JsonReader(const QJsonValue &value, QString path, QStringList allowedKeys);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue raw(const QString &key) const { return m_object.value(key); }

    QString text(const QString &key, bool required = false);
    int integer(const QString &key, int min, int max, int fallback);
    double number(const QString &key, double fallback);
    Id id(const QString &key, bool required);
    QList<Id> ids(const QString &key);
    Properties properties(const QString &key);
    QRectF rect(const QString &key);
    QList<QPointF> points(const QString &key);
    /// One of the given names; `fallback` when absent and not required.
    QString oneOf(const QString &key, const QStringList &names, bool required);
    /// Items of an array field (empty when absent), each with its own path.
    QList<std::pair<QJsonValue, QString>> array(const QString &key);

    /// Records a problem at a key (first one wins).
    void fail(const QString &key, const QString &message);
    void failAt(const QString &path, const QString &message);
    void adopt(const JsonReader &inner);

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace tb
