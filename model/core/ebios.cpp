#include "ebios.h"

#include "overloaded.h"

namespace tb {

Id studyItemId(const StudyItem &item)
{
    return std::visit([](const auto &x) { return x.id; }, item);
}

QString studyItemKind(const StudyItem &item)
{
    return std::visit(
        Overloaded{
            [](const BusinessValue &) { return QStringLiteral("businessValue"); },
            [](const FearedEvent &) { return QStringLiteral("fearedEvent"); },
            [](const BaselineItem &) { return QStringLiteral("baseline"); },
            [](const RiskOrigin &) { return QStringLiteral("riskOrigin"); },
            [](const TargetObjective &) { return QStringLiteral("targetObjective"); },
            [](const RoToPair &) { return QStringLiteral("pair"); },
            [](const Stakeholder &) { return QStringLiteral("stakeholder"); },
            [](const StrategicScenario &) { return QStringLiteral("strategicScenario"); },
            [](const OperationalScenario &) { return QStringLiteral("operationalScenario"); },
        },
        item);
}

double threatLevel(const Stakeholder &s)
{
    const int reliability = s.maturity * s.trust;
    if (reliability <= 0)
        return 0; // refused by the edit checks; never divide by zero
    return double(s.dependency * s.penetration) / double(reliability);
}

EcosystemZone zoneOf(const Stakeholder &s, const StudySettings &settings)
{
    const double level = threatLevel(s);
    if (level >= settings.dangerThreshold)
        return EcosystemZone::Danger;
    if (level >= settings.controlThreshold)
        return EcosystemZone::Control;
    return EcosystemZone::Watch;
}

QString zoneName(EcosystemZone zone)
{
    switch (zone) {
    case EcosystemZone::Watch:
        return QStringLiteral("watch");
    case EcosystemZone::Control:
        return QStringLiteral("control");
    case EcosystemZone::Danger:
        return QStringLiteral("danger");
    }
    return {};
}

int relevance(const RoToPair &p)
{
    const int product = p.motivation * p.resources;
    int r = product <= 2 ? 1 : product <= 4 ? 2 : product <= 8 ? 3 : 4;
    if (p.activity >= 4)
        ++r;
    else if (p.activity <= 1)
        --r;
    return std::clamp(r, 1, kEbiosMaxLevel);
}

QString scenarioStatusName(ScenarioStatus s)
{
    switch (s) {
    case ScenarioStatus::Proposed:
        return QStringLiteral("proposed");
    case ScenarioStatus::Retained:
        return QStringLiteral("retained");
    case ScenarioStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

bool parseScenarioStatus(const QString &text, ScenarioStatus *out)
{
    for (ScenarioStatus s :
         {ScenarioStatus::Proposed, ScenarioStatus::Retained, ScenarioStatus::Rejected}) {
        if (text == scenarioStatusName(s)) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace tb
