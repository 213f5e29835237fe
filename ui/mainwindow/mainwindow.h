#pragma once

#include "core/id.h"
#include "core/result.h"

#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QDockWidget;
class QMenu;
class QTabBar;
class QTreeView;
class QUndoView;
QT_END_NAMESPACE

namespace tb {

class AnnexMatrixView;
class ClassifyWizard;
class CompareDialog;
class DerivationWorker;
class DetailsPanel;
class DiagramView;
class Document;
class PalettePanel;
class ProjectTreeModel;
class PropertiesPanel;
class RiskMapView;
class EbiosPanel;
class StartPage;
class TasksPanel;
class ThreatsPanel;

/// The workbench window: start page or canvas in the middle, panels in docks around it.
/// Action groups live in *actions.cpp, the docks in mainwindowdocks.cpp.
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
    /// Copies the open project to `path` and continues on the copy (File > Save As).
    /// Shows errors itself; returns whether the copy is now open.
    bool saveProjectAs(const QString &path);
    /// Writes the open project as canonical JSON (File > Export > Threatbench JSON).
    bool exportJson(const QString &path);
    /// Writes the open project in `format` (as the CLI's `export` names it); what the format
    /// cannot hold is listed in a message box (object name "exportLostBox").
    bool exportModelAs(const QString &format, const QString &path);
    /// Imports a model file (any format the CLI imports) into a new project at `target`, then
    /// shows the import report (object name "importReportDialog").
    bool importModelFile(const QString &path, const QString &target);
    /// File > Compare With, for `path`: shows (or reuses) the compare dialog. Null when no
    /// project is open.
    CompareDialog *compareWith(const QString &path);
    /// Diagram > New Diagram: adds a diagram named `name` (one undo step) and shows it; null when
    /// refused (the status bar says why).
    Id addDiagram(const QString &name);
    /// CRA > Classify Product: opens the wizard window-modal and returns it (null when no
    /// project is open, or it is read-only).
    ClassifyWizard *classifyProduct();

    /// Puts a panel in a new dock (its object name is the widget's, plus "Dock"), restoring
    /// where the user last had it. The View menu lists it.
    QDockWidget *addPanel(QWidget *panel, const QString &title, Qt::DockWidgetArea area);

    Document *document() const;
    ProjectTreeModel *treeModel() const;
    QTreeView *projectTree() const;
    DetailsPanel *detailsPanel() const;
    DiagramView *diagramView() const;
    PalettePanel *palette() const;
    PropertiesPanel *propertiesPanel() const;
    StartPage *startPage() const;
    QTabBar *diagramTabs() const;
    QUndoView *historyView() const;
    /// The object last selected anywhere (tree, canvas, another panel).
    Id currentObject() const;
    ThreatsPanel *threatsPanel() const;
    TasksPanel *tasksPanel() const;
    AnnexMatrixView *annexMatrix() const;
    RiskMapView *riskMap() const;
    EbiosPanel *ebiosPanel() const;
    DerivationWorker *derivationWorker() const;

public Q_SLOTS:
    /// Selects an object everywhere: tree, canvas (switching diagram if needed), panels.
    void selectObject(const tb::Id &id);

Q_SIGNALS:
    void currentObjectChanged(const tb::Id &id);
    /// A document was opened, replaced or closed (null).
    void documentChanged(tb::Document *document);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createFileActions();
    void createExportMenu(QMenu *file);
    void createEditActions();
    void createViewActions();
    void createLevelActions();
    void createDiagramActions();
    /// Is `diagram` in the open, writable project (so it may be renamed or deleted)?
    bool canEditDiagram(const Id &diagram) const;
    void renameDiagramInteractively(const Id &diagram);
    void deleteDiagramInteractively(const Id &diagram);
    /// Says in the status bar why an edit was refused.
    void showRefusal(const Error &error);
    void updateLevelActions();
    void createAnalysisPanels();
    void createAnalysisActions();
    void createCraActions();
    void setStartMode(bool start);
    void attachAnalysis(Document *document);
    void detachAnalysis();
    void createHelpActions();
    void createDocks();
    void createCentre();
    void restoreLayout();
    void saveLayout();
    void newProject();
    void openProjectDialog();
    void importDialog();
    void populateRecentMenu();

    void setDocument(std::unique_ptr<Document> document);
    void showCurrent(const Id &id);
    void canvasSelectionChanged();
    void projectEdited();
    void updateDiagramTabs();
    void updateTitle();
    void updateStatus();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
