#pragma once

#include <QString>

namespace tb {

enum class RiskLevel { Low, Medium, High, Critical };

/// The default 4x4 risk matrix (likelihood x impact, 1..4 each), the same shape as EBIOS RM's
/// V1-V4 x G1-G4 map. Project-specific scales and matrices come with the risk analysis work.
RiskLevel riskLevel(int likelihood, int impact);
QString riskLevelName(RiskLevel level);
bool parseRiskLevel(const QString &text, RiskLevel *out);

} // namespace tb
