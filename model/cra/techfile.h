#pragma once

// The documents of the technical file, pre-filled from the project: the Annex VII outline
// (gaps first), a draft EU declaration of conformity (Annex V) and the Annex II user
// information checklist. Each says it is a draft; none claims conformity.

#include "techdoc.h"

#include "core/projectdata.h"

#include <QDate>

namespace tb {

struct TechFileContext
{
    QDate today;
    QString projectName;  // the file the documents were made from
    QString registerFile; // the risk register PDF next to them, e.g. "risk-register.pdf"
};

/// The context `threatbench-cli techfile` and File > Export Technical File use: today, the
/// project's file name, and "risk-register.pdf".
TechFileContext techFileContextFor(const QString &projectPath, const QDate &today);

/// Everything the technical file still lacks, most important first.
QStringList techFileGaps(const ProjectData &data);

TechDocument annexViiOutline(const ProjectData &data, const TechFileContext &ctx);
TechDocument declarationDraft(const ProjectData &data, const TechFileContext &ctx);
TechDocument annexIiChecklist(const ProjectData &data, const TechFileContext &ctx);

/// The three documents in the order of the folder's index.
QList<TechDocument> techFileDocuments(const ProjectData &data, const TechFileContext &ctx);

} // namespace tb
