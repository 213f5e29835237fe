#pragma once

#include "core/edit.h"
#include "core/projectdata.h"
#include "core/result.h"

namespace tb {

struct TemplateLibrary;

/// Turns a suggested mitigation into a task (status "planned") answering the given threats, or
/// every threat that suggests it when none are given. If a task for that mitigation exists, the
/// threats are added to it instead, so one decision covers every flow it applies to.
Result<Edit> acceptMitigation(const ProjectData &data, const TemplateLibrary &library,
                              const QString &mitigationId, const QList<Id> &threats = {});

} // namespace tb
