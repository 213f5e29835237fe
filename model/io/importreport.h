#pragma once

#include "core/projectdata.h"

#include <QString>
#include <QStringList>

namespace tb {

/// What an importer did, for the user: mapped counts, approximations and drops, each with where.
struct ImportReport
{
    QString format; // e.g. "pytm"
    int elements = 0, flows = 0, boundaries = 0, dataAssets = 0, threats = 0, tasks = 0;
    QStringList approximated; // "flows[2] \"Request\": ... kept as text"
    QStringList dropped;      // "elements[4] \"Fn\": Lambda attribute \"environment\" ..."
};

/// An imported project and the report of how it was mapped.
struct Imported
{
    ProjectData data;
    ImportReport report;
};

} // namespace tb
