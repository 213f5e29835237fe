// libFuzzer target: the threagile reader.
#include "fuzztarget.h"
#include "io/threagileimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tbfuzz::ensureApp();
    const QByteArray bytes = tbfuzz::bytesOf(data, size);
    const auto r = tb::importThreagile(bytes, QStringLiteral("f.yaml"));
    if (r)
        tbfuzz::mustBeValid(r->data);
    return 0;
}
