// DiagramView: zoom by wheel, touchpad pinch (native gestures) and touch-screen pinch, fit and
// 100%, all within one set of limits.

#include "diagramview.h"

#include "diagramscene.h"

#include <QGesture>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tb {

namespace {
constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 8.0;
constexpr qreal kMaxFitZoom = 1.5; // small diagrams are not blown up to fill a big window
} // namespace

qreal DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(qreal z)
{
    m_fitPending = false; // the user chose a zoom: resizing the window keeps it
    z = std::clamp(z, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(z, z));
}

void DiagramView::zoomAround(qreal z, const QPointF &anchor, std::optional<QPointF> fixed)
{
    m_fitPending = false;
    z = std::clamp(z, kMinZoom, kMaxZoom);
    // Scale about the origin, then scroll the point back under the pointer: exact for any
    // position, where AnchorUnderMouse follows the cursor, which a pinch need not move.
    if (!fixed)
        fixed = viewportTransform().inverted().map(anchor);
    const ViewportAnchor previous = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    setTransform(QTransform::fromScale(z, z));
    setTransformationAnchor(previous);
    const QPointF drift = viewportTransform().map(*fixed) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
}

void DiagramView::zoomToFit()
{
    const QRectF bounds = m_scene->itemsBoundingRect();
    if (bounds.isEmpty()) {
        setZoom(1.0);
        centerOn(0, 0);
        return;
    }
    const QRectF target = bounds.adjusted(-24, -24, 24, 24);
    const QSizeF vp = viewport()->size();
    const qreal z = std::min(vp.width() / target.width(), vp.height() / target.height());
    setZoom(std::min(z, kMaxFitZoom));
    centerOn(target.center());
    m_fitPending = true; // and keep fitting as the window is resized, until zoomed by hand
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(steps)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomAround(zoom() * std::pow(1.15, steps), event->position());
    event->accept();
}

bool DiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture || event->type() == QEvent::Gesture) {
        if (handlePinch(event))
            return true;
    }
    return QGraphicsView::viewportEvent(event);
}

bool DiagramView::handlePinch(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        // Touchpads on Wayland and macOS: the value is the change of magnification.
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        const QPointF at = gesture->position();
        switch (gesture->gestureType()) {
        case Qt::BeginNativeGesture:
            m_pinchAnchor = viewportTransform().inverted().map(at);
            return false; // the scene may want it too
        case Qt::EndNativeGesture:
            m_pinchAnchor.reset();
            return false;
        case Qt::ZoomNativeGesture:
            if (gesture->value() > -1.0)
                zoomAround(zoom() * (1.0 + gesture->value()), at, m_pinchAnchor);
            event->accept();
            return true;
        default:
            return false;
        }
    }
    auto *gestures = static_cast<QGestureEvent *>(event);
    auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture));
    if (!pinch)
        return false;
    // Touch screens: scaleFactor() is the change since the last update; the centre point is
    // in global coordinates.
    const QPointF at = viewport()->mapFromGlobal(pinch->centerPoint());
    if (pinch->state() == Qt::GestureStarted)
        m_pinchAnchor = viewportTransform().inverted().map(at);
    if ((pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) && pinch->scaleFactor() > 0)
        zoomAround(zoom() * pinch->scaleFactor(), at, m_pinchAnchor);
    if (pinch->state() == Qt::GestureFinished || pinch->state() == Qt::GestureCanceled)
        m_pinchAnchor.reset();
    gestures->accept(pinch);
    return true;
}

} // namespace tb
