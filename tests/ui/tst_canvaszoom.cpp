// Zooming the canvas with touchpad pinches (native gestures), touch-screen pinches and the wheel:
// anchored under the fingers or pointer, within the same limits.

#include "canvasfixture.h"

#include <QGesture>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QWheelEvent>

#include <cmath>

using namespace tb;

class tst_CanvasZoom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { QVERIFY(m_canvas.open(m_dir)); }
    void cleanup() { m_canvas.close(); }
    void nativePinch_data();
    void nativePinch();
    void nativePinchSteps();
    void otherNativeGesturesLeaveZoom();
    void touchPinch_data();
    void touchPinch();
    void wheelIsAnchoredToo();

private:
    void sendNative(Qt::NativeGestureType type, const QPoint &pos, qreal value);
    /// The diagram point shown at a viewport position, unrounded.
    QPointF diagramAt(const QPoint &pos) const
    {
        return m_canvas.view()->viewportTransform().inverted().map(QPointF(pos));
    }
    /// How far from `pos` the diagram point `p` is shown now, in pixels.
    qreal drift(const QPointF &p, const QPoint &pos) const
    {
        return QLineF(m_canvas.view()->viewportTransform().map(p), QPointF(pos)).length();
    }
    void startAt(qreal zoom);

    QTemporaryDir m_dir;
    uitest::CanvasFixture m_canvas;
};

void tst_CanvasZoom::sendNative(Qt::NativeGestureType type, const QPoint &pos, qreal value)
{
    QWidget *vp = m_canvas.view()->viewport();
    const QPointF global = vp->mapToGlobal(QPointF(pos));
    QNativeGestureEvent event(type, QPointingDevice::primaryPointingDevice(), 2, QPointF(pos),
                              QPointF(pos), global, value, QPointF());
    QApplication::sendEvent(vp, &event);
}

void tst_CanvasZoom::startAt(qreal zoom)
{
    m_canvas.view()->setZoom(zoom);
    m_canvas.view()->centerOn(QPointF(520, 220));
}

void tst_CanvasZoom::nativePinch_data()
{
    QTest::addColumn<qreal>("start");
    QTest::addColumn<qreal>("value");
    QTest::addColumn<qreal>("expected");
    QTest::addColumn<bool>("anchored"); // false where the whole diagram fits: nothing to scroll
    QTest::addRow("spread") << 1.0 << 0.5 << 1.5 << true;
    QTest::addRow("pinch") << 1.0 << -0.2 << 0.8 << true;
    QTest::addRow("stops at the largest zoom") << 6.0 << 0.5 << 8.0 << true;
    QTest::addRow("stops at the smallest zoom") << 0.03 << -0.5 << 0.02 << false;
}

void tst_CanvasZoom::nativePinch()
{
    QFETCH(qreal, start);
    QFETCH(qreal, value);
    QFETCH(qreal, expected);
    QFETCH(bool, anchored);
    startAt(start);
    // Away from the centre, where an anchor at the view centre would show.
    const QPoint fingers(300, 200);
    const QPointF under = diagramAt(fingers);
    sendNative(Qt::BeginNativeGesture, fingers, 0);
    sendNative(Qt::ZoomNativeGesture, fingers, value);
    sendNative(Qt::EndNativeGesture, fingers, 0);
    QVERIFY2(qFuzzyCompare(m_canvas.view()->zoom(), expected),
             qPrintable(QString::number(m_canvas.view()->zoom())));
    if (anchored)
        QVERIFY2(drift(under, fingers) <= 1.0, qPrintable(QString::number(drift(under, fingers))));
    QCOMPARE(m_canvas.undo()->count(), 0);
}

void tst_CanvasZoom::nativePinchSteps()
{
    // A touchpad sends many small changes; they multiply and the anchor holds throughout.
    const QPoint fingers(800, 500);
    const QPointF under = diagramAt(fingers);
    sendNative(Qt::BeginNativeGesture, fingers, 0);
    for (int i = 0; i < 5; ++i)
        sendNative(Qt::ZoomNativeGesture, fingers, 0.1);
    sendNative(Qt::EndNativeGesture, fingers, 0);
    QVERIFY(qFuzzyCompare(m_canvas.view()->zoom(), std::pow(1.1, 5)));
    QVERIFY(drift(under, fingers) <= 1.0);
}

void tst_CanvasZoom::otherNativeGesturesLeaveZoom()
{
    const QTransform before = m_canvas.view()->transform();
    sendNative(Qt::RotateNativeGesture, QPoint(300, 200), 30);
    sendNative(Qt::SwipeNativeGesture, QPoint(300, 200), 1);
    QCOMPARE(m_canvas.view()->transform(), before);
}

void tst_CanvasZoom::touchPinch_data()
{
    QTest::addColumn<qreal>("start");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<bool>("scaleChanged");
    QTest::addColumn<qreal>("expected");
    QTest::addRow("spread") << 1.0 << 2.0 << true << 2.0;
    QTest::addRow("pinch") << 1.0 << 0.5 << true << 0.5;
    QTest::addRow("stops at the largest zoom") << 4.0 << 3.0 << true << 8.0;
    QTest::addRow("centre moved only") << 1.0 << 2.0 << false << 1.0;
}

void tst_CanvasZoom::touchPinch()
{
    QFETCH(qreal, start);
    QFETCH(qreal, scale);
    QFETCH(bool, scaleChanged);
    QFETCH(qreal, expected);
    startAt(start);
    QWidget *vp = m_canvas.view()->viewport();
    const QPoint fingers(700, 250);
    const QPointF under = diagramAt(fingers);
    QPinchGesture pinch;
    pinch.setChangeFlags(scaleChanged ? QPinchGesture::ScaleFactorChanged
                                      : QPinchGesture::CenterPointChanged);
    pinch.setScaleFactor(scale);
    pinch.setCenterPoint(vp->mapToGlobal(QPointF(fingers))); // global, as the recogniser sets it
    QGestureEvent event({&pinch});
    QApplication::sendEvent(vp, &event);
    QVERIFY(event.isAccepted(&pinch));
    QVERIFY2(qFuzzyCompare(m_canvas.view()->zoom(), expected),
             qPrintable(QString::number(m_canvas.view()->zoom())));
    QVERIFY(drift(under, fingers) <= 1.0);
}

void tst_CanvasZoom::wheelIsAnchoredToo()
{
    const QPoint pointer(250, 550);
    const QPointF under = diagramAt(pointer);
    QWidget *vp = m_canvas.view()->viewport();
    QWheelEvent wheel(QPointF(pointer), vp->mapToGlobal(QPointF(pointer)), QPoint(), QPoint(0, 240),
                      Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QApplication::sendEvent(vp, &wheel);
    QVERIFY(qFuzzyCompare(m_canvas.view()->zoom(), 1.15 * 1.15));
    QVERIFY(drift(under, pointer) <= 1.0);
    // Far out, the wheel stops where a pinch does.
    for (int i = 0; i < 60; ++i) {
        QWheelEvent out(QPointF(pointer), vp->mapToGlobal(QPointF(pointer)), QPoint(),
                        QPoint(0, -240), Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QApplication::sendEvent(vp, &out);
    }
    QVERIFY(qFuzzyCompare(m_canvas.view()->zoom(), 0.02));
}

QTEST_MAIN(tst_CanvasZoom)
#include "tst_canvaszoom.moc"
