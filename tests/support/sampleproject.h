#pragma once

#include "core/project.h"

namespace tb::test {

/// Fixed ids of the sample project, so tests can name its objects.
struct SampleIds
{
    Id diagram, zone, innerZone, line, asset, user, app, store, login, save, spare, service,
        library;
};

const SampleIds &sampleIds();

/// A small but complete project: nested zones, a line boundary, a data asset, three elements
/// of each kind with properties and placements, two flows with bend points, and two SBOM
/// components (one without supplier) inside the Cloud API.
ProjectData sampleProject();

} // namespace tb::test
