// MainWindow: the Edit, Diagram, View and Help menus.

#include "canvas/diagramview.h"
#include "dialogs/aboutdialog.h"
#include "mainwindow.h"
#include "mainwindowprivate.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoGroup>

namespace tb {

namespace {
// DiagramView::canvasActions() order: add x4, flow tool, boundary tool, rename, delete,
// select all, zoom in, zoom out, fit, 100%, copy, cut, paste, duplicate, align x6,
// distribute x2, boundary line tool (last).
enum CanvasAction {
    AddExternal,
    AddProcess,
    AddStore,
    AddZone,
    FlowTool,
    ZoneTool,
    Rename,
    Delete,
    SelectAll,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    ZoomActual,
    Copy,
    Cut,
    Paste,
    Duplicate,
    AlignFirst,
    DistributeLast = AlignFirst + 7,
};
} // namespace

void MainWindow::createEditActions()
{
    const QList<QAction *> canvas = d->view->canvasActions();
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // From the undo group, so the actions follow whichever document is open.
    QAction *undo = d->undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = d->undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    for (int i = Copy; i <= Duplicate; ++i)
        edit->addAction(canvas[i]);
    edit->addSeparator();
    edit->addAction(canvas[Rename]);
    edit->addAction(canvas[Delete]);
    edit->addAction(canvas[SelectAll]);

    QMenu *diagram = menuBar()->addMenu(tr("&Diagram"));
    d->diagramMenu = diagram;
    canvas[AddExternal]->setIcon(QIcon(QStringLiteral(":/icons/external-entity.svg")));
    canvas[AddProcess]->setIcon(QIcon(QStringLiteral(":/icons/process.svg")));
    canvas[AddStore]->setIcon(QIcon(QStringLiteral(":/icons/data-store.svg")));
    canvas[AddZone]->setIcon(QIcon(QStringLiteral(":/icons/trust-boundary.svg")));
    canvas[FlowTool]->setIcon(QIcon(QStringLiteral(":/icons/flow.svg")));
    for (int i = AddExternal; i <= ZoneTool; ++i) {
        diagram->addAction(canvas[i]);
        if (i == AddZone)
            diagram->addSeparator();
    }
    diagram->addAction(canvas.last()); // boundary line tool
    diagram->addSeparator();
    QMenu *layout = diagram->addMenu(tr("&Align and Distribute"));
    for (int i = AlignFirst; i <= DistributeLast; ++i) {
        layout->addAction(canvas[i]);
        if (i == AlignFirst + 5)
            layout->addSeparator();
    }

    auto *tools = addToolBar(tr("Diagram"));
    tools->setObjectName(QStringLiteral("diagramToolBar"));
    tools->setIconSize(QSize(22, 22));
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    for (int i = AddExternal; i <= FlowTool; ++i)
        tools->addAction(canvas[i]);
    tools->addSeparator();
    tools->addAction(canvas[ZoomFit]);
    tools->addAction(canvas[ZoomActual]);
}

void MainWindow::createViewActions()
{
    const QList<QAction *> canvas = d->view->canvasActions();
    d->viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = ZoomIn; i <= ZoomActual; ++i)
        d->viewMenu->addAction(canvas[i]);
    d->viewMenu->addSeparator();
    d->panelsMenu = d->viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        d->panelsMenu->addAction(dock->toggleViewAction());
}

void MainWindow::createHelpActions()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Threatbench"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
}

} // namespace tb
