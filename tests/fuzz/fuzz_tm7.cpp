// libFuzzer target: the tm7 reader.
#include "fuzztarget.h"
#include "io/tm7import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tbfuzz::ensureApp();
    const QByteArray bytes = tbfuzz::bytesOf(data, size);
    const auto r = tb::importTm7(bytes, QStringLiteral("f.tm7"));
    if (r)
        tbfuzz::mustBeValid(r->data);
    return 0;
}
