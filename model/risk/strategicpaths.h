#pragma once

// EBIOS RM workshop 3: strategic scenarios proposed from the ecosystem map.
//
// Semantics, for each RETAINED RO/TO pair whose origin and objective exist:
// - Graph: stakeholders and business values are nodes; a stakeholder's `reaches` are its edges
//   (to stakeholders or business values). Unknown ids, self-loops and repeats are ignored.
// - Direct path: the origin attacks a business value itself (path with no stakeholder).
// - Entry: a path through stakeholders starts at one in the control or danger zone of the map
//   (zoneOf() != Watch, i.e. threatLevel >= settings.controlThreshold). Later stakeholders may
//   be in any zone: the attacker is already inside that chain of trust.
// - Simple: no stakeholder appears twice, so cycles in `reaches` end the walk.
// - Bound: at most `maxStakeholders` stakeholders on a path. The default 4 allows
//   origin -> S1 -> S2 -> S3 -> S4 -> business value, i.e. 5 edges; 0 leaves direct paths only.
// - End: a business value the objective aims at (objective.targets; empty = any; ids naming
//   no business value match nothing). The scenario's feared event is that value's most severe
//   one (ties: lowest id); a value without feared events yields no scenario.
// - Score: the path's bottleneck, the lowest threat level of its stakeholders, since the
//   attacker must get through every one of them. Direct paths have no stakeholder; score 0.
// - Cap: direct scenarios (at most one per business value) are always kept; of the paths
//   through stakeholders, each pair keeps the `maxPathsPerPair` most dangerous (<= 0: all).
// - Order: pairs by id; within a pair, direct scenarios (severity descending, then business
//   value id), then the others by score descending, severity descending, fewer stakeholders,
//   then stakeholder ids and business value id.
// The paths do not depend on the pair: they are enumerated once, and each pair takes those
// ending at the business values it aims at.

#include "core/ebios.h"

namespace tb {

struct StrategicPathOptions
{
    int maxStakeholders = 4;  // stakeholders on a path, not edges (see above)
    int maxPathsPerPair = 20; // paths through stakeholders kept per pair; <= 0: no cap
};

/// A derived scenario with the reasons for it.
struct StrategicProposal
{
    StrategicScenario scenario; // derived, Proposed, stable id
    QString explanation; // "Origin / Objective → Stakeholder (threat level 4.0, ...) → ..."
    double score = 0;    // lowest threat level on the path; 0 for direct paths
};

/// Proposes strategic scenarios for every retained pair, as described above. Pure.
QList<StrategicProposal> deriveStrategicScenarios(const EbiosStudy &study,
                                                  const StrategicPathOptions &options = {});

/// The stable id of a derived scenario: a UUIDv5 of the pair, the path and the business value.
Id strategicScenarioId(const Id &pair, const QList<Id> &path, const Id &businessValue);

/// What to change in a study to follow a fresh derivation; plain data, the caller makes edits.
struct StrategicMerge
{
    QList<StrategicScenario> put; // new proposals, and proposed ones whose feared event changed
    QList<Id> remove;             // derived, still proposed, no longer derived (id order)
    QList<Id> orphaned;           // derived, retained or rejected, no longer derived: kept, to flag
};

/// Retained, rejected and hand-written scenarios are never changed; a proposal equal to a
/// hand-written scenario (same pair, path and business value) is not proposed again.
StrategicMerge mergeStrategicProposals(const EbiosStudy &study,
                                       const QList<StrategicProposal> &proposals);

} // namespace tb
