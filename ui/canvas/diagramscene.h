#pragma once

#include "canvasitems.h"
#include "core/edit.h"
#include "core/result.h"
#include "document/document.h"

#include <QGraphicsScene>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

namespace tb {

/// One diagram of a document as graphics items, kept in step with the project on every edit
/// (undo and redo included). User gestures become edits through Document::apply(); the items
/// only follow the model.
class DiagramScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramScene)

public:
    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }
    void setDiagram(const Id &diagram);
    Id diagram() const { return m_diagram; }

    const DiagramStyle &style() const { return m_style; }
    qreal gridSize() const { return 10; }
    bool snapEnabled() const { return m_snap; }
    void setSnapEnabled(bool on) { m_snap = on; }
    QPointF snap(const QPointF &pos) const;
    bool isSyncing() const { return m_syncing > 0; }
    /// Bumped whenever what the scene draws may have changed: keys the view's overview cache.
    quint64 revision() const { return m_revision; }
    void touch() { ++m_revision; }

    CanvasItem *itemFor(const Id &id) const;
    ElementItem *elementItem(const Id &id) const { return m_elements.value(id); }
    FlowItem *flowItem(const Id &id) const { return m_flows.value(id); }
    /// The topmost object at a scene point, or null.
    Id objectAt(const QPointF &pos) const;
    QList<Id> selectedIds() const;
    void selectIds(const QList<Id> &ids);

    // Gestures that edit the project; each is one undo step. They return the new object's id
    // (null when refused, after editFailed()).
    Id addElement(ElementKind kind, const QString &stencil, const QPointF &centre);
    Id addZone(const QRectF &rect);
    Id connectFlow(const Id &source, const Id &target);
    /// Deletes the selection with the flows attached; `cut` names the undo step "Cut".
    bool deleteSelection(bool cut = false);
    bool nudgeSelection(const QPointF &delta);
    bool rename(const Id &id, const QString &name);
    /// The diagram detailing `element` (DFD level below), made now (one undo step, with the
    /// element's neighbours from this diagram) when there is none yet.
    Id openOrDecompose(const Id &element);

    // Clipboard gestures (selectionclipboard.cpp): the selected elements with the flows
    // between them, as JSON on the system clipboard; pasting and duplicating are one undo step.
    bool copySelection() const;
    bool cutSelection();
    QList<Id> paste();
    QList<Id> duplicateSelection();

    // Points of flows (bend points) and of line boundaries (pointedits.cpp), one undo step
    // each; false when nothing changed.
    /// Draws a line boundary through `points` (scene coordinates, two at least).
    Id addBoundaryLine(const QList<QPointF> &points);
    /// Adds a point (snapped) to a flow or line where `pos` lies on its drawn path.
    bool insertPoint(const Id &id, const QPointF &pos);
    bool movePoint(const Id &id, int index, const QPointF &pos);
    /// Removes a bend point, or a line's point while two remain.
    bool removePoint(const Id &id, int index);
    /// Removes the point of the handle pressed last, if any.
    bool removeCurrentPoint();

    // Layout of the selected elements (selectionlayout.cpp), one undo step each.
    enum class Align { Left, Centre, Right, Top, Middle, Bottom };
    /// Lines up 2+ selected elements on an edge or centre line of their bounding box.
    bool alignSelection(Align edge);
    /// Spaces 3+ selected elements evenly between the outermost two.
    bool distributeSelection(Qt::Orientation orientation);

    // Called by the items.
    void elementMoved(ElementItem *item);
    void zoneResized(ZoneItem *item, const QRectF &before);

Q_SIGNALS:
    /// A gesture's edit was refused; nothing changed.
    void editFailed(const tb::Error &error);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    bool apply(const Edit &edit);
    void rebuild();
    void projectEdited(const Edit &edit, const Change &change);
    void syncObject(const Id &id);
    void removeItem(const Id &id);
    void attachFlow(FlowItem *flow);
    void detachFlow(FlowItem *flow);
    void refan(const Id &a, const Id &b);
    void updateZoneDepths();
    void updateBadges();
    void updateDetailMarks();
    void growSceneRect();
    QHash<Id, QRectF> currentRects() const;
    bool commitDrag();
    bool commitLayout(const QHash<ElementItem *, QPointF> &to, const QString &text);
    bool commitPoints(const Id &id, const QList<QPointF> &points, const QString &text);
    QList<Id> pasteJson(const QJsonObject &json, const QPointF &offset, const QString &text);
    bool commitMoves(const QList<CanvasItem *> &moved, const QString &text,
                     const QSet<Id> &extraSubjects = {});

    QPointer<Document> m_document;
    Id m_diagram;
    DiagramStyle m_style;
    bool m_snap = true;
    int m_syncing = 0;
    quint64 m_revision = 0;
    QJsonObject m_lastPaste; // what was pasted last, and how often, to step repeated pastes
    int m_pasteCount = 0;
    QHash<Id, ElementItem *> m_elements;
    QHash<Id, FlowItem *> m_flows;
    QHash<Id, ZoneItem *> m_zones;
    QHash<Id, LineItem *> m_lines;
    QHash<Id, QList<FlowItem *>> m_attached; // element -> flows drawn to or from it

    // The drag in progress: where each moving item started, and zone members carried along.
    QHash<CanvasItem *, QPointF> m_dragStart;
    QList<CanvasItem *> m_carried;
    CanvasItem *m_dragLead = nullptr;
};

} // namespace tb
