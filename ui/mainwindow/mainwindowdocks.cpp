// MainWindow: the centre (start page, diagram tabs and canvas) and the docks around it.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "mainwindow.h"
#include "mainwindowprivate.h"
#include "panels/detailspanel.h"
#include "panels/palettepanel.h"
#include "panels/projecttreemodel.h"
#include "panels/propertiespanel.h"
#include "startpage.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTreeView>
#include <QUndoView>
#include <QVBoxLayout>

namespace tb {

namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
constexpr int kLayoutVersion = 4; // bump when the set of built-in docks changes
} // namespace

void MainWindow::createCentre()
{
    d->start = new StartPage(this);
    connect(d->start, &StartPage::newRequested, this, &MainWindow::newProject);
    connect(d->start, &StartPage::openRequested, this, &MainWindow::openProjectDialog);
    connect(d->start, &StartPage::exampleRequested, this, &MainWindow::openExample);
    connect(d->start, &StartPage::importRequested, this, &MainWindow::importDialog);
    connect(d->start, &StartPage::recentRequested, this,
            [this](const QString &path) { openProject(path); });

    auto *canvas = new QWidget(this);
    d->tabs = new QTabBar(canvas);
    d->tabs->setObjectName(QStringLiteral("diagramTabs"));
    d->tabs->setDocumentMode(true);
    d->tabs->setExpanding(false);
    d->tabs->setDrawBase(true);
    d->view = new DiagramView(canvas);
    d->view->setObjectName(QStringLiteral("diagramView"));
    d->view->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(canvas);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(d->tabs);
    layout->addWidget(d->view, 1);
    connect(d->tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            selectObject(d->tabs->tabData(index).value<Id>());
    });
    connect(d->view, &DiagramView::selectionChanged, this, &MainWindow::canvasSelectionChanged);
    connect(d->view->diagramScene(), &DiagramScene::editFailed, this, &MainWindow::showRefusal);

    d->centre = new QStackedWidget(this);
    d->centre->addWidget(d->start);
    d->centre->addWidget(canvas);
    setCentralWidget(d->centre);
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
                if (d->selecting || !current.isValid())
                    return;
                const Id id = d->treeModel->idAt(current);
                if (!id.isNull())
                    selectObject(id);
            });
    // The model resets on every edit: put back what was selected, without echoing it to the
    // canvas (which may hold a multi-selection).
    connect(d->treeModel, &QAbstractItemModel::modelReset, this, [this] {
        d->tree->expandAll();
        const bool was = d->selecting;
        d->selecting = true;
        if (const QModelIndex index = d->treeModel->indexOf(d->current); index.isValid())
            d->tree->setCurrentIndex(index);
        d->selecting = was;
    });

    d->palette = new PalettePanel(this);
    d->palette->setObjectName(QStringLiteral("palette"));
    connect(d->palette, &PalettePanel::entryActivated, this, [this](const QString &entry) {
        d->view->createFromPalette(entry);
        d->view->setFocus();
    });
    d->properties = new PropertiesPanel(this);
    d->properties->setObjectName(QStringLiteral("properties"));
    d->details = new DetailsPanel(this);
    d->details->setObjectName(QStringLiteral("details"));
    d->history = new QUndoView(d->undoGroup, this);
    d->history->setObjectName(QStringLiteral("history"));
    d->history->setEmptyLabel(tr("<opened>"));

    QDockWidget *tree = addPanel(d->tree, tr("Project"), Qt::LeftDockWidgetArea);
    QDockWidget *palette = addPanel(d->palette, tr("Palette"), Qt::LeftDockWidgetArea);
    QDockWidget *props = addPanel(d->properties, tr("Properties"), Qt::RightDockWidgetArea);
    QDockWidget *details = addPanel(d->details, tr("Details"), Qt::RightDockWidgetArea);
    QDockWidget *history = addPanel(d->history, tr("History"), Qt::RightDockWidgetArea);
    splitDockWidget(tree, palette, Qt::Vertical);
    tabifyDockWidget(props, details);
    splitDockWidget(props, history, Qt::Vertical);
    props->raise();
    resizeDocks({tree, props}, {260, 300}, Qt::Horizontal);
    resizeDocks({tree, palette}, {420, 330}, Qt::Vertical);
    resizeDocks({props, history}, {560, 190}, Qt::Vertical);
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    const QString name = panel->objectName().isEmpty() ? title : panel->objectName();
    dock->setObjectName(name + QStringLiteral("Dock"));
    dock->setWidget(panel);
    // A panel added after the layout was restored goes back where the user had it (before
    // addDockWidget(), which would drop the place kept for it).
    if (d->savedState.isEmpty() || !restoreDockWidget(dock))
        addDockWidget(area, dock);
    if (d->panelsMenu)
        d->panelsMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    d->savedState = settings.value(kStateKey).toByteArray();
    // A layout from another version of the dock set is dropped: the default arrangement
    // then applies, rather than new docks piling up wherever they were added.
    if (!d->savedState.isEmpty() && !restoreState(d->savedState, kLayoutVersion))
        d->savedState.clear();
}

void MainWindow::saveLayout()
{
    // The layout saved is the working one, not the start page's bare window.
    const bool start = d->startMode;
    setStartMode(false);
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
    setStartMode(start);
}

void MainWindow::setStartMode(bool start)
{
    // The start page stands alone: panels of a project would only show empty frames.
    if (start == d->startMode)
        return;
    d->startMode = start;
    if (start) {
        d->hiddenForStart.clear();
        for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!dock->isHidden()) {
                d->hiddenForStart.append(dock);
                dock->hide();
            }
        }
        return;
    }
    for (const QPointer<QDockWidget> &dock : std::as_const(d->hiddenForStart)) {
        if (dock)
            dock->show();
    }
    d->hiddenForStart.clear();
}

} // namespace tb
