#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace tb {

namespace {

// Identity first, then what a reviewer reads next; anything else sorts after, by name.
const QStringList &keyOrder()
{
    // clang-format off
    static const QStringList order = {
        QStringLiteral("format"),
        QStringLiteral("formatVersion"),
        QStringLiteral("op"),
        QStringLiteral("id"),
        QStringLiteral("diagram"),
        QStringLiteral("kind"),
        QStringLiteral("name"),
        QStringLiteral("stencil"),
        QStringLiteral("source"),
        QStringLiteral("target"),
        QStringLiteral("protocol"),
        QStringLiteral("zone"),
        QStringLiteral("parent"),
        QStringLiteral("trustLevel"),
        QStringLiteral("templateId"),
        QStringLiteral("category"),
        QStringLiteral("title"),
        QStringLiteral("status"),
        QStringLiteral("justification"),
        QStringLiteral("likelihood"),
        QStringLiteral("impact"),
        QStringLiteral("description"),
        QStringLiteral("rect"),
        QStringLiteral("points"),
        QStringLiteral("product"),
        QStringLiteral("dataAssets"),
        QStringLiteral("boundaries"),
        QStringLiteral("elements"),
        QStringLiteral("flows"),
        QStringLiteral("diagrams"),
        QStringLiteral("threats"),
        QStringLiteral("tasks"),
        QStringLiteral("requirements"),
    };
    // clang-format on
    return order;
}

QStringList orderedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys(); // already sorted by name
    const QStringList &order = keyOrder();
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
        return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
    });
    return keys;
}

void writeString(QByteArray &out, const QString &s)
{
    // Escape per code unit, then encode once, so surrogate pairs stay whole.
    QString escaped;
    escaped.reserve(s.size() + 2);
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"')
            escaped += QLatin1String("\\\"");
        else if (u == u'\\')
            escaped += QLatin1String("\\\\");
        else if (u == u'\n')
            escaped += QLatin1String("\\n");
        else if (u == u'\r')
            escaped += QLatin1String("\\r");
        else if (u == u'\t')
            escaped += QLatin1String("\\t");
        else if (u < 0x20)
            escaped += QStringLiteral("\\u%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    out += '"';
    out += escaped.toUtf8();
    out += '"';
}

void writeNumber(QByteArray &out, double d)
{
    if (std::abs(d) < 9007199254740992.0 && d == std::floor(d))
        out += QByteArray::number(static_cast<qint64>(d));
    else
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

bool isFlat(const QJsonValue &v)
{
    // Arrays of scalars, or of arrays of numbers (points), stay on one line.
    if (!v.isArray())
        return !v.isObject();
    for (const QJsonValue &x : v.toArray()) {
        if (x.isObject() || (x.isArray() && !isFlat(x))
            || (x.isArray() && !x.toArray().isEmpty() && x.toArray().first().isArray()))
            return false;
    }
    return true;
}

void writeValue(QByteArray &out, const QJsonValue &v, int indent, bool pretty)
{
    const QByteArray pad = pretty ? QByteArray(indent * 2 + 2, ' ') : QByteArray();
    const QByteArray closePad = pretty ? QByteArray(indent * 2, ' ') : QByteArray();
    const char *nl = pretty ? "\n" : "";
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(out, v.toDouble());
        break;
    case QJsonValue::String:
        writeString(out, v.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty() || !pretty || isFlat(v)) {
            out += '[';
            for (qsizetype i = 0; i < a.size(); ++i) {
                out += i ? ", " : "";
                writeValue(out, a[i], indent, false);
            }
            out += ']';
            break;
        }
        out += '[';
        out += nl;
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += pad;
            writeValue(out, a[i], indent + 1, pretty);
            out += i + 1 < a.size() ? "," : "";
            out += nl;
        }
        out += closePad + ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out += "{}";
            break;
        }
        out += '{';
        out += nl;
        const QStringList keys = orderedKeys(o);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += pad;
            writeString(out, keys[i]);
            out += ": ";
            writeValue(out, o.value(keys[i]), indent + 1, pretty);
            if (i + 1 < keys.size())
                out += pretty ? ",\n" : ", ";
            else
                out += nl;
        }
        out += closePad + '}';
        break;
    }
    }
}

} // namespace

QByteArray writeStableJson(const QJsonValue &value)
{
    QByteArray out;
    writeValue(out, value, 0, true);
    out += '\n';
    return out;
}

QByteArray writeCompactJson(const QJsonValue &value)
{
    QByteArray out;
    writeValue(out, value, 0, false);
    return out;
}

} // namespace tb
