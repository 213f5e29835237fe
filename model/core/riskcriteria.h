#pragma once

// ISO/IEC 27005 risk criteria of a project, and the treatment decided for each risk.

#include "id.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tb {

struct ScaleLevel
{
    QString name;
    QString description;
    friend bool operator==(const ScaleLevel &, const ScaleLevel &) = default;
};

/// Likelihood and impact scales (level n is entry n-1), the risk levels from lowest to highest,
/// the matrix giving the risk level of each (likelihood, impact) cell, and the highest level
/// that may be retained without treatment.
struct RiskCriteria
{
    QList<ScaleLevel> likelihood;
    QList<ScaleLevel> impact;
    QStringList levels;
    QList<QList<int>> matrix; // [likelihood - 1][impact - 1] -> index into levels
    int acceptable = 0;       // index into levels

    int level(int l, int i) const;
    int likelihoodLevels() const { return int(likelihood.size()); }
    int impactLevels() const { return int(impact.size()); }
    friend bool operator==(const RiskCriteria &, const RiskCriteria &) = default;
};

constexpr int kMinScaleLevels = 2;
constexpr int kMaxScaleLevels = 10;

/// 4x4, the shape of EBIOS RM's V1-V4 x G1-G4 map; low/medium/high/critical, low acceptable.
RiskCriteria defaultRiskCriteria();
/// 5x5 with the same four risk levels.
RiskCriteria riskCriteria5x5();

/// ISO/IEC 27005 treatment options; None = not decided yet.
enum class TreatmentOption { None, Modify, Retain, Avoid, Share };

/// The treatment of one risk (a threat or an operational scenario).
struct RiskTreatment
{
    Id subject;
    TreatmentOption option = TreatmentOption::None;
    QString owner;
    QString justification;
    int residualLikelihood = 0; // 0 = computed from the done tasks (see risk/rating.h)
    int residualImpact = 0;
    QString cvss; // optional CVSS v3.1 or v4.0 vector
    bool isEmpty() const;
    friend bool operator==(const RiskTreatment &, const RiskTreatment &) = default;
};

QString treatmentName(TreatmentOption option);
bool parseTreatment(const QString &text, TreatmentOption *out);
/// Checks the form of a CVSS v3.x or v4.0 vector ("CVSS:3.1/AV:N/..."); empty is fine.
bool isCvssVector(const QString &vector);

} // namespace tb
