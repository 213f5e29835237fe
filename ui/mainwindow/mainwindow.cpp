#include "mainwindow.h"

#include "canvas/diagramview.h"
#include "document/document.h"
#include "mainwindowprivate.h"
#include "panels/detailspanel.h"
#include "panels/projecttreemodel.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace tb {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), d(std::make_unique<Private>())
{
    d->undoGroup = new QUndoGroup(this);
    d->view = new DiagramView(this);
    d->view->setObjectName(QStringLiteral("diagramView"));
    setCentralWidget(d->view);
    createDocks();
    createFileActions();
    createEditActions();
    createHelpActions();

    d->statusLabel = new QLabel(this);
    d->countsLabel = new QLabel(this);
    // The path may be long: let it shrink (the tooltip has it whole) so the counts stay.
    d->statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(d->statusLabel, 1);
    statusBar()->addPermanentWidget(d->countsLabel);

    connect(d->view, &DiagramView::objectClicked, this, [this](const Id &id) {
        // A click on empty paper selects the diagram itself.
        selectObject(id.isNull() ? d->view->diagram() : id);
    });
    resize(1360, 860);
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Views hold the project by QPointer, but detach first so no signal reaches a half-dead
    // window while the document closes its file.
    d->treeModel->setProject(nullptr);
    d->view->setProject(nullptr);
}

void MainWindow::createDocks()
{
    d->treeModel = new ProjectTreeModel(this);
    d->tree = new QTreeView(this);
    d->tree->setObjectName(QStringLiteral("projectTree"));
    d->tree->setModel(d->treeModel);
    d->tree->setHeaderHidden(true);
    d->tree->setUniformRowHeights(true);
    d->tree->header()->setStretchLastSection(true);
    connect(d->tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const Id id = d->treeModel->idAt(current);
                if (!id.isNull() || current.isValid())
                    d->current = id;
                showCurrent(id);
            });
    // The model resets on every edit: put back what was open and selected.
    connect(d->treeModel, &QAbstractItemModel::modelReset, this, [this] {
        d->tree->expandAll();
        if (const QModelIndex index = d->treeModel->indexOf(d->current); index.isValid())
            d->tree->setCurrentIndex(index);
        else
            showCurrent({});
    });

    auto *treeDock = new QDockWidget(tr("Project"), this);
    treeDock->setObjectName(QStringLiteral("projectDock"));
    treeDock->setWidget(d->tree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    d->details = new DetailsPanel(this);
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(d->details);
    // Both docks on the left, stacked, so the diagram gets the width it needs to be legible.
    addDockWidget(Qt::LeftDockWidgetArea, detailsDock);
    splitDockWidget(treeDock, detailsDock, Qt::Vertical);
    resizeDocks({treeDock}, {300}, Qt::Horizontal);
    resizeDocks({treeDock, detailsDock}, {450, 300}, Qt::Vertical);
}

Document *MainWindow::document() const
{
    return d->document.get();
}
ProjectTreeModel *MainWindow::treeModel() const
{
    return d->treeModel;
}
QTreeView *MainWindow::projectTree() const
{
    return d->tree;
}
DetailsPanel *MainWindow::detailsPanel() const
{
    return d->details;
}
DiagramView *MainWindow::diagramView() const
{
    return d->view;
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    // Views move to the new project before the old one (and its file lock) goes away.
    std::unique_ptr<Document> old = std::move(d->document);
    d->document = std::move(document);
    Project *project = d->document ? d->document->project() : nullptr;
    d->current = {};
    d->view->setProject(project);
    d->treeModel->setProject(project);
    if (d->document) {
        d->undoGroup->addStack(d->document->undoStack());
        d->undoGroup->setActiveStack(d->document->undoStack());
        connect(project, &Project::edited, this, &MainWindow::projectEdited);
        connect(d->document.get(), &Document::editFailed, this, [this](const Error &error) {
            QMessageBox::critical(this, tr("Edit Failed"), error.text());
        });
        // Start on the first diagram, by name.
        const ProjectData &pd = d->document->data();
        QList<Id> diagrams = ProjectData::sortedIds(pd.diagrams);
        std::stable_sort(diagrams.begin(), diagrams.end(), [&](const Id &a, const Id &b) {
            return pd.diagrams[a].name.localeAwareCompare(pd.diagrams[b].name) < 0;
        });
        selectObject(diagrams.value(0));
    }
    old.reset();
    updateTitle();
    updateStatus();
}

void MainWindow::selectObject(const Id &id)
{
    d->current = id;
    const QModelIndex index = d->treeModel->indexOf(id);
    if (index.isValid()) {
        d->tree->scrollTo(index);
        d->tree->setCurrentIndex(index);
    } else {
        d->tree->setCurrentIndex({});
    }
    showCurrent(id);
}

void MainWindow::showCurrent(const Id &id)
{
    if (!d->document) {
        d->details->clear();
        return;
    }
    const ProjectData &pd = d->document->data();
    if (pd.typeOf(id) == ObjectType::Diagram) {
        d->view->setDiagram(id);
        d->view->setSelection({});
    } else if (!pd.diagrams.value(d->view->diagram()).placements.contains(id)) {
        // Show the object where it is drawn, if it is drawn anywhere.
        for (const Id &diagram : ProjectData::sortedIds(pd.diagrams)) {
            if (pd.diagrams[diagram].placements.contains(id)) {
                d->view->setDiagram(diagram);
                break;
            }
        }
        d->view->setSelection(id);
    } else {
        d->view->setSelection(id);
    }
    d->details->showObject(pd, id);
}

void MainWindow::projectEdited()
{
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    if (!d->document) {
        setWindowTitle(tr("Threatbench"));
        return;
    }
    const QString file = QFileInfo(d->document->path()).fileName();
    const QString product = d->document->data().product.name;
    if (d->document->isReadOnly())
        setWindowTitle(tr("%1 \u2014 %2 [read-only] \u2014 Threatbench").arg(product, file));
    else
        setWindowTitle(tr("%1 \u2014 %2 \u2014 Threatbench").arg(product, file));
}

void MainWindow::updateStatus()
{
    if (!d->document) {
        d->statusLabel->setText(tr("No project open"));
        d->countsLabel->clear();
        return;
    }
    const QString path = QDir::toNativeSeparators(d->document->path());
    d->statusLabel->setText(d->document->isReadOnly()
                                ? tr("Read-only \u2014 %1 is not changed").arg(path)
                                : tr("Saved \u2014 written through to %1").arg(path));
    d->statusLabel->setToolTip(path);
    const ProjectData &pd = d->document->data();
    d->countsLabel->setText(
        tr("Elements: %1 \u00b7 Flows: %2 \u00b7 Boundaries: %3 \u00b7 Data assets: %4")
            .arg(pd.elements.size())
            .arg(pd.flows.size())
            .arg(pd.boundaries.size())
            .arg(pd.assets.size()));
}

} // namespace tb
