#include "acceptmitigation.h"

#include "engine/templatelibrary.h"

namespace tb {

Result<Edit> acceptMitigation(const ProjectData &data, const TemplateLibrary &library,
                              const QString &mitigationId, const QList<Id> &threats)
{
    const auto m = library.mitigations.constFind(mitigationId);
    if (m == library.mitigations.cend())
        return makeError(QStringLiteral("unknown mitigation; see threatbench-cli threats --json "
                                        "for the ids threats suggest"),
                         mitigationId);
    QList<Id> answer = threats;
    for (const Id &id : threats) {
        if (!data.threats.contains(id))
            return makeError(QStringLiteral("threat %1 does not exist").arg(idString(id)),
                             mitigationId);
    }
    if (answer.isEmpty()) {
        for (const Id &id : ProjectData::sortedIds(data.threats)) {
            const Threat &t = data.threats[id];
            if (t.mitigations.contains(mitigationId) && t.status != ThreatStatus::NotApplicable)
                answer.append(id);
        }
        if (answer.isEmpty())
            return makeError(QStringLiteral("no threat in the register suggests this mitigation"),
                             mitigationId);
    }
    for (const Id &id : ProjectData::sortedIds(data.tasks)) {
        MitigationTask task = data.tasks[id];
        if (task.mitigationId != mitigationId)
            continue;
        for (const Id &t : std::as_const(answer)) {
            if (!task.threats.contains(t))
                task.threats.append(t);
        }
        for (const QString &a : m->annex) {
            if (!task.annex.contains(a))
                task.annex.append(a);
        }
        return Edit(UpdateTask{task});
    }
    MitigationTask task;
    task.id = newId();
    task.mitigationId = mitigationId;
    task.title = m->title;
    task.description = m->description;
    task.status = TaskStatus::Planned;
    task.threats = answer;
    task.annex = m->annex;
    return Edit(AddTask{task});
}

} // namespace tb
