#pragma once

// MainWindow's state, shared by mainwindow.cpp and the *actions.cpp files.

#include "mainwindow.h"

#include <QList>
#include <QPointer>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoGroup;
QT_END_NAMESPACE

namespace tb {

struct TemplateLibrary;

struct MainWindow::Private
{
    std::unique_ptr<Document> document;
    ProjectTreeModel *treeModel = nullptr;
    QTreeView *tree = nullptr;
    DiagramView *view = nullptr;
    QTabBar *tabs = nullptr;
    QStackedWidget *centre = nullptr;
    StartPage *start = nullptr;
    DetailsPanel *details = nullptr;
    PalettePanel *palette = nullptr;
    PropertiesPanel *properties = nullptr;
    QUndoView *history = nullptr;
    QUndoGroup *undoGroup = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *fileMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *panelsMenu = nullptr;
    QMenu *diagramMenu = nullptr;
    QAction *detailAction = nullptr;
    QAction *upLevelAction = nullptr;
    QLabel *statusLabel = nullptr;
    QLabel *countsLabel = nullptr;
    // Analysis (mainwindowanalysis.cpp).
    ThreatsPanel *threats = nullptr;
    TasksPanel *tasks = nullptr;
    AnnexMatrixView *matrix = nullptr;
    RiskMapView *riskMap = nullptr;
    EbiosPanel *ebios = nullptr;
    QDockWidget *threatsDock = nullptr;
    QDockWidget *tasksDock = nullptr;
    QDockWidget *matrixDock = nullptr;
    QDockWidget *riskMapDock = nullptr;
    QDockWidget *ebiosDock = nullptr;
    DerivationWorker *deriver = nullptr;
    QLabel *deriveLabel = nullptr;
    QAction *deriveNowAction = nullptr;
    QAction *autoDeriveAction = nullptr;
    std::vector<std::shared_ptr<const TemplateLibrary>> libraries;
    bool startMode = false;                      // the start page shows, docks are put away
    QList<QPointer<QDockWidget>> hiddenForStart; // docks to bring back with a project
    QByteArray savedState;  // the dock layout read at start, for panels added later
    Id current;             // selected object, kept across tree resets
    bool selecting = false; // guards against echoes while selection spreads to every view
};

} // namespace tb
