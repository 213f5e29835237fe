#include "projectsettings.h"

#include <QJsonDocument>

namespace tb {

const ProjectSettingKind *projectSettingKind(const QString &key)
{
    for (const ProjectSettingKind &kind : projectSettingKinds()) {
        if (kind.key == key)
            return &kind;
    }
    return nullptr;
}

Result<void> checkProjectSetting(const QString &key, const QJsonObject &body)
{
    const ProjectSettingKind *kind = projectSettingKind(key);
    if (!kind) {
        QStringList known;
        for (const ProjectSettingKind &k : projectSettingKinds())
            known.append(k.key);
        return makeError(QStringLiteral("unknown project setting (known: %1)")
                             .arg(known.join(QStringLiteral(", "))),
                         key);
    }
    if (QJsonDocument(body).toJson(QJsonDocument::Compact).size() > kMaxSettingBytes)
        return makeError(QStringLiteral("larger than %1 MiB").arg(kMaxSettingBytes >> 20), key);
    if (body.isEmpty())
        return Ok{}; // empty = not set
    if (Result<void> r = kind->check(body); !r) {
        Error e = r.error();
        e.where = e.where.isEmpty() ? key : key + QStringLiteral(": ") + e.where;
        return e;
    }
    return Ok{};
}

} // namespace tb
