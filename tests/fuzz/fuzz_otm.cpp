// libFuzzer target: the otm reader.
#include "fuzztarget.h"
#include "io/otmimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tbfuzz::ensureApp();
    const QByteArray bytes = tbfuzz::bytesOf(data, size);
    const auto r = tb::importOtm(bytes, QStringLiteral("f.json"));
    if (r)
        tbfuzz::mustBeValid(r->data);
    return 0;
}
