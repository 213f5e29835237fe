// MainWindow: the File menu (new, open, example, import, recent projects, quit).

#include "core/propertycatalog.h"
#include "dialogs/importreportdialog.h"
#include "document/document.h"
#include "document/exampleproject.h"
#include "io/canonicaljson.h"
#include "io/modelimport.h"
#include "mainwindow.h"
#include "mainwindowprivate.h"
#include "recentprojects.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace tb {

namespace {
QString projectFilter()
{
    return MainWindow::tr("Threatbench projects (*.threatbench);;All files (*)");
}

QString startFolder()
{
    const QStringList recent = RecentProjects::files();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

void MainWindow::createFileActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));

    QAction *newAction = file->addAction(tr("&New Project\u2026"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newProject);

    QAction *open = file->addAction(tr("&Open\u2026"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openProjectDialog);

    QAction *example = file->addAction(tr("Open &Example"));
    connect(example, &QAction::triggered, this, &MainWindow::openExample);

    QAction *import = file->addAction(tr("&Import\u2026"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, &MainWindow::importDialog);

    d->recentMenu = file->addMenu(tr("&Recent Projects"));
    connect(d->recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);

    file->addSeparator();
    QAction *saveAs = file->addAction(tr("Save &As…"));
    saveAs->setObjectName(QStringLiteral("saveAs"));
    saveAs->setShortcut(QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, this, [this] {
        if (!d->document)
            return;
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Save Project As"), d->document->path(),
                                           tr("Threatbench projects (*.threatbench)"));
        if (!path.isEmpty())
            saveProjectAs(path.endsWith(QLatin1String(".threatbench"))
                              ? path
                              : path + QStringLiteral(".threatbench"));
    });
    createExportMenu(file);
    d->fileMenu = file;

    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

bool MainWindow::saveProjectAs(const QString &path)
{
    if (!d->document)
        return false;
    if (Result<void> r = d->document->saveAs(path); !r) {
        QMessageBox::warning(this, tr("Save As"),
                             tr("The project was not copied.\n\n%1").arg(r.error().text()));
        return false;
    }
    return openProject(path);
}

void MainWindow::populateRecentMenu()
{
    d->recentMenu->clear();
    const QStringList files = RecentProjects::files();
    for (const QString &path : files) {
        QAction *a = d->recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (files.isEmpty())
        d->recentMenu->addAction(tr("(none)"))->setEnabled(false);
    d->recentMenu->addSeparator();
    QAction *clear = d->recentMenu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [] { RecentProjects::clear(); });
}

void MainWindow::newProject()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Project"), tr("Product name:"),
                                               QLineEdit::Normal, tr("Untitled product"), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    QString suggested = name.toLower();
    suggested.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"),
                                                startFolder() + QLatin1Char('/') + suggested
                                                    + QStringLiteral(".threatbench"),
                                                projectFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".threatbench")))
        path += QStringLiteral(".threatbench");
    // The store refuses to overwrite a file, which protects a project chosen by mistake.
    Result<std::unique_ptr<Document>> doc = Document::create(path, Project::blank(name));
    if (!doc) {
        QMessageBox::critical(this, tr("New Project Failed"), doc.error().text());
        return;
    }
    RecentProjects::add(path);
    setDocument(std::move(doc).value());
}

void MainWindow::openProjectDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Project"), startFolder(), projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

bool MainWindow::openProject(const QString &path)
{
    Result<std::unique_ptr<Document>> doc = Document::open(path);
    if (!doc && doc.error().kind == ErrorKind::Locked) {
        const auto answer = QMessageBox::question(
            this, tr("Project In Use"),
            tr("%1\n\nOpen it read-only? You can look, but not change it.").arg(doc.error().text()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
        doc = Document::open(path, ProjectStore::Mode::ReadOnly);
    }
    if (!doc) {
        QMessageBox::critical(this, tr("Open Failed"), doc.error().text());
        return false;
    }
    RecentProjects::add(path);
    setDocument(std::move(doc).value());
    return true;
}

bool MainWindow::openExample()
{
    const Result<QString> path = ensureExampleProject();
    if (!path) {
        QMessageBox::critical(this, tr("Open Failed"), path.error().text());
        return false;
    }
    return openProject(*path);
}

void MainWindow::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Model"), startFolder(),
        tr("Threat models (*.json *.tm7 *.yaml *.yml *.py);;All files (*)"));
    if (!path.isEmpty())
        importModelFile(path, {});
}

bool MainWindow::importModelFile(const QString &path, const QString &targetIn)
{
    Result<Imported> imported
        = importModel(path, QStringLiteral("auto"), PropertyCatalog::builtIn());
    if (!imported) {
        QMessageBox::critical(this, tr("Import Failed"), imported.error().text());
        return false;
    }
    QString target = targetIn;
    if (target.isEmpty()) {
        const QFileInfo info(path);
        target = QFileDialog::getSaveFileName(this, tr("Save Imported Project As"),
                                              info.absolutePath() + QLatin1Char('/')
                                                  + info.completeBaseName()
                                                  + QStringLiteral(".threatbench"),
                                              projectFilter());
        if (target.isEmpty())
            return false;
        if (!target.endsWith(QLatin1String(".threatbench")))
            target += QStringLiteral(".threatbench");
    }
    Result<std::unique_ptr<Document>> doc = Document::create(target, imported->data);
    if (!doc) {
        QMessageBox::critical(this, tr("Import Failed"), doc.error().text());
        return false;
    }
    RecentProjects::add(target);
    setDocument(std::move(doc).value());
    const ImportReport &r = imported->report;
    statusBar()->showMessage(
        tr("Imported %1: %2 elements, %3 flows, %4 boundaries (%5 approximated, %6 dropped)")
            .arg(r.format)
            .arg(r.elements)
            .arg(r.flows)
            .arg(r.boundaries)
            .arg(r.approximated.size())
            .arg(r.dropped.size()),
        15000);
    // One report at a time: the previous import's would describe a project no longer open.
    delete findChild<ImportReportDialog *>(QStringLiteral("importReportDialog"));
    auto *report = new ImportReportDialog(imported.value(), path, target, this);
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->show();
    return true;
}

} // namespace tb
