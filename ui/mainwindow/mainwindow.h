#pragma once

#include "core/id.h"

#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QTreeView;
QT_END_NAMESPACE

namespace tb {

class DetailsPanel;
class DiagramView;
class Document;
class ProjectTreeModel;

/// The main window: project tree, diagram, details. Action groups live in *actions.cpp.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file, asking whether to open it read-only if another process holds it.
    /// Shows errors itself; returns whether a project is now open from `path`.
    bool openProject(const QString &path);
    /// Opens the bundled example (imported into the app data folder on first use).
    bool openExample();

    Document *document() const;
    ProjectTreeModel *treeModel() const;
    QTreeView *projectTree() const;
    DetailsPanel *detailsPanel() const;
    DiagramView *diagramView() const;

    /// Selects an object in the tree, which the diagram and details follow.
    void selectObject(const Id &id);

private:
    void createFileActions();
    void createEditActions();
    void createHelpActions();
    void createDocks();
    void newProject();
    void openProjectDialog();
    void populateRecentMenu();

    void setDocument(std::unique_ptr<Document> document);
    void showCurrent(const Id &id);
    void projectEdited();
    void updateTitle();
    void updateStatus();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
