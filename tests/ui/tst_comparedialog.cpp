// File > Compare With: the differences between another file (before) and the open project
// (after), by section, the same as `threatbench-cli diff`; bad files are said, never a crash.

#include "dialogs/comparedialog.h"
#include "document/document.h"
#include "mainwindow/mainwindow.h"
#include "panelfixture.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tb;

namespace {

const QString kExample = QStringLiteral(
    THREATBENCH_SOURCE_DIR "/templates/examples/smart-door-lock-assessed.threatbench.json");

Id idNamed(const auto &objects, const QString &name)
{
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (it->name == name)
            return it.key();
    }
    return {};
}

QTreeWidgetItem *section(const QTreeWidget *tree, const QString &key)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class tst_CompareDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsRenameAndDeletedFlow();
    void badFileIsSaid_data();
    void badFileIsSaid();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_CompareDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ThreatbenchTest"));
    QApplication::setApplicationName(QStringLiteral("tst_comparedialog"));
    QVERIFY(m_dir.isValid());
}

// The example as an open project in the window.
void tst_CompareDialog::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction())
                         + QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' '))
                         + QStringLiteral(".threatbench");
    QVERIFY(uitest::openAssessedExample(m_dir, name)); // written, then closed again
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_dir.filePath(name)));
}

void tst_CompareDialog::cleanup()
{
    m_window.reset();
    QSettings().remove(QStringLiteral("mainWindow"));
}

// Rename an element and delete a flow in the open project: the tree shows exactly those two,
// "Copy as Text" gives the CLI's diff, and after undoing both, Refresh says "No differences".
void tst_CompareDialog::showsRenameAndDeletedFlow()
{
    Document *doc = m_window->document();
    const Id guest = idNamed(doc->data().elements, QStringLiteral("Guest"));
    const Id recording = idNamed(doc->data().flows, QStringLiteral("Event recording"));
    QVERIFY(!guest.isNull() && !recording.isNull());
    QVERIFY(doc->apply(SetAttribute{guest, QStringLiteral("name"), QStringLiteral("Visitor")}));
    QVERIFY(doc->apply(RemoveFlow{recording}));

    auto *action = m_window->findChild<QAction *>(QStringLiteral("compareWith"));
    QVERIFY(action && action->isEnabled());
    QPointer<CompareDialog> dialog = m_window->compareWith(kExample);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTreeWidget *tree = dialog->tree();
    QVERIFY(tree->isVisible());
    QCOMPARE(tree->topLevelItemCount(), 2);

    QTreeWidgetItem *elements = section(tree, QStringLiteral("elements"));
    QVERIFY(elements);
    QVERIFY2(elements->text(0).contains(QStringLiteral("1 changed")),
             qPrintable(elements->text(0)));
    QCOMPARE(elements->childCount(), 1);
    QTreeWidgetItem *renamed = elements->child(0);
    QCOMPARE(renamed->data(0, Qt::UserRole).toString(), QStringLiteral("changed"));
    QCOMPARE(renamed->text(0), QStringLiteral("~ external \"Guest\""));
    QCOMPARE(renamed->childCount(), 1);
    QCOMPARE(renamed->child(0)->text(CompareDialog::ObjectColumn), QStringLiteral("name"));
    QCOMPARE(renamed->child(0)->text(CompareDialog::BeforeColumn), QStringLiteral("Guest"));
    QCOMPARE(renamed->child(0)->text(CompareDialog::AfterColumn), QStringLiteral("Visitor"));

    QTreeWidgetItem *flows = section(tree, QStringLiteral("flows"));
    QVERIFY(flows);
    QVERIFY2(flows->text(0).contains(QStringLiteral("1 removed")), qPrintable(flows->text(0)));
    QCOMPARE(flows->childCount(), 1);
    QCOMPARE(flows->child(0)->data(0, Qt::UserRole).toString(), QStringLiteral("removed"));
    QVERIFY(flows->child(0)->text(0).endsWith(QStringLiteral("flow \"Event recording\"")));
    QCOMPARE(flows->child(0)->text(CompareDialog::BeforeColumn),
             QStringLiteral("Lock firmware -> Event buffer"));

    // The same text as the CLI prints after its ---/+++ header, for the same two models.
    const QString after = m_dir.filePath(QStringLiteral("after.threatbench.json"));
    QVERIFY(m_window->exportJson(after));
    const test::CliRun cli = test::runCli({QStringLiteral("diff"), kExample, after});
    QCOMPARE(cli.exitCode, 1);
    const QString cliText = QString::fromUtf8(cli.out);
    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyDiff")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), cliText.mid(cliText.indexOf(u"\n\n") + 2));

    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("refreshCompare")),
                      Qt::LeftButton);
    QVERIFY(!tree->isVisible());
    QVERIFY2(dialog->message().startsWith(QStringLiteral("No differences")),
             qPrintable(dialog->message()));
    QCOMPARE(dialog->diffText(), QStringLiteral("No differences.\n"));

    dialog->activateWindow();
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
}

void tst_CompareDialog::badFileIsSaid_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file is not there
    QTest::addColumn<QString>("problem");    // part of the message

    QTest::addRow("missing") << QByteArray() << QStringLiteral("no such file");
    QTest::addRow("broken JSON") << QByteArrayLiteral("{\"format\": ") << QStringLiteral("JSON");
    QTest::addRow("not SQLite") << QByteArrayLiteral("plain text, not a project")
                                << QStringLiteral("not a Threatbench project");
}

// The message names the file and the problem; nothing to copy, no tree, no crash.
void tst_CompareDialog::badFileIsSaid()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(
        QStringLiteral("other-%1.threatbench")
            .arg(QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' '))));
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QPointer<CompareDialog> dialog = m_window->compareWith(path);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->tree()->isVisible());
    QCOMPARE(dialog->tree()->topLevelItemCount(), 0);
    QVERIFY2(dialog->message().contains(path), qPrintable(dialog->message()));
    QVERIFY2(dialog->message().contains(problem, Qt::CaseInsensitive),
             qPrintable(dialog->message()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("copyDiff"))->isEnabled());
    QCOMPARE(dialog->diffText(), QString());
    // A good file afterwards works in the same dialog.
    QCOMPARE(m_window->compareWith(kExample), dialog.data());
    QCOMPARE(dialog->message(), QStringLiteral("No differences: %1 holds the same model as the "
                                               "open project.")
                                    .arg(QFileInfo(kExample).fileName()));
}

QTEST_MAIN(tst_CompareDialog)
#include "tst_comparedialog.moc"
