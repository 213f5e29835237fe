// DFD levels through the window: Alt+Down decomposes the selected element into a detail
// diagram (its neighbours placed where they are, one undo step), the element shows a mark and
// a double-click goes down, Alt+Up goes back with the element selected, and the link is kept
// in the file.

#include "canvas/canvasitems.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "document/document.h"
#include "mainwindow/mainwindow.h"
#include "store/projectstore.h"
#include "uisample.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tb;

class tst_CanvasLevels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void decomposeGoDownAndUp();
    void doubleClickOpensDetail();
    void readOnlyCannotDecompose();

private:
    Id detailOf(const Id &element) const;
    void pressInView(Qt::Key key, Qt::KeyboardModifiers mods);

    QTemporaryDir m_dir;
    QString m_path;
    uitest::UiSampleIds m_ids;
    std::unique_ptr<MainWindow> m_window;
};

void tst_CanvasLevels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ThreatbenchTest"));
    QApplication::setApplicationName(QStringLiteral("tst_canvaslevels"));
    QVERIFY(m_dir.isValid());
}

void tst_CanvasLevels::init()
{
    QSettings().remove(QStringLiteral("mainWindow"));
    QSettings().setValue(QStringLiteral("derive/automatic"), false); // undo steps stay ours
    m_path = uitest::openSampleInWindow(m_dir, &m_ids, &m_window);
    QVERIFY(!m_path.isEmpty());
}

void tst_CanvasLevels::cleanup()
{
    m_window.reset();
    QSettings().remove(QStringLiteral("derive/automatic"));
}

Id tst_CanvasLevels::detailOf(const Id &element) const
{
    const ProjectData &d = m_window->document()->data();
    for (const Diagram &g : d.diagrams)
        if (g.parent == element)
            return g.id;
    return {};
}

void tst_CanvasLevels::pressInView(Qt::Key key, Qt::KeyboardModifiers mods)
{
    DiagramView *view = m_window->diagramView();
    view->setFocus();
    QTest::keyClick(view, key, mods);
}

void tst_CanvasLevels::decomposeGoDownAndUp()
{
    DiagramView *view = m_window->diagramView();
    m_window->selectObject(m_ids.firmware);
    QCOMPARE(view->selectedIds(), QList<Id>{m_ids.firmware});
    auto *down = m_window->findChild<QAction *>(QStringLiteral("detailDiagram"));
    auto *up = m_window->findChild<QAction *>(QStringLiteral("upLevel"));
    QVERIFY(down && up);
    QVERIFY(down->isEnabled());
    QVERIFY(!up->isEnabled()); // the top level

    QUndoStack *undo = m_window->document()->undoStack();
    const int steps = undo->count();
    pressInView(Qt::Key_Down, Qt::AltModifier);
    const Id detail = detailOf(m_ids.firmware);
    QVERIFY(!detail.isNull());
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(view->diagram(), detail);
    const Diagram &g = m_window->document()->data().diagrams[detail];
    QCOMPARE(g.name, QStringLiteral("Lock Firmware (detail)"));
    // The neighbours (owner and cloud exchange flows with it), where they were; not itself.
    QCOMPARE(g.placements.size(), 2);
    QVERIFY(g.placements.contains(m_ids.owner));
    QVERIFY(g.placements.contains(m_ids.cloud));
    QCOMPARE(g.placements[m_ids.owner].rect, QRectF(60, 120, 140, 70));
    bool tab = false;
    for (int i = 0; i < m_window->diagramTabs()->count(); ++i)
        tab = tab || m_window->diagramTabs()->tabData(i).value<Id>() == detail;
    QVERIFY(tab);
    QTRY_VERIFY(up->isEnabled());

    // Up: the diagram where the element is drawn, with it selected.
    pressInView(Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(view->diagram(), m_ids.diagram);
    QCOMPARE(view->selectedIds(), QList<Id>{m_ids.firmware});
    QVERIFY(view->diagramScene()->elementItem(m_ids.firmware)->isDetailed());
    QVERIFY(!view->diagramScene()->elementItem(m_ids.cloud)->isDetailed());

    // Down again opens the same diagram: nothing new is made.
    pressInView(Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(view->diagram(), detail);
    QCOMPARE(undo->count(), steps + 1);

    // One undo step takes it away, and the mark with it.
    undo->undo();
    QVERIFY(detailOf(m_ids.firmware).isNull());
    m_window->selectObject(m_ids.diagram);
    QTRY_VERIFY(!view->diagramScene()->elementItem(m_ids.firmware)->isDetailed());
    undo->redo();
    QCOMPARE(detailOf(m_ids.firmware), detail);

    // Kept in the file.
    m_window.reset();
    auto reopened = Document::open(m_path, ProjectStore::Mode::ReadOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->data().diagrams[detail].parent, m_ids.firmware);
}

void tst_CanvasLevels::doubleClickOpensDetail()
{
    DiagramView *view = m_window->diagramView();
    m_window->selectObject(m_ids.cloud);
    const Id detail = view->openDetailOfSelection();
    QVERIFY(!detail.isNull());
    QCOMPARE(view->diagram(), detail);
    m_window->selectObject(m_ids.diagram);
    QCOMPARE(view->diagram(), m_ids.diagram);
    // A double-click on an element without a detail diagram does not make one.
    const QPoint log = view->mapFromDiagram(QPointF(790, 320)).toPoint();
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, log);
    QCOMPARE(view->diagram(), m_ids.diagram);
    QVERIFY(detailOf(m_ids.log).isNull());
    // On the detailed one, it goes down.
    const QPoint cloud = view->mapFromDiagram(QPointF(760, 110)).toPoint();
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cloud);
    QCOMPARE(view->diagram(), detail);
}

void tst_CanvasLevels::readOnlyCannotDecompose()
{
    m_window.reset();
    auto holder = ProjectStore::open(m_path); // another holder: the project opens read-only
    QVERIFY(holder.ok());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [timer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->button(QMessageBox::Yes)->click(); // "open it read-only?"
            timer->stop();
        }
    });
    timer->start();
    QVERIFY(m_window->openProject(m_path));
    delete timer;
    QVERIFY(m_window->document()->isReadOnly());
    m_window->selectObject(m_ids.firmware);
    auto *down = m_window->findChild<QAction *>(QStringLiteral("detailDiagram"));
    QVERIFY(!down->isEnabled());
    QVERIFY(m_window->diagramView()->openDetailOfSelection().isNull());
    QVERIFY(detailOf(m_ids.firmware).isNull());
}

QTEST_MAIN(tst_CanvasLevels)
#include "tst_canvaslevels.moc"
