// MainWindow: the Edit and Help menus.

#include "mainwindow.h"
#include "mainwindowprivate.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoGroup>

namespace tb {

void MainWindow::createEditActions()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // From the undo group, so the actions follow whichever document is open.
    QAction *undo = d->undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = d->undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
}

void MainWindow::createHelpActions()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Threatbench"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Threatbench"),
            tr("<h3>Threatbench %1</h3><p>Threat modeling and EU Cyber Resilience Act risk "
               "workbench.</p>")
                .arg(QApplication::applicationVersion()));
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
}

} // namespace tb
