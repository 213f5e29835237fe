// Bend points and labels of flows, edited through the real view with mouse and keyboard.

#include "canvas/canvasitems.h"
#include "canvasfixture.h"
#include "graph/dfdgraph.h"
#include "report/flowroute.h"

#include <QLineEdit>

#include <algorithm>

using namespace tb;

namespace {
const QList<QPointF> kWriteBends{{760, 230}}; // the sample's one bend on Write event
} // namespace

class tst_CanvasBends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { QVERIFY(m_canvas.open(m_dir)); }
    void cleanup() { m_canvas.close(); }
    void handlesFollowSelection();
    void addBendByDoubleClick_data();
    void addBendByDoubleClick();
    void bendOnFannedFlowEndsTheFan();
    void dragBend_data();
    void dragBend();
    void removeBend_data();
    void removeBend();
    void deleteWithoutCurrentHandleDeletesFlow();
    void renameFlow_data();
    void renameFlow();
    void twoBendsAndCrossingLine();

private:
    Id flowNamed(const QString &key) const;
    FlowItem *flowItem(const Id &id) const { return m_canvas.scene()->flowItem(id); }
    QPoint at(const QPointF &p) const { return m_canvas.at(p); }
    // Selects the write flow by a click on its first segment, away from its label.
    void selectWrite();

    QTemporaryDir m_dir;
    uitest::CanvasFixture m_canvas;
};

Id tst_CanvasBends::flowNamed(const QString &key) const
{
    const uitest::UiSampleIds &ids = m_canvas.ids();
    if (key == QLatin1String("unlock"))
        return ids.unlock;
    if (key == QLatin1String("write"))
        return ids.write;
    return {};
}

void tst_CanvasBends::selectWrite()
{
    m_canvas.click(at({760, 170}));
    QCOMPARE(m_canvas.view()->selectedIds(), QList<Id>{m_canvas.ids().write});
}

void tst_CanvasBends::handlesFollowSelection()
{
    const Id write = m_canvas.ids().write;
    QVERIFY(m_canvas.handles(flowItem(write)).isEmpty());
    selectWrite();
    const QList<PointHandle *> handles = m_canvas.handles(flowItem(write));
    QCOMPARE(handles.size(), 1);
    QCOMPARE(handles[0]->scenePos(), QPointF(760, 230));
    // The path runs through the bend, and the name sits at its middle.
    const QPolygonF route = flowItem(write)->route();
    QCOMPARE(route.size(), 3);
    QCOMPARE(route[1], QPointF(760, 230));
    QCOMPARE(flowItem(write)->labelRect().center(), pointAlong(route, 0.5));
    // A flow without bends shows none; clicking empty paper hides them again.
    m_canvas.click(at({420, 500}));
    QVERIFY(m_canvas.view()->selectedIds().isEmpty());
    QVERIFY(m_canvas.handles(flowItem(write)).isEmpty());
    QCOMPARE(m_canvas.undo()->count(), 0);
}

void tst_CanvasBends::addBendByDoubleClick_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QPointF>("click");
    QTest::addColumn<QList<QPointF>>("bends");
    // Unlock command runs from (200,156) to (340,159); the point is snapped to the grid.
    QTest::addRow("straight flow")
        << QStringLiteral("unlock") << QPointF(212, 157) << QList<QPointF>{{210, 160}};
    // Write event runs (760,150) -> bend (760,230) -> (780,290).
    QTest::addRow("before the bend")
        << QStringLiteral("write") << QPointF(760, 170) << QList<QPointF>{{760, 170}, {760, 230}};
    QTest::addRow("after the bend")
        << QStringLiteral("write") << QPointF(770, 260) << QList<QPointF>{{760, 230}, {770, 260}};
}

void tst_CanvasBends::addBendByDoubleClick()
{
    QFETCH(QString, flow);
    QFETCH(QPointF, click);
    QFETCH(QList<QPointF>, bends);
    const Id id = flowNamed(flow);
    QVERIFY(!flowItem(id)->labelRect().contains(click)); // a double-click there renames
    const Placement before = m_canvas.placement(id);
    m_canvas.doubleClick(at(click));
    QCOMPARE(m_canvas.points(id), bends);
    QCOMPARE(m_canvas.undo()->count(), 1);
    QCOMPARE(m_canvas.undo()->undoText(), QStringLiteral("Add Bend Point"));
    QVERIFY(!m_canvas.view()->renameEditor());
    // Drawn through the new bends, with a handle on each (the flow is selected).
    QCOMPARE(QList<QPointF>(flowItem(id)->route().mid(1, bends.size())), bends);
    QCOMPARE(m_canvas.handles(flowItem(id)).size(), bends.size());
    m_canvas.undo()->undo();
    QCOMPARE(m_canvas.placement(id), before);
    QCOMPARE(flowItem(id)->bends(), before.points);
    m_canvas.undo()->redo();
    QCOMPARE(m_canvas.points(id), bends);
}

void tst_CanvasBends::bendOnFannedFlowEndsTheFan()
{
    // Status report and Firmware update join the same two elements, so both are fanned out.
    const Id status = m_canvas.ids().status, update = m_canvas.ids().update;
    QCOMPARE(flowItem(update)->route().size(), 3);
    const QPointF on = pointAlong(flowItem(status)->route(), 0.2);
    QVERIFY(!flowItem(status)->labelRect().contains(on));
    m_canvas.doubleClick(at(on));
    QCOMPARE(m_canvas.points(status), QList<QPointF>{m_canvas.scene()->snap(on)});
    QCOMPARE(m_canvas.undo()->undoText(), QStringLiteral("Add Bend Point"));
    // With a bend of its own, Status report leaves the fan: Firmware update runs straight.
    QCOMPARE(flowItem(update)->route().size(), 2);
    m_canvas.undo()->undo();
    QVERIFY(m_canvas.points(status).isEmpty());
    QCOMPARE(flowItem(update)->route().size(), 3);
}

void tst_CanvasBends::dragBend_data()
{
    QTest::addColumn<bool>("snap");
    QTest::addColumn<QPointF>("to");
    QTest::addColumn<QPointF>("expected");
    QTest::addRow("snapped to the grid") << true << QPointF(823, 247) << QPointF(820, 250);
    QTest::addRow("snapping off") << false << QPointF(823, 247) << QPointF(823, 247);
}

void tst_CanvasBends::dragBend()
{
    QFETCH(bool, snap);
    QFETCH(QPointF, to);
    QFETCH(QPointF, expected);
    const Id write = m_canvas.ids().write;
    m_canvas.scene()->setSnapEnabled(snap);
    selectWrite();
    const QPoint from = at({760, 230});
    m_canvas.press(from);
    m_canvas.moveTo(from + (at(to) - from) / 2);
    m_canvas.moveTo(at(to));
    // The flow follows the handle at once; the model waits for the release.
    QCOMPARE(flowItem(write)->route()[1], expected);
    QCOMPARE(m_canvas.points(write), kWriteBends);
    QCOMPARE(m_canvas.undo()->count(), 0);
    m_canvas.release(at(to));
    QCOMPARE(m_canvas.points(write), QList<QPointF>{expected});
    QCOMPARE(m_canvas.undo()->count(), 1); // one step for the whole drag
    QCOMPARE(m_canvas.undo()->undoText(), QStringLiteral("Move Bend Point"));
    QCOMPARE(m_canvas.view()->selectedIds(), QList<Id>{write});
    QCOMPARE(m_canvas.handles(flowItem(write)).value(0)->scenePos(), expected);
    m_canvas.undo()->undo();
    QCOMPARE(m_canvas.points(write), kWriteBends);
    QCOMPARE(flowItem(write)->route()[1], QPointF(760, 230));
    m_canvas.undo()->redo();
    QCOMPARE(m_canvas.points(write), QList<QPointF>{expected});
}

void tst_CanvasBends::removeBend_data()
{
    QTest::addColumn<int>("key"); // 0: double-click the handle
    QTest::addRow("double-click the handle") << 0;
    QTest::addRow("select the handle, Delete") << int(Qt::Key_Delete);
    QTest::addRow("select the handle, Backspace") << int(Qt::Key_Backspace);
}

void tst_CanvasBends::removeBend()
{
    QFETCH(int, key);
    const Id write = m_canvas.ids().write;
    const Placement before = m_canvas.placement(write);
    selectWrite();
    const QPoint handle = at({760, 230});
    if (key == 0) {
        m_canvas.doubleClick(handle);
    } else {
        m_canvas.click(handle);
        QVERIFY(m_canvas.handles(flowItem(write)).value(0)->isCurrent());
        QTest::keyClick(m_canvas.view(), Qt::Key(key));
    }
    QVERIFY(m_canvas.data().flows.contains(write)); // the point goes, not the flow
    QVERIFY(m_canvas.points(write).isEmpty());
    QCOMPARE(flowItem(write)->route().size(), 2);
    QCOMPARE(m_canvas.undo()->count(), 1);
    QCOMPARE(m_canvas.undo()->undoText(), QStringLiteral("Remove Bend Point"));
    m_canvas.undo()->undo();
    QCOMPARE(m_canvas.placement(write), before);
    QCOMPARE(m_canvas.handles(flowItem(write)).size(), 1); // still selected
    m_canvas.undo()->redo();
    QVERIFY(m_canvas.points(write).isEmpty());
}

void tst_CanvasBends::deleteWithoutCurrentHandleDeletesFlow()
{
    const Id write = m_canvas.ids().write;
    selectWrite();
    // Pressing the handle makes it current; a click on the flow itself ends that.
    m_canvas.click(at({760, 230}));
    m_canvas.click(at({760, 170}));
    QVERIFY(!m_canvas.handles(flowItem(write)).value(0)->isCurrent());
    QTest::keyClick(m_canvas.view(), Qt::Key_Delete);
    QVERIFY(!m_canvas.data().flows.contains(write));
    QCOMPARE(m_canvas.undo()->count(), 1);
    m_canvas.undo()->undo();
    QVERIFY(m_canvas.data().flows.contains(write));
    QCOMPARE(m_canvas.points(write), kWriteBends);
}

void tst_CanvasBends::renameFlow_data()
{
    QTest::addColumn<bool>("byDoubleClick");
    QTest::addRow("F2") << false;
    QTest::addRow("double-click the label") << true;
}

void tst_CanvasBends::renameFlow()
{
    QFETCH(bool, byDoubleClick);
    const Id unlock = m_canvas.ids().unlock;
    const QPoint label = at(flowItem(unlock)->labelRect().center());
    if (byDoubleClick) {
        m_canvas.doubleClick(label);
    } else {
        m_canvas.click(label);
        QCOMPARE(m_canvas.view()->selectedIds(), QList<Id>{unlock});
        QTest::keyClick(m_canvas.view(), Qt::Key_F2);
    }
    QLineEdit *edit = m_canvas.view()->renameEditor();
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("Unlock command"));
    QVERIFY(edit->geometry().contains(label)); // over the label, not the whole route
    QCOMPARE(m_canvas.undo()->count(), 0);     // the double-click added no bend point
    QTest::keyClicks(edit, QStringLiteral("Open door"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_canvas.data().flows[unlock].name, QStringLiteral("Open door"));
    QCOMPARE(flowItem(unlock)->flow().name, QStringLiteral("Open door"));
    QCOMPARE(m_canvas.undo()->count(), 1);
    QCOMPARE(m_canvas.undo()->undoText(), QStringLiteral("Rename to \u201cOpen door\u201d"));
    QVERIFY(m_canvas.points(unlock).isEmpty());
    m_canvas.undo()->undo();
    QCOMPARE(m_canvas.data().flows[unlock].name, QStringLiteral("Unlock command"));
    m_canvas.undo()->redo();
    QCOMPARE(m_canvas.data().flows[unlock].name, QStringLiteral("Open door"));
}

void tst_CanvasBends::twoBendsAndCrossingLine()
{
    // All by hand: a second bend on Write event, a line across it, then the derivation's view.
    const Id write = m_canvas.ids().write;
    m_canvas.doubleClick(at({770, 260}));
    const QList<QPointF> bends{{760, 230}, {770, 260}};
    QCOMPARE(m_canvas.points(write), bends);
    QTest::keyClick(m_canvas.view(), Qt::Key_L, Qt::ShiftModifier);
    m_canvas.click(at({690, 180}));
    m_canvas.doubleClick(at({860, 180}));
    const Id line = m_canvas.view()->selection();
    QCOMPARE(m_canvas.data().boundaries.value(line).kind, BoundaryKind::Line);
    QCOMPARE(m_canvas.undo()->count(), 2);
    const QList<Crossing> crossings = DfdGraph(m_canvas.data()).crossings(write);
    QVERIFY(std::any_of(crossings.cbegin(), crossings.cend(), [&](const Crossing &c) {
        return c.boundary == line && c.kind == BoundaryKind::Line;
    }));
    const QPolygonF route = flowItem(write)->route();
    QCOMPARE(QList<QPointF>(route.mid(1, 2)), bends);
    QCOMPARE(flowItem(write)->labelRect().center(), pointAlong(route, 0.5));
    m_canvas.scene()->selectIds({write}); // show the handles on the bends
    if (const QByteArray dump = qgetenv("TB_DUMP_CANVAS_BENDS"); !dump.isEmpty()) {
        m_canvas.view()->centerOn(QPointF(760, 220));
        QVERIFY(m_canvas.view()->grab().save(QString::fromLocal8Bit(dump)));
    }
}

QTEST_MAIN(tst_CanvasBends)
#include "tst_canvasbends.moc"
