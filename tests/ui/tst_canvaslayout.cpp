// Align and distribute of selected canvas elements, through the view's actions.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvasfixture.h"
#include "document/document.h"
#include "uisample.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tb;

class tst_CanvasLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void align_data();
    void align();
    void distributeHorizontally();
    void distributeVertically();
    void tooFewDoNothing();
    void contextMenuOffersLayout();

private:
    void trigger(const QString &text);
    QRectF rectOf(const Id &id) const
    {
        return m_doc->data().diagrams[m_ids.diagram].placements.value(id).rect;
    }

    QTemporaryDir m_dir;
    uitest::UiSampleIds m_ids;
    uitest::CanvasFixture m_fx;
    Document *m_doc = nullptr;
    DiagramView *m_view = nullptr;
};

void tst_CanvasLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_CanvasLayout::init()
{
    QVERIFY(m_fx.open(m_dir));
    m_ids = m_fx.ids();
    m_doc = m_fx.doc();
    m_view = m_fx.view();
    // Owner (60,120 140x70), firmware (340,100 130x120), cloud API (660,70 200x80).
    m_view->diagramScene()->selectIds({m_ids.owner, m_ids.firmware, m_ids.cloud});
}

void tst_CanvasLayout::cleanup()
{
    m_fx.close();
    m_view = nullptr;
    m_doc = nullptr;
}

void tst_CanvasLayout::trigger(const QString &text)
{
    for (QAction *a : m_view->canvasActions()) {
        if (a->text() == text) {
            QVERIFY(a->isEnabled());
            a->trigger();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no action ") + text));
}

void tst_CanvasLayout::align_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QRectF>("owner");
    QTest::addColumn<QRectF>("firmware");
    QTest::addColumn<QRectF>("cloud");
    // The selection's bounding box is (60,70)-(860,220).
    QTest::addRow("left") << QStringLiteral("Align &Left") << QRectF(60, 120, 140, 70)
                          << QRectF(60, 100, 130, 120) << QRectF(60, 70, 200, 80);
    QTest::addRow("centre") << QStringLiteral("Align &Centre") << QRectF(390, 120, 140, 70)
                            << QRectF(395, 100, 130, 120) << QRectF(360, 70, 200, 80);
    QTest::addRow("right") << QStringLiteral("Align &Right") << QRectF(720, 120, 140, 70)
                           << QRectF(730, 100, 130, 120) << QRectF(660, 70, 200, 80);
    QTest::addRow("top") << QStringLiteral("Align &Top") << QRectF(60, 70, 140, 70)
                         << QRectF(340, 70, 130, 120) << QRectF(660, 70, 200, 80);
    QTest::addRow("middle") << QStringLiteral("Align &Middle") << QRectF(60, 110, 140, 70)
                            << QRectF(340, 85, 130, 120) << QRectF(660, 105, 200, 80);
    QTest::addRow("bottom") << QStringLiteral("Align &Bottom") << QRectF(60, 150, 140, 70)
                            << QRectF(340, 100, 130, 120) << QRectF(660, 140, 200, 80);
}

void tst_CanvasLayout::align()
{
    QFETCH(QString, action);
    QFETCH(QRectF, owner);
    QFETCH(QRectF, firmware);
    QFETCH(QRectF, cloud);
    const QRectF before = rectOf(m_ids.firmware);
    trigger(action);
    QCOMPARE(rectOf(m_ids.owner), owner);
    QCOMPARE(rectOf(m_ids.firmware), firmware);
    QCOMPARE(rectOf(m_ids.cloud), cloud);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->undoStack()->undoText().startsWith(QStringLiteral("Align ")));
    // The items follow the model.
    QCOMPARE(m_view->diagramScene()->elementItem(m_ids.cloud)->placementRect(), cloud);
    m_doc->undoStack()->undo();
    QCOMPARE(rectOf(m_ids.firmware), before);
    QCOMPARE(m_view->diagramScene()->elementItem(m_ids.firmware)->placementRect(), before);
}

void tst_CanvasLayout::distributeHorizontally()
{
    // Span 60..860 = 800, widths 470: gaps of 165; the outer two stay.
    trigger(QStringLiteral("Distribute &Horizontally"));
    QCOMPARE(rectOf(m_ids.owner), QRectF(60, 120, 140, 70));
    QCOMPARE(rectOf(m_ids.firmware), QRectF(365, 100, 130, 120));
    QCOMPARE(rectOf(m_ids.cloud), QRectF(660, 70, 200, 80));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Distribute 3 Elements"));
}

void tst_CanvasLayout::distributeVertically()
{
    // By centre: cloud (110), owner (155), firmware (160). Span 70..220 = 150, heights 270:
    // the gaps are -60 (they overlap evenly).
    trigger(QStringLiteral("Distribute &Vertically"));
    QCOMPARE(rectOf(m_ids.cloud), QRectF(660, 70, 200, 80));
    QCOMPARE(rectOf(m_ids.owner), QRectF(60, 90, 140, 70));
    QCOMPARE(rectOf(m_ids.firmware), QRectF(340, 100, 130, 120));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void tst_CanvasLayout::tooFewDoNothing()
{
    m_view->diagramScene()->selectIds({m_ids.owner, m_ids.firmware});
    trigger(QStringLiteral("Distribute &Horizontally"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    m_view->diagramScene()->selectIds({m_ids.owner});
    trigger(QStringLiteral("Align &Left"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void tst_CanvasLayout::contextMenuOffersLayout()
{
    // Right-click on a selected element: the menu has the layout submenu; pick "Align Top".
    const QRectF owner = rectOf(m_ids.owner);
    const QPoint at = m_view->mapFromScene(owner.center());
    QStringList offered;
    bool distributeEnabled = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (!a->menu())
                continue;
            for (QAction *sub : a->menu()->actions()) {
                offered.append(sub->text());
                if (sub->text() == QStringLiteral("Distribute &Horizontally"))
                    distributeEnabled = sub->isEnabled();
            }
            for (QAction *sub : a->menu()->actions()) {
                if (sub->text() == QStringLiteral("Align &Top"))
                    sub->trigger();
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, m_view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(m_view->viewport(), &event);
    QCOMPARE(offered.size(), 8);
    QVERIFY(distributeEnabled);
    QCOMPARE(m_view->selectedIds().size(), 3); // the click kept the selection
    QCOMPARE(rectOf(m_ids.owner), owner.translated(0, -50));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

QTEST_MAIN(tst_CanvasLayout)
#include "tst_canvaslayout.moc"
