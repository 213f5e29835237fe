// MainWindow: the analysis panels (threats, tasks, Annex I matrix, risk map, EBIOS RM) and
// derivation.

#include "derive/derivationworker.h"
#include "document/document.h"
#include "engine/templatefolders.h"
#include "mainwindow.h"
#include "mainwindowprivate.h"
#include "panels/annexmatrixview.h"
#include "panels/ebiospanel.h"
#include "panels/riskmapview.h"
#include "panels/taskspanel.h"
#include "panels/threatspanel.h"
#include "reportexport.h"

#include "core/propertycatalog.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace tb {

namespace {
const auto kAutoDeriveKey = QStringLiteral("derive/automatic");
} // namespace

void MainWindow::createAnalysisPanels()
{
    d->threats = new ThreatsPanel(this);
    d->threats->setObjectName(QStringLiteral("threatsPanel"));
    d->tasks = new TasksPanel(this);
    d->tasks->setObjectName(QStringLiteral("tasksPanel"));
    d->matrix = new AnnexMatrixView(this);
    d->matrix->setObjectName(QStringLiteral("annexMatrix"));
    d->riskMap = new RiskMapView(this);
    d->riskMap->setObjectName(QStringLiteral("riskMap"));
    d->ebios = new EbiosPanel(this);
    d->ebios->setObjectName(QStringLiteral("ebiosPanel"));
    d->threatsDock = addPanel(d->threats, tr("Threats"), Qt::BottomDockWidgetArea);
    d->tasksDock = addPanel(d->tasks, tr("Mitigation Tasks"), Qt::BottomDockWidgetArea);
    d->matrixDock = addPanel(d->matrix, tr("Annex I Matrix"), Qt::BottomDockWidgetArea);
    d->riskMapDock = addPanel(d->riskMap, tr("Risk Map"), Qt::BottomDockWidgetArea);
    d->ebiosDock = addPanel(d->ebios, tr("EBIOS RM"), Qt::BottomDockWidgetArea);
    if (d->savedState.isEmpty()) {
        // Split before tabifying: a dock already in a tab group only takes more tabs.
        splitDockWidget(d->threatsDock, d->riskMapDock, Qt::Horizontal);
        tabifyDockWidget(d->threatsDock, d->tasksDock);
        tabifyDockWidget(d->threatsDock, d->matrixDock);
        tabifyDockWidget(d->threatsDock, d->ebiosDock);
        // Raised once shown too: before that the tab bar may settle on another tab.
        d->threatsDock->raise();
        QTimer::singleShot(0, d->threatsDock, &QWidget::raise);
        resizeDocks({d->threatsDock}, {300}, Qt::Vertical);
        resizeDocks({d->threatsDock, d->riskMapDock}, {900, 460}, Qt::Horizontal);
    }

    // Selection travels both ways between the canvas/tree and the analysis panels.
    connect(this, &MainWindow::currentObjectChanged, this, [this](const Id &id) {
        if (!d->document)
            return;
        switch (d->document->data().typeOf(id)) {
        case ObjectType::Element:
        case ObjectType::Flow:
            d->threats->showElement(id);
            break;
        case ObjectType::Threat:
            d->threats->selectThreat(id);
            break;
        case ObjectType::Task:
            d->tasks->selectTask(id);
            break;
        default:
            d->threats->showElement({});
            break;
        }
    });
    connect(d->threats, &ThreatsPanel::elementActivated, this, &MainWindow::selectObject);
    connect(d->threats, &ThreatsPanel::threatSelected, d->tasks, &TasksPanel::setCandidateThreat);
    const auto showThreat = [this](const Id &id) {
        d->threatsDock->show();
        // Raised once shown too: before that the tab bar may settle on another tab.
        d->threatsDock->raise();
        QTimer::singleShot(0, d->threatsDock, &QWidget::raise);
        d->threats->selectThreat(id);
    };
    const auto showTask = [this](const Id &id) {
        d->tasksDock->show();
        d->tasksDock->raise();
        d->tasks->selectTask(id);
    };
    connect(d->threats, &ThreatsPanel::taskActivated, this, showTask);
    connect(d->tasks, &TasksPanel::threatActivated, this, showThreat);
    connect(d->matrix, &AnnexMatrixView::threatActivated, this, showThreat);
    connect(d->matrix, &AnnexMatrixView::taskActivated, this, showTask);
    connect(d->matrix, &AnnexMatrixView::requirementActivated, this,
            [this](const QString &requirement) {
                d->threats->showRequirement(requirement);
                d->tasks->showRequirement(requirement);
                d->threatsDock->show();
                // Raised once shown too: before that the tab bar may settle on another tab.
                d->threatsDock->raise();
                QTimer::singleShot(0, d->threatsDock, &QWidget::raise);
            });
    connect(d->riskMap, &RiskMapView::cellActivated, this,
            [this](int likelihood, int impact, bool residual) {
                d->threats->showCell(likelihood, impact, residual);
                d->threatsDock->show();
                // Raised once shown too: before that the tab bar may settle on another tab.
                d->threatsDock->raise();
                QTimer::singleShot(0, d->threatsDock, &QWidget::raise);
            });

    d->deriver = new DerivationWorker(this);
    d->deriver->setAutomatic(QSettings().value(kAutoDeriveKey, true).toBool());
    d->deriveLabel = new QLabel(this);
    d->deriveLabel->setObjectName(QStringLiteral("deriveStatus"));
    statusBar()->addPermanentWidget(d->deriveLabel);
    connect(d->deriver, &DerivationWorker::progressChanged, this, [this](int percent) {
        d->deriveLabel->setText(tr("Deriving threats\u2026 %1%").arg(percent));
    });
    connect(d->deriver, &DerivationWorker::runningChanged, this, [this](bool running) {
        d->deriveNowAction->setEnabled(!running);
        if (running)
            d->deriveLabel->setText(tr("Deriving threats\u2026"));
    });
    connect(
        d->deriver, &DerivationWorker::finished, this, [this](const MergeCounts &c, bool changed) {
            d->deriveLabel->setText(changed ? tr("Threats derived: %1 new, %2 kept, %3 to review")
                                                  .arg(c.added)
                                                  .arg(c.kept)
                                                  .arg(c.needsReview)
                                            : tr("Threats up to date"));
        });
    connect(d->deriver, &DerivationWorker::failed, this, [this](const QString &message) {
        d->deriveLabel->setText(tr("Derivation failed"));
        statusBar()->showMessage(message, 10000);
    });
}

void MainWindow::createAnalysisActions()
{
    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    d->deriveNowAction = analysis->addAction(tr("&Derive Threats Now"));
    d->deriveNowAction->setObjectName(QStringLiteral("deriveNow"));
    d->deriveNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(d->deriveNowAction, &QAction::triggered, d->deriver, &DerivationWorker::deriveNow);
    d->autoDeriveAction = analysis->addAction(tr("Derive &Automatically After Edits"));
    d->autoDeriveAction->setObjectName(QStringLiteral("autoDerive"));
    d->autoDeriveAction->setCheckable(true);
    d->autoDeriveAction->setChecked(d->deriver->isAutomatic());
    connect(d->autoDeriveAction, &QAction::toggled, d->deriver, [this](bool on) {
        d->deriver->setAutomatic(on);
        QSettings().setValue(kAutoDeriveKey, on);
    });
    analysis->addSeparator();
    QAction *report = analysis->addAction(tr("Export &Report\u2026"));
    report->setObjectName(QStringLiteral("exportReport"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // Also where people look for it first.
    if (d->fileMenu && d->fileMenu->actions().size() >= 2) // before the separator and Quit
        d->fileMenu->insertAction(d->fileMenu->actions().at(d->fileMenu->actions().size() - 2),
                                  report);
    connect(report, &QAction::triggered, this, [this] {
        if (!d->document)
            return;
        const QString written = exportReportInteractively(this, *d->document);
        if (!written.isEmpty())
            statusBar()->showMessage(tr("Report written to %1").arg(written), 10000);
    });
}

void MainWindow::attachAnalysis(Document *document)
{
    if (document) {
        // Built in, the user's folder, and a folder beside the project; bad templates are
        // left out and said.
        LibraryLoad load
            = loadTemplateLibrary(templateFolders(document->path()), PropertyCatalog::builtIn());
        if (!load.problems.isEmpty())
            statusBar()->showMessage(
                tr("%n template problem(s); the first: %1", nullptr, int(load.problems.size()))
                    .arg(load.problems.first().text()),
                15000);
        // Panels may still read an older library on a worker thread: keep each alive.
        d->libraries.push_back(std::make_shared<const TemplateLibrary>(std::move(load.library)));
        d->threats->setLibrary(d->libraries.back().get());
        d->deriver->setLibrary(d->libraries.back());
    }
    d->deriveLabel->clear();
    d->deriver->setDocument(document);
    d->threats->setDocument(document);
    d->tasks->setDocument(document);
    d->matrix->setDocument(document);
    d->riskMap->setDocument(document);
    d->ebios->setDocument(document);
    d->deriveNowAction->setEnabled(document != nullptr && !document->isReadOnly());
    // A model never derived (new example, fresh import) shows its threats without a keypress.
    if (document && !document->isReadOnly() && d->deriver->isAutomatic()
        && document->data().threats.isEmpty() && !document->data().elements.isEmpty())
        d->deriver->schedule();
}

void MainWindow::detachAnalysis()
{
    d->deriver->cancel();
    d->deriver->setDocument(nullptr);
    d->threats->setDocument(nullptr);
    d->tasks->setDocument(nullptr);
    d->matrix->setDocument(nullptr);
    d->riskMap->setDocument(nullptr);
    d->ebios->setDocument(nullptr);
}

ThreatsPanel *MainWindow::threatsPanel() const
{
    return d->threats;
}
TasksPanel *MainWindow::tasksPanel() const
{
    return d->tasks;
}
AnnexMatrixView *MainWindow::annexMatrix() const
{
    return d->matrix;
}
RiskMapView *MainWindow::riskMap() const
{
    return d->riskMap;
}
EbiosPanel *MainWindow::ebiosPanel() const
{
    return d->ebios;
}
DerivationWorker *MainWindow::derivationWorker() const
{
    return d->deriver;
}

} // namespace tb
