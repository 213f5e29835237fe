// libFuzzer target: edit files (threatbench-cli apply), decoded and applied to a small project.
#include "fuzztarget.h"
#include "io/editjson.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tbfuzz::ensureApp();
    const QJsonDocument doc = QJsonDocument::fromJson(tbfuzz::bytesOf(data, size));
    if (!doc.isObject())
        return 0;
    const tb::Result<tb::Edit> edit = tb::editFromJson(doc.object(), QStringLiteral("e:1"));
    if (!edit)
        return 0;
    tb::Project project(tb::Project::blank(QStringLiteral("Fuzz")));
    if (project.apply(*edit))
        tbfuzz::mustBeValid(project.data());
    return 0;
}
