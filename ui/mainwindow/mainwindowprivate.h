#pragma once

// MainWindow's state, shared by mainwindow.cpp and the *actions.cpp files.

#include "mainwindow.h"

#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoGroup;
QT_END_NAMESPACE

namespace tb {

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
    QMenu *viewMenu = nullptr;
    QMenu *panelsMenu = nullptr;
    QLabel *statusLabel = nullptr;
    QLabel *countsLabel = nullptr;
    QByteArray savedState;  // the dock layout read at start, for panels added later
    Id current;             // selected object, kept across tree resets
    bool selecting = false; // guards against echoes while selection spreads to every view
};

} // namespace tb
