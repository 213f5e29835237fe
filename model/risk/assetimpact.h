#pragma once

// ISO/IEC 27005 asset-based identification: a threat's impact follows what it puts at stake.

#include "core/projectdata.h"

namespace tb {

/// What each element and flow puts at stake, gathered once so that rating a whole derivation
/// looks up a table of the few subjects that hold assets instead of the whole model per threat.
class AssetNeeds
{
public:
    explicit AssetNeeds(const ProjectData &d);
    /// The impact (on the project's scale) that the business assets at stake give a threat: the
    /// highest need, for the security property its STRIDE category harms (confidentiality for
    /// information disclosure, availability for denial of service, integrity otherwise; all
    /// three for elevation of privilege), of the business values supported by the elements and
    /// flows it involves and of the data assets they hold or carry. 0 when nothing is at stake.
    int impactFor(const Threat &t) const;

private:
    struct Need
    {
        int confidentiality = 0;
        int integrity = 0;
        int availability = 0;
    };
    QHash<Id, Need> m_needs; // only subjects with something at stake
    int m_impactLevels;
};

/// A derived threat's starting ratings: the template's, put on the project's scales, with the
/// impact taken from the assets at stake when there are any.
void applyDefaultRatings(const ProjectData &d, const AssetNeeds &needs, Threat &t);

} // namespace tb
