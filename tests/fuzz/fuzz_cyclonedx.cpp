// libFuzzer target: the CycloneDX SBOM reader.
#include "fuzztarget.h"
#include "io/cyclonedx.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tbfuzz::ensureApp();
    (void)tb::parseCycloneDx(tbfuzz::bytesOf(data, size), QStringLiteral("bom.json"));
    return 0;
}
