#include "mainwindow.h"

#include "canvas/diagramview.h"
#include "document/document.h"
#include "mainwindowprivate.h"
#include "panels/detailspanel.h"
#include "panels/projecttreemodel.h"
#include "panels/propertiespanel.h"
#include "startpage.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace tb {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    d->undoGroup = new QUndoGroup(this);
    createCentre();
    createDocks();
    createAnalysisPanels();
    createFileActions();
    createEditActions();
    createViewActions();
    createLevelActions();
    createDiagramActions();
    createAnalysisActions();
    createCraActions();
    createHelpActions();

    d->statusLabel = new QLabel(this);
    d->countsLabel = new QLabel(this);
    // The path may be long: let it shrink (the tooltip has it whole) so the counts stay.
    d->statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(d->statusLabel, 1);
    statusBar()->addPermanentWidget(d->countsLabel);

    resize(1360, 860);
    restoreLayout();
    setStartMode(true);
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Views hold the project by QPointer, but detach first so no signal reaches a half-dead
    // window while the document closes its file.
    detachAnalysis();
    d->treeModel->setProject(nullptr);
    d->view->setDocument(nullptr);
    d->properties->setDocument(nullptr);
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
PalettePanel *MainWindow::palette() const
{
    return d->palette;
}
PropertiesPanel *MainWindow::propertiesPanel() const
{
    return d->properties;
}
StartPage *MainWindow::startPage() const
{
    return d->start;
}
QTabBar *MainWindow::diagramTabs() const
{
    return d->tabs;
}
QUndoView *MainWindow::historyView() const
{
    return d->history;
}
Id MainWindow::currentObject() const
{
    return d->current;
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    // Views move to the new project before the old one (and its file lock) goes away.
    std::unique_ptr<Document> old = std::move(d->document);
    d->document = std::move(document);
    Project *project = d->document ? d->document->project() : nullptr;
    d->current = {};
    d->view->setDocument(d->document.get());
    d->properties->setDocument(d->document.get());
    attachAnalysis(d->document.get());
    d->treeModel->setProject(project);
    if (d->document) {
        d->undoGroup->addStack(d->document->undoStack());
        d->undoGroup->setActiveStack(d->document->undoStack());
        connect(project, &Project::edited, this, &MainWindow::projectEdited);
        connect(d->document.get(), &Document::editFailed, this, [this](const Error &error) {
            QMessageBox::critical(this, tr("Edit Failed"), error.text());
        });
    }
    d->centre->setCurrentIndex(d->document ? 1 : 0);
    setStartMode(!d->document);
    updateDiagramTabs();
    if (d->document) {
        // Start on the first diagram, by name.
        selectObject(d->tabs->count() > 0 ? d->tabs->tabData(0).value<Id>() : Id());
    } else {
        d->start->refresh();
    }
    old.reset();
    updateTitle();
    updateStatus();
    Q_EMIT documentChanged(d->document.get());
}

void MainWindow::selectObject(const Id &id)
{
    if (d->selecting)
        return;
    d->selecting = true;
    d->current = id;
    const QModelIndex index = d->treeModel->indexOf(id);
    if (index.isValid()) {
        d->tree->scrollTo(index);
        d->tree->setCurrentIndex(index);
    } else {
        d->tree->setCurrentIndex({});
    }
    showCurrent(id);
    d->selecting = false;
    Q_EMIT currentObjectChanged(id);
}

void MainWindow::showCurrent(const Id &id)
{
    if (!d->document) {
        d->details->clear();
        d->properties->setObjects({});
        return;
    }
    const ProjectData &pd = d->document->data();
    if (pd.typeOf(id) == ObjectType::Diagram) {
        d->view->setDiagram(id);
        d->view->setSelection({});
    } else if (!id.isNull() && !d->view->selectedIds().contains(id)) {
        // Show the object where it is drawn, if it is drawn anywhere.
        if (!pd.diagrams.value(d->view->diagram()).placements.contains(id)) {
            for (const Id &diagram : ProjectData::sortedIds(pd.diagrams)) {
                if (pd.diagrams[diagram].placements.contains(id)) {
                    d->view->setDiagram(diagram);
                    break;
                }
            }
        }
        d->view->setSelection(id);
    }
    for (int i = 0; i < d->tabs->count(); ++i) {
        if (d->tabs->tabData(i).value<Id>() == d->view->diagram()) {
            const QSignalBlocker block(d->tabs);
            d->tabs->setCurrentIndex(i);
        }
    }
    const QList<Id> onCanvas = d->view->selectedIds();
    d->properties->setObjects(onCanvas.contains(id) ? onCanvas : QList<Id>{id});
    d->details->showObject(pd, id);
}

void MainWindow::showRefusal(const Error &error)
{
    statusBar()->showMessage(tr("Not changed: %1").arg(error.text()), 8000);
}

void MainWindow::canvasSelectionChanged()
{
    if (d->selecting || !d->document)
        return;
    const QList<Id> ids = d->view->selectedIds();
    // Keep the current object if it is still among the selected ones.
    const Id id = ids.contains(d->current) ? d->current : ids.value(0, d->view->diagram());
    selectObject(id);
    d->properties->setObjects(ids.isEmpty() ? QList<Id>{} : ids);
}

void MainWindow::projectEdited()
{
    if (d->document)
        d->details->showObject(d->document->data(), d->current);
    updateDiagramTabs();
    updateTitle();
    updateStatus();
    updateLevelActions();
}

void MainWindow::updateDiagramTabs()
{
    QList<QPair<QString, Id>> wanted;
    if (d->document) {
        const ProjectData &pd = d->document->data();
        for (const Id &id : ProjectData::sortedIds(pd.diagrams))
            wanted.append({pd.diagrams[id].name, id});
        std::stable_sort(wanted.begin(), wanted.end(), [](const auto &a, const auto &b) {
            return a.first.localeAwareCompare(b.first) < 0;
        });
    }
    QList<QPair<QString, Id>> shown;
    for (int i = 0; i < d->tabs->count(); ++i)
        shown.append({d->tabs->tabText(i), d->tabs->tabData(i).value<Id>()});
    if (shown == wanted)
        return;
    const QSignalBlocker block(d->tabs);
    while (d->tabs->count() > 0)
        d->tabs->removeTab(0);
    for (const auto &[name, id] : std::as_const(wanted)) {
        const int i = d->tabs->addTab(QIcon(QStringLiteral(":/icons/flow.svg")), name);
        d->tabs->setTabData(i, QVariant::fromValue(id));
        if (id == d->view->diagram())
            d->tabs->setCurrentIndex(i);
    }
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Queued: a modal dialog must not run inside the drop handler of the drag source.
    QMetaObject::invokeMethod(
        this,
        [this, path] {
            if (path.endsWith(QLatin1String(".threatbench")))
                openProject(path);
            else
                importModelFile(path, {});
        },
        Qt::QueuedConnection);
}

} // namespace tb
