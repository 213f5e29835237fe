#pragma once

#include "core/id.h"

#include <QList>
#include <QPointF>
#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace tb {

class DiagramScene;

/// Draws a new line boundary: each click adds a point (snapped to the grid), the next segment
/// follows the pointer, finish() creates the boundary and all its points in one undo step and
/// cancel() drops the drawing. The view routes its events here while the line tool is on and
/// paints the drawing in its foreground, so no scene item outlives a scene rebuild.
class LineTool final
{
public:
    explicit LineTool(DiagramScene *scene) : m_scene(scene) {}

    bool isActive() const { return !m_points.isEmpty(); }
    const QList<QPointF> &points() const { return m_points; }

    void addPoint(const QPointF &scenePos);
    void hover(const QPointF &scenePos);
    /// Creates the line when it has two points or more and ends the drawing: the new
    /// boundary's id, or null.
    Id finish();
    void cancel();

    /// Paints the drawing so far, in scene coordinates.
    void paint(QPainter *painter) const;

private:
    DiagramScene *m_scene;
    QList<QPointF> m_points;
    std::optional<QPointF> m_hover;
};

} // namespace tb
