#pragma once

// Internals of the Open Threat Model importer (otmimport*.cpp), not a public API.

#include "core/projectdata.h"
#include "foreignimport.h"

#include <QHash>
#include <QRectF>

namespace tb::otm {

/// A reference written in the file ("parent", "source", ...), resolved once everything is read.
struct Ref
{
    QString id;
    QString path;
    bool toZone = false; // parent.trustZone rather than parent.component
};

/// A threat from $.threats, applied to components and dataflows by id.
struct ThreatDef
{
    QString subject;
    QString name;
    QString description;
    StrideCategory category = StrideCategory::Spoofing;
    QList<int> cwe;
    int likelihood = 2;
    int impact = 2;
    int uses = 0;
};

/// A mitigation from $.mitigations, with the threats and states it was applied with.
struct MitigationDef
{
    QString subject;
    QString name;
    QString description;
    QList<Id> threats;
    QList<TaskStatus> states;
};

class Importer final
{
public:
    explicit Importer(const QString &fileName);
    Result<Imported> run(const QByteArray &bytes);

private:
    // otmimport.cpp
    void readRoot(const QJsonObject &root);
    void readProject(ForeignObject &project);
    void readRepresentations(const QList<std::pair<QJsonValue, QString>> &list);
    void reportRest(ForeignObject &o, const QString &subject);
    void reportTotals();
    // otmimportobjects.cpp
    void readAssets(const QList<std::pair<QJsonValue, QString>> &list);
    void readZones(const QList<std::pair<QJsonValue, QString>> &list);
    void readComponents(const QList<std::pair<QJsonValue, QString>> &list);
    void readDataflows(const QList<std::pair<QJsonValue, QString>> &list);
    Ref readParent(ForeignObject &o);
    void resolveParents();
    QList<Id> assetsByIds(const QStringList &ids, const QString &path, const QString &subject);
    /// Registers a file id; a repeat is reported and references keep meaning the first.
    void claim(QHash<QString, Id> &table, const QString &fileId, const Id &id,
               const QString &subject);
    // otmimportthreats.cpp
    void readThreatDefs(const QList<std::pair<QJsonValue, QString>> &list);
    void readMitigationDefs(const QList<std::pair<QJsonValue, QString>> &list);
    void readInstances(ForeignObject &owner, const QString &subject,
                       const QList<Involved> &involved);
    void finishThreats();
    // otmimportlayout.cpp
    void readPlacements(ForeignObject &o, const Id &id, const QString &subject);
    void layout();
    void placeGiven(Diagram &diagram, const QHash<Id, QRectF> &given);
    void autoLayout(Diagram &diagram);

    ImportContext m_ctx;
    ProjectData m_data;
    QHash<QString, Id> m_zoneIds, m_componentIds, m_flowIds, m_assetIds, m_diagramIds;
    QHash<QString, ThreatDef> m_threats;
    QHash<QString, MitigationDef> m_mitigations;
    QStringList m_threatOrder, m_mitigationOrder;
    QHash<Id, Ref> m_parents;      // zone or element -> its parent as written
    QHash<Id, Id> m_layoutParent;  // resolved parent (zone or element) for positions
    QHash<Id, QString> m_subjects; // object -> report subject
    QList<Id> m_zoneOrder, m_elementOrder, m_flowOrder;
    QHash<Id, QHash<Id, QRectF>> m_given; // diagram -> object -> rectangle as written
    QList<Id> m_diagramOrder;
    // Report lines said once with a count rather than once per object.
    QMap<QString, int> m_approxTally, m_dropTally;
};

/// "trustZones[2] \"Internet\"": where an object is, for report lines.
QString subjectOf(const QString &path, const QString &name);
/// OTM's 0-100 scales: a trust level 0..kMaxTrustLevel, a need 0..kMaxNeedLevel, a rating 1..4.
int trustLevelFor(double rating);
int needFor(double value);
int ratingFor(double value);

/// Kind and stencil for a component type; `exact` is false when the type was guessed at.
ElementKind kindForType(const QString &type, QString *stencil, bool *known);
/// Threat and task states; `exact` is false when the state was not recognised.
ThreatStatus threatStatusFor(const QString &state, bool *exact);
TaskStatus taskStatusFor(const QString &state, bool *exact);

} // namespace tb::otm
