// libFuzzer target: the canonicaljson reader.
#include "fuzztarget.h"
#include "io/canonicaljson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tbfuzz::ensureApp();
    const QByteArray bytes = tbfuzz::bytesOf(data, size);
    const auto r
        = tb::readCanonicalJson(bytes, QStringLiteral("f.json"), tb::PropertyCatalog::builtIn());
    if (r)
        tbfuzz::mustBeValid(*r);
    return 0;
}
