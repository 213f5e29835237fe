#pragma once

// A person's decision about each vulnerability of the product's SBOM (CycloneDX analysis),
// saved with the project under the setting key "vex.triage". The model only suggests; what is
// stored here is what a person confirmed, and only that is exported as a claim.

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tb {

struct ProjectData;

struct VexDecision
{
    QString vulnerability; // "CVE-2024-1234"
    QString state;         // a vexStates() name
    QString justification; // a vexJustifications() name; required for not_affected only
    QStringList response;  // vexResponses() names
    QString detail;
    QString confirmedBy; // who decided
    QDateTime confirmedAt;

    friend bool operator==(const VexDecision &, const VexDecision &) = default;
};

inline const QString kVexTriageKey = QStringLiteral("vex.triage");

/// CycloneDX impactAnalysisState, impactAnalysisJustification and response values.
const QStringList &vexStates();
const QStringList &vexJustifications();
const QStringList &vexResponses();

/// Checks one decision: known names, a justification exactly for not_affected, a person and a
/// time. Errors name the field.
Result<void> checkVexDecision(const VexDecision &d);

/// {"vulnerabilities": {"CVE-...": {state, justification, response, detail, confirmedBy,
/// confirmedAt}}}
QJsonObject vexTriageToJson(const QList<VexDecision> &decisions);
/// Reads the setting body; decisions sorted by vulnerability id. Errors name the field.
Result<QList<VexDecision>> vexTriageFromJson(const QJsonObject &body);
Result<void> checkVexTriage(const QJsonObject &body);

/// The project's decisions (none when the setting is absent).
QList<VexDecision> vexTriageOf(const ProjectData &data);
/// The setting body with `decision` added or replaced (or, when `remove`, the one for
/// decision.vulnerability removed).
QJsonObject vexTriageWith(const ProjectData &data, const VexDecision &decision,
                          bool remove = false);

} // namespace tb
