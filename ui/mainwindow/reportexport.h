#pragma once

// File > Export Report: asks where, renders on a worker thread behind a cancellable
// progress dialog, and never blocks the window.

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace tb {

class Document;

/// Asks for a file (PDF, CSV or HTML by its extension) and exports the document's risk register
/// with the options saved in the project. Returns the path written, or empty when cancelled or
/// failed (the message has been shown).
QString exportReportInteractively(QWidget *parent, const Document &document);

/// The same without asking: renders `document` to `path`; used by the dialog and by tests.
/// Returns an empty string on success, else the error text (cancel included).
QString exportReportTo(QWidget *parent, const Document &document, const QString &path);

} // namespace tb
