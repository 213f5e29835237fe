#pragma once

// Project-level documents kept as JSON objects under a dotted key: report options, the CRA
// product profile, vulnerability triage... Each key belongs to a module that parses and checks
// its body; the edit funnel refuses unknown keys and bodies their module rejects.

#include "result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace tb {

struct ProjectSettingKind
{
    QString key;   // "report.options"
    QString label; // "report options", for undo texts and messages
    Result<void> (*check)(const QJsonObject &body);
};

/// Every key a project may hold (see projectsettingkinds.cpp).
const std::vector<ProjectSettingKind> &projectSettingKinds();
const ProjectSettingKind *projectSettingKind(const QString &key);
/// Checks a body for a key; errors name the key and the field.
Result<void> checkProjectSetting(const QString &key, const QJsonObject &body);

/// Upper bound on one body, compact JSON bytes: the file stays small and fast to load.
constexpr qsizetype kMaxSettingBytes = 4 * 1024 * 1024;

} // namespace tb
