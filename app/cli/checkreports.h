#pragma once

// check's machine-readable reports for CI dashboards: SARIF 2.1.0 and JUnit XML.

#include "core/projectdata.h"
#include "core/result.h"

namespace tb::cli {

/// One thing check looked at: a threat over the threshold or an Annex I requirement.
struct CheckItem
{
    enum Kind { Threat, Requirement } kind = Threat;
    Id threat;           // for threats
    QString requirement; // for requirements
    QString level;       // risk level of a threat, verdict of a requirement
    QString title;
    bool failed = false;
};

Result<void> writeSarif(const QString &file, const QString &projectPath, const ProjectData &data,
                        const QList<CheckItem> &items);
Result<void> writeJunit(const QString &file, const QList<CheckItem> &items);

} // namespace tb::cli
