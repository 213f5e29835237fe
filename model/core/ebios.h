#pragma once

// The EBIOS Risk Manager study of a project (ANSSI method, five workshops), as plain values.
// Ratings use EBIOS scales: severity G1..G4 and likelihood V1..V4 (1..4), stakeholder criteria
// 1..4 (dependency and penetration may be 0).

#include "id.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace tb {

constexpr int kEbiosMaxLevel = 4;

// Workshop 1: scope and security baseline.
struct BusinessValue
{
    Id id;
    QString name;
    QString description;
    QString kind = QStringLiteral("information"); // "information" or "function"
    int confidentiality = 0;                      // needs 0..4, as data assets
    int integrity = 0;
    int availability = 0;
    QList<Id> supports; // supporting assets: elements and flows of the DFD
    friend bool operator==(const BusinessValue &, const BusinessValue &) = default;
};

struct FearedEvent
{
    Id id;
    Id businessValue;
    QString name;
    QString impacts;  // consequences, in words
    int severity = 1; // G1..G4
    QString justification;
    friend bool operator==(const FearedEvent &, const FearedEvent &) = default;
};

struct BaselineItem
{
    Id id;
    QString referential;                        // e.g. "ETSI EN 303 645"
    QString status = QStringLiteral("partial"); // "applied", "partial", "not-applied"
    QString gaps;
    friend bool operator==(const BaselineItem &, const BaselineItem &) = default;
};

// Workshop 2: risk origins and target objectives.
struct RiskOrigin
{
    Id id;
    QString name;
    QString category; // e.g. "organised-crime", "state", "hacktivist", "insider", "competitor"
    QString description;
    friend bool operator==(const RiskOrigin &, const RiskOrigin &) = default;
};

struct TargetObjective
{
    Id id;
    QString name;
    QString description;
    QList<Id> targets; // business values it aims at; empty = any
    friend bool operator==(const TargetObjective &, const TargetObjective &) = default;
};

/// A risk origin / target objective pair, rated and retained or not.
struct RoToPair
{
    Id id;
    Id origin;
    Id objective;
    int motivation = 1; // 1..4
    int resources = 1;  // 1..4
    int activity = 1;   // 1..4
    bool retained = false;
    QString justification;
    friend bool operator==(const RoToPair &, const RoToPair &) = default;
};

// Workshop 3: the ecosystem and strategic scenarios.
struct Stakeholder
{
    Id id;
    QString name;
    QString category;    // e.g. "supplier", "partner", "customer", "provider"
    int dependency = 1;  // 0..4
    int penetration = 1; // 0..4
    int maturity = 1;    // 1..4
    int trust = 1;       // 1..4
    QList<Id> reaches;   // stakeholders and business values it has access to
    friend bool operator==(const Stakeholder &, const Stakeholder &) = default;
};

enum class ScenarioStatus { Proposed, Retained, Rejected };

/// An attack path: risk origin -> stakeholders (maybe none) -> business value -> feared event.
struct StrategicScenario
{
    Id id;
    Id pair;
    QList<Id> path; // stakeholders, in order
    Id businessValue;
    Id fearedEvent;
    bool derived = false; // proposed by the engine (else written by hand)
    ScenarioStatus status = ScenarioStatus::Proposed;
    QString justification;
    friend bool operator==(const StrategicScenario &, const StrategicScenario &) = default;
};

// Workshop 4: operational scenarios.
struct OperationalStep
{
    QString phase; // "know", "enter", "discover", "exploit"
    Id element;    // supporting asset acted on: an element or flow of the DFD
    QString action;
    QList<Id> threats; // STRIDE threats this step realises
    friend bool operator==(const OperationalStep &, const OperationalStep &) = default;
};

struct OperationalScenario
{
    Id id;
    Id strategic;
    QString name;
    QList<OperationalStep> steps;
    int likelihood = 0;    // V1..V4 set by the analyst; 0 = take the proposal
    QString justification; // required when likelihood overrides the proposal
    friend bool operator==(const OperationalScenario &, const OperationalScenario &) = default;
};

using StudyItem
    = std::variant<BusinessValue, FearedEvent, BaselineItem, RiskOrigin, TargetObjective, RoToPair,
                   Stakeholder, StrategicScenario, OperationalScenario>;

/// Study-wide settings: missions and the ecosystem map's zone thresholds.
struct StudySettings
{
    QStringList missions;
    double controlThreshold = 1.0; // threat level at which a stakeholder is in the control zone
    double dangerThreshold = 3.0;  // ... and in the danger zone
    friend bool operator==(const StudySettings &, const StudySettings &) = default;
};

struct EbiosStudy
{
    StudySettings settings;
    QHash<Id, StudyItem> items;
    bool isEmpty() const { return items.isEmpty() && settings == StudySettings{}; }
    friend bool operator==(const EbiosStudy &, const EbiosStudy &) = default;

    template<typename T>
    const T *get(const Id &id) const
    {
        const auto it = items.constFind(id);
        return it == items.cend() ? nullptr : std::get_if<T>(&*it);
    }
    /// Every item of one kind, in stable id order.
    template<typename T>
    QList<const T *> all() const
    {
        QList<Id> ids;
        for (auto it = items.cbegin(); it != items.cend(); ++it) {
            if (std::holds_alternative<T>(*it))
                ids.append(it.key());
        }
        std::sort(ids.begin(), ids.end(), idLess);
        QList<const T *> out;
        for (const Id &id : ids)
            out.append(get<T>(id));
        return out;
    }
};

Id studyItemId(const StudyItem &item);
/// The item's kind as written in files: "businessValue", "fearedEvent", ...
QString studyItemKind(const StudyItem &item);

/// Stakeholder threat level: (dependency x penetration) / (maturity x trust).
double threatLevel(const Stakeholder &s);
enum class EcosystemZone { Watch, Control, Danger };
EcosystemZone zoneOf(const Stakeholder &s, const StudySettings &settings);
QString zoneName(EcosystemZone zone);
/// Relevance 1..4 of a pair: motivation x resources, mapped 1-2 -> 1, 3-4 -> 2, 6-8 -> 3,
/// 9-16 -> 4, then one up for activity 4 and one down for activity 1 (kept in 1..4).
int relevance(const RoToPair &p);
QString scenarioStatusName(ScenarioStatus s);
bool parseScenarioStatus(const QString &text, ScenarioStatus *out);

} // namespace tb
