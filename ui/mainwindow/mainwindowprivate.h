#pragma once

// MainWindow's state, shared by mainwindow.cpp and the *actions.cpp files.

#include "mainwindow.h"

#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMenu;
class QUndoGroup;
QT_END_NAMESPACE

namespace tb {

struct MainWindow::Private
{
    std::unique_ptr<Document> document;
    ProjectTreeModel *treeModel = nullptr;
    QTreeView *tree = nullptr;
    DiagramView *view = nullptr;
    DetailsPanel *details = nullptr;
    QUndoGroup *undoGroup = nullptr;
    QMenu *recentMenu = nullptr;
    QLabel *statusLabel = nullptr;
    QLabel *countsLabel = nullptr;
    Id current; // selected object, kept across tree resets
};

} // namespace tb
