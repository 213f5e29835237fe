#include "diagramview.h"

#include "diagramscene.h"
#include "document/document.h"
#include "linetool.h"
#include "paletteentry.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QVarLengthArray>

#include <cmath>

namespace tb {

namespace {
constexpr qreal kOverviewZoom = 0.3; // below this the overview picture is drawn
} // namespace

DiagramView::DiagramView(QWidget *parent) : QGraphicsView(parent), m_scene(new DiagramScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(MinimalViewportUpdate);
    // Every item sets the pen, brush, font and hints it uses, so no save/restore per item.
    setOptimizationFlags(DontAdjustForAntialiasing | DontSavePainterState);
    setCacheMode(CacheBackground);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setAccessibleName(tr("Diagram canvas"));
    // Touch screens pinch through QPinchGesture, which needs the touch events.
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    viewport()->grabGesture(Qt::PinchGesture);
    m_lineTool = std::make_unique<LineTool>(m_scene);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DiagramView::selectionChanged);
    createActions();
}

DiagramView::~DiagramView()
{
    // Items go before the view's members they might call back into.
    m_scene->setDocument(nullptr);
}

QSize DiagramView::sizeHint() const
{
    return {800, 560};
}

QAction *DiagramView::addCanvasAction(const QString &text, const QKeySequence &key,
                                      const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    // Only while the canvas has focus, so single letters never steal typing elsewhere.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    m_actions.append(action);
    return action;
}

void DiagramView::createActions()
{
    addCanvasAction(tr("Add &External Entity"), QKeySequence(Qt::Key_E),
                    [this] { createFromPalette(QStringLiteral("element/external")); });
    addCanvasAction(tr("Add &Process"), QKeySequence(Qt::Key_P),
                    [this] { createFromPalette(QStringLiteral("element/process")); });
    addCanvasAction(tr("Add &Data Store"), QKeySequence(Qt::Key_D),
                    [this] { createFromPalette(QStringLiteral("element/store")); });
    addCanvasAction(tr("Add &Trust Boundary"), QKeySequence(Qt::Key_B),
                    [this] { createFromPalette(QStringLiteral("zone")); });
    QAction *flow = addCanvasAction(tr("Draw &Flows"), QKeySequence(Qt::Key_F), [this] {
        setTool(m_tool == Tool::Flow ? Tool::Select : Tool::Flow);
    });
    flow->setCheckable(true);
    connect(this, &DiagramView::toolChanged, flow,
            [flow](Tool t) { flow->setChecked(t == Tool::Flow); });
    QAction *zone = addCanvasAction(tr("Draw Trust &Boundary"), QKeySequence(Qt::SHIFT | Qt::Key_B),
                                    [this] { setTool(Tool::Boundary); });
    zone->setCheckable(true);
    connect(this, &DiagramView::toolChanged, zone,
            [zone](Tool t) { zone->setChecked(t == Tool::Boundary); });
    addCanvasAction(tr("&Rename"), QKeySequence(Qt::Key_F2), [this] { renameSelected(); });
    addCanvasAction(tr("De&lete"), QKeySequence::Delete, [this] { deleteSelectionOrPoint(); });
    addCanvasAction(tr("Select &All"), QKeySequence::SelectAll, [this] {
        const QSignalBlocker blocker(m_scene);
        for (QGraphicsItem *item : m_scene->items())
            item->setSelected(item->flags() & QGraphicsItem::ItemIsSelectable);
        Q_EMIT m_scene->selectionChanged();
    });
    addCanvasAction(tr("Zoom &In"), QKeySequence::ZoomIn, [this] { setZoom(zoom() * 1.25); });
    addCanvasAction(tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { setZoom(zoom() / 1.25); });
    addCanvasAction(tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_0),
                    [this] { zoomToFit(); });
    addCanvasAction(tr("Actual &Size (100%)"), QKeySequence(Qt::CTRL | Qt::Key_1),
                    [this] { setZoom(1.0); });
    addCanvasAction(tr("&Copy"), QKeySequence::Copy, [this] { m_scene->copySelection(); });
    addCanvasAction(tr("Cu&t"), QKeySequence::Cut, [this] { m_scene->cutSelection(); });
    addCanvasAction(tr("&Paste"), QKeySequence::Paste, [this] { m_scene->paste(); });
    addCanvasAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                    [this] { m_scene->duplicateSelection(); });
    using Align = DiagramScene::Align;
    const std::pair<QString, Align> aligns[]
        = {{tr("Align &Left"), Align::Left},     {tr("Align &Centre"), Align::Centre},
           {tr("Align &Right"), Align::Right},   {tr("Align &Top"), Align::Top},
           {tr("Align &Middle"), Align::Middle}, {tr("Align &Bottom"), Align::Bottom}};
    for (const auto &[text, edge] : aligns) {
        m_layoutActions.append(
            addCanvasAction(text, {}, [this, edge = edge] { m_scene->alignSelection(edge); }));
    }
    m_layoutActions.append(addCanvasAction(tr("Distribute &Horizontally"), {}, [this] {
        m_scene->distributeSelection(Qt::Horizontal);
    }));
    m_layoutActions.append(addCanvasAction(tr("Distribute &Vertically"), {},
                                           [this] { m_scene->distributeSelection(Qt::Vertical); }));
    // Last, so the positions the main window's menus rely on stay as they are.
    QAction *line
        = addCanvasAction(tr("Draw Boundary &Line"), QKeySequence(Qt::SHIFT | Qt::Key_L),
                          [this] { setTool(m_tool == Tool::Line ? Tool::Select : Tool::Line); });
    line->setCheckable(true);
    connect(this, &DiagramView::toolChanged, line,
            [line](Tool t) { line->setChecked(t == Tool::Line); });
}

void DiagramView::setDocument(Document *document)
{
    endGesture();
    finishRename(false);
    m_scene->setDocument(document);
    m_fitPending = true;
    viewport()->update();
}

void DiagramView::setDiagram(const Id &diagram)
{
    if (diagram == m_scene->diagram())
        return;
    endGesture();
    finishRename(false);
    m_scene->setDiagram(diagram);
    m_fitPending = true;
    if (isVisible())
        zoomToFit();
    viewport()->update();
}

Id DiagramView::diagram() const
{
    return m_scene->diagram();
}

void DiagramView::setSelection(const Id &id)
{
    if (m_scene->selectedIds() == QList<Id>{id}
        || (id.isNull() && m_scene->selectedIds().isEmpty()))
        return;
    m_scene->selectIds(id.isNull() ? QList<Id>{} : QList<Id>{id});
    if (CanvasItem *item = m_scene->itemFor(id))
        ensureVisible(item, 40, 40);
}

Id DiagramView::selection() const
{
    return m_scene->selectedIds().value(0);
}

QList<Id> DiagramView::selectedIds() const
{
    return m_scene->selectedIds();
}

Id DiagramView::objectAt(const QPoint &pos) const
{
    return m_scene->objectAt(mapToScene(pos));
}

QPointF DiagramView::mapFromDiagram(const QPointF &pos) const
{
    return QPointF(mapFromScene(pos));
}

void DiagramView::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    endGesture();
    m_tool = tool;
    setDragMode(tool == Tool::Select ? RubberBandDrag : NoDrag);
    viewport()->setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    Q_EMIT toolChanged(tool);
}

Id DiagramView::createFromPalette(const QString &entry, std::optional<QPointF> at)
{
    const std::optional<PaletteEntry> e = PaletteEntry::fromString(entry);
    if (!e)
        return {};
    const QPointF centre = at.value_or(mapToScene(viewport()->rect().center()));
    if (e->zone)
        return m_scene->addZone(QRectF(centre - QPointF(150, 100), QSizeF(300, 200)));
    return m_scene->addElement(e->kind, e->stencil, centre);
}

Id DiagramView::elementAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        if (item->type() == ElementItem::Type)
            return static_cast<ElementItem *>(item)->id();
    }
    return {};
}

// ---- mouse ----

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    m_buttonDown = true;
    const QPointF at = mapToScene(event->position().toPoint());
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_fitPending = false;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_tool == Tool::Line) {
        m_lineTool->addPoint(at);
        viewport()->update();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_tool == Tool::Boundary) {
        m_rectStart = m_scene->snap(at);
        m_rectItem = m_scene->addRect(QRectF(m_rectStart, QSizeF()),
                                      QPen(m_scene->style().selection, 0, Qt::DashLine));
        m_rectItem->setZValue(1000);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton
        && (m_tool == Tool::Flow || (event->modifiers() & Qt::ShiftModifier))) {
        const Id source = elementAt(at);
        if (!source.isNull()) {
            m_flowSource = source;
            const QPointF c = m_scene->elementItem(source)->placementRect().center();
            m_flowLine = m_scene->addLine(QLineF(c, at),
                                          QPen(m_scene->style().flowStroke, 1.5, Qt::DashLine));
            m_flowLine->setZValue(1000);
            event->accept();
            return;
        }
        if (m_tool == Tool::Flow) {
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF at = mapToScene(event->position().toPoint());
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (m_rectItem) {
        m_rectItem->setRect(QRectF(m_rectStart, m_scene->snap(at)).normalized());
        return;
    }
    if (m_flowLine) {
        m_flowLine->setLine(QLineF(m_flowLine->line().p1(), at));
        return;
    }
    if (m_tool == Tool::Line) {
        m_lineTool->hover(at);
        viewport()->update();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    m_buttonDown = event->buttons() != Qt::NoButton;
    m_scene->touch();
    const QPointF at = mapToScene(event->position().toPoint());
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld              ? Qt::OpenHandCursor
                              : m_tool == Tool::Select ? Qt::ArrowCursor
                                                       : Qt::CrossCursor);
        event->accept();
        return;
    }
    if (m_rectItem) {
        const QRectF r = QRectF(m_rectStart, m_scene->snap(at)).normalized();
        endGesture();
        setTool(Tool::Select);
        if (r.width() >= 20 && r.height() >= 20)
            m_scene->addZone(r);
        event->accept();
        return;
    }
    if (m_flowLine) {
        const Id source = m_flowSource;
        endGesture();
        const Id target = elementAt(at);
        if (!target.isNull() && target != source)
            m_scene->connectFlow(source, target);
        event->accept();
        return;
    }
    if (m_tool == Tool::Line) {
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::endGesture()
{
    delete m_flowLine;
    m_flowLine = nullptr;
    m_flowSource = {};
    delete m_rectItem;
    m_rectItem = nullptr;
    if (m_lineTool->isActive()) {
        m_lineTool->cancel();
        viewport()->update();
    }
}

// ---- keyboard ----

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        endGesture();
        if (m_tool != Tool::Select)
            setTool(Tool::Select);
        else
            m_scene->clearSelection();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Backspace) {
        deleteSelectionOrPoint();
        event->accept();
        return;
    }
    if (m_tool == Tool::Line && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        finishLine();
        event->accept();
        return;
    }
    QPointF step;
    const qreal g = (mods & (Qt::ShiftModifier | Qt::AltModifier)) ? 1.0 : m_scene->gridSize();
    switch (event->key()) {
    case Qt::Key_Left:
        step = {-g, 0};
        break;
    case Qt::Key_Right:
        step = {g, 0};
        break;
    case Qt::Key_Up:
        step = {0, -g};
        break;
    case Qt::Key_Down:
        step = {0, g};
        break;
    default:
        break;
    }
    if (!step.isNull()) {
        m_scene->nudgeSelection(step);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->setCursor(m_tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

// ---- rename ----

void DiagramView::renameSelected()
{
    const QList<Id> ids = selectedIds();
    if (ids.size() != 1 || !m_scene->document())
        return;
    const ProjectData &d = m_scene->document()->data();
    const Id id = ids.first();
    QString name;
    if (d.elements.contains(id))
        name = d.elements[id].name;
    else if (d.flows.contains(id))
        name = d.flows[id].name;
    else if (d.boundaries.contains(id))
        name = d.boundaries[id].name;
    else
        return;
    finishRename(false);
    // A flow is renamed over its label, not over the box around its whole route.
    const FlowItem *flow = m_scene->flowItem(id);
    const QRectF area = flow && !flow->labelRect().isEmpty()
                            ? flow->labelRect()
                            : m_scene->itemFor(id)->sceneBoundingRect();
    const QRect r = mapFromScene(area).boundingRect();
    m_renaming = id;
    m_renameEdit = new QLineEdit(name, viewport());
    m_renameEdit->setObjectName(QStringLiteral("renameEditor"));
    m_renameEdit->setAccessibleName(tr("Name"));
    const int w = std::max(r.width(), 160);
    const int h = m_renameEdit->sizeHint().height();
    m_renameEdit->setGeometry(r.center().x() - w / 2, r.center().y() - h / 2, w, h);
    m_renameEdit->selectAll();
    m_renameEdit->installEventFilter(this);
    connect(m_renameEdit, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    m_renameEdit->show();
    m_renameEdit->setFocus();
}

void DiagramView::finishRename(bool commit)
{
    if (!m_renameEdit)
        return;
    QLineEdit *edit = m_renameEdit;
    m_renameEdit = nullptr;
    const Id id = m_renaming;
    m_renaming = {};
    edit->removeEventFilter(this);
    edit->hide();
    edit->deleteLater();
    setFocus();
    if (commit)
        m_scene->rename(id, edit->text());
}

bool DiagramView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEdit) {
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            finishRename(false);
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            finishRename(true);
            return false;
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

// ---- context menu ----

void DiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_scene->document() || diagram().isNull())
        return;
    const QPointF at = mapToScene(event->pos());
    const Id id = m_scene->objectAt(at);
    if (!id.isNull() && !m_scene->selectedIds().contains(id))
        m_scene->selectIds({id});
    QMenu menu(this);
    const qsizetype selected = m_scene->selectedIds().size();
    if (selected > 0) {
        QAction *rename = menu.addAction(tr("Rename"), this, [this] { renameSelected(); });
        rename->setShortcut(Qt::Key_F2);
        rename->setEnabled(selected == 1);
        menu.addAction(selected == 1 ? tr("Delete") : tr("Delete %1 Items").arg(selected), this,
                       [this] { m_scene->deleteSelection(); })
            ->setShortcut(QKeySequence::Delete);
        qsizetype elements = 0;
        for (const Id &sel : m_scene->selectedIds())
            elements += m_scene->elementItem(sel) ? 1 : 0;
        if (selected == 1 && elements == 1) {
            const bool detailed
                = m_scene->elementItem(m_scene->selectedIds().first())->isDetailed();
            QAction *detail = menu.addAction(detailed ? tr("Open Detail Diagram")
                                                      : tr("Decompose into Detail Diagram"),
                                             this, [this] { openDetailOfSelection(); });
            detail->setEnabled(detailed || !m_scene->document()->isReadOnly());
        }
        if (elements >= 2) {
            QMenu *layout = menu.addMenu(tr("Align and Distribute"));
            for (QAction *a : std::as_const(m_layoutActions))
                layout->addAction(a);
            // Distributing needs three; the actions are enabled again once the menu closes.
            m_layoutActions[6]->setEnabled(elements >= 3);
            m_layoutActions[7]->setEnabled(elements >= 3);
        }
        menu.addSeparator();
    }
    auto add = [&](const QString &text, const QString &entry) {
        menu.addAction(text, this, [this, entry, at] { createFromPalette(entry, at); });
    };
    add(tr("Add External Entity Here"), QStringLiteral("element/external"));
    add(tr("Add Process Here"), QStringLiteral("element/process"));
    add(tr("Add Data Store Here"), QStringLiteral("element/store"));
    add(tr("Add Trust Boundary Here"), QStringLiteral("zone"));
    menu.addSeparator();
    menu.addAction(tr("Zoom to Fit"), this, [this] { zoomToFit(); });
    menu.addAction(tr("Actual Size (100%)"), this, [this] { setZoom(1.0); });
    QAction *snap = menu.addAction(tr("Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapEnabled());
    connect(snap, &QAction::toggled, this, [this](bool on) {
        m_scene->setSnapEnabled(on);
        m_scene->touch(); // the grid is part of the overview picture
        resetCachedContent();
        viewport()->update();
    });
    menu.exec(event->globalPos());
    for (QAction *a : std::as_const(m_layoutActions))
        a->setEnabled(true);
}

// ---- drops from the palette ----

void DiagramView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(PaletteEntry::mimeType()) && !diagram().isNull())
        event->acceptProposedAction();
    else
        event->ignore(); // files go to the main window
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(PaletteEntry::mimeType()) && !diagram().isNull())
        event->acceptProposedAction();
    else
        event->ignore();
}

void DiagramView::dropEvent(QDropEvent *event)
{
    const QByteArray entry = event->mimeData()->data(PaletteEntry::mimeType());
    if (entry.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    createFromPalette(QString::fromUtf8(entry), mapToScene(event->position().toPoint()));
    setFocus();
}

// ---- painting ----

void DiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_scene->style().background);
    if (!m_scene->snapEnabled() || diagram().isNull())
        return;
    const qreal g = m_scene->gridSize();
    const qreal z = zoom();
    if (g * z < 6)
        return; // too dense to help
    QVarLengthArray<QLineF, 256> minor, major;
    const qreal left = std::floor(rect.left() / g) * g;
    const qreal top = std::floor(rect.top() / g) * g;
    for (qreal x = left; x <= rect.right(); x += g)
        (std::lround(x / g) % 5 == 0 ? major : minor)
            .append(QLineF(x, rect.top(), x, rect.bottom()));
    for (qreal y = top; y <= rect.bottom(); y += g)
        (std::lround(y / g) % 5 == 0 ? major : minor)
            .append(QLineF(rect.left(), y, rect.right(), y));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(QColor(0xee, 0xf0, 0xf4), 0));
    painter->drawLines(minor.constData(), int(minor.size()));
    painter->setPen(QPen(QColor(0xdd, 0xe1, 0xe8), 0));
    painter->drawLines(major.constData(), int(major.size()));
    painter->restore();
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending && !diagram().isNull())
        zoomToFit();
}

bool DiagramView::paintOverview()
{
    // Only for a still picture: any gesture draws live items and overlays.
    if (transform().m11() >= kOverviewZoom || m_buttonDown || m_flowLine || m_rectItem
        || m_lineTool->isActive() || !rubberBandRect().isNull())
        return false;
    const qreal dpr = viewport()->devicePixelRatioF();
    const QSize size = viewport()->size() * dpr;
    if (m_overview.size() != size || m_overviewTransform != viewportTransform()
        || m_overviewRevision != m_scene->revision()) {
        m_overview = QPixmap(size);
        m_overview.setDevicePixelRatio(dpr);
        QPainter cache(&m_overview);
        cache.setRenderHints(renderHints());
        render(&cache, QRectF(QPointF(0, 0), viewport()->size()), viewport()->rect());
        m_overviewTransform = viewportTransform();
        m_overviewRevision = m_scene->revision();
    }
    QPainter p(viewport());
    p.drawPixmap(0, 0, m_overview);
    return true;
}

void DiagramView::paintEvent(QPaintEvent *event)
{
    if (!diagram().isNull()) {
        if (!paintOverview())
            QGraphicsView::paintEvent(event);
        return;
    }
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(viewport()->rect(), Qt::AlignCenter,
               m_scene->document() ? tr("Select a diagram in the project tree.")
                                   : tr("Open a project, or start with File \u203a Open Example."));
}

} // namespace tb
