#include "jsonreader.h"

#include <QJsonArray>

#include <cmath>

namespace tb {

Result<QJsonDocument> parseJsonDocument(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error == QJsonParseError::NoError)
        return doc;
    const QByteArray head = bytes.left(err.offset);
    const int line = static_cast<int>(head.count('\n')) + 1;
    const int column = err.offset - static_cast<int>(head.lastIndexOf('\n'));
    return makeError(QStringLiteral("not valid JSON: ") + err.errorString(),
                     fileName + QStringLiteral(": line %1, column %2").arg(line).arg(column));
}

JsonReader::JsonReader(const QJsonValue &value, QString path, QStringList allowedKeys)
    : m_object(value.toObject()), m_path(std::move(path))
{
    if (!value.isObject()) {
        failAt(m_path, QStringLiteral("expected an object"));
        return;
    }
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowedKeys.contains(it.key())) {
            fail(it.key(), QStringLiteral("unknown field; expected one of: ")
                               + allowedKeys.join(QStringLiteral(", ")));
            return;
        }
    }
}

void JsonReader::failAt(const QString &path, const QString &message)
{
    if (!m_error)
        m_error = makeError(message, path);
}

void JsonReader::fail(const QString &key, const QString &message)
{
    failAt(pathOf(key), message);
}

void JsonReader::adopt(const JsonReader &inner)
{
    if (!m_error && !inner.ok())
        m_error = inner.error();
}

QString JsonReader::text(const QString &key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(key, QStringLiteral("missing; expected text"));
        return {};
    }
    if (!v.isString())
        fail(key, QStringLiteral("expected text"));
    return v.toString();
}

double JsonReader::number(const QString &key, double fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        fail(key, QStringLiteral("expected a number"));
    return v.toDouble(fallback);
}

int JsonReader::integer(const QString &key, int min, int max, int fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    const double x = v.toDouble(min - 1.0);
    if (!v.isDouble() || x != std::floor(x) || x < min || x > max) {
        fail(key, QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    return static_cast<int>(x);
}

Id JsonReader::id(const QString &key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("missing; expected an id (a UUID)"));
        return {};
    }
    const Id id = v.isString() ? parseId(v.toString()) : Id();
    if (id.isNull())
        fail(key, QStringLiteral("expected an id (a UUID)"));
    return id;
}

QList<Id> JsonReader::ids(const QString &key)
{
    QList<Id> out;
    for (const auto &[v, path] : array(key)) {
        const Id id = v.isString() ? parseId(v.toString()) : Id();
        if (id.isNull())
            failAt(path, QStringLiteral("expected an id (a UUID)"));
        out.append(id);
    }
    return out;
}

Properties JsonReader::properties(const QString &key)
{
    Properties out;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return out;
    if (!v.isObject()) {
        fail(key, QStringLiteral("expected an object of property values"));
        return out;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it->isNull())
            failAt(pathOf(key) + QLatin1Char('.') + it.key(), QStringLiteral("expected a value"));
        out.insert(it.key(), *it);
    }
    return out;
}

namespace {
bool numbers(const QJsonArray &a, qsizetype count)
{
    if (a.size() != count)
        return false;
    for (const QJsonValue &x : a) {
        if (!x.isDouble() || !std::isfinite(x.toDouble()))
            return false;
    }
    return true;
}
} // namespace

QRectF JsonReader::rect(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    const QJsonArray a = v.toArray();
    if (!v.isArray() || !numbers(a, 4)) {
        fail(key, QStringLiteral("expected [x, y, width, height]"));
        return {};
    }
    return QRectF(a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble());
}

QList<QPointF> JsonReader::points(const QString &key)
{
    QList<QPointF> out;
    for (const auto &[v, path] : array(key)) {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || !numbers(a, 2)) {
            failAt(path, QStringLiteral("expected a point [x, y]"));
            return out;
        }
        out.append(QPointF(a[0].toDouble(), a[1].toDouble()));
    }
    return out;
}

QString JsonReader::oneOf(const QString &key, const QStringList &names, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isString() || !names.contains(v.toString())) {
        fail(key,
             QStringLiteral("expected one of \"%1\"").arg(names.join(QStringLiteral("\", \""))));
        return {};
    }
    return v.toString();
}

QList<std::pair<QJsonValue, QString>> JsonReader::array(const QString &key)
{
    QList<std::pair<QJsonValue, QString>> out;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        fail(key, QStringLiteral("expected a list"));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i)
        out.append({a[i], pathOf(key) + QStringLiteral("[%1]").arg(i)});
    return out;
}

} // namespace tb
