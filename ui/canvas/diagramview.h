#pragma once

#include "core/id.h"

#include <QGraphicsView>
#include <QPixmap>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QLineEdit;
QT_END_NAMESPACE

namespace tb {

class DiagramScene;
class Document;
class LineTool;

/// The editable canvas of one diagram: zoom (wheel, pinch, fit, 100%), pan (middle drag,
/// space+drag), rubber-band selection, a grid, tools to draw flows, trust zones and boundary
/// lines, bend points (double-click a flow), drops from the palette, keyboard nudging, inline
/// rename (F2, or double-click a flow's label) and context menus.
class DiagramView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramView)

public:
    enum class Tool { Select, Flow, Boundary, Line };

    explicit DiagramView(QWidget *parent = nullptr);
    ~DiagramView() override;

    DiagramScene *diagramScene() const { return m_scene; }
    void setDocument(Document *document);
    void setDiagram(const Id &diagram);
    Id diagram() const;

    /// Selects one object (null: none) and scrolls it into view.
    void setSelection(const Id &id);
    /// The first selected object (in id order), or null.
    Id selection() const;
    QList<Id> selectedIds() const;
    /// The object drawn at a viewport position, or null.
    Id objectAt(const QPoint &pos) const;
    /// Where a point in diagram coordinates is shown in the viewport.
    QPointF mapFromDiagram(const QPointF &pos) const;

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomToFit();

    /// Creates what a palette entry describes ("element/process", "zone", ...) centred at a
    /// scene point; the view centre when `at` is not given.
    Id createFromPalette(const QString &entry, std::optional<QPointF> at = std::nullopt);
    /// Opens the inline name editor over the selected object.
    void renameSelected();
    /// Shows the detail diagram of the single selected element, making it first if needed
    /// (diagramRequested()); returns it, or null.
    Id openDetailOfSelection();
    QLineEdit *renameEditor() const { return m_renameEdit; }

    /// Canvas actions (create, tools, delete, rename, zoom, clipboard, align and distribute),
    /// for menus and toolbars.
    QList<QAction *> canvasActions() const { return m_actions; }

    QSize sizeHint() const override;

Q_SIGNALS:
    /// The selected objects changed (by click, rubber band, or an edit).
    void selectionChanged();
    void toolChanged(tb::DiagramView::Tool tool);
    /// Another diagram should be shown (a detail diagram was opened or made).
    void diagramRequested(const tb::Id &diagram);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override; // viewgestures.cpp
    bool viewportEvent(QEvent *event) override;              // viewgestures.cpp
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    QAction *addCanvasAction(const QString &text, const QKeySequence &key,
                             const std::function<void()> &slot);
    Id elementAt(const QPointF &scenePos) const;
    void finishRename(bool commit);
    void endGesture();
    void finishLine();
    void deleteSelectionOrPoint();
    /// Zooms to `zoom` (within the limits) and scrolls so the diagram point `fixed` shows at
    /// `anchor` (viewport coordinates): wheel and pinch. By default the point under `anchor`.
    void zoomAround(qreal zoom, const QPointF &anchor, std::optional<QPointF> fixed = {});
    bool handlePinch(QEvent *event);
    bool paintOverview();

    DiagramScene *m_scene;
    Tool m_tool = Tool::Select;
    QList<QAction *> m_actions;
    QList<QAction *> m_layoutActions; // align x6, distribute x2 (also in the context menu)
    bool m_fitPending = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    Id m_flowSource;
    QGraphicsLineItem *m_flowLine = nullptr;
    QPointF m_rectStart;
    QGraphicsRectItem *m_rectItem = nullptr;
    std::unique_ptr<LineTool> m_lineTool;
    // The diagram point held under the fingers from the start of a pinch to its end, so the
    // scroll bars' whole pixels do not add up to a drift over many small steps.
    std::optional<QPointF> m_pinchAnchor;
    QLineEdit *m_renameEdit = nullptr;
    Id m_renaming;
    // Far out, the whole diagram as one picture, redrawn only when the scene's revision or the
    // view's transform changes: a repaint is then one blit however big the diagram.
    QPixmap m_overview;
    QTransform m_overviewTransform;
    quint64 m_overviewRevision = 0;
    bool m_buttonDown = false;
};

} // namespace tb
