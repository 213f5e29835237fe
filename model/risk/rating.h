#pragma once

// Inherent and residual ratings of the risk register under the project's criteria.

#include "core/edit.h"
#include "core/projectdata.h"

namespace tb {

struct Rating
{
    int likelihood = 0;
    int impact = 0;
    int level = -1; // index into RiskCriteria::levels
};

struct ResidualRating
{
    Rating rating;
    bool avoided = false; // treatment "avoid": the activity behind the risk is dropped
    QString rule;         // how it was reached, in words
};

Rating inherentRating(const ProjectData &d, const Threat &t);
/// The analyst's residual rating when given; otherwise: one likelihood level less per linked
/// task that is implemented or verified (down to 1), one impact level less when the risk is
/// shared (down to 1); an avoided risk has no residual rating.
ResidualRating residualRating(const ProjectData &d, const Threat &t);
/// Is the rating at or below the acceptance level of the criteria?
bool isAcceptable(const RiskCriteria &c, const Rating &r);

/// EBIOS workshop 4: the likelihood (V1..V4) proposed for an operational scenario: the highest
/// likelihood of the threats its steps realise (put on the V scale), one less for a long
/// operating mode (more than four steps); V2 when no step names a threat yet.
int proposedLikelihood(const ProjectData &d, const OperationalScenario &s);
/// The analyst's likelihood when set, else the proposal.
int scenarioLikelihood(const ProjectData &d, const OperationalScenario &s);

/// EBIOS workshop 5: an operational scenario after treatment, on the V and G scales. The
/// analyst's residual values when given; otherwise one likelihood level less per task that is
/// done and answers a threat of its steps (down to 1), one severity level less when shared;
/// none when avoided.
ResidualRating scenarioResidual(const ProjectData &d, const OperationalScenario &s);

/// A proposed mapping of every rating onto new criteria: each value keeps its relative place
/// on the scale, new = 1 + round((old - 1) x (newLevels - 1) / (oldLevels - 1)).
struct RescalePlan
{
    Batch batch;         // criteria first, then every changed rating, as one undoable edit
    QStringList changes; // "threat "...": likelihood 3 -> 4, impact 2 -> 2", for review
};
int rescaleValue(int value, int oldLevels, int newLevels);
RescalePlan planRescale(const ProjectData &d, const RiskCriteria &to);

} // namespace tb
