#pragma once

// Writes the technical file folder: the Annex VII outline, the draft EU declaration of
// conformity and the Annex II checklist, each as Markdown, HTML and PDF, plus the risk register
// PDF. QtGui only (no widgets), so the CLI writes it offscreen.

#include "core/projectdata.h"
#include "core/result.h"
#include "cra/techfile.h"

#include <QStringList>

namespace tb {

struct TechFileWritten
{
    QStringList files; // names inside the folder, in writing order
    int gaps = 0;      // entries of the Annex VII gap list
    int blanks = 0;    // marked blanks over all documents
};

/// Renders one document as PDF (A4, "DRAFT" in every page header, page x of y).
Result<void> writeTechDocumentPdf(const TechDocument &doc, const QString &path);

/// Writes every file into `dir` (created if needed); existing files of the same names are
/// replaced, each through QSaveFile.
Result<TechFileWritten> writeTechFile(const ProjectData &data, const QString &dir,
                                      const TechFileContext &ctx);

} // namespace tb
