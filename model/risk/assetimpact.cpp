#include "assetimpact.h"

#include "rating.h"

namespace tb {

namespace {
int needFor(StrideCategory c, int confidentiality, int integrity, int availability)
{
    switch (c) {
    case StrideCategory::InformationDisclosure:
        return confidentiality;
    case StrideCategory::DenialOfService:
        return availability;
    case StrideCategory::ElevationOfPrivilege:
        return std::max({confidentiality, integrity, availability});
    case StrideCategory::Spoofing:
    case StrideCategory::Tampering:
    case StrideCategory::Repudiation:
        break;
    }
    return integrity;
}
} // namespace

int assetBasedImpact(const ProjectData &d, const Threat &t)
{
    int need = 0;
    const auto consider = [&](const DataAsset &a) {
        need = std::max(need, needFor(t.category, a.confidentiality, a.integrity, a.availability));
    };
    for (const Involved &i : t.involved) {
        if (const auto e = d.elements.constFind(i.id); e != d.elements.cend()) {
            for (const Id &a : e->assets)
                if (const auto it = d.assets.constFind(a); it != d.assets.cend())
                    consider(*it);
        }
        if (const auto f = d.flows.constFind(i.id); f != d.flows.cend()) {
            for (const Id &a : f->assets)
                if (const auto it = d.assets.constFind(a); it != d.assets.cend())
                    consider(*it);
        }
    }
    for (const BusinessValue *v : d.study.all<BusinessValue>()) {
        for (const Involved &i : t.involved) {
            if (v->supports.contains(i.id)) {
                need = std::max(
                    need, needFor(t.category, v->confidentiality, v->integrity, v->availability));
                break;
            }
        }
    }
    // Needs run 0..4 (none..very high); 1..4 map onto the impact scale.
    return need == 0 ? 0 : rescaleValue(need, kMaxNeedLevel, d.criteria.impactLevels());
}

void applyDefaultRatings(const ProjectData &d, Threat &t)
{
    t.likelihood = rescaleValue(t.likelihood, kMaxRating, d.criteria.likelihoodLevels());
    t.impact = rescaleValue(t.impact, kMaxRating, d.criteria.impactLevels());
    if (const int fromAssets = assetBasedImpact(d, t); fromAssets > 0)
        t.impact = fromAssets;
}

} // namespace tb
