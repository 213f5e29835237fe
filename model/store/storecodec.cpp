#include "storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <limits>

namespace tb::store {

namespace {
// Most objects have no properties or assets: skip the parser for the empty forms.
const QByteArray kEmptyObject = QByteArrayLiteral("{}");
const QByteArray kEmptyArray = QByteArrayLiteral("[]");

bool parse(const QByteArray &json, QJsonDocument *doc)
{
    QJsonParseError error;
    *doc = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError;
}

bool parseArray(QByteArrayView json, QJsonArray *out)
{
    QJsonDocument doc;
    if (!parse(QByteArray::fromRawData(json.data(), json.size()), &doc) || !doc.isArray())
        return false;
    *out = doc.array();
    return true;
}

// Copies the leading printable ASCII of `s` that JSON leaves as it is; returns how much.
qsizetype appendPlainAscii(QByteArray &out, QStringView s)
{
    const qsizetype start = out.size();
    out.resize(start + s.size());
    char *dst = out.data() + start;
    qsizetype i = 0;
    for (; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        if (u < 0x20 || u >= 0x80 || u == u'"' || u == u'\\')
            break;
        dst[i] = static_cast<char>(u);
    }
    out.resize(start + i);
    return i;
}

// Appends `s` as a JSON string, byte for byte as QJsonDocument writes it.
void appendString(QByteArray &out, QStringView s)
{
    const qsizetype quote = out.size();
    out += '"';
    const QStringView rest = s.sliced(appendPlainAscii(out, s));
    const auto needsEscape = [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || u == u'"' || u == u'\\' || QChar::isSurrogate(u);
    };
    if (std::none_of(rest.begin(), rest.end(), needsEscape)) {
        out += rest.toUtf8();
        out += '"';
        return;
    }
    // Rare (control characters, quotes, backslashes, surrogates): Qt escapes it, so the
    // column keeps exactly the bytes QJsonDocument would write.
    out.truncate(quote);
    const QByteArray doc = QJsonDocument(QJsonArray{s.toString()}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(doc).sliced(1, doc.size() - 2); // without the [ ]
}

void appendNumber(QByteArray &out, int n)
{
    char digits[16];
    const std::to_chars_result r = std::to_chars(std::begin(digits), std::end(digits), n);
    out.append(digits, r.ptr - digits);
}

// Reads the canonical forms the writers below produce, without building a QJsonDocument. Any
// surprise (an escape, a space, a long number) makes it give up, and the caller falls back to
// QJsonDocument, which decides.
class Scanner
{
public:
    explicit Scanner(QByteArrayView json) : m_p(json.begin()), m_end(json.end()) {}

    bool eat(char c)
    {
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool eat(QByteArrayView token)
    {
        if (!QByteArrayView(m_p, m_end - m_p).startsWith(token))
            return false;
        m_p += token.size();
        return true;
    }

    // A string without escapes, as its UTF-8 bytes.
    bool raw(QByteArrayView *out)
    {
        if (!eat('"'))
            return false;
        const char *start = m_p;
        for (; m_p != m_end && *m_p != '"'; ++m_p) {
            if (*m_p == '\\' || static_cast<unsigned char>(*m_p) < 0x20)
                return false;
        }
        if (m_p == m_end)
            return false;
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }

    bool string(QString *out)
    {
        QByteArrayView bytes;
        if (!raw(&bytes))
            return false;
        *out = QString::fromUtf8(bytes);
        return true;
    }

    // An integer of at most 9 digits (so it fits an int), without leading zeros.
    bool number(int *out)
    {
        const bool negative = eat('-');
        const char *start = m_p;
        int value = 0;
        for (; m_p != m_end && *m_p >= '0' && *m_p <= '9'; ++m_p) {
            if (m_p - start == 9)
                return false;
            value = value * 10 + (*m_p - '0');
        }
        const auto digits = m_p - start;
        if (digits == 0 || (digits > 1 && *start == '0'))
            return false;
        *out = negative ? -value : value;
        return true;
    }

    // "[" item ("," item)* "]" or "[]", and nothing after it.
    template<typename ItemFn>
    bool list(ItemFn item)
    {
        if (!eat('['))
            return false;
        if (!eat(']')) {
            do {
                if (!item())
                    return false;
            } while (eat(','));
            if (!eat(']'))
                return false;
        }
        return m_p == m_end;
    }

private:
    const char *m_p;
    const char *m_end;
};

Id involvedId(const QString &text)
{
    return text.isEmpty() ? Id() : parseId(text);
}
} // namespace

QByteArray propertiesToJson(const Properties &props)
{
    if (props.isEmpty())
        return kEmptyObject;
    QJsonObject o;
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        o.insert(it.key(), *it);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool propertiesFromJson(const QByteArray &json, Properties *out)
{
    out->clear();
    if (json == kEmptyObject)
        return true;
    QJsonDocument doc;
    if (!parse(json, &doc) || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out->insert(it.key(), it.value());
    return true;
}

QByteArray idsToJson(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return kEmptyArray;
    QJsonArray a;
    for (const Id &id : ids)
        a.append(idString(id));
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

bool idsFromJson(const QByteArray &json, QList<Id> *out)
{
    out->clear();
    if (json == kEmptyArray)
        return true;
    QJsonDocument doc;
    if (!parse(json, &doc) || !doc.isArray())
        return false;
    for (const QJsonValue &v : doc.array()) {
        const Id id = parseId(v.toString());
        if (id.isNull())
            return false;
        out->append(id);
    }
    return true;
}

QByteArray pointsToJson(const QList<QPointF> &points)
{
    QJsonArray a;
    for (const QPointF &p : points)
        a.append(QJsonArray{p.x(), p.y()});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

bool pointsFromJson(const QByteArray &json, QList<QPointF> *out)
{
    out->clear();
    QJsonDocument doc;
    if (!parse(json, &doc) || !doc.isArray())
        return false;
    for (const QJsonValue &v : doc.array()) {
        const QJsonArray xy = v.toArray();
        if (xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble())
            return false;
        out->append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
    return true;
}

void appendUtf8(QByteArray &out, QStringView text)
{
    const QStringView rest = text.sliced(appendPlainAscii(out, text));
    if (!rest.isEmpty())
        out += rest.toUtf8();
}

void appendInvolvedJson(QByteArray &out, const QList<Involved> &involved)
{
    out += '[';
    for (qsizetype k = 0; k < involved.size(); ++k) {
        const Involved &i = involved[k];
        out += k ? ",{\"id\":\"" : "{\"id\":\"";
        if (!i.id.isNull())
            out += i.id.toByteArray(QUuid::WithoutBraces);
        out += "\",\"kind\":";
        appendString(out, i.kind);
        out += ",\"name\":";
        appendString(out, i.name);
        out += '}';
    }
    out += ']';
}

QByteArray involvedToJson(const QList<Involved> &involved)
{
    if (involved.isEmpty())
        return kEmptyArray;
    QByteArray out;
    appendInvolvedJson(out, involved);
    return out;
}

bool involvedFromJson(QByteArrayView json, QList<Involved> *out)
{
    out->clear();
    Scanner s(json);
    QByteArrayView id;
    const bool fast = s.list([&] {
        Involved i;
        if (!s.eat(QByteArrayView("{\"id\":")) || !s.raw(&id)
            || !s.eat(QByteArrayView(",\"kind\":")) || !s.string(&i.kind)
            || !s.eat(QByteArrayView(",\"name\":")) || !s.string(&i.name) || !s.eat('}'))
            return false;
        // Ids are ASCII: parse the bytes without making a QString of them.
        i.id = QUuid::fromString(QLatin1StringView(id));
        if (i.id.isNull() && !id.isEmpty())
            return false;
        out->append(std::move(i));
        return true;
    });
    if (fast)
        return true;
    out->clear();
    QJsonArray array;
    if (!parseArray(json, &array))
        return false;
    for (const QJsonValue &v : std::as_const(array)) {
        const QJsonObject o = v.toObject();
        const QJsonValue idValue = o.value(QLatin1String("id"));
        const QJsonValue kind = o.value(QLatin1String("kind"));
        const QJsonValue name = o.value(QLatin1String("name"));
        if (!idValue.isString() || !kind.isString() || !name.isString())
            return false;
        Involved i{involvedId(idValue.toString()), kind.toString(), name.toString()};
        if (i.id.isNull() && !idValue.toString().isEmpty())
            return false;
        out->append(std::move(i));
    }
    return true;
}

void appendNumbersJson(QByteArray &out, const QList<int> &numbers)
{
    out += '[';
    for (qsizetype k = 0; k < numbers.size(); ++k) {
        if (k)
            out += ',';
        appendNumber(out, numbers[k]);
    }
    out += ']';
}

QByteArray numbersToJson(const QList<int> &numbers)
{
    if (numbers.isEmpty())
        return kEmptyArray;
    QByteArray out;
    appendNumbersJson(out, numbers);
    return out;
}

bool numbersFromJson(QByteArrayView json, QList<int> *out)
{
    out->clear();
    Scanner s(json);
    const bool fast = s.list([&] {
        int n = 0;
        if (!s.number(&n))
            return false;
        out->append(n);
        return true;
    });
    if (fast)
        return true;
    out->clear();
    QJsonArray array;
    if (!parseArray(json, &array))
        return false;
    for (const QJsonValue &v : std::as_const(array)) {
        // toInteger() gives the fallback for anything but a whole number.
        constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
        const qint64 n = v.toInteger(kNotWhole);
        if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
            return false;
        out->append(static_cast<int>(n));
    }
    return true;
}

void appendStringsJson(QByteArray &out, const QStringList &strings)
{
    out += '[';
    for (qsizetype k = 0; k < strings.size(); ++k) {
        if (k)
            out += ',';
        appendString(out, strings[k]);
    }
    out += ']';
}

QByteArray stringsToJson(const QStringList &strings)
{
    if (strings.isEmpty())
        return kEmptyArray;
    QByteArray out;
    appendStringsJson(out, strings);
    return out;
}

bool stringsFromJson(QByteArrayView json, QStringList *out)
{
    out->clear();
    Scanner s(json);
    const bool fast = s.list([&] {
        QString text;
        if (!s.string(&text))
            return false;
        out->append(std::move(text));
        return true;
    });
    if (fast)
        return true;
    out->clear();
    QJsonArray array;
    if (!parseArray(json, &array))
        return false;
    for (const QJsonValue &v : std::as_const(array)) {
        if (!v.isString())
            return false;
        out->append(v.toString());
    }
    return true;
}

void appendEvidenceJson(QByteArray &out, const QList<Evidence> &evidence)
{
    out += '[';
    for (qsizetype k = 0; k < evidence.size(); ++k) {
        const Evidence &e = evidence[k];
        out += k ? ",{\"date\":\"" : "{\"date\":\"";
        if (e.date.isValid())
            appendUtf8(out, e.date.toString(Qt::ISODate)); // digits and dashes only
        out += "\",\"kind\":";
        appendString(out, e.kind);
        out += ",\"value\":";
        appendString(out, e.value);
        out += '}';
    }
    out += ']';
}

QByteArray evidenceToJson(const QList<Evidence> &evidence)
{
    if (evidence.isEmpty())
        return kEmptyArray;
    QByteArray out;
    appendEvidenceJson(out, evidence);
    return out;
}

bool evidenceFromJson(QByteArrayView json, QList<Evidence> *out)
{
    out->clear();
    Scanner s(json);
    const bool fast = s.list([&] {
        Evidence e;
        QString date;
        if (!s.eat(QByteArrayView("{\"date\":")) || !s.string(&date)
            || !s.eat(QByteArrayView(",\"kind\":")) || !s.string(&e.kind)
            || !s.eat(QByteArrayView(",\"value\":")) || !s.string(&e.value) || !s.eat('}')
            || !dateFromText(date, &e.date))
            return false;
        out->append(std::move(e));
        return true;
    });
    if (fast)
        return true;
    out->clear();
    QJsonArray array;
    if (!parseArray(json, &array))
        return false;
    for (const QJsonValue &v : std::as_const(array)) {
        const QJsonObject o = v.toObject();
        const QJsonValue date = o.value(QLatin1String("date"));
        const QJsonValue kind = o.value(QLatin1String("kind"));
        const QJsonValue value = o.value(QLatin1String("value"));
        if (!date.isString() || !kind.isString() || !value.isString())
            return false;
        Evidence e{kind.toString(), value.toString(), {}};
        if (!dateFromText(date.toString(), &e.date))
            return false;
        out->append(std::move(e));
    }
    return true;
}

QString dateToText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool dateFromText(const QString &text, QDate *out)
{
    *out = QDate();
    if (text.isEmpty())
        return true;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    // fromString() also takes "2024-01-02T…" and the like: only the exact form is ours.
    if (!date.isValid() || date.toString(Qt::ISODate) != text)
        return false;
    *out = date;
    return true;
}

} // namespace tb::store
