// MainWindow: the File menu (new, open, example, recent projects, quit).

#include "document/document.h"
#include "document/exampleproject.h"
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

    d->recentMenu = file->addMenu(tr("&Recent Projects"));
    connect(d->recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);

    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
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

} // namespace tb
