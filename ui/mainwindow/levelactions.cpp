// MainWindow: DFD levels — down into an element's detail diagram, and back up.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "core/diagramlevels.h"
#include "document/document.h"
#include "mainwindow.h"
#include "mainwindowprivate.h"

#include <QAction>
#include <QMenu>

namespace tb {

void MainWindow::createLevelActions()
{
    d->detailAction = new QAction(tr("Open or Make De&tail Diagram"), this);
    d->detailAction->setObjectName(QStringLiteral("detailDiagram"));
    d->detailAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    d->detailAction->setStatusTip(
        tr("Show the diagram one level below the selected element (a data-flow diagram of its "
           "inside), making it first if there is none"));
    connect(d->detailAction, &QAction::triggered, d->view, &DiagramView::openDetailOfSelection);
    d->upLevelAction = new QAction(tr("Go &Up a Level"), this);
    d->upLevelAction->setObjectName(QStringLiteral("upLevel"));
    d->upLevelAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    d->upLevelAction->setStatusTip(tr("Show the diagram where the detailed element is drawn"));
    connect(d->upLevelAction, &QAction::triggered, this, [this] {
        if (!d->document)
            return;
        const ProjectData &pd = d->document->data();
        const auto g = pd.diagrams.constFind(d->view->diagram());
        if (g != pd.diagrams.cend() && !parentDiagramOf(pd, g->id).isNull())
            selectObject(g->parent); // shows it selected where it is drawn
    });
    if (d->diagramMenu) {
        d->diagramMenu->addSeparator();
        d->diagramMenu->addAction(d->detailAction);
        d->diagramMenu->addAction(d->upLevelAction);
    }
    connect(d->view, &DiagramView::diagramRequested, this, &MainWindow::selectObject);
    connect(d->view, &DiagramView::selectionChanged, this, &MainWindow::updateLevelActions);
    connect(this, &MainWindow::currentObjectChanged, this, &MainWindow::updateLevelActions);
    connect(this, &MainWindow::documentChanged, this, &MainWindow::updateLevelActions);
    updateLevelActions();
}

void MainWindow::updateLevelActions()
{
    if (!d->detailAction)
        return;
    if (!d->document) {
        d->detailAction->setEnabled(false);
        d->upLevelAction->setEnabled(false);
        return;
    }
    const ProjectData &pd = d->document->data();
    const QList<Id> selected = d->view->selectedIds();
    const bool one = selected.size() == 1 && pd.elements.contains(selected.first());
    const bool exists = one && !detailDiagramOf(pd, selected.first()).isNull();
    d->detailAction->setEnabled(exists || (one && !d->document->isReadOnly()));
    d->upLevelAction->setEnabled(!parentDiagramOf(pd, d->view->diagram()).isNull());
}

} // namespace tb
