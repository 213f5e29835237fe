#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace tb {

/// Writes JSON in one fixed, readable layout: two-space indents, well-known keys first in a
/// fixed order and the rest sorted, short arrays of numbers on one line, shortest round-trip
/// numbers. The same value always gives the same bytes, so files diff well.
QByteArray writeStableJson(const QJsonValue &value);

/// The same layout on one line, for JSON Lines and --json outputs.
QByteArray writeCompactJson(const QJsonValue &value);

} // namespace tb
