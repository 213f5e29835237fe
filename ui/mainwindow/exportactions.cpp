// MainWindow: File > Export (the model as Threatbench JSON, Threat Dragon or OTM; the current
// diagram as SVG or PNG).

#include "canvas/diagramview.h"
#include "diagramexport.h"
#include "document/document.h"
#include "io/canonicaljson.h"
#include "io/modelexport.h"
#include "mainwindow.h"
#include "mainwindowprivate.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace tb {

namespace {

struct ModelFormat
{
    const char *format; // as the CLI names it
    const char *suffix;
};
constexpr ModelFormat kModelFormats[] = {
    {"threatbench-json", ".threatbench.json"},
    {"threat-dragon", ".threat-dragon.json"},
    {"otm", ".otm.json"},
};

QString formatTitle(const QString &format)
{
    if (format == QLatin1String("threat-dragon"))
        return MainWindow::tr("Threat Dragon v2 JSON");
    if (format == QLatin1String("otm"))
        return MainWindow::tr("Open Threat Model (OTM) JSON");
    return MainWindow::tr("Threatbench JSON");
}

} // namespace

void MainWindow::createExportMenu(QMenu *file)
{
    QMenu *menu = file->addMenu(tr("&Export"));
    menu->setObjectName(QStringLiteral("exportMenu"));
    for (const ModelFormat &f : kModelFormats) {
        const QString format = QString::fromLatin1(f.format);
        const QString suffix = QString::fromLatin1(f.suffix);
        QAction *action = menu->addAction(tr("Model as %1\u2026").arg(formatTitle(format)));
        action->setObjectName(format == QLatin1String("threatbench-json")
                                  ? QStringLiteral("exportJson")
                                  : QStringLiteral("export-") + format);
        connect(action, &QAction::triggered, this, [this, format, suffix] {
            if (!d->document)
                return;
            const QFileInfo info(d->document->path());
            QString path = QFileDialog::getSaveFileName(
                this, tr("Export as %1").arg(formatTitle(format)),
                info.absoluteDir().filePath(info.completeBaseName() + suffix),
                tr("%1 (*%2);;All files (*)").arg(formatTitle(format), suffix));
            if (path.isEmpty())
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += suffix;
            exportModelAs(format, path);
        });
    }
    menu->addSeparator();
    QAction *diagram = menu->addAction(tr("Current &Diagram as SVG or PNG\u2026"));
    diagram->setObjectName(QStringLiteral("exportDiagram"));
    connect(diagram, &QAction::triggered, this, [this] {
        if (!d->document)
            return;
        const QString written = exportDiagramInteractively(this, *d->document, d->view->diagram());
        if (!written.isEmpty())
            statusBar()->showMessage(
                tr("Diagram written to %1").arg(QDir::toNativeSeparators(written)), 10000);
    });
    const auto enable = [menu](Document *document) {
        for (QAction *a : menu->actions())
            a->setEnabled(document != nullptr);
    };
    connect(this, &MainWindow::documentChanged, this, enable);
    enable(nullptr);
}

bool MainWindow::exportJson(const QString &path)
{
    return exportModelAs(QStringLiteral("threatbench-json"), path);
}

bool MainWindow::exportModelAs(const QString &format, const QString &path)
{
    if (!d->document)
        return false;
    const Result<Exported> exported = exportModel(d->document->data(), format);
    Result<void> written
        = exported ? writeExportFile(exported->bytes, path) : Result<void>(exported.error());
    if (!written) {
        QMessageBox::warning(this, tr("Export"),
                             tr("The file was not written.\n\n%1").arg(written.error().text()));
        return false;
    }
    const QString shown = QDir::toNativeSeparators(path);
    if (exported->lost.isEmpty()) {
        statusBar()->showMessage(tr("Exported to %1").arg(shown), 8000);
        return true;
    }
    // What the other tool cannot hold is said, never silently dropped.
    auto *box
        = new QMessageBox(QMessageBox::Information, tr("Export"),
                          tr("Exported to %1.\n\n%n thing(s) could not be kept in this format.",
                             nullptr, int(exported->lost.size()))
                              .arg(shown),
                          QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportLostBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(exported->lost.join(QLatin1Char('\n')));
    box->open();
    statusBar()->showMessage(tr("Exported to %1").arg(shown), 8000);
    return true;
}

} // namespace tb
