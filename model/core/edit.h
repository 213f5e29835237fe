#pragma once

#include "component.h"
#include "diagram.h"
#include "ebios.h"
#include "objects.h"
#include "riskcriteria.h"
#include "task.h"
#include "threat.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <QJsonObject>
#include <optional>

#include <variant>
#include <vector>

namespace tb {

/// An object's placement on one diagram, carried by the edits that add objects.
struct PlacementAt
{
    Id diagram;
    Placement placement;
    friend bool operator==(const PlacementAt &, const PlacementAt &) = default;
};

struct AddDiagram
{
    Diagram diagram; // placements only for objects that exist
    friend bool operator==(const AddDiagram &, const AddDiagram &) = default;
};
struct RemoveDiagram
{
    Id id;
    friend bool operator==(const RemoveDiagram &, const RemoveDiagram &) = default;
};
struct AddElement
{
    Element element;
    QList<PlacementAt> placements;
    friend bool operator==(const AddElement &, const AddElement &) = default;
};
struct RemoveElement
{
    Id id;
    friend bool operator==(const RemoveElement &, const RemoveElement &) = default;
};
struct ConnectFlow
{
    Flow flow;
    QList<PlacementAt> placements;
    friend bool operator==(const ConnectFlow &, const ConnectFlow &) = default;
};
struct RemoveFlow
{
    Id id;
    friend bool operator==(const RemoveFlow &, const RemoveFlow &) = default;
};
struct AddBoundary
{
    Boundary boundary;
    QList<PlacementAt> placements;
    friend bool operator==(const AddBoundary &, const AddBoundary &) = default;
};
struct RemoveBoundary
{
    Id id;
    friend bool operator==(const RemoveBoundary &, const RemoveBoundary &) = default;
};
struct AddDataAsset
{
    DataAsset asset;
    friend bool operator==(const AddDataAsset &, const AddDataAsset &) = default;
};
struct RemoveDataAsset
{
    Id id;
    friend bool operator==(const RemoveDataAsset &, const RemoveDataAsset &) = default;
};
/// Sets a built-in field (name, description, stencil, zone, protocol, trustLevel, ...).
/// The target is an object id, or the project id for product fields.
struct SetAttribute
{
    Id target;
    QString field;
    QJsonValue value;
    friend bool operator==(const SetAttribute &, const SetAttribute &) = default;
};
/// Sets a typed property from the property catalogue; an undefined or null value unsets it.
struct SetProperty
{
    Id target;
    QString key;
    QJsonValue value;
    friend bool operator==(const SetProperty &, const SetProperty &) = default;
};
/// Moves, resizes, reshapes, places or un-places objects on one diagram.
struct MoveItems
{
    struct Item
    {
        Id id;
        std::optional<Placement> placement; // none = take it off this diagram
        friend bool operator==(const Item &, const Item &) = default;
    };
    Id diagram;
    QList<Item> items;
    friend bool operator==(const MoveItems &, const MoveItems &) = default;
};

struct AddThreat
{
    Threat threat;
    friend bool operator==(const AddThreat &, const AddThreat &) = default;
};
/// Adds threats in one edit: a derivation's new threats, by the hundred thousand, travel as
/// one list rather than each wrapped in an edit of its own.
struct AddThreats
{
    QList<Threat> threats;
    friend bool operator==(const AddThreats &, const AddThreats &) = default;
};
struct RemoveThreat
{
    Id id;
    friend bool operator==(const RemoveThreat &, const RemoveThreat &) = default;
};
/// Removes several threats: how the inverse of a batch adding thousands of them stays small.
struct RemoveThreats
{
    QList<Id> ids;
    friend bool operator==(const RemoveThreats &, const RemoveThreats &) = default;
};
/// Replaces a threat's whole value; derivation uses it to refresh texts and references while
/// carrying the triage over.
struct UpdateThreat
{
    Threat threat;
    friend bool operator==(const UpdateThreat &, const UpdateThreat &) = default;
};
/// Triage: a status, with the justification that accepted, transferred and not applicable need.
struct SetThreatStatus
{
    Id id;
    ThreatStatus status = ThreatStatus::New;
    QString justification;
    friend bool operator==(const SetThreatStatus &, const SetThreatStatus &) = default;
};

struct AddTask
{
    MitigationTask task;
    friend bool operator==(const AddTask &, const AddTask &) = default;
};
struct RemoveTask
{
    Id id;
    friend bool operator==(const RemoveTask &, const RemoveTask &) = default;
};
/// Replaces a task's whole value: status, owner, evidence, links.
struct UpdateTask
{
    MitigationTask task;
    friend bool operator==(const UpdateTask &, const UpdateTask &) = default;
};
/// Declares an Annex I requirement not applicable (with a justification), or applicable again
/// (empty justification).
struct SetRequirementApplicability
{
    QString annexId;
    bool notApplicable = false;
    QString justification;
    friend bool operator==(const SetRequirementApplicability &, const SetRequirementApplicability &)
        = default;
};

struct AddComponent
{
    Component component;
    friend bool operator==(const AddComponent &, const AddComponent &) = default;
};
/// Refused while an element contains the component or another component depends on it.
struct RemoveComponent
{
    Id id;
    friend bool operator==(const RemoveComponent &, const RemoveComponent &) = default;
};
/// Replaces a component's whole value (version, supplier, licenses, dependencies, ...).
struct UpdateComponent
{
    Component component;
    friend bool operator==(const UpdateComponent &, const UpdateComponent &) = default;
};
/// Records where the components came from (the SBOM last imported).
struct SetSbomInfo
{
    SbomInfo info;
    friend bool operator==(const SetSbomInfo &, const SetSbomInfo &) = default;
};

/// Adds an EBIOS RM study item, or replaces the one with its id (of the same kind).
struct PutStudyItem
{
    StudyItem item;
    friend bool operator==(const PutStudyItem &, const PutStudyItem &) = default;
};
/// Refused while another item, or a scenario step, refers to it.
struct RemoveStudyItem
{
    Id id;
    friend bool operator==(const RemoveStudyItem &, const RemoveStudyItem &) = default;
};
struct SetStudySettings
{
    StudySettings settings;
    friend bool operator==(const SetStudySettings &, const SetStudySettings &) = default;
};

/// Replaces the risk criteria; refused while a rating lies outside the new scales.
struct SetRiskCriteria
{
    RiskCriteria criteria;
    friend bool operator==(const SetRiskCriteria &, const SetRiskCriteria &) = default;
};
/// Sets the treatment of a threat or operational scenario; an empty one clears it.
struct SetTreatment
{
    RiskTreatment treatment;
    friend bool operator==(const SetTreatment &, const SetTreatment &) = default;
};

/// Sets a project setting document (see projectsettings.h); an empty body removes it.
struct SetProjectSetting
{
    QString key;
    QJsonObject body;
    friend bool operator==(const SetProjectSetting &, const SetProjectSetting &) = default;
};

struct Edit;
/// Several edits applied, persisted and undone as one.
struct Batch
{
    QString text;
    std::vector<Edit> edits;
    friend bool operator==(const Batch &, const Batch &);
};

using EditVariant
    = std::variant<AddDiagram, RemoveDiagram, AddElement, RemoveElement, ConnectFlow, RemoveFlow,
                   AddBoundary, RemoveBoundary, AddDataAsset, RemoveDataAsset, SetAttribute,
                   SetProperty, MoveItems, AddThreat, AddThreats, RemoveThreat, RemoveThreats,
                   UpdateThreat, SetThreatStatus, AddTask, RemoveTask, UpdateTask,
                   SetRequirementApplicability, AddComponent, RemoveComponent, UpdateComponent,
                   SetSbomInfo, PutStudyItem, RemoveStudyItem, SetStudySettings, SetRiskCriteria,
                   SetTreatment, SetProjectSetting, Batch>;

/// One change to a project, as a value. Project::apply() is the only way to change a project.
struct Edit
{
    EditVariant v;

    Edit() = default;
    template<typename T, typename = std::enable_if_t<!std::is_same_v<std::decay_t<T>, Edit>>>
    Edit(T &&value) : v(std::forward<T>(value))
    {}

    friend bool operator==(const Edit &, const Edit &) = default;
};

inline bool operator==(const Batch &a, const Batch &b)
{
    return a.text == b.text && a.edits == b.edits;
}

/// The op name used in edit files ("addElement", "setProperty", ...).
QString editOpName(const Edit &edit);
/// A short human description ("Add process “Cloud API”"), for undo menus and logs.
QString editText(const Edit &edit);

/// Cuts `batch` into batches of at most `changesPerPart` single changes, each with the same
/// text, cutting AddThreats lists where needed: how a big derivation is applied in slices that
/// keep the GUI responsive. Applied in order, the parts do what the batch does.
std::vector<Batch> splitBatch(const Batch &batch, std::size_t changesPerPart);

} // namespace tb
