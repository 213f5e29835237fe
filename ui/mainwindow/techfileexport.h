#pragma once

// File > Export Technical File: asks for a folder, writes the CRA technical file drafts on a
// worker thread behind a cancellable progress dialog (the window stays live), then says what was
// written, with a way to open the folder.

#include "techfile/techfilewriter.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QMessageBox;
class QWidget;
QT_END_NAMESPACE

namespace tb {

class Document;

struct TechFileExport
{
    TechFileWritten written;
    QString error;          // empty on success
    bool cancelled = false; // nothing was written
};

/// Writes the technical file of `document` into `dir` (created if needed); used by the menu
/// and by tests. The files are made in a hidden folder inside `dir` and moved into place only
/// when all were written, so a cancel or a failure leaves `dir` as it was.
TechFileExport exportTechFileTo(QWidget *parent, const Document &document, const QString &dir);

/// The report shown afterwards: the files, the gaps and blanks to complete, and an "Open
/// Folder" button. Not shown yet; the caller opens it.
QMessageBox *techFileWrittenBox(QWidget *parent, const QString &dir,
                                const TechFileWritten &written);

/// Asks for the folder, exports, and reports (errors included).
void exportTechFileInteractively(QWidget *parent, const Document &document);

} // namespace tb
