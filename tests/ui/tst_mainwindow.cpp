#include "canvas/diagramview.h"
#include "document/document.h"
#include "document/exampleproject.h"
#include "mainwindow/mainwindow.h"
#include "panels/detailspanel.h"
#include "panels/projecttreemodel.h"
#include "uisample.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

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
    void openFailureIsReported();
    void example();

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
    QTest::mouseClick(view, Qt::LeftButton, {}, at.toPoint());
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

void tst_MainWindow::openFailureIsReported()
{
    const QString bogus = m_dir.filePath(QStringLiteral("not-a-project.threatbench"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not SQLite");
    f.close();
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    QVERIFY(!m_window->openProject(bogus));
    QVERIFY(!message.isEmpty());
    QVERIFY(!m_window->document());
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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
