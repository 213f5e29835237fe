#pragma once

// A bounded XML reader for the Microsoft Threat Modeling Tool importer, not a public API.
// It streams the file and builds small trees only for the parts it maps, so a large model costs
// little memory. A DOCTYPE is refused outright: no DTD, no entity of any kind is ever expanded.

#include "core/result.h"

#include <QList>
#include <QString>
#include <QXmlStreamReader>

#include <optional>

namespace tb::tm7 {

/// Limits that keep hostile input from costing unbounded time or memory.
constexpr qsizetype kMaxBytes = 128 * 1024 * 1024;
constexpr int kMaxDepth = 64;                             // TMT files nest about 12 deep
constexpr qsizetype kMaxText = 1024 * 1024;               // characters in one text node
constexpr qsizetype kMaxTreeNodes = 200000;               // in one tree read into memory
constexpr qsizetype kMaxElementsInFile = 8 * 1000 * 1000; // start tags in the whole file

/// One XML element with its text, the two XML Schema instance attributes TMT uses, and where it
/// starts in the file.
struct XmlNode
{
    QString name; // local name, no prefix
    QString type; // i:type, with its prefix removed ("BorderBoundary", "ArrayOfstring")
    bool nil = false;
    QString text; // the concatenated character data directly inside it
    QList<std::pair<QString, QString>> attributes; // other attributes: local name, value
    QList<XmlNode> children;
    qint64 line = 0;
    qint64 column = 0;

    /// The first child of that local name, or null.
    const XmlNode *child(QLatin1String name) const;
    /// Trimmed text of the first child of that name; empty when absent or nil.
    QString childText(QLatin1String name) const;
    /// The value of an attribute other than i:type and i:nil; empty when absent.
    QString attribute(QLatin1String name) const;
    /// "line 12, column 40 (<Left>)" for error messages.
    QString where() const;
};

/// Streams an XML document element by element, checking depth, sizes and counts.
class BoundedXml final
{
public:
    explicit BoundedXml(const QByteArray &bytes);

    /// Moves to the next child element of the element open at `parentDepth` (0: the document).
    /// False at that element's end, at the end of the input, or on an error.
    bool nextChild(int parentDepth);
    QStringView name() const { return m_reader.name(); }
    int depth() const { return m_depth; }
    /// Reads the current element with its whole subtree.
    XmlNode readTree();
    /// Skips the current element's subtree.
    void skip();

    bool ok() const { return !m_error.has_value(); }
    /// The first problem: its message and "line L, column C".
    const std::pair<QString, QString> &error() const { return *m_error; }
    void fail(const QString &message);
    QString position() const;

private:
    /// Reads one token; tracks depth and refuses DTDs, too deep nesting and oversized input.
    QXmlStreamReader::TokenType next();

    QXmlStreamReader m_reader;
    int m_depth = 0;
    qsizetype m_elements = 0;
    std::optional<std::pair<QString, QString>> m_error; // message, position
};

} // namespace tb::tm7
