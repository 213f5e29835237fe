// Line trust boundaries: drawn with the line tool, moved and reshaped through the real view, and
// seen by the graph that derivation reads.

#include "canvas/canvasitems.h"
#include "canvasfixture.h"
#include "graph/dfdgraph.h"

#include <algorithm>

using namespace tb;

namespace {
const QList<QPointF> kBle{{250, 10}, {250, 340}}; // the sample's "BLE radio" line
} // namespace

class tst_CanvasLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { QVERIFY(m_canvas.open(m_dir)); }
    void cleanup() { m_canvas.close(); }
    void shortcutTogglesTool();
    void drawLine_data();
    void drawLine();
    void nothingDrawn_data();
    void nothingDrawn();
    void lineAcrossFlowIsCrossed_data();
    void lineAcrossFlowIsCrossed();
    void moveLine();
    void dragLinePoint_data();
    void dragLinePoint();
    void addAndRemoveLinePoint();

private:
    QPoint at(const QPointF &p) const { return m_canvas.at(p); }
    /// Clicks each point with the line tool, then ends with Enter or a double-click on the last.
    void draw(const QList<QPointF> &points, bool byEnter);
    bool crosses(const Id &flow, const Id &line) const;

    QTemporaryDir m_dir;
    uitest::CanvasFixture m_canvas;
};

void tst_CanvasLines::draw(const QList<QPointF> &points, bool byEnter)
{
    QTest::keyClick(m_canvas.view(), Qt::Key_L, Qt::ShiftModifier);
    QCOMPARE(m_canvas.view()->tool(), DiagramView::Tool::Line);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i + 1 == points.size() && !byEnter) {
            m_canvas.doubleClick(at(points[i]));
        } else {
            m_canvas.click(at(points[i]));
            m_canvas.moveTo(at(points[i] + QPointF(7, 3)), Qt::NoButton); // the rubber segment
        }
    }
    if (byEnter)
        QTest::keyClick(m_canvas.view(), Qt::Key_Return);
}

bool tst_CanvasLines::crosses(const Id &flow, const Id &line) const
{
    const QList<Crossing> crossings = DfdGraph(m_canvas.data()).crossings(flow);
    return std::any_of(crossings.cbegin(), crossings.cend(), [&](const Crossing &c) {
        return c.boundary == line && c.kind == BoundaryKind::Line;
    });
}

void tst_CanvasLines::shortcutTogglesTool()
{
    DiagramView *view = m_canvas.view();
    QTest::keyClick(view, Qt::Key_L, Qt::ShiftModifier);
    QCOMPARE(view->tool(), DiagramView::Tool::Line);
    QTest::keyClick(view, Qt::Key_L, Qt::ShiftModifier);
    QCOMPARE(view->tool(), DiagramView::Tool::Select);
    QTest::keyClick(view, Qt::Key_L, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(view->tool(), DiagramView::Tool::Select);
}

void tst_CanvasLines::drawLine_data()
{
    QTest::addColumn<QList<QPointF>>("clicks");
    QTest::addColumn<bool>("byEnter");
    QTest::addColumn<QList<QPointF>>("expected");
    const QList<QPointF> three{{100, 420}, {300, 440}, {500, 420}};
    QTest::addRow("double-click ends") << three << false << three;
    QTest::addRow("Enter ends") << three << true << three;
    QTest::addRow("snapped to the grid")
        << QList<QPointF>{{103, 418}, {296, 444}, {504, 421}} << true << three;
    QTest::addRow("two points") << QList<QPointF>{{100, 500}, {400, 500}} << false
                                << QList<QPointF>{{100, 500}, {400, 500}};
    // The press of a double-click on the last clicked point adds no second copy of it.
    QTest::addRow("double-click on the last point")
        << QList<QPointF>{{100, 500}, {400, 500}, {400, 500}} << false
        << QList<QPointF>{{100, 500}, {400, 500}};
}

void tst_CanvasLines::drawLine()
{
    QFETCH(QList<QPointF>, clicks);
    QFETCH(bool, byEnter);
    QFETCH(QList<QPointF>, expected);
    const ProjectData before = m_canvas.data();
    draw(clicks, byEnter);
    QCOMPARE(m_canvas.data().boundaries.size(), before.boundaries.size() + 1);
    const Id line = m_canvas.view()->selection();
    const Boundary &b = m_canvas.data().boundaries[line];
    QCOMPARE(b.kind, BoundaryKind::Line);
    QCOMPARE(b.name, QStringLiteral("Boundary line 2"));
    QCOMPARE(m_canvas.placement(line), (Placement{QRectF(), expected}));
    QCOMPARE(m_canvas.undo()->count(), 1); // boundary and points in one step
    QCOMPARE(m_canvas.undo()->undoText(),
             QStringLiteral("Draw Boundary Line \u201cBoundary line 2\u201d"));
    QCOMPARE(m_canvas.view()->tool(), DiagramView::Tool::Select);
    auto *item = qgraphicsitem_cast<LineItem *>(m_canvas.scene()->itemFor(line));
    QVERIFY(item);
    QCOMPARE(item->scenePoints(), expected);
    m_canvas.undo()->undo();
    QCOMPARE(m_canvas.data().boundaries, before.boundaries);
    QCOMPARE(m_canvas.data().diagrams, before.diagrams);
    QVERIFY(!m_canvas.scene()->itemFor(line));
    m_canvas.undo()->redo();
    QCOMPARE(m_canvas.placement(line), (Placement{QRectF(), expected}));
    QVERIFY(m_canvas.scene()->itemFor(line));
}

void tst_CanvasLines::nothingDrawn_data()
{
    QTest::addColumn<QList<QPointF>>("clicks");
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("toolStays");
    QTest::addRow("Escape cancels")
        << QList<QPointF>{{100, 420}, {300, 440}} << int(Qt::Key_Escape) << false;
    QTest::addRow("Enter after one point")
        << QList<QPointF>{{100, 420}} << int(Qt::Key_Return) << true;
    QTest::addRow("one point clicked twice")
        << QList<QPointF>{{100, 420}, {100, 420}} << int(Qt::Key_Enter) << true;
}

void tst_CanvasLines::nothingDrawn()
{
    QFETCH(QList<QPointF>, clicks);
    QFETCH(int, key);
    QFETCH(bool, toolStays);
    const ProjectData before = m_canvas.data();
    QTest::keyClick(m_canvas.view(), Qt::Key_L, Qt::ShiftModifier);
    for (const QPointF &p : clicks)
        m_canvas.click(at(p));
    QTest::keyClick(m_canvas.view(), Qt::Key(key));
    QCOMPARE(m_canvas.data().boundaries, before.boundaries);
    QCOMPARE(m_canvas.data().diagrams, before.diagrams);
    QCOMPARE(m_canvas.undo()->count(), 0);
    QCOMPARE(m_canvas.view()->tool(),
             toolStays ? DiagramView::Tool::Line : DiagramView::Tool::Select);
    // What was clicked before is gone: a fresh drawing starts from nothing.
    if (toolStays) {
        m_canvas.click(at({200, 500}));
        m_canvas.doubleClick(at({400, 500}));
        const Id line = m_canvas.view()->selection();
        QCOMPARE(m_canvas.points(line), (QList<QPointF>{{200, 500}, {400, 500}}));
    }
}

void tst_CanvasLines::lineAcrossFlowIsCrossed_data()
{
    QTest::addColumn<QList<QPointF>>("clicks");
    QTest::addColumn<bool>("crossed");
    // Write event is drawn (760,110) -> (760,230) -> (790,320) between the element centres.
    QTest::addRow("across the first segment") << QList<QPointF>{{700, 180}, {850, 180}} << true;
    QTest::addRow("across the second segment, with a kink")
        << QList<QPointF>{{700, 300}, {740, 250}, {820, 250}} << true;
    QTest::addRow("short of the flow") << QList<QPointF>{{700, 260}, {740, 260}} << false;
}

void tst_CanvasLines::lineAcrossFlowIsCrossed()
{
    QFETCH(QList<QPointF>, clicks);
    QFETCH(bool, crossed);
    const Id write = m_canvas.ids().write;
    const QList<Crossing> before = DfdGraph(m_canvas.data()).crossings(write);
    draw(clicks, true);
    const Id line = m_canvas.view()->selection();
    QVERIFY(m_canvas.data().boundaries.contains(line));
    QCOMPARE(crosses(write, line), crossed);
    QVERIFY(!crosses(m_canvas.ids().unlock, line));
    m_canvas.undo()->undo();
    QCOMPARE(DfdGraph(m_canvas.data()).crossings(write), before);
    m_canvas.undo()->redo();
    QCOMPARE(crosses(write, line), crossed);
}

void tst_CanvasLines::moveLine()
{
    const Id ble = m_canvas.ids().bleLine;
    m_canvas.click(at({250, 60}));
    QCOMPARE(m_canvas.view()->selectedIds(), QList<Id>{ble});
    QCOMPARE(m_canvas.handles(m_canvas.scene()->itemFor(ble)).size(), 2);
    // Moved by whole grid steps: (43, 27) becomes (40, 30).
    m_canvas.drag(at({250, 60}), at({293, 87}));
    const QList<QPointF> moved{{290, 40}, {290, 370}};
    QCOMPARE(m_canvas.points(ble), moved);
    QCOMPARE(m_canvas.undo()->count(), 1);
    QCOMPARE(m_canvas.undo()->undoText(), QStringLiteral("Move Boundary"));
    m_canvas.undo()->undo();
    QCOMPARE(m_canvas.points(ble), kBle);
    auto *item = qgraphicsitem_cast<LineItem *>(m_canvas.scene()->itemFor(ble));
    QCOMPARE(item->scenePoints(), kBle);
    m_canvas.undo()->redo();
    QCOMPARE(m_canvas.points(ble), moved);
}

void tst_CanvasLines::dragLinePoint_data()
{
    QTest::addColumn<QPointF>("from");
    QTest::addColumn<QPointF>("to");
    QTest::addColumn<QList<QPointF>>("expected");
    QTest::addRow("last point") << QPointF(250, 340) << QPointF(303, 352)
                                << QList<QPointF>{{250, 10}, {300, 350}};
    QTest::addRow("first point") << QPointF(250, 10) << QPointF(236, -3)
                                 << QList<QPointF>{{240, 0}, {250, 340}};
}

void tst_CanvasLines::dragLinePoint()
{
    QFETCH(QPointF, from);
    QFETCH(QPointF, to);
    QFETCH(QList<QPointF>, expected);
    const Id ble = m_canvas.ids().bleLine;
    m_canvas.click(at({250, 60}));
    m_canvas.drag(at(from), at(to));
    QCOMPARE(m_canvas.points(ble), expected);
    QCOMPARE(m_canvas.view()->selectedIds(), QList<Id>{ble}); // the line stays selected
    QCOMPARE(m_canvas.undo()->count(), 1);
    QCOMPARE(m_canvas.undo()->undoText(), QStringLiteral("Move Boundary Point"));
    m_canvas.undo()->undo();
    QCOMPARE(m_canvas.points(ble), kBle);
    m_canvas.undo()->redo();
    QCOMPARE(m_canvas.points(ble), expected);
}

void tst_CanvasLines::addAndRemoveLinePoint()
{
    const Id ble = m_canvas.ids().bleLine;
    m_canvas.doubleClick(at({251, 203}));
    const QList<QPointF> three{{250, 10}, {250, 200}, {250, 340}};
    QCOMPARE(m_canvas.points(ble), three);
    QCOMPARE(m_canvas.undo()->undoText(), QStringLiteral("Add Boundary Point"));
    // Double-clicking a handle removes its point, while the line keeps two.
    m_canvas.doubleClick(at({250, 200}));
    QCOMPARE(m_canvas.points(ble), kBle);
    QCOMPARE(m_canvas.undo()->undoText(), QStringLiteral("Remove Boundary Point"));
    m_canvas.doubleClick(at({250, 10}));
    QCOMPARE(m_canvas.points(ble), kBle);
    QCOMPARE(m_canvas.undo()->count(), 2);
    m_canvas.undo()->undo();
    QCOMPARE(m_canvas.points(ble), three);
    m_canvas.undo()->undo();
    QCOMPARE(m_canvas.points(ble), kBle);
}

QTEST_MAIN(tst_CanvasLines)
#include "tst_canvaslines.moc"
