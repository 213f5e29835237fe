// libFuzzer target: the bounded YAML reader (Threagile, OTM YAML).
#include "fuzztarget.h"
#include "io/yamlreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tbfuzz::ensureApp();
    (void)tb::readYaml(tbfuzz::bytesOf(data, size), QStringLiteral("f.yaml"));
    return 0;
}
