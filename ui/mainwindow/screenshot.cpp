#include "screenshot.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace tb {

void saveScreenshotAndQuit(QWidget *window, const QString &file, int delayMs)
{
    QTimer::singleShot(delayMs, window, [window, file] {
        const bool saved = window->grab().save(file, "PNG");
        if (!saved)
            std::fprintf(stderr, "threatbench: cannot write %s\n", qUtf8Printable(file));
        QApplication::exit(saved ? 0 : 3);
    });
}

} // namespace tb
