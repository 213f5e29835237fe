#include "riskcriteria.h"

#include <QRegularExpression>

namespace tb {

int RiskCriteria::level(int l, int i) const
{
    if (l < 1 || i < 1 || l > matrix.size() || i > matrix[l - 1].size())
        return -1;
    return matrix[l - 1][i - 1];
}

RiskCriteria defaultRiskCriteria()
{
    RiskCriteria c;
    c.likelihood = {{QStringLiteral("Unlikely"), QStringLiteral("V1: would need rare skills, "
                                                                "means or luck")},
                    {QStringLiteral("Likely"), QStringLiteral("V2: could happen")},
                    {QStringLiteral("Very likely"), QStringLiteral("V3: expected to happen")},
                    {QStringLiteral("Nearly certain"),
                     QStringLiteral("V4: will happen, or already did elsewhere")}};
    c.impact = {{QStringLiteral("Minor"), QStringLiteral("G1: no lasting harm")},
                {QStringLiteral("Significant"), QStringLiteral("G2: degraded service, "
                                                               "limited harm")},
                {QStringLiteral("Serious"), QStringLiteral("G3: serious harm to users or the "
                                                           "business")},
                {QStringLiteral("Critical"), QStringLiteral("G4: safety, large-scale or "
                                                            "irreversible harm")}};
    c.levels = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                QStringLiteral("critical")};
    // Same cells as the fixed matrix this replaced: [likelihood][impact].
    c.matrix = {{0, 0, 0, 1}, {0, 1, 1, 2}, {0, 1, 2, 3}, {1, 2, 3, 3}};
    c.acceptable = 0;
    return c;
}

RiskCriteria riskCriteria5x5()
{
    RiskCriteria c;
    c.likelihood = {{QStringLiteral("Rare"), {}},
                    {QStringLiteral("Unlikely"), {}},
                    {QStringLiteral("Possible"), {}},
                    {QStringLiteral("Likely"), {}},
                    {QStringLiteral("Almost certain"), {}}};
    c.impact = {{QStringLiteral("Negligible"), {}},
                {QStringLiteral("Minor"), {}},
                {QStringLiteral("Moderate"), {}},
                {QStringLiteral("Major"), {}},
                {QStringLiteral("Severe"), {}}};
    c.levels = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                QStringLiteral("critical")};
    // By the sum of the two levels: 2-4 low, 5-6 medium, 7-8 high, 9-10 critical.
    for (int l = 1; l <= 5; ++l) {
        QList<int> row;
        for (int i = 1; i <= 5; ++i) {
            const int sum = l + i;
            row.append(sum <= 4 ? 0 : sum <= 6 ? 1 : sum <= 8 ? 2 : 3);
        }
        c.matrix.append(row);
    }
    c.acceptable = 0;
    return c;
}

bool RiskTreatment::isEmpty() const
{
    return option == TreatmentOption::None && owner.isEmpty() && justification.isEmpty()
           && residualLikelihood == 0 && residualImpact == 0 && cvss.isEmpty();
}

QString treatmentName(TreatmentOption option)
{
    switch (option) {
    case TreatmentOption::None:
        return QStringLiteral("none");
    case TreatmentOption::Modify:
        return QStringLiteral("modify");
    case TreatmentOption::Retain:
        return QStringLiteral("retain");
    case TreatmentOption::Avoid:
        return QStringLiteral("avoid");
    case TreatmentOption::Share:
        return QStringLiteral("share");
    }
    return {};
}

bool parseTreatment(const QString &text, TreatmentOption *out)
{
    for (TreatmentOption o :
         {TreatmentOption::None, TreatmentOption::Modify, TreatmentOption::Retain,
          TreatmentOption::Avoid, TreatmentOption::Share}) {
        if (text == treatmentName(o)) {
            *out = o;
            return true;
        }
    }
    return false;
}

bool isCvssVector(const QString &vector)
{
    static const QRegularExpression form(
        QStringLiteral("^CVSS:(3\\.[01]|4\\.0)(/[A-Za-z]{1,3}:[A-Za-z])+$"));
    return vector.isEmpty() || form.match(vector).hasMatch();
}

} // namespace tb
