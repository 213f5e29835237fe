// Mitigation tasks and requirement applicability.

#include "editchecks.h"

#include <QSet>

namespace tb::detail {

namespace {
QString whereOf(const Id &id)
{
    return QStringLiteral("task ") + idString(id);
}

Result<void> checkTask(const ProjectData &d, const MitigationTask &t, const QString &where)
{
    if (t.title.trimmed().isEmpty())
        return makeError(QStringLiteral("title must not be empty"), where);
    if (t.status == TaskStatus::WontDo && t.justification.trimmed().isEmpty())
        return makeError(QStringLiteral("status \"wont-do\" needs a justification"), where);
    QSet<Id> seen;
    for (const Id &threat : t.threats) {
        if (!d.threats.contains(threat))
            return makeError(QStringLiteral("threat %1 does not exist").arg(idString(threat)),
                             where);
        if (seen.contains(threat))
            return makeError(QStringLiteral("threat %1 is linked twice").arg(idString(threat)),
                             where);
        seen.insert(threat);
    }
    for (const QString &a : t.annex) {
        if (!isAnnexId(a))
            return makeError(QStringLiteral("\"%1\" is not a CRA Annex I requirement id (I(1), "
                                            "I(2)(a)..I(2)(m), II(1)..II(8))")
                                 .arg(a),
                             where);
        if (t.annex.count(a) > 1)
            return makeError(QStringLiteral("requirement %1 is linked twice").arg(a), where);
    }
    for (qsizetype i = 0; i < t.evidence.size(); ++i) {
        const Evidence &e = t.evidence[i];
        const QString at = where + QStringLiteral(", evidence %1").arg(i + 1);
        if (!isEvidenceKind(e.kind))
            return makeError(QStringLiteral("kind must be note, url, file, test or document"), at);
        if (e.value.trimmed().isEmpty())
            return makeError(QStringLiteral("evidence needs a value"), at);
        if (!e.date.isValid())
            return makeError(QStringLiteral("evidence needs a date"), at);
    }
    return Ok{};
}
} // namespace

Result<Edit> applyAddTask(ProjectData &d, const AddTask &e, Change *change)
{
    if (Result<void> r = checkNewId(d, e.task.id, ObjectType::Task); !r)
        return r.error();
    if (Result<void> r = checkTask(d, e.task, whereOf(e.task.id)); !r)
        return r.error();
    d.tasks.insert(e.task.id, e.task);
    if (change)
        change->objects.insert(e.task.id);
    return Edit(RemoveTask{e.task.id});
}

Result<Edit> applyRemoveTask(ProjectData &d, const RemoveTask &e, Change *change)
{
    if (!d.tasks.contains(e.id))
        return makeError(QStringLiteral("no such task"), whereOf(e.id));
    if (change)
        change->objects.insert(e.id);
    return Edit(AddTask{d.tasks.take(e.id)});
}

Result<Edit> applyUpdateTask(ProjectData &d, const UpdateTask &e, Change *change)
{
    const auto it = d.tasks.find(e.task.id);
    if (it == d.tasks.end())
        return makeError(QStringLiteral("no such task"), whereOf(e.task.id));
    if (Result<void> r = checkTask(d, e.task, whereOf(e.task.id)); !r)
        return r.error();
    UpdateTask inverse{*it};
    *it = e.task;
    if (change)
        change->objects.insert(e.task.id);
    return Edit(std::move(inverse));
}

Result<Edit> applySetRequirementApplicability(ProjectData &d, const SetRequirementApplicability &e,
                                              Change *change)
{
    const QString where = QStringLiteral("requirement ") + e.annexId;
    if (!isAnnexId(e.annexId))
        return makeError(QStringLiteral("not a CRA Annex I requirement id (I(1), I(2)(a)..I(2)(m), "
                                        "II(1)..II(8))"),
                         where);
    if (e.notApplicable && e.justification.trimmed().isEmpty())
        return makeError(QStringLiteral("declaring a requirement not applicable needs a "
                                        "justification"),
                         where);
    const auto it = d.decisions.constFind(e.annexId);
    SetRequirementApplicability inverse{e.annexId, it != d.decisions.cend(),
                                        it != d.decisions.cend() ? it->justification : QString()};
    if (e.notApplicable)
        d.decisions.insert(e.annexId, {e.annexId, e.justification});
    else
        d.decisions.remove(e.annexId);
    if (change)
        change->decisions.insert(e.annexId);
    return Edit(std::move(inverse));
}

} // namespace tb::detail
