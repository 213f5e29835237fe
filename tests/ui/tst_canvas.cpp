// The editable canvas, driven through the real view with mouse and keyboard events.

#include "canvas/canvasitems.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/paletteentry.h"
#include "canvasfixture.h"
#include "document/document.h"
#include "uisample.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tb;

class tst_Canvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void itemsFollowTheModel();
    void createEachKindByShortcut_data();
    void createEachKindByShortcut();
    void dropFromPaletteIntoZone();
    void dragMovesOneUndoStep();
    void rubberBandMoveIsOneStep();
    void movingZoneCarriesMembers();
    void deleteTakesFlowsInOneStep();
    void deleteZoneKeepsMembers();
    void drawFlowWithTool();
    void drawFlowWithShiftDrag();
    void drawBoundaryAndDropElementIntoIt();
    void resizeZoneChangesMembership();
    void nudgeWithArrows();
    void inlineRename();
    void wheelZoomsAndFitShowsAll();
    void farOutViewFollowsEdits();
    void badgesCountOpenThreats();

private:
    QPoint centreOf(const Id &id) const;
    QRectF rectOf(const Id &id) const;
    void press(const QPoint &pos, Qt::KeyboardModifiers mods = {});
    void moveTo(const QPoint &pos, Qt::MouseButtons buttons = Qt::LeftButton,
                Qt::KeyboardModifiers mods = {});
    void release(const QPoint &pos, Qt::KeyboardModifiers mods = {});
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers mods = {});
    QUndoStack *undo() const { return m_doc->undoStack(); }
    const ProjectData &data() const { return m_doc->data(); }

    QTemporaryDir m_dir;
    uitest::UiSampleIds m_ids;
    uitest::CanvasFixture m_fx;
    Document *m_doc = nullptr;
    DiagramView *m_view = nullptr;
};

void tst_Canvas::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_Canvas::init()
{
    QVERIFY(m_fx.open(m_dir));
    m_ids = m_fx.ids();
    m_doc = m_fx.doc();
    m_view = m_fx.view();
}

void tst_Canvas::cleanup()
{
    m_fx.close();
    m_view = nullptr;
    m_doc = nullptr;
}

QRectF tst_Canvas::rectOf(const Id &id) const
{
    return m_doc->data().diagrams[m_ids.diagram].placements.value(id).rect;
}

QPoint tst_Canvas::centreOf(const Id &id) const
{
    return m_view->mapFromDiagram(rectOf(id).center()).toPoint();
}

void tst_Canvas::press(const QPoint &pos, Qt::KeyboardModifiers mods)
{
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, mods, pos);
}

void tst_Canvas::moveTo(const QPoint &pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers mods)
{
    // A move with the button held, as a real drag delivers it.
    QMouseEvent move(QEvent::MouseMove, pos, m_view->viewport()->mapToGlobal(pos), Qt::NoButton,
                     buttons, mods);
    QApplication::sendEvent(m_view->viewport(), &move);
}

void tst_Canvas::release(const QPoint &pos, Qt::KeyboardModifiers mods)
{
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, mods, pos);
}

void tst_Canvas::drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers mods)
{
    press(from, mods);
    for (int i = 1; i <= 5; ++i)
        moveTo(from + (to - from) * i / 5, Qt::LeftButton, mods);
    release(to, mods);
}

void tst_Canvas::itemsFollowTheModel()
{
    DiagramScene *scene = m_view->diagramScene();
    QVERIFY(scene->elementItem(m_ids.cloud));
    QVERIFY(scene->flowItem(m_ids.write));
    QVERIFY(scene->itemFor(m_ids.vendor));
    QVERIFY(scene->itemFor(m_ids.bleLine));
    // A model edit (here a scripted one) moves the item; undo moves it back.
    const QRectF moved(700, 60, 200, 80);
    QVERIFY(m_doc->apply(MoveItems{m_ids.diagram, {{m_ids.cloud, Placement{moved, {}}}}}).ok());
    QCOMPARE(scene->elementItem(m_ids.cloud)->placementRect(), moved);
    undo()->undo();
    QCOMPARE(scene->elementItem(m_ids.cloud)->placementRect(), QRectF(660, 70, 200, 80));
    // Renames show at once.
    QVERIFY(m_doc->apply(SetAttribute{m_ids.log, QStringLiteral("name"), QStringLiteral("Events")})
                .ok());
    QCOMPARE(scene->elementItem(m_ids.log)->element().name, QStringLiteral("Events"));
}

void tst_Canvas::createEachKindByShortcut_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("kind");
    QTest::addRow("external entity") << int(Qt::Key_E) << int(ElementKind::ExternalEntity);
    QTest::addRow("process") << int(Qt::Key_P) << int(ElementKind::Process);
    QTest::addRow("data store") << int(Qt::Key_D) << int(ElementKind::DataStore);
    QTest::addRow("trust boundary") << int(Qt::Key_B) << -1;
}

void tst_Canvas::createEachKindByShortcut()
{
    QFETCH(int, key);
    QFETCH(int, kind);
    const qsizetype elements = data().elements.size();
    const qsizetype boundaries = data().boundaries.size();
    m_view->centerOn(QPointF(300, 700)); // empty paper
    QTest::keyClick(m_view, Qt::Key(key));
    const QList<Id> selected = m_view->selectedIds();
    QCOMPARE(selected.size(), 1);
    const Id id = selected.first();
    if (kind < 0) {
        QCOMPARE(data().boundaries.size(), boundaries + 1);
        QCOMPARE(data().boundaries[id].kind, BoundaryKind::Zone);
    } else {
        QCOMPARE(data().elements.size(), elements + 1);
        QCOMPARE(int(data().elements[id].kind), kind);
    }
    // Created at the centre of the view.
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    QVERIFY(QLineF(rectOf(id).center(), centre).length() < 15);
    QCOMPARE(undo()->count(), 1);
    undo()->undo();
    QVERIFY(!data().elements.contains(id) && !data().boundaries.contains(id));
    QVERIFY(!m_view->diagramScene()->itemFor(id));
    undo()->redo();
    QVERIFY(m_view->diagramScene()->itemFor(id));
}

void tst_Canvas::dropFromPaletteIntoZone()
{
    // A drop of a palette entry over the Home network zone.
    const QPoint at = m_view->mapFromDiagram(QPointF(400, 280)).toPoint();
    QMimeData mime;
    mime.setData(PaletteEntry::mimeType(),
                 PaletteEntry{false, ElementKind::DataStore, QStringLiteral("database")}
                     .toString()
                     .toUtf8());
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &drop);
    QCOMPARE(m_view->selectedIds().size(), 1);
    const Element &el = data().elements[m_view->selection()];
    QCOMPARE(el.kind, ElementKind::DataStore);
    QCOMPARE(el.stencil, QStringLiteral("database"));
    QCOMPARE(el.zone, m_ids.home);
}

void tst_Canvas::dragMovesOneUndoStep()
{
    const QRectF before = rectOf(m_ids.owner);
    const QPoint from = centreOf(m_ids.owner);
    drag(from, from + QPoint(40, 30));
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(rectOf(m_ids.owner), before.translated(40, 30));
    QCOMPARE(undo()->undoText(), QStringLiteral("Move Element"));
    undo()->undo();
    QCOMPARE(rectOf(m_ids.owner), before);
    QCOMPARE(m_view->diagramScene()->elementItem(m_ids.owner)->placementRect(), before);
}

void tst_Canvas::rubberBandMoveIsOneStep()
{
    // A rubber band over the three elements on the left (starting on empty paper below).
    const QPoint a = m_view->mapFromDiagram(QPointF(50, 360)).toPoint();
    const QPoint b = m_view->mapFromDiagram(QPointF(485, 85)).toPoint();
    drag(a, b);
    // Only what lies wholly inside: the owner and the firmware (zones reach beyond).
    QCOMPARE(m_view->selectedIds().size(), 3);
    QVERIFY(m_view->selectedIds().contains(m_ids.owner));
    QVERIFY(m_view->selectedIds().contains(m_ids.firmware));
    // Add the cloud API with Ctrl+click, then drag all three together.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      centreOf(m_ids.cloud));
    QCOMPARE(m_view->selectedIds().size(), 4);
    const QRectF owner = rectOf(m_ids.owner), firmware = rectOf(m_ids.firmware),
                 cloud = rectOf(m_ids.cloud);
    const QPoint from = centreOf(m_ids.firmware);
    drag(from, from + QPoint(0, 100));
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(undo()->undoText(), QStringLiteral("Move 3 Elements"));
    QCOMPARE(rectOf(m_ids.owner), owner.translated(0, 100));
    QCOMPARE(rectOf(m_ids.firmware), firmware.translated(0, 100));
    QCOMPARE(rectOf(m_ids.cloud), cloud.translated(0, 100));
    undo()->undo();
    QCOMPARE(rectOf(m_ids.owner), owner);
    QCOMPARE(rectOf(m_ids.cloud), cloud);
    undo()->redo();
    QCOMPARE(rectOf(m_ids.firmware), firmware.translated(0, 100));
}

void tst_Canvas::movingZoneCarriesMembers()
{
    // Grab the Internet zone by its empty lower part and drag it down.
    const QRectF log = rectOf(m_ids.log), owner = rectOf(m_ids.owner);
    const QPoint from = m_view->mapFromDiagram(QPointF(120, 290)).toPoint();
    drag(from, from + QPoint(0, 60));
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(rectOf(m_ids.internet), QRectF(20, 80, 220, 300));
    QCOMPARE(rectOf(m_ids.owner), owner.translated(0, 60));
    QCOMPARE(data().elements[m_ids.owner].zone, m_ids.internet);
    QCOMPARE(rectOf(m_ids.log), log); // not a member
    undo()->undo();
    QCOMPARE(rectOf(m_ids.owner), owner);
}

void tst_Canvas::deleteTakesFlowsInOneStep()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centreOf(m_ids.cloud));
    QCOMPARE(m_view->selectedIds(), QList<Id>{m_ids.cloud});
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(!data().elements.contains(m_ids.cloud));
    for (const Id &f : {m_ids.status, m_ids.update, m_ids.write})
        QVERIFY(!data().flows.contains(f));
    QVERIFY(data().flows.contains(m_ids.unlock));
    QCOMPARE(undo()->count(), 1);
    QVERIFY(!m_view->diagramScene()->flowItem(m_ids.write));
    undo()->undo();
    QVERIFY(data().elements.contains(m_ids.cloud));
    QVERIFY(data().flows.contains(m_ids.write));
    QVERIFY(m_view->diagramScene()->flowItem(m_ids.write));
    QVERIFY(m_view->diagramScene()->elementItem(m_ids.cloud));
}

void tst_Canvas::deleteZoneKeepsMembers()
{
    m_view->diagramScene()->selectIds({m_ids.vendor});
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(!data().boundaries.contains(m_ids.vendor));
    QVERIFY(data().elements[m_ids.cloud].zone.isNull());
    QVERIFY(data().boundaries[m_ids.backend].parent.isNull());
    QCOMPARE(undo()->count(), 1);
    undo()->undo();
    QCOMPARE(data().elements[m_ids.cloud].zone, m_ids.vendor);
    QCOMPARE(data().boundaries[m_ids.backend].parent, m_ids.vendor);
}

void tst_Canvas::drawFlowWithTool()
{
    const qsizetype flows = data().flows.size();
    m_view->setTool(DiagramView::Tool::Flow);
    drag(centreOf(m_ids.owner), centreOf(m_ids.log));
    QCOMPARE(data().flows.size(), flows + 1);
    const Flow &f = data().flows[m_view->selection()];
    QCOMPARE(f.source, m_ids.owner);
    QCOMPARE(f.target, m_ids.log);
    QVERIFY(m_view->diagramScene()->flowItem(f.id)->route().size() >= 2);
    // Releasing on empty paper draws nothing.
    drag(centreOf(m_ids.owner), m_view->mapFromDiagram(QPointF(300, 600)).toPoint());
    QCOMPARE(data().flows.size(), flows + 1);
    undo()->undo();
    QCOMPARE(data().flows.size(), flows);
}

void tst_Canvas::drawFlowWithShiftDrag()
{
    const qsizetype flows = data().flows.size();
    const QRectF log = rectOf(m_ids.log);
    drag(centreOf(m_ids.log), centreOf(m_ids.owner), Qt::ShiftModifier);
    QCOMPARE(data().flows.size(), flows + 1);
    QCOMPARE(data().flows[m_view->selection()].source, m_ids.log);
    QCOMPARE(rectOf(m_ids.log), log); // a flow gesture does not move the element
}

void tst_Canvas::drawBoundaryAndDropElementIntoIt()
{
    m_view->setTool(DiagramView::Tool::Boundary);
    drag(m_view->mapFromDiagram(QPointF(100, 420)).toPoint(),
         m_view->mapFromDiagram(QPointF(500, 620)).toPoint());
    QCOMPARE(m_view->tool(), DiagramView::Tool::Select);
    const Id zone = m_view->selection();
    QVERIFY(data().boundaries.contains(zone));
    QCOMPARE(rectOf(zone), QRectF(100, 420, 400, 200));
    QCOMPARE(undo()->count(), 1);
    // Drag the owner into the new zone: one step that moves it and makes it a member.
    drag(centreOf(m_ids.owner), m_view->mapFromDiagram(QPointF(300, 520)).toPoint());
    QCOMPARE(undo()->count(), 2);
    QCOMPARE(data().elements[m_ids.owner].zone, zone);
    undo()->undo();
    QCOMPARE(data().elements[m_ids.owner].zone, m_ids.internet);
    undo()->redo();
    QCOMPARE(data().elements[m_ids.owner].zone, zone);
    undo()->undo();
    undo()->undo();
    QVERIFY(!data().boundaries.contains(zone));
}

void tst_Canvas::resizeZoneChangesMembership()
{
    m_view->diagramScene()->selectIds({m_ids.home});
    // Drag the bottom-right handle of Home network leftwards past the lock firmware.
    const QPoint corner = m_view->mapFromDiagram(QPointF(540, 320)).toPoint();
    drag(corner, m_view->mapFromDiagram(QPointF(330, 320)).toPoint());
    QCOMPARE(rectOf(m_ids.home), QRectF(280, 20, 50, 300));
    QVERIFY(data().elements[m_ids.firmware].zone.isNull());
    QCOMPARE(undo()->count(), 1);
    undo()->undo();
    QCOMPARE(data().elements[m_ids.firmware].zone, m_ids.home);
    QCOMPARE(rectOf(m_ids.home), QRectF(280, 20, 260, 300));
}

void tst_Canvas::nudgeWithArrows()
{
    m_view->diagramScene()->selectIds({m_ids.owner, m_ids.firmware});
    const QRectF owner = rectOf(m_ids.owner);
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(rectOf(m_ids.owner), owner.translated(10, 0));
    QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(rectOf(m_ids.owner), owner.translated(10, 1));
    QCOMPARE(undo()->count(), 2);
    QCOMPARE(undo()->undoText(), QStringLiteral("Move 2 Elements"));
}

void tst_Canvas::inlineRename()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centreOf(m_ids.log));
    QTest::keyClick(m_view, Qt::Key_F2);
    QLineEdit *edit = m_view->renameEditor();
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("Audit Log"));
    QTest::keyClicks(edit, QStringLiteral("Event Journal"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(data().elements[m_ids.log].name, QStringLiteral("Event Journal"));
    QCOMPARE(undo()->count(), 1);
    // Escape cancels.
    QTest::keyClick(m_view, Qt::Key_F2);
    QTest::keyClicks(m_view->renameEditor(), QStringLiteral("Nope"));
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Escape);
    QCOMPARE(data().elements[m_ids.log].name, QStringLiteral("Event Journal"));
    QCOMPARE(undo()->count(), 1);
}

void tst_Canvas::wheelZoomsAndFitShowsAll()
{
    const QPoint at = m_view->viewport()->rect().center();
    QWheelEvent wheel(QPointF(at), QPointF(m_view->viewport()->mapToGlobal(at)), QPoint(),
                      QPoint(0, 240), Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->zoom() > 1.2);
    m_view->zoomToFit();
    const QRectF all = m_view->diagramScene()->itemsBoundingRect();
    const QRect shown = m_view->mapFromScene(all).boundingRect();
    QVERIFY(m_view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(shown));
}

void tst_Canvas::farOutViewFollowsEdits()
{
    // Far out the view paints a cached picture of the diagram; it must still show every change.
    m_view->setZoom(0.2);
    m_view->centerOn(QPointF(520, 220));
    auto shot = [this] {
        return m_view->viewport()->grab().toImage();
    };
    const QImage before = shot();
    DiagramScene *scene = m_view->diagramScene();
    scene->selectIds({m_ids.log});
    QVERIFY(shot() != before);
    QVERIFY(scene->nudgeSelection(QPointF(100, 0)));
    scene->selectIds({});
    const QImage moved = shot();
    QVERIFY(moved != before);
    undo()->undo();
    QCOMPARE(shot(), before);
    undo()->redo();
    QCOMPARE(shot(), moved);
}

void tst_Canvas::badgesCountOpenThreats()
{
    Threat t;
    t.id = newId();
    t.title = QStringLiteral("Tampered events");
    t.involved = {{m_ids.log, QStringLiteral("data-store"), QStringLiteral("Audit Log")}};
    t.likelihood = 4;
    t.impact = 4;
    QVERIFY(m_doc->apply(AddThreat{t}).ok());
    const ElementItem *log = m_view->diagramScene()->elementItem(m_ids.log);
    QCOMPARE(log->badge().open, 1);
    const QColor critical = log->badge().colour;
    Threat low = t;
    low.id = newId();
    low.likelihood = 1;
    low.impact = 1;
    QVERIFY(m_doc->apply(AddThreat{low}).ok());
    QCOMPARE(log->badge().open, 2);
    QCOMPARE(log->badge().colour, critical); // the highest risk wins
    if (const QByteArray dump = qgetenv("TB_DUMP_CANVAS"); !dump.isEmpty())
        m_view->grab().save(QString::fromLocal8Bit(dump));
    QVERIFY(m_doc->apply(SetThreatStatus{t.id, ThreatStatus::Mitigated, {}}).ok());
    QCOMPARE(log->badge().open, 1);
    QVERIFY(log->badge().colour != critical);
    QCOMPARE(m_view->diagramScene()->elementItem(m_ids.cloud)->badge().open, 0);
}

QTEST_MAIN(tst_Canvas)
#include "tst_canvas.moc"
