#pragma once

// ISO/IEC 27005 asset-based identification: a threat's impact follows what it puts at stake.

#include "core/projectdata.h"

namespace tb {

/// The impact (on the project's scale) that the business assets at stake give a threat: the
/// highest need, for the security property its STRIDE category harms (confidentiality for
/// information disclosure, availability for denial of service, integrity otherwise; all
/// three for elevation of privilege), of the business values supported by the elements and
/// flows it involves and of the data assets they hold or carry. 0 when nothing is at stake.
int assetBasedImpact(const ProjectData &d, const Threat &t);

/// A derived threat's starting ratings: the template's, put on the project's scales, with the
/// impact taken from the assets at stake when there are any.
void applyDefaultRatings(const ProjectData &d, Threat &t);

} // namespace tb
