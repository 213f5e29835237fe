// libFuzzer target: the template condition parser, for both subject sets.
#include "engine/condition.h"
#include "fuzztarget.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tbfuzz::ensureApp();
    const QJsonDocument doc = QJsonDocument::fromJson(tbfuzz::bytesOf(data, size));
    const QJsonValue json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    for (const tb::SubjectSet set : {tb::SubjectSet::ElementOnly, tb::SubjectSet::FlowAndEnds})
        (void)tb::parseCondition(json, QStringLiteral("f.json: t"), QStringLiteral("$.condition"),
                                 set, tb::PropertyCatalog::builtIn());
    return 0;
}
