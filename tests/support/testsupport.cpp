#include "testsupport.h"

namespace tb::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(THREATBENCH_SOURCE_DIR "/tests/data/") + relative;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(THREATBENCH_SOURCE_DIR "/") + relative;
}

} // namespace tb::test
