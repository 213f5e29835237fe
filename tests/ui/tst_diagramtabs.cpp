// Diagrams themselves: Diagram > New Diagram asks a name and shows the new tab, a double-click
// on a tab renames, Delete asks first and keeps the objects in the model; each one undo step.

#include "canvas/diagramview.h"
#include "document/document.h"
#include "mainwindow/mainwindow.h"
#include "store/projectstore.h"
#include "uisample.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace tb;

namespace {

// Runs `answer` on the next modal dialog of type T once it is up.
template<typename T>
void answerNext(std::function<void(T *)> answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

} // namespace

class tst_DiagramTabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newDiagramAsksAName();
    void doubleClickOnTabRenames();
    void deleteAsksAndKeepsObjects();
    void emptyNameRefused();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    int tabOf(const Id &diagram) const
    {
        for (int i = 0; i < m_window->diagramTabs()->count(); ++i)
            if (m_window->diagramTabs()->tabData(i).value<Id>() == diagram)
                return i;
        return -1;
    }

    QTemporaryDir m_dir;
    uitest::UiSampleIds m_ids;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DiagramTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ThreatbenchTest"));
    QApplication::setApplicationName(QStringLiteral("tst_diagramtabs"));
    QVERIFY(m_dir.isValid());
}

void tst_DiagramTabs::init()
{
    QSettings().remove(QStringLiteral("mainWindow"));
    QSettings().setValue(QStringLiteral("derive/automatic"), false); // undo steps stay ours
    QVERIFY(!uitest::openSampleInWindow(m_dir, &m_ids, &m_window).isEmpty());
}

void tst_DiagramTabs::cleanup()
{
    m_window.reset();
    QSettings().remove(QStringLiteral("derive/automatic"));
}

void tst_DiagramTabs::newDiagramAsksAName()
{
    QUndoStack *undo = m_window->document()->undoStack();
    const int steps = undo->count();
    answerNext<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("Cloud internals"));
        dialog->accept();
    });
    action("newDiagram")->trigger();
    const ProjectData &d = m_window->document()->data();
    QCOMPARE(d.diagrams.size(), 2);
    Id added;
    for (const Diagram &g : d.diagrams)
        if (g.id != m_ids.diagram)
            added = g.id;
    QCOMPARE(d.diagrams[added].name, QStringLiteral("Cloud internals"));
    QCOMPARE(m_window->diagramView()->diagram(), added);
    QCOMPARE(m_window->diagramTabs()->currentIndex(), tabOf(added));
    QCOMPARE(undo->count(), steps + 1);
    undo->undo();
    QCOMPARE(m_window->document()->data().diagrams.size(), 1);
    QCOMPARE(tabOf(added), -1);

    // Cancelled: nothing.
    answerNext<QInputDialog>([](QInputDialog *dialog) { dialog->reject(); });
    action("newDiagram")->trigger();
    QCOMPARE(m_window->document()->data().diagrams.size(), 1);
}

void tst_DiagramTabs::doubleClickOnTabRenames()
{
    QTabBar *tabs = m_window->diagramTabs();
    const int index = tabOf(m_ids.diagram);
    QVERIFY(index >= 0);
    const QString before = m_window->document()->data().diagrams[m_ids.diagram].name;
    QString offered;
    answerNext<QInputDialog>([&offered](QInputDialog *dialog) {
        offered = dialog->textValue();
        dialog->setTextValue(QStringLiteral("  Level 0  "));
        dialog->accept();
    });
    QTest::mouseDClick(tabs, Qt::LeftButton, {}, tabs->tabRect(index).center());
    QCOMPARE(offered, before); // the dialog starts from the current name
    QCOMPARE(m_window->document()->data().diagrams[m_ids.diagram].name, QStringLiteral("Level 0"));
    QTRY_COMPARE(tabs->tabText(tabOf(m_ids.diagram)), QStringLiteral("Level 0"));
    m_window->document()->undoStack()->undo();
    QTRY_COMPARE(tabs->tabText(tabOf(m_ids.diagram)), before);
}

void tst_DiagramTabs::deleteAsksAndKeepsObjects()
{
    const qsizetype elements = m_window->document()->data().elements.size();
    const qsizetype placed = m_window->document()->data().diagrams[m_ids.diagram].placements.size();
    QString asked;
    answerNext<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text();
        box->button(QMessageBox::No)->click();
    });
    action("deleteDiagram")->trigger();
    QVERIFY2(asked.contains(QStringLiteral("stay in the model")), qPrintable(asked));
    QVERIFY(m_window->document()->data().diagrams.contains(m_ids.diagram));

    answerNext<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    action("deleteDiagram")->trigger();
    QVERIFY(!m_window->document()->data().diagrams.contains(m_ids.diagram));
    QCOMPARE(m_window->document()->data().elements.size(), elements);
    QCOMPARE(m_window->diagramTabs()->count(), 0);
    QVERIFY(!action("deleteDiagram")->isEnabled());

    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->data().diagrams[m_ids.diagram].placements.size(), placed);
    QTRY_VERIFY(tabOf(m_ids.diagram) >= 0);
}

void tst_DiagramTabs::emptyNameRefused()
{
    const int steps = m_window->document()->undoStack()->count();
    QVERIFY(m_window->addDiagram(QStringLiteral("   ")).isNull());
    QCOMPARE(m_window->document()->data().diagrams.size(), 1);
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Not changed")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

QTEST_MAIN(tst_DiagramTabs)
#include "tst_diagramtabs.moc"
