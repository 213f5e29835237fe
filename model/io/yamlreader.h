#pragma once

// A bounded YAML reader (on libyaml's event parser) that turns one YAML document into JSON
// values, remembering where each value starts so importers can name the line and column.

#include "core/result.h"

#include <QHash>
#include <QJsonValue>

namespace tb {

/// Limits that keep hostile input from costing unbounded time or memory.
constexpr qsizetype kMaxYamlBytes = 32 * 1024 * 1024;
constexpr int kMaxYamlDepth = 64;
constexpr qsizetype kMaxYamlNodes = 4 * 1000 * 1000;
constexpr qsizetype kMaxYamlScalar = 1024 * 1024;

struct YamlDocument
{
    QJsonValue root;
    /// "line L, column C" of each value by its JSON path ("$.a.b[2]").
    QHash<QString, QString> positions;
};

/// Reads the first and only document. Anchors and aliases are refused (they let a small file
/// expand without bound); so are tags other than the standard ones, duplicate keys and keys that
/// are not scalars. Plain scalars become null, booleans (true/false) or numbers where YAML 1.2's
/// core schema says so, everything else text. Errors name "file: line L, column C".
Result<YamlDocument> readYaml(const QByteArray &bytes, const QString &fileName);

/// Where a JSON path starts in the document: its own position, or its nearest parent's.
QString yamlPosition(const YamlDocument &doc, QString path);

} // namespace tb
