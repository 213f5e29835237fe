#include "rating.h"

#include <QSet>

#include <cmath>

namespace tb {

namespace {
Rating rated(const RiskCriteria &c, int l, int i)
{
    return {l, i, c.level(l, i)};
}
} // namespace

Rating inherentRating(const ProjectData &d, const Threat &t)
{
    return rated(d.criteria, t.likelihood, t.impact);
}

ResidualRating residualRating(const ProjectData &d, const Threat &t)
{
    const RiskTreatment tr = d.treatments.value(t.id, RiskTreatment{t.id, {}, {}, {}, 0, 0, {}});
    ResidualRating out;
    if (tr.option == TreatmentOption::Avoid) {
        out.avoided = true;
        out.rule = QStringLiteral("avoided");
        return out;
    }
    int done = 0;
    for (const MitigationTask &task : d.tasks) {
        if (task.threats.contains(t.id) && taskIsDone(task.status))
            ++done;
    }
    int l = std::max(1, t.likelihood - done);
    int i = t.impact;
    QStringList why;
    if (done)
        why.append(QStringLiteral("%1 done task(s) lower the likelihood").arg(done));
    if (tr.option == TreatmentOption::Share) {
        i = std::max(1, i - 1);
        why.append(QStringLiteral("sharing lowers the impact"));
    }
    if (tr.residualLikelihood) {
        l = tr.residualLikelihood;
        why = {QStringLiteral("set by the analyst")};
    }
    if (tr.residualImpact) {
        i = tr.residualImpact;
        why = {QStringLiteral("set by the analyst")};
    }
    out.rating = rated(d.criteria, l, i);
    out.rule = why.isEmpty() ? QStringLiteral("as inherent") : why.join(QStringLiteral("; "));
    return out;
}

bool isAcceptable(const RiskCriteria &c, const Rating &r)
{
    return r.level >= 0 && r.level <= c.acceptable;
}

int proposedLikelihood(const ProjectData &d, const OperationalScenario &s)
{
    int best = 0;
    for (const OperationalStep &step : s.steps) {
        for (const Id &id : step.threats) {
            const auto it = d.threats.constFind(id);
            if (it != d.threats.cend())
                best = std::max(best, rescaleValue(it->likelihood, d.criteria.likelihoodLevels(),
                                                   kEbiosMaxLevel));
        }
    }
    if (best == 0)
        return 2;
    return std::max(1, s.steps.size() > 4 ? best - 1 : best);
}

int scenarioLikelihood(const ProjectData &d, const OperationalScenario &s)
{
    return s.likelihood ? s.likelihood : proposedLikelihood(d, s);
}

ResidualRating scenarioResidual(const ProjectData &d, const OperationalScenario &s)
{
    ResidualRating out;
    const RiskTreatment tr = d.treatments.value(s.id, RiskTreatment{s.id, {}, {}, {}, 0, 0, {}});
    if (tr.option == TreatmentOption::Avoid) {
        out.avoided = true;
        out.rule = QStringLiteral("avoided");
        return out;
    }
    QSet<Id> threats;
    for (const OperationalStep &step : s.steps)
        threats.unite(QSet<Id>(step.threats.cbegin(), step.threats.cend()));
    int done = 0;
    for (const MitigationTask &task : d.tasks) {
        if (!taskIsDone(task.status))
            continue;
        for (const Id &t : task.threats) {
            if (threats.contains(t)) {
                ++done;
                break;
            }
        }
    }
    const StrategicScenario *strategic = d.study.get<StrategicScenario>(s.strategic);
    const FearedEvent *feared
        = strategic ? d.study.get<FearedEvent>(strategic->fearedEvent) : nullptr;
    int l = std::max(1, scenarioLikelihood(d, s) - done);
    int g = feared ? feared->severity : 1;
    QStringList why;
    if (done)
        why.append(QStringLiteral("%1 done task(s) lower the likelihood").arg(done));
    if (tr.option == TreatmentOption::Share) {
        g = std::max(1, g - 1);
        why.append(QStringLiteral("sharing lowers the severity"));
    }
    if (tr.residualLikelihood || tr.residualImpact) {
        l = tr.residualLikelihood ? tr.residualLikelihood : l;
        g = tr.residualImpact ? tr.residualImpact : g;
        why = {QStringLiteral("set by the analyst")};
    }
    out.rating = {l, g, -1};
    out.rule = why.isEmpty() ? QStringLiteral("as inherent") : why.join(QStringLiteral("; "));
    return out;
}

int rescaleValue(int value, int oldLevels, int newLevels)
{
    if (value <= 0 || oldLevels <= 1)
        return value;
    const double x = double(value - 1) * double(newLevels - 1) / double(oldLevels - 1);
    return std::clamp(1 + static_cast<int>(std::lround(x)), 1, newLevels);
}

RescalePlan planRescale(const ProjectData &d, const RiskCriteria &to)
{
    RescalePlan plan;
    plan.batch.text = QStringLiteral("Change risk criteria to %1x%2")
                          .arg(to.likelihoodLevels())
                          .arg(to.impactLevels());
    const int oldL = d.criteria.likelihoodLevels(), oldI = d.criteria.impactLevels();
    const int newL = to.likelihoodLevels(), newI = to.impactLevels();
    // Shrinking scales: ratings move before the criteria change; growing: after.
    std::vector<Edit> ratings;
    for (const Id &id : ProjectData::sortedIds(d.threats)) {
        Threat t = d.threats[id];
        const int l = rescaleValue(t.likelihood, oldL, newL);
        const int i = rescaleValue(t.impact, oldI, newI);
        if (l == t.likelihood && i == t.impact)
            continue;
        plan.changes.append(QStringLiteral("threat \"%1\": likelihood %2 -> %3, impact %4 -> %5")
                                .arg(t.title)
                                .arg(t.likelihood)
                                .arg(l)
                                .arg(t.impact)
                                .arg(i));
        t.likelihood = l;
        t.impact = i;
        ratings.push_back(UpdateThreat{std::move(t)});
    }
    for (const Id &id : ProjectData::sortedIds(d.treatments)) {
        RiskTreatment tr = d.treatments[id];
        if (d.study.get<OperationalScenario>(id))
            continue; // EBIOS scenarios keep the V1-V4 scale
        const int l = rescaleValue(tr.residualLikelihood, oldL, newL);
        const int i = rescaleValue(tr.residualImpact, oldI, newI);
        if (l == tr.residualLikelihood && i == tr.residualImpact)
            continue;
        plan.changes.append(QStringLiteral("residual rating of %1: %2x%3 -> %4x%5")
                                .arg(idString(id))
                                .arg(tr.residualLikelihood)
                                .arg(tr.residualImpact)
                                .arg(l)
                                .arg(i));
        tr.residualLikelihood = l;
        tr.residualImpact = i;
        ratings.push_back(SetTreatment{std::move(tr)});
    }
    // Mixed changes (one scale grows, the other shrinks) go through the wider of each.
    if ((newL > oldL && newI < oldI) || (newL < oldL && newI > oldI)) {
        RiskCriteria wide = newL > oldL ? to : d.criteria;
        wide.impact = newI > oldI ? to.impact : d.criteria.impact;
        wide.matrix.clear();
        for (int l = 0; l < wide.likelihoodLevels(); ++l)
            wide.matrix.append(QList<int>(wide.impactLevels(), 0));
        plan.batch.edits.push_back(SetRiskCriteria{wide});
        plan.batch.edits.insert(plan.batch.edits.end(), ratings.begin(), ratings.end());
        plan.batch.edits.push_back(SetRiskCriteria{to});
        return plan;
    }
    const bool growing = newL >= oldL && newI >= oldI;
    if (growing) {
        plan.batch.edits.push_back(SetRiskCriteria{to});
        plan.batch.edits.insert(plan.batch.edits.end(), ratings.begin(), ratings.end());
    } else {
        plan.batch.edits.insert(plan.batch.edits.end(), ratings.begin(), ratings.end());
        plan.batch.edits.push_back(SetRiskCriteria{to});
    }
    return plan;
}

} // namespace tb
