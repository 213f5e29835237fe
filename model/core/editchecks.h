#pragma once

// Checks shared by the edit appliers (internal to model/core).

#include "project.h"
#include "propertycatalog.h"

namespace tb::detail {

QString describe(const ProjectData &d, const Id &id);
Result<void> checkNewId(const ProjectData &d, const Id &id, ObjectType type);
Result<void> checkName(const QString &name, const QString &what);
Result<void> checkProperties(const PropertyCatalog &c, PropertyTarget target,
                             const Properties &props, const QString &where);
Result<void> checkZoneRef(const ProjectData &d, const Id &zone, const QString &where);
Result<void> checkAssetRefs(const ProjectData &d, const QList<Id> &assets, const QString &where);
Result<void> checkComponentRefs(const ProjectData &d, const QList<Id> &components,
                                const QString &where);
Result<void> checkStencil(const PropertyCatalog &c, ElementKind kind, const QString &stencil,
                          const QString &where);
/// Is the geometry right for what the object is (rect for nodes and zones, points otherwise)?
Result<void> checkGeometry(const ProjectData &d, const Id &object, const Placement &p,
                           const QString &where);
Result<void> checkPlacements(const ProjectData &d, const Id &object,
                             const QList<PlacementAt> &placements, const QString &where);
/// Would making `parent` the parent of zone `zone` create a cycle?
bool wouldCycle(const ProjectData &d, const Id &zone, const Id &parent);
/// All placements of an object, in stable diagram order.
QList<PlacementAt> placementsOf(const ProjectData &d, const Id &object);
void place(ProjectData &d, const Id &object, const QList<PlacementAt> &placements, Change *change);
void unplaceEverywhere(ProjectData &d, const Id &object, Change *change);

Result<void> checkThreat(const ProjectData &d, const Threat &t, const QString &where);
Result<QJsonValue> setThreatField(ProjectData &d, const Id &id, const QString &field,
                                  const QJsonValue &value, const QString &where);
Result<Edit> applyAddThreat(ProjectData &d, const AddThreat &e, Change *change);
Result<Edit> applyAddThreats(ProjectData &d, const AddThreats &e, Change *change);
Result<Edit> applyRemoveThreat(ProjectData &d, const RemoveThreat &e, Change *change);
Result<Edit> applyUpdateThreat(ProjectData &d, const UpdateThreat &e, Change *change);
Result<Edit> applySetThreatStatus(ProjectData &d, const SetThreatStatus &e, Change *change);

Result<Edit> applyAddTask(ProjectData &d, const AddTask &e, Change *change);
Result<Edit> applyRemoveTask(ProjectData &d, const RemoveTask &e, Change *change);
Result<Edit> applyUpdateTask(ProjectData &d, const UpdateTask &e, Change *change);
Result<Edit> applySetRequirementApplicability(ProjectData &d, const SetRequirementApplicability &e,
                                              Change *change);

Result<Edit> applyAddComponent(ProjectData &d, const AddComponent &e, Change *change);
Result<Edit> applyRemoveComponent(ProjectData &d, const RemoveComponent &e, Change *change);
Result<Edit> applyUpdateComponent(ProjectData &d, const UpdateComponent &e, Change *change);
Result<Edit> applySetSbomInfo(ProjectData &d, const SetSbomInfo &e, Change *change);

Result<Edit> applyPutStudyItem(ProjectData &d, const PutStudyItem &e, Change *change);
Result<Edit> applyRemoveStudyItem(ProjectData &d, const RemoveStudyItem &e, Change *change);
Result<Edit> applySetStudySettings(ProjectData &d, const SetStudySettings &e, Change *change);
/// The first study item that refers to an element, flow or threat, described; empty if none.
QString studyUserOf(const ProjectData &d, const Id &id);

Result<Edit> applySetRiskCriteria(ProjectData &d, const SetRiskCriteria &e, Change *change);
Result<Edit> applySetTreatment(ProjectData &d, const SetTreatment &e, Change *change);
Result<Edit> applySetProjectSetting(ProjectData &d, const SetProjectSetting &e, Change *change);

Result<Edit> applySetAttribute(ProjectData &d, const PropertyCatalog &c, const SetAttribute &e,
                               Change *change);
Result<Edit> applySetProperty(ProjectData &d, const PropertyCatalog &c, const SetProperty &e,
                              Change *change);

} // namespace tb::detail
