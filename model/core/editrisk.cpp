// Risk criteria and treatments: every rating stays inside the project's scales.

#include "editchecks.h"

namespace tb::detail {

namespace {

const QString kCriteria = QStringLiteral("risk criteria");

Result<void> checkScale(const QList<ScaleLevel> &scale, const char *what)
{
    if (scale.size() < kMinScaleLevels || scale.size() > kMaxScaleLevels)
        return makeError(QStringLiteral("the %1 scale needs %2 to %3 levels, not %4")
                             .arg(QLatin1String(what))
                             .arg(kMinScaleLevels)
                             .arg(kMaxScaleLevels)
                             .arg(scale.size()),
                         kCriteria);
    for (qsizetype i = 0; i < scale.size(); ++i) {
        if (scale[i].name.trimmed().isEmpty())
            return makeError(
                QStringLiteral("%1 level %2 needs a name").arg(QLatin1String(what)).arg(i + 1),
                kCriteria);
    }
    return Ok{};
}

Result<void> checkCriteria(const RiskCriteria &c)
{
    if (Result<void> r = checkScale(c.likelihood, "likelihood"); !r)
        return r;
    if (Result<void> r = checkScale(c.impact, "impact"); !r)
        return r;
    if (c.levels.isEmpty() || c.levels.size() > kMaxScaleLevels)
        return makeError(QStringLiteral("there must be 1 to %1 risk levels").arg(kMaxScaleLevels),
                         kCriteria);
    for (const QString &level : c.levels) {
        if (level.trimmed().isEmpty() || c.levels.count(level) > 1)
            return makeError(QStringLiteral("risk level names must be non-empty and distinct"),
                             kCriteria);
    }
    if (c.matrix.size() != c.likelihood.size())
        return makeError(QStringLiteral("the matrix needs one row per likelihood level"),
                         kCriteria);
    for (qsizetype l = 0; l < c.matrix.size(); ++l) {
        if (c.matrix[l].size() != c.impact.size())
            return makeError(
                QStringLiteral("matrix row %1 needs one cell per impact level").arg(l + 1),
                kCriteria);
        for (int cell : c.matrix[l]) {
            if (cell < 0 || cell >= c.levels.size())
                return makeError(QStringLiteral("matrix row %1 names risk level %2 of %3")
                                     .arg(l + 1)
                                     .arg(cell + 1)
                                     .arg(c.levels.size()),
                                 kCriteria);
        }
    }
    if (c.acceptable < 0 || c.acceptable >= c.levels.size())
        return makeError(QStringLiteral("the acceptable level must be one of the risk levels"),
                         kCriteria);
    return Ok{};
}

} // namespace

Result<Edit> applySetRiskCriteria(ProjectData &d, const SetRiskCriteria &e, Change *change)
{
    if (Result<void> r = checkCriteria(e.criteria); !r)
        return r.error();
    const int maxL = e.criteria.likelihoodLevels(), maxI = e.criteria.impactLevels();
    for (const Id &id : ProjectData::sortedIds(d.threats)) {
        const Threat &t = d.threats[id];
        if (t.likelihood > maxL || t.impact > maxI)
            return makeError(QStringLiteral("threat \"%1\" is rated %2x%3, outside the new %4x%5 "
                                            "scales; re-map the ratings with the new criteria "
                                            "(threatbench-cli risks --rescale)")
                                 .arg(t.title)
                                 .arg(t.likelihood)
                                 .arg(t.impact)
                                 .arg(maxL)
                                 .arg(maxI),
                             kCriteria);
    }
    for (const RiskTreatment &t : std::as_const(d.treatments)) {
        if (t.residualLikelihood > maxL || t.residualImpact > maxI)
            return makeError(QStringLiteral("the residual rating of %1 is outside the new scales")
                                 .arg(describe(d, t.subject)),
                             kCriteria);
    }
    SetRiskCriteria inverse{d.criteria};
    d.criteria = e.criteria;
    if (change)
        change->product = true;
    return Edit(std::move(inverse));
}

Result<Edit> applySetTreatment(ProjectData &d, const SetTreatment &e, Change *change)
{
    const RiskTreatment &t = e.treatment;
    const QString where = QStringLiteral("treatment of ") + describe(d, t.subject);
    const bool scenario = d.study.get<OperationalScenario>(t.subject) != nullptr;
    if (!d.threats.contains(t.subject) && !scenario)
        return makeError(QStringLiteral("only threats and operational scenarios are treated"),
                         where);
    const int maxL = scenario ? kEbiosMaxLevel : d.criteria.likelihoodLevels();
    const int maxI = scenario ? kEbiosMaxLevel : d.criteria.impactLevels();
    if (t.residualLikelihood < 0 || t.residualLikelihood > maxL || t.residualImpact < 0
        || t.residualImpact > maxI)
        return makeError(QStringLiteral("residual likelihood must be 0 (computed) to %1 and "
                                        "residual impact 0 (computed) to %2")
                             .arg(maxL)
                             .arg(maxI),
                         where);
    if ((t.option == TreatmentOption::Retain || t.option == TreatmentOption::Avoid
         || t.option == TreatmentOption::Share)
        && t.justification.trimmed().isEmpty())
        return makeError(
            QStringLiteral("treatment \"%1\" needs a justification").arg(treatmentName(t.option)),
            where);
    if (!isCvssVector(t.cvss))
        return makeError(QStringLiteral("\"%1\" is not a CVSS v3.0, v3.1 or v4.0 vector "
                                        "(CVSS:3.1/AV:N/AC:L/...)")
                             .arg(t.cvss),
                         where);
    const auto old = d.treatments.constFind(t.subject);
    SetTreatment inverse{old == d.treatments.cend() ? RiskTreatment{t.subject, {}, {}, {}, 0, 0, {}}
                                                    : *old};
    if (t.isEmpty())
        d.treatments.remove(t.subject);
    else
        d.treatments.insert(t.subject, t);
    if (change)
        change->treatments.insert(t.subject);
    return Edit(std::move(inverse));
}

} // namespace tb::detail
