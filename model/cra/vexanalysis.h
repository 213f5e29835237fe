#pragma once

// What the model says about each vulnerability of a BOM: which of the project's components and
// elements it touches, and a suggested CycloneDX analysis with its reasons. A suggestion is
// never a claim: only a person's decision (vextriage.h) is exported as one.

#include "core/id.h"
#include "io/cyclonedxvulns.h"
#include "vextriage.h"

#include <optional>

namespace tb {

struct ProjectData;

struct VexSuggestion
{
    QString state;         // "in_triage" or "not_affected"
    QString justification; // for not_affected
    QStringList reasons;   // one sentence each, naming elements, threats and tasks
};

struct VexFinding
{
    SbomVulnerability vulnerability;
    QList<Id> components;     // the project's components it affects (identity match)
    QStringList notInProject; // affected components the project does not list
    QList<Id> elements;       // elements carrying those components, sorted
    VexSuggestion suggestion;
    std::optional<VexDecision> decision; // what a person confirmed, if anyone did
};

/// One finding per vulnerability entry of `bom`, in document order. Suggests not_affected
/// (protected_at_perimeter) when no element carrying an affected component can be reached along
/// flows from an untrusted zone or an external entity; not_affected
/// (protected_by_mitigating_control) when every threat of the vulnerability's CWEs on the reachable
/// carriers is answered by an implemented or verified task; in_triage otherwise.
QList<VexFinding> analyseVulnerabilities(const ProjectData &data, const VulnerableBom &bom);

/// Decisions for vulnerability ids the BOM does not list (left from an older BOM).
QStringList staleVexDecisions(const ProjectData &data, const VulnerableBom &bom);

} // namespace tb
