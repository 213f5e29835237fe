#pragma once

#include "core/id.h"

#include <QPointer>
#include <QWidget>

namespace tb {

class Project;

/// Paints one diagram of a project with DiagramPainter, fitted to the widget. Read-only for
/// now: a click selects the object under the mouse.
class DiagramView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramView)

public:
    explicit DiagramView(QWidget *parent = nullptr);
    ~DiagramView() override;

    /// The project shown (null for none); repaints on every edit.
    void setProject(Project *project);
    void setDiagram(const Id &diagram);
    Id diagram() const { return m_diagram; }
    void setSelection(const Id &id);
    Id selection() const { return m_selection; }

    /// The object drawn at a widget position, or null.
    Id objectAt(const QPoint &pos) const;
    /// Where a point in diagram coordinates is shown in the widget.
    QPointF mapFromDiagram(const QPointF &pos) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void objectClicked(const tb::Id &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF pageRect() const;
    QTransform viewTransform() const;

    QPointer<Project> m_project;
    Id m_diagram;
    Id m_selection;
};

} // namespace tb
