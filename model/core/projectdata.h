#pragma once

#include "component.h"
#include "diagram.h"
#include "ebios.h"
#include "objects.h"
#include "riskcriteria.h"
#include "task.h"
#include "threat.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace tb {

enum class ObjectType {
    None,
    Product,
    Diagram,
    Element,
    Flow,
    Boundary,
    DataAsset,
    Threat,
    Task,
    Component,
    Study
};

/// The whole state of a project as a plain value: copyable, comparable, no behaviour.
/// Change it only through Project::apply().
struct ProjectData
{
    Id id; // the project's own id; edits of product fields target it
    Product product;
    QHash<Id, Diagram> diagrams;
    QHash<Id, Element> elements;
    QHash<Id, Flow> flows;
    QHash<Id, Boundary> boundaries;
    QHash<Id, DataAsset> assets;
    QHash<Id, Threat> threats;
    QHash<Id, MitigationTask> tasks;
    QMap<QString, RequirementDecision> decisions; // Annex I id -> declared not applicable
    QHash<Id, Component> components;
    SbomInfo sbom;
    EbiosStudy study;
    RiskCriteria criteria = defaultRiskCriteria();
    QHash<Id, RiskTreatment> treatments; // by threat or operational scenario id
    QMap<QString, QJsonObject> settings; // project setting documents by key (projectsettings.h)

    friend bool operator==(const ProjectData &, const ProjectData &) = default;

    ObjectType typeOf(const Id &id) const;
    /// Ids of one kind of object in stable (text) order.
    template<typename Map>
    static QList<Id> sortedIds(const Map &map)
    {
        QList<Id> ids = map.keys();
        std::sort(ids.begin(), ids.end(), idLess);
        return ids;
    }
    /// Flows that start or end at an element.
    QList<Id> flowsAttachedTo(const Id &element) const;
};

QString objectTypeName(ObjectType type);

} // namespace tb
