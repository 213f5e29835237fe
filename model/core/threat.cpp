#include "threat.h"

#include <array>

namespace tb {

namespace {
constexpr std::array<std::pair<ThreatStatus, const char *>, 6> kStatuses{{
    {ThreatStatus::New, "new"},
    {ThreatStatus::NeedsReview, "needs-review"},
    {ThreatStatus::Mitigated, "mitigated"},
    {ThreatStatus::Accepted, "accepted"},
    {ThreatStatus::Transferred, "transferred"},
    {ThreatStatus::NotApplicable, "not-applicable"},
}};
struct CategoryName
{
    StrideCategory category;
    const char *key;
    const char *title;
};
constexpr std::array<CategoryName, 6> kCategories{{
    {StrideCategory::Spoofing, "spoofing", "Spoofing"},
    {StrideCategory::Tampering, "tampering", "Tampering"},
    {StrideCategory::Repudiation, "repudiation", "Repudiation"},
    {StrideCategory::InformationDisclosure, "information-disclosure", "Information Disclosure"},
    {StrideCategory::DenialOfService, "denial-of-service", "Denial of Service"},
    {StrideCategory::ElevationOfPrivilege, "elevation-of-privilege", "Elevation of Privilege"},
}};
} // namespace

QString threatStatusName(ThreatStatus status)
{
    for (const auto &[s, name] : kStatuses) {
        if (s == status)
            return QLatin1String(name);
    }
    return {};
}

bool parseThreatStatus(const QString &text, ThreatStatus *out)
{
    for (const auto &[s, name] : kStatuses) {
        if (text == QLatin1String(name)) {
            *out = s;
            return true;
        }
    }
    return false;
}

bool statusNeedsJustification(ThreatStatus status)
{
    return status == ThreatStatus::Accepted || status == ThreatStatus::Transferred
           || status == ThreatStatus::NotApplicable;
}

QString categoryKey(StrideCategory category)
{
    return QLatin1String(kCategories[static_cast<std::size_t>(category)].key);
}

QString categoryTitle(StrideCategory category)
{
    return QLatin1String(kCategories[static_cast<std::size_t>(category)].title);
}

bool parseCategory(const QString &text, StrideCategory *out)
{
    for (const CategoryName &c : kCategories) {
        if (text == QLatin1String(c.key)
            || text.compare(QLatin1String(c.title), Qt::CaseInsensitive) == 0) {
            *out = c.category;
            return true;
        }
    }
    return false;
}

bool isAnnexId(const QString &text)
{
    if (text == QLatin1String("I(1)"))
        return true;
    if (text.size() == 7 && text.startsWith(QLatin1String("I(2)("))
        && text.endsWith(QLatin1Char(')')))
        return text[5] >= QLatin1Char('a') && text[5] <= QLatin1Char('m');
    if (text.size() == 5 && text.startsWith(QLatin1String("II("))
        && text.endsWith(QLatin1Char(')')))
        return text[3] >= QLatin1Char('1') && text[3] <= QLatin1Char('8');
    return false;
}

} // namespace tb
