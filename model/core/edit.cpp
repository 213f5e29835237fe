#include "edit.h"
#include "overloaded.h"
#include "projectsettings.h"

#include <QCoreApplication>

namespace tb {

namespace {

QString quoted(const QString &name)
{
    return QStringLiteral("\u201c") + name + QStringLiteral("\u201d");
}

QString tr(const char *text)
{
    return QCoreApplication::translate("tb::Edit", text);
}
} // namespace

QString editOpName(const Edit &edit)
{
    return std::visit(
        Overloaded{
            [](const AddDiagram &) { return QStringLiteral("addDiagram"); },
            [](const RemoveDiagram &) { return QStringLiteral("removeDiagram"); },
            [](const AddElement &) { return QStringLiteral("addElement"); },
            [](const RemoveElement &) { return QStringLiteral("removeElement"); },
            [](const ConnectFlow &) { return QStringLiteral("connectFlow"); },
            [](const RemoveFlow &) { return QStringLiteral("removeFlow"); },
            [](const AddBoundary &) { return QStringLiteral("addBoundary"); },
            [](const RemoveBoundary &) { return QStringLiteral("removeBoundary"); },
            [](const AddDataAsset &) { return QStringLiteral("addDataAsset"); },
            [](const RemoveDataAsset &) { return QStringLiteral("removeDataAsset"); },
            [](const SetAttribute &) { return QStringLiteral("setAttribute"); },
            [](const SetProperty &) { return QStringLiteral("setProperty"); },
            [](const MoveItems &) { return QStringLiteral("moveItems"); },
            [](const AddThreat &) { return QStringLiteral("addThreat"); },
            [](const AddThreats &) { return QStringLiteral("addThreats"); },
            [](const RemoveThreat &) { return QStringLiteral("removeThreat"); },
            [](const RemoveThreats &) { return QStringLiteral("removeThreats"); },
            [](const UpdateThreat &) { return QStringLiteral("updateThreat"); },
            [](const SetThreatStatus &) { return QStringLiteral("setThreatStatus"); },
            [](const AddTask &) { return QStringLiteral("addTask"); },
            [](const RemoveTask &) { return QStringLiteral("removeTask"); },
            [](const UpdateTask &) { return QStringLiteral("updateTask"); },
            [](const SetRequirementApplicability &) {
                return QStringLiteral("setRequirementApplicability");
            },
            [](const AddComponent &) { return QStringLiteral("addComponent"); },
            [](const RemoveComponent &) { return QStringLiteral("removeComponent"); },
            [](const UpdateComponent &) { return QStringLiteral("updateComponent"); },
            [](const SetSbomInfo &) { return QStringLiteral("setSbomInfo"); },
            [](const PutStudyItem &) { return QStringLiteral("putStudyItem"); },
            [](const RemoveStudyItem &) { return QStringLiteral("removeStudyItem"); },
            [](const SetStudySettings &) { return QStringLiteral("setStudySettings"); },
            [](const SetRiskCriteria &) { return QStringLiteral("setRiskCriteria"); },
            [](const SetTreatment &) { return QStringLiteral("setTreatment"); },
            [](const SetProjectSetting &) { return QStringLiteral("setProjectSetting"); },
            [](const Batch &) { return QStringLiteral("batch"); },
        },
        edit.v);
}

QString editText(const Edit &edit)
{
    return std::visit(
        Overloaded{
            [](const AddDiagram &e) { return tr("Add diagram %1").arg(quoted(e.diagram.name)); },
            [](const RemoveDiagram &) { return tr("Remove diagram"); },
            [](const AddElement &e) {
                return tr("Add %1 %2").arg(kindName(e.element.kind), quoted(e.element.name));
            },
            [](const RemoveElement &) { return tr("Remove element"); },
            [](const ConnectFlow &e) { return tr("Connect flow %1").arg(quoted(e.flow.name)); },
            [](const RemoveFlow &) { return tr("Remove flow"); },
            [](const AddBoundary &e) { return tr("Add boundary %1").arg(quoted(e.boundary.name)); },
            [](const RemoveBoundary &) { return tr("Remove boundary"); },
            [](const AddDataAsset &e) { return tr("Add data asset %1").arg(quoted(e.asset.name)); },
            [](const RemoveDataAsset &) { return tr("Remove data asset"); },
            [](const SetAttribute &e) { return tr("Set %1").arg(e.field); },
            [](const SetProperty &e) { return tr("Set %1").arg(e.key); },
            [](const MoveItems &e) {
                return e.items.size() == 1 ? tr("Move item")
                                           : tr("Move %1 items").arg(e.items.size());
            },
            [](const AddThreat &e) { return tr("Add threat %1").arg(quoted(e.threat.title)); },
            [](const AddThreats &e) {
                return QCoreApplication::translate("tb::Edit", "Add %n threat(s)", nullptr,
                                                   int(e.threats.size()));
            },
            [](const RemoveThreat &) { return tr("Remove threat"); },
            [](const RemoveThreats &e) {
                return QCoreApplication::translate("tb::Edit", "Remove %n threat(s)", nullptr,
                                                   int(e.ids.size()));
            },
            [](const UpdateThreat &e) {
                return tr("Update threat %1").arg(quoted(e.threat.title));
            },
            [](const SetThreatStatus &e) {
                return tr("Set threat status to %1").arg(threatStatusName(e.status));
            },
            [](const AddTask &e) { return tr("Add task %1").arg(quoted(e.task.title)); },
            [](const RemoveTask &) { return tr("Remove task"); },
            [](const UpdateTask &e) { return tr("Update task %1").arg(quoted(e.task.title)); },
            [](const SetRequirementApplicability &e) {
                return e.notApplicable ? tr("Declare %1 not applicable").arg(e.annexId)
                                       : tr("Declare %1 applicable").arg(e.annexId);
            },
            [](const AddComponent &e) {
                return tr("Add component %1").arg(quoted(componentLabel(e.component)));
            },
            [](const RemoveComponent &) { return tr("Remove component"); },
            [](const UpdateComponent &e) {
                return tr("Update component %1").arg(quoted(componentLabel(e.component)));
            },
            [](const SetSbomInfo &e) {
                return e.info.isEmpty() ? tr("Forget the SBOM")
                                        : tr("Record SBOM %1").arg(quoted(e.info.source));
            },
            [](const PutStudyItem &e) { return tr("Set EBIOS %1").arg(studyItemKind(e.item)); },
            [](const RemoveStudyItem &) { return tr("Remove EBIOS item"); },
            [](const SetStudySettings &) { return tr("Set EBIOS study settings"); },
            [](const SetRiskCriteria &e) {
                return tr("Set risk criteria (%1x%2)")
                    .arg(e.criteria.likelihood.size())
                    .arg(e.criteria.impact.size());
            },
            [](const SetTreatment &e) {
                return tr("Set treatment to %1").arg(treatmentName(e.treatment.option));
            },
            [](const SetProjectSetting &e) {
                const ProjectSettingKind *kind = projectSettingKind(e.key);
                return tr("Change %1").arg(kind ? kind->label : e.key);
            },
            [](const Batch &e) { return e.text.isEmpty() ? tr("Several changes") : e.text; },
        },
        edit.v);
}

std::vector<Batch> splitBatch(const Batch &batch, std::size_t changesPerPart)
{
    const auto limit = qsizetype(std::max<std::size_t>(changesPerPart, 1));
    std::vector<Batch> parts;
    Batch part{batch.text, {}};
    qsizetype size = 0;
    const auto close = [&] {
        if (size >= limit) {
            parts.push_back(std::move(part));
            part = Batch{batch.text, {}};
            size = 0;
        }
    };
    for (const Edit &edit : batch.edits) {
        const auto *add = std::get_if<AddThreats>(&edit.v);
        if (!add) {
            part.edits.push_back(edit);
            ++size;
            close();
            continue;
        }
        for (qsizetype i = 0; i < add->threats.size();) {
            const qsizetype take = std::min(limit - size, add->threats.size() - i);
            part.edits.push_back(AddThreats{add->threats.mid(i, take)});
            size += take;
            i += take;
            close();
        }
    }
    if (!part.edits.empty())
        parts.push_back(std::move(part));
    return parts;
}

} // namespace tb
