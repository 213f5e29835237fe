#pragma once

#include <QString>

namespace tb::test {

/// Path of a file under tests/data.
QString dataPath(const QString &relative);
/// Path of a file in the source tree.
QString sourcePath(const QString &relative);

} // namespace tb::test
