#pragma once

#include "core/edit.h"
#include "core/projectdata.h"
#include "cyclonedx.h"

#include <QDate>

namespace tb {

/// What importing an SBOM into a project will do, as one undoable batch.
struct SbomImportPlan
{
    Batch batch;
    QList<Id> components; // the SBOM's components as they will be, in document order
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0;
    QStringList detached; // "element: component" attachments lost with removed components
};

/// Plans replacing the project's components with those of `sbom`. A component keeps its id
/// (and so where it is attached) across SBOMs while its identity stays: the purl without
/// version, else group and name; a new version is an update, not a new component.
/// Components the new SBOM no longer lists are detached and removed.
SbomImportPlan planSbomImport(const ProjectData &data, const Sbom &sbom, const QString &source,
                              const QDate &imported);

} // namespace tb
