#include "tm7xml.h"

namespace tb::tm7 {

namespace {
const QLatin1String kInstanceNs("http://www.w3.org/2001/XMLSchema-instance");
} // namespace

const XmlNode *XmlNode::child(QLatin1String childName) const
{
    for (const XmlNode &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QString XmlNode::childText(QLatin1String childName) const
{
    const XmlNode *c = child(childName);
    return c && !c->nil ? c->text.trimmed() : QString();
}

QString XmlNode::attribute(QLatin1String attributeName) const
{
    for (const auto &[key, value] : attributes) {
        if (key == attributeName)
            return value;
    }
    return {};
}

QString XmlNode::where() const
{
    return QStringLiteral("line %1, column %2 (<%3>)").arg(line).arg(column).arg(name);
}

BoundedXml::BoundedXml(const QByteArray &bytes) : m_reader(bytes) {}

QString BoundedXml::position() const
{
    return QStringLiteral("line %1, column %2")
        .arg(m_reader.lineNumber())
        .arg(m_reader.columnNumber());
}

void BoundedXml::fail(const QString &message)
{
    if (!m_error)
        m_error = std::make_pair(message, position());
}

QXmlStreamReader::TokenType BoundedXml::next()
{
    if (m_error)
        return QXmlStreamReader::Invalid;
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    switch (token) {
    case QXmlStreamReader::DTD:
        fail(QStringLiteral("a DOCTYPE declaration is not accepted (no DTD or entity is ever "
                            "processed)"));
        return QXmlStreamReader::Invalid;
    case QXmlStreamReader::EntityReference:
        fail(QStringLiteral("the entity reference &%1; is not accepted")
                 .arg(m_reader.name().toString()));
        return QXmlStreamReader::Invalid;
    case QXmlStreamReader::StartElement:
        if (++m_depth > kMaxDepth) {
            fail(QStringLiteral("elements nest deeper than %1 levels").arg(kMaxDepth));
            return QXmlStreamReader::Invalid;
        }
        if (++m_elements > kMaxElementsInFile) {
            fail(QStringLiteral("more than %1 XML elements; too large to import")
                     .arg(kMaxElementsInFile));
            return QXmlStreamReader::Invalid;
        }
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        break;
    case QXmlStreamReader::Characters:
        if (m_reader.text().size() > kMaxText) {
            fail(QStringLiteral("a text of more than %1 characters").arg(kMaxText));
            return QXmlStreamReader::Invalid;
        }
        break;
    case QXmlStreamReader::Invalid:
        fail(m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError
                 ? QStringLiteral("the file ends early (truncated?)")
                 : QStringLiteral("not well-formed XML: ") + m_reader.errorString());
        break;
    default:
        break;
    }
    return token;
}

bool BoundedXml::nextChild(int parentDepth)
{
    while (ok()) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::StartElement && m_depth == parentDepth + 1)
            return true;
        if (token == QXmlStreamReader::EndElement && m_depth < parentDepth)
            return false;
        if (token == QXmlStreamReader::EndDocument || token == QXmlStreamReader::Invalid) {
            if (ok() && parentDepth > 0)
                fail(QStringLiteral("the file ends early (truncated?)"));
            return false;
        }
    }
    return false;
}

XmlNode BoundedXml::readTree()
{
    qsizetype nodes = 0;
    // Recursion is bounded by kMaxDepth, which next() enforces.
    const auto read = [&](auto &self, XmlNode &node) -> void {
        node.name = m_reader.name().toString();
        node.line = m_reader.lineNumber();
        node.column = m_reader.columnNumber();
        for (const QXmlStreamAttribute &a : m_reader.attributes()) {
            if (a.namespaceUri() != kInstanceNs) {
                node.attributes.append({a.name().toString(), a.value().toString()});
                continue;
            }
            if (a.name() == QLatin1String("type")) {
                const QStringView v = a.value();
                node.type = v.mid(v.indexOf(QLatin1Char(':')) + 1).toString();
            } else if (a.name() == QLatin1String("nil")) {
                node.nil = a.value() == QLatin1String("true");
            }
        }
        const int depth = m_depth;
        while (ok()) {
            const QXmlStreamReader::TokenType token = next();
            if (token == QXmlStreamReader::StartElement) {
                if (++nodes > kMaxTreeNodes)
                    return fail(QStringLiteral("more than %1 XML elements in <%2>")
                                    .arg(kMaxTreeNodes)
                                    .arg(node.name));
                node.children.append(XmlNode());
                self(self, node.children.last());
            } else if (token == QXmlStreamReader::Characters) {
                if (node.text.size() + m_reader.text().size() > kMaxText)
                    return fail(QStringLiteral("a text of more than %1 characters").arg(kMaxText));
                node.text += m_reader.text();
            } else if (token == QXmlStreamReader::EndElement && m_depth < depth) {
                return;
            } else if (token == QXmlStreamReader::EndDocument
                       || token == QXmlStreamReader::Invalid) {
                return fail(QStringLiteral("the file ends early (truncated?)"));
            }
        }
    };
    XmlNode root;
    read(read, root);
    return root;
}

void BoundedXml::skip()
{
    const int depth = m_depth;
    while (ok()) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::EndElement && m_depth < depth)
            return;
        if (token == QXmlStreamReader::EndDocument || token == QXmlStreamReader::Invalid)
            return fail(QStringLiteral("the file ends early (truncated?)"));
    }
}

} // namespace tb::tm7
