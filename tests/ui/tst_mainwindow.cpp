#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "derive/derivationworker.h"
#include "document/document.h"
#include "document/exampleproject.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reportexport.h"
#include "mainwindow/startpage.h"
#include "panels/detailspanel.h"
#include "panels/palettepanel.h"
#include "panels/projecttreemodel.h"
#include "panels/propertiespanel.h"
#include "panels/threatfilterproxy.h"
#include "panels/threatspanel.h"
#include "panels/threattablemodel.h"
#include "store/sqlitedb.h"
#include "uisample.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

using namespace tb;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeListsElements();
    void clickTreeShowsDetails();
    void clickDiagramSelects();
    void editUpdatesTreeAndUndoRestores();
    void lockedOpensReadOnly();
    void openRefusedFile_data();
    void openRefusedFile();
    void example();
    void startPageThenCanvas();
    void paletteCreatesEachKind_data();
    void paletteCreatesEachKind();
    void editPropertyAndUndo();
    void multiSelectionSetsPropertyInOneStep();
    void renameFromPropertiesFollowsEverywhere();
    void historyListsSteps();
    void addPanelAndLayoutRestore();
    void droppedFileOpens();
    void deriveFillsThreatsAndFollowsSelection();
    void neverDerivedModelDerivesOnOpen();
    void exportReportFromTheWindow();
    void startPageStandsAlone();
    void saveAsContinuesOnTheCopy();

private:
    QString createProjectFile(const QString &name);
    static QString textAt(const ProjectTreeModel *model, const Id &id);

    QTemporaryDir m_dir;
    uitest::UiSampleIds m_ids;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

// Answers the next modal message box with `button`, and remembers its text.
static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->button(button) ? box->button(button)->click() : box->reject();
            timer->deleteLater();
        }
    });
    timer->start();
}

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep recent files out of the user's settings
    QApplication::setOrganizationName(QStringLiteral("ThreatbenchTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    QSettings().remove(QStringLiteral("mainWindow")); // start from the default layout
}

QString tst_MainWindow::createProjectFile(const QString &name)
{
    Project project;
    if (!uitest::buildUiSample(project, &m_ids))
        return {};
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    const Result<std::unique_ptr<ProjectStore>> store = ProjectStore::create(path, project.data());
    return store ? path : QString();
}

QString tst_MainWindow::textAt(const ProjectTreeModel *model, const Id &id)
{
    return model->indexOf(id).data().toString();
}

void tst_MainWindow::init()
{
    m_path = createProjectFile(
        QStringLiteral("%1.threatbench").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(!m_path.isEmpty());
    m_window = std::make_unique<MainWindow>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    QSettings().remove(QStringLiteral("mainWindow")); // each test starts from the default
}

void tst_MainWindow::treeListsElements()
{
    QVERIFY(m_window->openProject(m_path));
    const ProjectTreeModel *model = m_window->treeModel();
    QCOMPARE(textAt(model, m_ids.owner), QStringLiteral("Home Owner"));
    QCOMPARE(textAt(model, m_ids.firmware), QStringLiteral("Lock Firmware"));
    QCOMPARE(textAt(model, m_ids.cloud), QStringLiteral("Cloud API"));
    QCOMPARE(textAt(model, m_ids.log), QStringLiteral("Audit Log"));
    QCOMPARE(textAt(model, m_ids.unlock), QStringLiteral("Unlock command"));
    // Elements are grouped by kind; zones nest as in the model.
    const QModelIndex cloud = model->indexOf(m_ids.cloud);
    QCOMPARE(cloud.parent().data().toString(), QStringLiteral("Processes (2)"));
    QCOMPARE(cloud.parent().parent().data().toString(), QStringLiteral("Elements (4)"));
    QCOMPARE(model->indexOf(m_ids.backend).parent(), model->indexOf(m_ids.vendor));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Test Lock \u2014 ")));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("treeListsElements.threatbench")));
    QVERIFY(!m_window->windowTitle().contains(QLatin1String("read-only")));
    // It opens on the first diagram.
    QCOMPARE(m_window->diagramView()->diagram(), m_ids.diagram);
}

void tst_MainWindow::clickTreeShowsDetails()
{
    QVERIFY(m_window->openProject(m_path));
    QTreeView *tree = m_window->projectTree();
    const QModelIndex index = m_window->treeModel()->indexOf(m_ids.cloud);
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->detailsPanel()->title(), QStringLiteral("Cloud API"));
    QCOMPARE(m_window->detailsPanel()->shownObject(), m_ids.cloud);
    QCOMPARE(m_window->diagramView()->selection(), m_ids.cloud);
    if (const QByteArray dump = qgetenv("TB_DUMP_WINDOW"); !dump.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(dump));
}

void tst_MainWindow::clickDiagramSelects()
{
    QVERIFY(m_window->openProject(m_path));
    DiagramView *view = m_window->diagramView();
    const Document *doc = m_window->document();
    const QPointF at = view->mapFromDiagram(
        doc->data().diagrams[m_ids.diagram].placements[m_ids.log].rect.center());
    QSignalSpy current(m_window.get(), &MainWindow::currentObjectChanged);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().first().value<Id>(), m_ids.log);
    QCOMPARE(m_window->propertiesPanel()->objects(), QList<Id>{m_ids.log});
    QCOMPARE(m_window->detailsPanel()->title(), QStringLiteral("Audit Log"));
    QCOMPARE(m_window->treeModel()->idAt(m_window->projectTree()->currentIndex()), m_ids.log);
}

void tst_MainWindow::editUpdatesTreeAndUndoRestores()
{
    QVERIFY(m_window->openProject(m_path));
    m_window->selectObject(m_ids.cloud);
    Document *doc = m_window->document();
    const Result<void> r = doc->apply(
        SetAttribute{m_ids.cloud, QStringLiteral("name"), QStringLiteral("Cloud Backend")});
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    const ProjectTreeModel *model = m_window->treeModel();
    QCOMPARE(textAt(model, m_ids.cloud), QStringLiteral("Cloud Backend"));
    // The selection survives the tree's reset and the details follow the edit.
    QCOMPARE(m_window->detailsPanel()->title(), QStringLiteral("Cloud Backend"));
    QCOMPARE(doc->undoStack()->undoText(),
             editText(SetAttribute{m_ids.cloud, QStringLiteral("name"),
                                   QStringLiteral("Cloud Backend")}));

    doc->undoStack()->undo();
    QCOMPARE(textAt(model, m_ids.cloud), QStringLiteral("Cloud API"));
    QCOMPARE(m_window->detailsPanel()->title(), QStringLiteral("Cloud API"));
    // Undo is written through to the file, like any edit.
    {
        const auto reread = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly);
        QVERIFY2(reread.ok(), qPrintable(reread.error().text()));
        QCOMPARE(reread.value()->loaded().elements[m_ids.cloud].name, QStringLiteral("Cloud API"));
    }
    doc->undoStack()->redo();
    QCOMPARE(textAt(model, m_ids.cloud), QStringLiteral("Cloud Backend"));

    // Removing an element (and its flows first, as one batch) drops it from the tree.
    Batch remove{QStringLiteral("Remove Audit Log"), {}};
    for (const Id &flow : doc->data().flowsAttachedTo(m_ids.log))
        remove.edits.push_back(RemoveFlow{flow});
    remove.edits.push_back(RemoveElement{m_ids.log});
    QVERIFY(doc->apply(remove).ok());
    QVERIFY(!model->indexOf(m_ids.log).isValid());
    QVERIFY(!model->indexOf(m_ids.write).isValid());
    QCOMPARE(model->indexOf(m_ids.cloud).parent().parent().data().toString(),
             QStringLiteral("Elements (3)"));
    doc->undoStack()->undo();
    QCOMPARE(textAt(model, m_ids.log), QStringLiteral("Audit Log"));
    QCOMPARE(textAt(model, m_ids.write), QStringLiteral("Write event"));
}

void tst_MainWindow::lockedOpensReadOnly()
{
    // Another holder of the project (same effect as a second process).
    auto holder = ProjectStore::open(m_path);
    QVERIFY2(holder.ok(), qPrintable(holder.error().text()));
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    QVERIFY(m_window->openProject(m_path));
    QVERIFY(!question.isEmpty());
    QVERIFY(m_window->document()->isReadOnly());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("[read-only]")));
    QCOMPARE(textAt(m_window->treeModel(), m_ids.cloud), QStringLiteral("Cloud API"));
    // Edits are refused and nothing lands on the undo stack.
    QVERIFY(!m_window->document()
                 ->apply(SetAttribute{m_ids.cloud, QStringLiteral("name"), QStringLiteral("X")})
                 .ok());
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void tst_MainWindow::openRefusedFile_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    // _data() runs before init(): make the sound project this table starts from.
    const QString source = createProjectFile(QStringLiteral("refused-source.threatbench"));
    QVERIFY(!source.isEmpty());
    const QByteArray valid = [&source] {
        QFile f(source);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(valid.size() > 4096);
    QTest::addRow("missing") << false << QByteArray() << QStringLiteral("not found");
    QTest::addRow("zero bytes") << true << QByteArray() << QStringLiteral("empty");
    QTest::addRow("text") << true << QByteArray("name,kind\nweb,process\n").repeated(50)
                          << QStringLiteral("not an SQLite database");
    QTest::addRow("truncated") << true << valid.left(100) << QStringLiteral("truncated");

    // Sound SQLite files that are not ours, or ours from a newer Threatbench.
    const auto rewritten = [this, &source](const char *name, const QByteArray &sql) {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile::remove(path);
        if (!QFile::copy(source, path))
            return QByteArray();
        {
            auto db = sql::Database::open(path, sql::Database::OpenMode::ReadWrite);
            if (!db || !db.value()->exec(sql.constData()))
                return QByteArray();
        }
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray foreign = rewritten("foreign.db", "PRAGMA application_id = 305419896");
    const QByteArray newer = rewritten("newer.threatbench",
                                       "PRAGMA user_version = "
                                           + QByteArray::number(ProjectStore::schemaVersion() + 1));
    QVERIFY(!foreign.isEmpty() && !newer.isEmpty());
    QTest::addRow("another application")
        << true << foreign << QStringLiteral("another application");
    QTest::addRow("newer schema") << true << newer << QStringLiteral("Upgrade Threatbench");
}

void tst_MainWindow::openRefusedFile()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("refused.threatbench"));
    QFile::remove(path);
    if (exists) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString titleBefore = m_window->windowTitle();
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    QVERIFY(!m_window->openProject(path));
    // The box names the file and says what is wrong with it.
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("refused.threatbench")), qPrintable(message));
    QVERIFY(!m_window->document());
    QCOMPARE(m_window->windowTitle(), titleBefore);
    // The file is left exactly as it was, and nothing is made beside it.
    QCOMPARE(QFileInfo::exists(path), exists);
    if (exists) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }
    for (const char *suffix : {"-wal", "-shm", "-journal", ".lock"})
        QVERIFY(!QFileInfo::exists(path + QLatin1String(suffix)));
}

void tst_MainWindow::example()
{
    if (!QFile::exists(exampleResourcePath()))
        QSKIP("the bundled example is not in this build");
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message); // only shown on failure
    QVERIFY2(m_window->openExample(), qPrintable(message));
    QVERIFY(m_window->document()->data().elements.size() > 3);
    QVERIFY(m_window->treeModel()->rowCount() >= 6);
    QVERIFY(!m_window->diagramView()->diagram().isNull());
}

void tst_MainWindow::startPageThenCanvas()
{
    // No project: the start page, with the file just made among the recent ones.
    QVERIFY(m_window->startPage()->isVisible());
    QVERIFY(!m_window->diagramView()->isVisible());
    QVERIFY(m_window->openProject(m_path));
    QVERIFY(!m_window->startPage()->isVisible());
    QVERIFY(m_window->diagramView()->isVisible());
    QCOMPARE(m_window->diagramTabs()->count(), 1);
    QCOMPARE(m_window->diagramTabs()->tabData(0).value<Id>(), m_ids.diagram);
    QVERIFY(m_window->statusBar()->findChildren<QLabel *>().size() >= 1);
    bool saved = false;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        saved = saved || label->text().startsWith(QLatin1String("Saved"));
    QVERIFY(saved);
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QListWidget *recent = m_window->startPage()->recentList();
    QVERIFY(recent->count() >= 1);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), QFileInfo(m_path).absoluteFilePath());
}

void tst_MainWindow::paletteCreatesEachKind_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("kind"); // -1 for a zone
    QTest::addRow("external entity") << QStringLiteral("External entity") << 0;
    QTest::addRow("process") << QStringLiteral("Process") << 1;
    QTest::addRow("data store") << QStringLiteral("Data store") << 2;
    QTest::addRow("trust boundary") << QStringLiteral("Trust boundary") << -1;
    QTest::addRow("stencil") << QStringLiteral("Database") << 2;
}

void tst_MainWindow::paletteCreatesEachKind()
{
    QFETCH(QString, label);
    QFETCH(int, kind);
    QVERIFY(m_window->openProject(m_path));
    Document *doc = m_window->document();
    DiagramView *view = m_window->diagramView();
    view->centerOn(QPointF(500, 700)); // empty paper below the sample
    QListWidget *list = m_window->palette()->list();
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < list->count() && !item; ++i) {
        if (list->item(i)->text().startsWith(label))
            item = list->item(i);
    }
    QVERIFY(item);
    // Keyboard: pick the entry and press Enter.
    list->setFocus();
    list->setCurrentItem(item);
    QTest::keyClick(list->viewport(), Qt::Key_Return);
    QCOMPARE(doc->undoStack()->count(), 1);
    const Id made = view->selection();
    QVERIFY(!made.isNull());
    if (kind < 0)
        QVERIFY(doc->data().boundaries.contains(made));
    else
        QCOMPARE(int(doc->data().elements[made].kind), kind);
    // The new object is current everywhere.
    QCOMPARE(m_window->currentObject(), made);
    QVERIFY(m_window->treeModel()->indexOf(made).isValid());
    QCOMPARE(m_window->propertiesPanel()->objects(), QList<Id>{made});

    // Drag-and-drop: the payload the list hands out, dropped on the canvas.
    std::unique_ptr<QMimeData> mime(list->model()->mimeData({list->indexFromItem(item)}));
    QVERIFY(mime);
    const QPoint at = view->mapFromDiagram(QPointF(900, 650)).toPoint();
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &enter);
    QApplication::sendEvent(view->viewport(), &drop);
    QCOMPARE(doc->undoStack()->count(), 2);
    const Id dropped = view->selection();
    QVERIFY(dropped != made);
    const QRectF rect = doc->data().diagrams[m_ids.diagram].placements[dropped].rect;
    QVERIFY(QLineF(rect.center(), QPointF(900, 650)).length() < 15);

    // Undo and redo both.
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->data().typeOf(made), ObjectType::None);
    QVERIFY(!view->diagramScene()->itemFor(made));
    doc->undoStack()->redo();
    QVERIFY(view->diagramScene()->itemFor(made));
}

void tst_MainWindow::editPropertyAndUndo()
{
    QVERIFY(m_window->openProject(m_path));
    Document *doc = m_window->document();
    m_window->selectObject(m_ids.unlock);
    PropertiesPanel *panel = m_window->propertiesPanel();
    QCOMPARE(panel->objects(), QList<Id>{m_ids.unlock});
    auto *encrypted = qobject_cast<QCheckBox *>(panel->editor(QStringLiteral("encrypted")));
    QVERIFY(encrypted);
    QVERIFY(!encrypted->isChecked());
    QVERIFY(!encrypted->toolTip().isEmpty()); // the help text
    QTest::mouseClick(encrypted, Qt::LeftButton, {}, QPoint(4, encrypted->height() / 2));
    QCOMPARE(doc->data().flows[m_ids.unlock].properties.value(QStringLiteral("encrypted")),
             QJsonValue(true));
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Set Encrypted in transit"));
    auto *transport = qobject_cast<QComboBox *>(panel->editor(QStringLiteral("transport")));
    QVERIFY(transport);
    transport->setFocus();
    QTest::keyClick(transport, Qt::Key_Down);
    QCOMPARE(doc->data().flows[m_ids.unlock].properties.value(QStringLiteral("transport")),
             QJsonValue(QStringLiteral("bluetooth-le")));
    doc->undoStack()->undo();
    QCOMPARE(transport->currentText(), QStringLiteral("ip"));
    doc->undoStack()->undo();
    QVERIFY(!doc->data().flows[m_ids.unlock].properties.contains(QStringLiteral("encrypted")));
    QVERIFY(!encrypted->isChecked());
    doc->undoStack()->redo();
    QVERIFY(encrypted->isChecked());
}

void tst_MainWindow::multiSelectionSetsPropertyInOneStep()
{
    QVERIFY(m_window->openProject(m_path));
    Document *doc = m_window->document();
    DiagramView *view = m_window->diagramView();
    view->diagramScene()->selectIds({m_ids.unlock, m_ids.status, m_ids.write});
    PropertiesPanel *panel = m_window->propertiesPanel();
    QCOMPARE(panel->objects().size(), 3);
    QCOMPARE(panel->heading(), QStringLiteral("3 objects selected"));
    QVERIFY(!panel->editor(QStringLiteral("@name"))); // names are edited one at a time
    auto *box = qobject_cast<QCheckBox *>(panel->editor(QStringLiteral("authenticated")));
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Set Authenticated on 3 Objects"));
    for (const Id &f : {m_ids.unlock, m_ids.status, m_ids.write})
        QCOMPARE(doc->data().flows[f].properties.value(QStringLiteral("authenticated")),
                 QJsonValue(true));
    QVERIFY(!doc->data().flows[m_ids.update].properties.contains(QStringLiteral("authenticated")));
    // Mixed values show as partly checked.
    doc->undoStack()->undo();
    QVERIFY(doc->apply(SetProperty{m_ids.status, QStringLiteral("authenticated"), true}).ok());
    QCOMPARE(box->checkState(), Qt::PartiallyChecked);
}

void tst_MainWindow::renameFromPropertiesFollowsEverywhere()
{
    QVERIFY(m_window->openProject(m_path));
    m_window->selectObject(m_ids.firmware);
    auto *name
        = qobject_cast<QLineEdit *>(m_window->propertiesPanel()->editor(QStringLiteral("@name")));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Lock Firmware"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Lock MCU"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_window->document()->data().elements[m_ids.firmware].name,
             QStringLiteral("Lock MCU"));
    QCOMPARE(textAt(m_window->treeModel(), m_ids.firmware), QStringLiteral("Lock MCU"));
    QCOMPARE(m_window->diagramView()->diagramScene()->elementItem(m_ids.firmware)->element().name,
             QStringLiteral("Lock MCU"));
    QCOMPARE(m_window->propertiesPanel()->heading(), QStringLiteral("Lock MCU"));
}

void tst_MainWindow::historyListsSteps()
{
    QVERIFY(m_window->openProject(m_path));
    Document *doc = m_window->document();
    QVERIFY(
        doc->apply(SetAttribute{m_ids.cloud, QStringLiteral("name"), QStringLiteral("A")}).ok());
    QVERIFY(
        doc->apply(SetAttribute{m_ids.cloud, QStringLiteral("name"), QStringLiteral("B")}).ok());
    QUndoView *history = m_window->historyView();
    QCOMPARE(history->model()->rowCount(), 3); // "<opened>" and the two steps
    // Clicking the first row goes back to the state as opened.
    const QRect first = history->visualRect(history->model()->index(0, 0));
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(doc->data().elements[m_ids.cloud].name, QStringLiteral("Cloud API"));
}

void tst_MainWindow::addPanelAndLayoutRestore()
{
    auto *extra = new QLabel(QStringLiteral("notes go here"));
    extra->setObjectName(QStringLiteral("notesPanel"));
    QDockWidget *dock
        = m_window->addPanel(extra, QStringLiteral("Notes"), Qt::BottomDockWidgetArea);
    QCOMPARE(dock->objectName(), QStringLiteral("notesPanelDock"));
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    // Move it, close the window (which saves the layout), and open a new one.
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    auto *history = m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
    QVERIFY(history);
    history->hide();
    m_window->close();
    m_tester.reset();
    m_window = std::make_unique<MainWindow>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"))->isHidden());
    auto *again = new QLabel(QStringLiteral("notes go here"));
    again->setObjectName(QStringLiteral("notesPanel"));
    QDockWidget *restored
        = m_window->addPanel(again, QStringLiteral("Notes"), Qt::BottomDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(restored), Qt::RightDockWidgetArea);
}

void tst_MainWindow::droppedFileOpens()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_path)});
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY(m_window->document());
    QCOMPARE(QFileInfo(m_window->document()->path()), QFileInfo(m_path));
}

QTEST_MAIN(tst_MainWindow)
// Analysis > Derive Threats Now runs on the worker and fills the threats dock; selecting an
// element shows its threats only; the status bar says what happened.
void tst_MainWindow::deriveFillsThreatsAndFollowsSelection()
{
    QVERIFY(m_window->openProject(m_path));
    QVERIFY(m_window->threatsPanel()->isVisibleTo(m_window.get()));
    auto *derive = m_window->findChild<QAction *>(QStringLiteral("deriveNow"));
    QVERIFY(derive && derive->isEnabled());
    derive->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->data().threats.size() > 0, 30000);
    ThreatFilterProxy *proxy = m_window->threatsPanel()->proxy();
    QTRY_COMPARE(proxy->rowCount(), int(m_window->document()->data().threats.size()));
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("deriveStatus"))
                    ->text()
                    .contains(QLatin1String("derived")));
    m_window->selectObject(m_ids.cloud);
    QTRY_VERIFY(proxy->rowCount() > 0);
    QVERIFY(proxy->rowCount() < int(m_window->document()->data().threats.size()));
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const Id id = proxy->index(row, 0).data(ThreatTableModel::IdRole).value<Id>();
        const Threat &t = m_window->document()->data().threats[id];
        const bool involves = std::any_of(t.involved.cbegin(), t.involved.cend(),
                                          [&](const Involved &i) { return i.id == m_ids.cloud; });
        QVERIFY2(involves, qPrintable(t.title));
    }
    // One undo step takes the whole derivation back.
    m_window->document()->undoStack()->undo();
    QTRY_VERIFY(m_window->document()->data().threats.isEmpty());
}

// A model with elements and no threats at all (a new example, a fresh import) is derived as it
// opens when derivation is automatic, and left alone when it is not.
void tst_MainWindow::neverDerivedModelDerivesOnOpen()
{
    auto *automatic = m_window->findChild<QAction *>(QStringLiteral("autoDerive"));
    QVERIFY(automatic);
    automatic->setChecked(false);
    QVERIFY(m_window->openProject(m_path));
    QTest::qWait(1500); // longer than the automatic pause
    QVERIFY(m_window->document()->data().threats.isEmpty());
    QVERIFY(!m_window->derivationWorker()->isRunning());

    automatic->setChecked(true);
    m_window->derivationWorker()->cancel(); // turning it on alone starts nothing here
    QVERIFY(m_window->openProject(createProjectFile(QStringLiteral("again.threatbench"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->data().threats.size() > 0, 30000);
    // One undo step, like any derivation.
    m_window->document()->undoStack()->undo();
    QTRY_VERIFY(m_window->document()->data().threats.isEmpty());
}

// File > Export Report renders on a worker behind a progress dialog: PDF and CSV by extension.
void tst_MainWindow::exportReportFromTheWindow()
{
    QVERIFY(m_window->openProject(m_path));
    const QString pdf = m_dir.filePath(QStringLiteral("register.pdf"));
    QCOMPARE(exportReportTo(m_window.get(), *m_window->document(), pdf), QString());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
    const QString csv = m_dir.filePath(QStringLiteral("register.csv"));
    QCOMPARE(exportReportTo(m_window.get(), *m_window->document(), csv), QString());
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("register-tasks.csv"))));
    // A folder that cannot be written is said, and nothing crashes.
    const QString bad = m_dir.filePath(QStringLiteral("missing/folder/register.pdf"));
    QVERIFY(!exportReportTo(m_window.get(), *m_window->document(), bad).isEmpty());
}

// The start page shows without the project's panels; a project brings them back.
void tst_MainWindow::startPageStandsAlone()
{
    auto *threats = m_window->findChild<QDockWidget *>(QStringLiteral("threatsPanelDock"));
    auto *tree = m_window->findChild<QDockWidget *>(QStringLiteral("projectTreeDock"));
    QVERIFY(threats && tree);
    QVERIFY(threats->isHidden());
    QVERIFY(tree->isHidden());
    QVERIFY(m_window->startPage()->isVisible());
    QVERIFY(m_window->openProject(m_path));
    QVERIFY(!threats->isHidden());
    QVERIFY(!tree->isHidden());
}

// File > Save As copies through SQLite's backup API and continues on the copy; the original
// stays as it was. Export as JSON writes the canonical form.
void tst_MainWindow::saveAsContinuesOnTheCopy()
{
    QVERIFY(m_window->openProject(m_path));
    const QString copy = m_dir.filePath(QStringLiteral("copy.threatbench"));
    QVERIFY(m_window->saveProjectAs(copy));
    QCOMPARE(QFileInfo(m_window->document()->path()), QFileInfo(copy));
    QVERIFY(
        m_window->document()
            ->apply(SetAttribute{m_ids.cloud, QStringLiteral("name"), QStringLiteral("Renamed")})
            .ok());
    const QString json = m_dir.filePath(QStringLiteral("copy.threatbench.json"));
    QVERIFY(m_window->exportJson(json));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"Renamed\""));
    m_window.reset(); // closes the copy
    auto original = Document::open(m_path, ProjectStore::Mode::ReadOnly);
    QVERIFY(original.ok());
    QCOMPARE(original.value()->data().elements[m_ids.cloud].name, QStringLiteral("Cloud API"));
    auto reopened = Document::open(copy, ProjectStore::Mode::ReadOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->data().elements[m_ids.cloud].name, QStringLiteral("Renamed"));
}

#include "tst_mainwindow.moc"
