#pragma once

#include "core/projectdata.h"
#include "core/result.h"

#include <QJsonObject>

namespace tb {

class PropertyCatalog;

/// A tiny model described in a template's "tests" (see templates/FORMAT.md "Scenarios").
struct Scenario
{
    ProjectData data;
    Id subject;
};

Result<Scenario> buildScenario(const QJsonObject &json, const QString &where,
                               const PropertyCatalog &catalog);

} // namespace tb
