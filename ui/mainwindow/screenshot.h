#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace tb {

/// Debugging aid (`threatbench --screenshot FILE`): once the event loop has settled, grabs the
/// window to a PNG and quits (exit code 0, or 3 if the file cannot be written).
void saveScreenshotAndQuit(QWidget *window, const QString &file, int delayMs = 800);

} // namespace tb
