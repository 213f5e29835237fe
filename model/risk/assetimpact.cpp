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

AssetNeeds::AssetNeeds(const ProjectData &d) : m_impactLevels(d.criteria.impactLevels())
{
    const auto raise = [this](const Id &subject, int c, int i, int a) {
        Need &n = m_needs[subject];
        n.confidentiality = std::max(n.confidentiality, c);
        n.integrity = std::max(n.integrity, i);
        n.availability = std::max(n.availability, a);
    };
    const auto holding = [&](const Id &subject, const QList<Id> &assets) {
        for (const Id &a : assets)
            if (const auto it = d.assets.constFind(a); it != d.assets.cend())
                raise(subject, it->confidentiality, it->integrity, it->availability);
    };
    for (auto e = d.elements.cbegin(); e != d.elements.cend(); ++e)
        holding(e.key(), e->assets);
    for (auto f = d.flows.cbegin(); f != d.flows.cend(); ++f)
        holding(f.key(), f->assets);
    for (auto it = d.study.items.cbegin(); it != d.study.items.cend(); ++it) {
        if (const auto *v = std::get_if<BusinessValue>(&*it)) {
            for (const Id &s : v->supports)
                raise(s, v->confidentiality, v->integrity, v->availability);
        }
    }
}

int AssetNeeds::impactFor(const Threat &t) const
{
    int need = 0;
    for (const Involved &i : t.involved) {
        if (const auto n = m_needs.constFind(i.id); n != m_needs.cend())
            need = std::max(need,
                            needFor(t.category, n->confidentiality, n->integrity, n->availability));
    }
    // Needs run 0..4 (none..very high); 1..4 map onto the impact scale.
    return need == 0 ? 0 : rescaleValue(need, kMaxNeedLevel, m_impactLevels);
}

void applyDefaultRatings(const ProjectData &d, const AssetNeeds &needs, Threat &t)
{
    t.likelihood = rescaleValue(t.likelihood, kMaxRating, d.criteria.likelihoodLevels());
    t.impact = rescaleValue(t.impact, kMaxRating, d.criteria.impactLevels());
    if (const int fromAssets = needs.impactFor(t); fromAssets > 0)
        t.impact = fromAssets;
}

} // namespace tb
