#include "riskmatrix.h"

#include <algorithm>
#include <array>

namespace tb {

namespace {
using L = RiskLevel;
// Rows: impact 1..4; columns: likelihood 1..4.
constexpr std::array<std::array<RiskLevel, 4>, 4> kMatrix{{
    {L::Low, L::Low, L::Low, L::Medium},
    {L::Low, L::Medium, L::Medium, L::High},
    {L::Low, L::Medium, L::High, L::Critical},
    {L::Medium, L::High, L::Critical, L::Critical},
}};
constexpr std::array<const char *, 4> kNames{"low", "medium", "high", "critical"};
} // namespace

RiskLevel riskLevel(int likelihood, int impact)
{
    const auto clamp = [](int v) {
        return static_cast<std::size_t>(std::clamp(v, 1, 4) - 1);
    };
    return kMatrix[clamp(impact)][clamp(likelihood)];
}

QString riskLevelName(RiskLevel level)
{
    return QLatin1String(kNames[static_cast<std::size_t>(level)]);
}

bool parseRiskLevel(const QString &text, RiskLevel *out)
{
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (text.compare(QLatin1String(kNames[i]), Qt::CaseInsensitive) == 0) {
            *out = static_cast<RiskLevel>(i);
            return true;
        }
    }
    return false;
}

} // namespace tb
