#include "yamlreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml.h>

#include <cmath>
#include <memory>

namespace tb {

namespace {

QString positionOf(const yaml_mark_t &mark)
{
    return QStringLiteral("line %1, column %2").arg(mark.line + 1).arg(mark.column + 1);
}

// YAML 1.2 core schema resolution of a plain scalar.
QJsonValue resolvePlain(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null")
        || text == QLatin1String("Null") || text == QLatin1String("NULL"))
        return QJsonValue(QJsonValue::Null);
    if (text == QLatin1String("true") || text == QLatin1String("True")
        || text == QLatin1String("TRUE"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("False")
        || text == QLatin1String("FALSE"))
        return false;
    if (number.match(text).hasMatch()) {
        const double v = text.toDouble();
        if (std::isfinite(v))
            return v;
    }
    return text;
}

class Parser final
{
public:
    Parser(const QByteArray &bytes, QString fileName) : m_file(std::move(fileName))
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(&m_parser,
                                     reinterpret_cast<const unsigned char *>(bytes.constData()),
                                     static_cast<size_t>(bytes.size()));
    }
    ~Parser() { yaml_parser_delete(&m_parser); }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    Result<YamlDocument> run()
    {
        YamlDocument doc;
        m_doc = &doc;
        bool inDocument = false, done = false;
        while (!m_error && !done) {
            Event e;
            if (!next(e))
                break;
            switch (e.ev.type) {
            case YAML_DOCUMENT_START_EVENT:
                if (inDocument || m_documents++ > 0)
                    fail(e.ev.start_mark, QStringLiteral("more than one YAML document; one is "
                                                         "read"));
                inDocument = true;
                doc.root = readNode(QStringLiteral("$"), 0);
                break;
            case YAML_STREAM_END_EVENT:
                done = true;
                break;
            default:
                break;
            }
        }
        if (m_error)
            return *m_error;
        if (m_documents == 0)
            return makeError(QStringLiteral("the file holds no YAML document"), m_file);
        return doc;
    }

private:
    struct Event
    {
        yaml_event_t ev{};
        bool owned = false;
        Event() = default;
        Event(const Event &) = delete;
        Event &operator=(const Event &) = delete;
        ~Event()
        {
            if (owned)
                yaml_event_delete(&ev);
        }
    };

    bool next(Event &e)
    {
        if (!yaml_parser_parse(&m_parser, &e.ev)) {
            const yaml_mark_t mark = m_parser.problem_mark;
            QString what = QString::fromUtf8(m_parser.problem ? m_parser.problem : "malformed");
            if (m_parser.context)
                what = QString::fromUtf8(m_parser.context) + QStringLiteral(": ") + what;
            if (m_parser.error == YAML_READER_ERROR)
                what = QStringLiteral("not valid UTF-8 or a control character: ") + what;
            fail(mark, QStringLiteral("not valid YAML: ") + what);
            return false;
        }
        e.owned = true;
        return true;
    }

    void fail(const yaml_mark_t &mark, const QString &message)
    {
        if (!m_error)
            m_error = makeError(message, m_file + QStringLiteral(": ") + positionOf(mark));
    }

    bool checkTag(const yaml_event_t &ev, const unsigned char *tag)
    {
        if (!tag)
            return true;
        const QString t = QString::fromUtf8(reinterpret_cast<const char *>(tag));
        if (t.startsWith(QLatin1String("tag:yaml.org,2002:")) || t == QLatin1String("!"))
            return true;
        fail(ev.start_mark, QStringLiteral("the tag %1 is not supported").arg(t));
        return false;
    }

    // Reads the node whose start event comes next.
    QJsonValue readNode(const QString &path, int depth)
    {
        Event e;
        if (!next(e))
            return {};
        return readNodeFrom(e, path, depth);
    }

    QJsonValue readNodeFrom(Event &e, const QString &path, int depth)
    {
        if (++m_nodes > kMaxYamlNodes) {
            fail(e.ev.start_mark,
                 QStringLiteral("more than %1 values; too large to import").arg(kMaxYamlNodes));
            return {};
        }
        if (depth > kMaxYamlDepth) {
            fail(e.ev.start_mark,
                 QStringLiteral("values nest deeper than %1 levels").arg(kMaxYamlDepth));
            return {};
        }
        m_doc->positions.insert(path, positionOf(e.ev.start_mark));
        switch (e.ev.type) {
        case YAML_ALIAS_EVENT:
            fail(e.ev.start_mark, QStringLiteral("aliases (*name) are not supported"));
            return {};
        case YAML_SCALAR_EVENT: {
            if (e.ev.data.scalar.anchor)
                return fail(e.ev.start_mark, QStringLiteral("anchors (&name) are not supported")),
                       QJsonValue();
            if (!checkTag(e.ev, e.ev.data.scalar.tag))
                return {};
            if (e.ev.data.scalar.length > static_cast<size_t>(kMaxYamlScalar)) {
                fail(e.ev.start_mark,
                     QStringLiteral("a value of more than %1 bytes").arg(kMaxYamlScalar));
                return {};
            }
            const QString text
                = QString::fromUtf8(reinterpret_cast<const char *>(e.ev.data.scalar.value),
                                    static_cast<qsizetype>(e.ev.data.scalar.length));
            if (e.ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !e.ev.data.scalar.tag)
                return resolvePlain(text);
            return text;
        }
        case YAML_SEQUENCE_START_EVENT: {
            if (e.ev.data.sequence_start.anchor)
                return fail(e.ev.start_mark, QStringLiteral("anchors (&name) are not supported")),
                       QJsonValue();
            if (!checkTag(e.ev, e.ev.data.sequence_start.tag))
                return {};
            QJsonArray out;
            while (!m_error) {
                Event item;
                if (!next(item))
                    break;
                if (item.ev.type == YAML_SEQUENCE_END_EVENT)
                    break;
                out.append(
                    readNodeFrom(item, path + QStringLiteral("[%1]").arg(out.size()), depth + 1));
            }
            return out;
        }
        case YAML_MAPPING_START_EVENT: {
            if (e.ev.data.mapping_start.anchor)
                return fail(e.ev.start_mark, QStringLiteral("anchors (&name) are not supported")),
                       QJsonValue();
            if (!checkTag(e.ev, e.ev.data.mapping_start.tag))
                return {};
            QJsonObject out;
            while (!m_error) {
                Event key;
                if (!next(key))
                    break;
                if (key.ev.type == YAML_MAPPING_END_EVENT)
                    break;
                if (key.ev.type != YAML_SCALAR_EVENT) {
                    fail(key.ev.start_mark, QStringLiteral("a key that is not a plain value"));
                    break;
                }
                const QString name
                    = QString::fromUtf8(reinterpret_cast<const char *>(key.ev.data.scalar.value),
                                        static_cast<qsizetype>(key.ev.data.scalar.length));
                if (name == QLatin1String("<<")) {
                    fail(key.ev.start_mark, QStringLiteral("merge keys (<<) are not supported"));
                    break;
                }
                if (out.contains(name)) {
                    fail(key.ev.start_mark,
                         QStringLiteral("the key \"%1\" appears twice").arg(name));
                    break;
                }
                out.insert(name, readNode(path + QLatin1Char('.') + name, depth + 1));
            }
            return out;
        }
        default:
            fail(e.ev.start_mark, QStringLiteral("unexpected YAML structure"));
            return {};
        }
    }

    QString m_file;
    yaml_parser_t m_parser{};
    YamlDocument *m_doc = nullptr;
    std::optional<Error> m_error;
    qsizetype m_nodes = 0;
    int m_documents = 0;
};

} // namespace

Result<YamlDocument> readYaml(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > kMaxYamlBytes)
        return makeError(QStringLiteral("the file is %1 MiB; at most %2 MiB is read")
                             .arg(bytes.size() / (1024 * 1024))
                             .arg(kMaxYamlBytes / (1024 * 1024)),
                         fileName);
    return Parser(bytes, fileName).run();
}

QString yamlPosition(const YamlDocument &doc, QString path)
{
    while (!path.isEmpty()) {
        const auto it = doc.positions.constFind(path);
        if (it != doc.positions.cend())
            return *it;
        const qsizetype cut
            = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0)
            break;
        path.truncate(cut);
    }
    return {};
}

} // namespace tb
