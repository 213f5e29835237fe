#include "diagramscene.h"

#include "containment.h"
#include "core/propertycatalog.h"
#include "document/document.h"
#include "pointhandle.h"

#include <QGraphicsSceneMouseEvent>
#include <QJsonValue>

#include <cmath>

namespace tb {

namespace {
constexpr qreal kFanSpacing = 16.0;

QSizeF defaultSize(ElementKind kind)
{
    switch (kind) {
    case ElementKind::ExternalEntity:
        return {140, 70};
    case ElementKind::Process:
        return {120, 120};
    case ElementKind::DataStore:
        return {160, 60};
    }
    return {120, 80};
}

QString kindLabel(ElementKind kind)
{
    switch (kind) {
    case ElementKind::ExternalEntity:
        return DiagramScene::tr("External entity");
    case ElementKind::Process:
        return DiagramScene::tr("Process");
    case ElementKind::DataStore:
        return DiagramScene::tr("Data store");
    }
    return {};
}

QColor riskColour(int level, int levels)
{
    static const QColor colours[] = {QColor(0x16, 0xa3, 0x4a), QColor(0xea, 0xb3, 0x08),
                                     QColor(0xf9, 0x73, 0x16), QColor(0xdc, 0x26, 0x26)};
    if (level < 0 || levels < 1)
        return QColor(0x6b, 0x72, 0x80);
    const qreal f = levels > 1 ? qreal(level) / (levels - 1) : 1.0;
    return colours[std::clamp(int(std::lround(f * 3)), 0, 3)];
}

bool isOpen(ThreatStatus status)
{
    return status == ThreatStatus::New || status == ThreatStatus::NeedsReview;
}

QString quoted(const QString &name)
{
    return QStringLiteral("\u201c") + name + QStringLiteral("\u201d");
}
} // namespace

DiagramScene::DiagramScene(QObject *parent)
    : QGraphicsScene(parent), m_style(DiagramStyle::standard())
{
    // Flows to far elements span much of the scene, which makes a BSP index costly to keep and to
    // query; a linear scan of a few thousand bounding rects is cheaper.
    setItemIndexMethod(NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::touch);
}

DiagramScene::~DiagramScene() = default;

void DiagramScene::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document->project(), nullptr, this, nullptr);
    m_document = document;
    m_diagram = {};
    if (m_document)
        connect(m_document->project(), &Project::edited, this, &DiagramScene::projectEdited);
    rebuild();
}

void DiagramScene::setDiagram(const Id &diagram)
{
    if (diagram == m_diagram)
        return;
    m_diagram = diagram;
    rebuild();
}

QPointF DiagramScene::snap(const QPointF &pos) const
{
    if (!m_snap)
        return pos;
    const qreal g = gridSize();
    return {std::round(pos.x() / g) * g, std::round(pos.y() / g) * g};
}

CanvasItem *DiagramScene::itemFor(const Id &id) const
{
    if (CanvasItem *i = m_elements.value(id))
        return i;
    if (CanvasItem *i = m_flows.value(id))
        return i;
    if (CanvasItem *i = m_zones.value(id))
        return i;
    return m_lines.value(id);
}

Id DiagramScene::objectAt(const QPointF &pos) const
{
    for (QGraphicsItem *item : items(pos)) {
        if (isCanvasItem(item))
            return static_cast<CanvasItem *>(item)->id();
    }
    return {};
}

QList<Id> DiagramScene::selectedIds() const
{
    QList<Id> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (isCanvasItem(item))
            ids.append(static_cast<CanvasItem *>(item)->id());
    }
    std::sort(ids.begin(), ids.end(), idLess);
    return ids;
}

void DiagramScene::selectIds(const QList<Id> &ids)
{
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        for (const Id &id : ids) {
            if (CanvasItem *item = itemFor(id))
                item->setSelected(true);
        }
    }
    Q_EMIT selectionChanged();
}

// ---- following the model ----

void DiagramScene::rebuild()
{
    touch();
    ++m_syncing;
    clearSelection();
    clear();
    m_elements.clear();
    m_flows.clear();
    m_zones.clear();
    m_lines.clear();
    m_attached.clear();
    if (m_document && m_document->data().diagrams.contains(m_diagram)) {
        const ProjectData &d = m_document->data();
        const QList<Id> placed = ProjectData::sortedIds(d.diagrams[m_diagram].placements);
        // Ends before flows, so every flow can route at once.
        for (const Id &id : placed) {
            if (!d.flows.contains(id))
                syncObject(id);
        }
        for (const Id &id : placed) {
            if (d.flows.contains(id))
                syncObject(id);
        }
        updateZoneDepths();
        updateBadges();
        updateDetailMarks();
    }
    setSceneRect(itemsBoundingRect().adjusted(-1000, -1000, 1000, 1000));
    --m_syncing;
}

void DiagramScene::projectEdited(const Edit &edit, const Change &change)
{
    touch();
    if (!m_document)
        return;
    const ProjectData &d = m_document->data();
    if (!d.diagrams.contains(m_diagram)) {
        if (!m_elements.isEmpty() || !m_flows.isEmpty() || !m_zones.isEmpty() || !m_lines.isEmpty())
            rebuild();
        return;
    }
    QSet<Id> touched;
    for (const Id &id : change.objects)
        touched.insert(id);
    for (const auto &[diagram, object] : change.placements) {
        if (diagram == m_diagram)
            touched.insert(object);
    }
    if (touched.contains(m_diagram)) {
        rebuild(); // the diagram itself was replaced (undo of a removal)
        return;
    }
    ++m_syncing;
    bool zonesChanged = false;
    bool threatsChanged = std::holds_alternative<SetRiskCriteria>(edit.v);
    QList<Id> flows;
    for (const Id &id : std::as_const(touched)) {
        if (d.flows.contains(id) || m_flows.contains(id)) {
            flows.append(id);
            continue;
        }
        zonesChanged = zonesChanged || d.boundaries.contains(id) || m_zones.contains(id);
        threatsChanged = threatsChanged || d.threats.contains(id) || !itemFor(id);
        syncObject(id);
    }
    for (const Id &id : std::as_const(flows))
        syncObject(id);
    if (zonesChanged)
        updateZoneDepths();
    if (threatsChanged || !change.treatments.isEmpty())
        updateBadges();
    updateDetailMarks(); // diagrams are few: cheaper than working out whether one changed
    growSceneRect();
    --m_syncing;
}

void DiagramScene::syncObject(const Id &id)
{
    const ProjectData &d = m_document->data();
    const Diagram &g = d.diagrams[m_diagram];
    const auto placement = g.placements.constFind(id);
    if (placement == g.placements.cend()) {
        removeItem(id);
        return;
    }
    if (const auto el = d.elements.constFind(id); el != d.elements.cend()) {
        if (ElementItem *item = m_elements.value(id)) {
            item->setElement(*el, placement->rect);
        } else {
            item = new ElementItem(*el, placement->rect);
            addItem(item);
            m_elements.insert(id, item);
            for (FlowItem *f : m_attached.value(id))
                f->reroute();
        }
        return;
    }
    if (const auto f = d.flows.constFind(id); f != d.flows.cend()) {
        if (!m_elements.contains(f->source) || !m_elements.contains(f->target)) {
            removeItem(id);
            return;
        }
        FlowItem *item = m_flows.value(id);
        if (item && (item->flow().source != f->source || item->flow().target != f->target)) {
            removeItem(id);
            item = nullptr;
        }
        if (item) {
            item->setFlow(*f, placement->points);
            refan(f->source, f->target);
        } else {
            item = new FlowItem(*f, placement->points);
            addItem(item);
            m_flows.insert(id, item);
            attachFlow(item);
        }
        return;
    }
    if (const auto b = d.boundaries.constFind(id); b != d.boundaries.cend()) {
        if (b->kind == BoundaryKind::Zone) {
            if (ZoneItem *item = m_zones.value(id)) {
                item->setZone(*b, placement->rect);
            } else {
                item = new ZoneItem(*b, placement->rect);
                addItem(item);
                m_zones.insert(id, item);
            }
        } else if (LineItem *item = m_lines.value(id)) {
            item->setLine(*b, placement->points);
        } else {
            item = new LineItem(*b, placement->points);
            addItem(item);
            m_lines.insert(id, item);
        }
        return;
    }
    removeItem(id);
}

void DiagramScene::removeItem(const Id &id)
{
    CanvasItem *item = itemFor(id);
    if (!item)
        return;
    if (auto *f = m_flows.take(id))
        detachFlow(f);
    m_elements.remove(id);
    m_zones.remove(id);
    m_lines.remove(id);
    m_dragStart.remove(item);
    m_carried.removeAll(item);
    if (m_dragLead == item)
        m_dragLead = nullptr;
    delete item;
}

void DiagramScene::attachFlow(FlowItem *flow)
{
    m_attached[flow->flow().source].append(flow);
    m_attached[flow->flow().target].append(flow);
    flow->reroute();
    refan(flow->flow().source, flow->flow().target);
}

void DiagramScene::detachFlow(FlowItem *flow)
{
    const Id a = flow->flow().source;
    const Id b = flow->flow().target;
    for (const Id &end : {a, b}) {
        auto it = m_attached.find(end);
        if (it != m_attached.end()) {
            it->removeAll(flow);
            if (it->isEmpty())
                m_attached.erase(it);
        }
    }
    refan(a, b);
}

void DiagramScene::refan(const Id &a, const Id &b)
{
    QList<FlowItem *> group;
    for (FlowItem *f : m_attached.value(a)) {
        const Flow &flow = f->flow();
        if (f->bends().isEmpty()
            && ((flow.source == a && flow.target == b) || (flow.source == b && flow.target == a)))
            group.append(f);
    }
    std::sort(group.begin(), group.end(),
              [](const FlowItem *x, const FlowItem *y) { return idLess(x->id(), y->id()); });
    const qreal mid = (group.size() - 1) / 2.0;
    for (qsizetype i = 0; i < group.size(); ++i) {
        const Flow &flow = group[i]->flow();
        // The sign makes the offset relative to the pair, not to each flow's direction.
        const qreal sign = idLess(flow.source, flow.target) ? 1.0 : -1.0;
        group[i]->setFanOffset(group.size() > 1 ? (qreal(i) - mid) * kFanSpacing * sign : 0.0);
    }
}

void DiagramScene::updateZoneDepths()
{
    const ProjectData &d = m_document->data();
    for (ZoneItem *z : std::as_const(m_zones)) {
        int depth = 0;
        for (Id p = d.boundaries.value(z->id()).parent; !p.isNull() && depth < 40; ++depth)
            p = d.boundaries.value(p).parent;
        z->setZValue(depth);
    }
}

void DiagramScene::updateBadges()
{
    const ProjectData &d = m_document->data();
    QHash<Id, ThreatBadge> badges;
    QHash<Id, int> highest;
    const int levels = int(d.criteria.levels.size());
    for (const Threat &t : d.threats) {
        if (!isOpen(t.status))
            continue;
        const int level = d.criteria.level(t.likelihood, t.impact);
        for (const Involved &inv : t.involved) {
            if (!m_elements.contains(inv.id))
                continue;
            ThreatBadge &b = badges[inv.id];
            ++b.open;
            auto h = highest.find(inv.id);
            if (h == highest.end() || level > *h) {
                highest.insert(inv.id, level);
                b.colour = riskColour(level, levels);
            }
        }
    }
    for (ElementItem *item : std::as_const(m_elements))
        item->setBadge(badges.value(item->id()));
}

void DiagramScene::updateDetailMarks()
{
    QSet<Id> detailed;
    for (const Diagram &g : m_document->data().diagrams) {
        if (!g.parent.isNull())
            detailed.insert(g.parent);
    }
    for (ElementItem *item : std::as_const(m_elements))
        item->setDetailed(detailed.contains(item->id()));
}

void DiagramScene::growSceneRect()
{
    const QRectF wanted = itemsBoundingRect().adjusted(-1000, -1000, 1000, 1000);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect().united(wanted));
}

QHash<Id, QRectF> DiagramScene::currentRects() const
{
    QHash<Id, QRectF> rects;
    rects.reserve(m_elements.size() + m_zones.size());
    for (const ElementItem *e : m_elements)
        rects.insert(e->id(), e->placementRect());
    for (const ZoneItem *z : m_zones)
        rects.insert(z->id(), z->placementRect());
    return rects;
}

void DiagramScene::elementMoved(ElementItem *item)
{
    touch();
    for (FlowItem *f : m_attached.value(item->id()))
        f->reroute();
}

// ---- gestures ----

bool DiagramScene::apply(const Edit &edit)
{
    if (!m_document)
        return false;
    const Result<void> r = m_document->apply(edit);
    if (!r) {
        Q_EMIT editFailed(r.error());
        return false;
    }
    return true;
}

Id DiagramScene::addElement(ElementKind kind, const QString &stencil, const QPointF &centre)
{
    if (!m_document || !m_document->data().diagrams.contains(m_diagram))
        return {};
    const ProjectData &d = m_document->data();
    const Stencil *st = stencil.isEmpty() ? nullptr : PropertyCatalog::builtIn().stencil(stencil);
    const QString base = st ? st->label : kindLabel(kind);
    int n = 1;
    for (const Element &e : d.elements)
        n += e.kind == kind ? 1 : 0;
    Element el;
    el.id = newId();
    el.kind = kind;
    el.stencil = st ? stencil : QString();
    el.name = QStringLiteral("%1 %2").arg(base).arg(n);
    QRectF rect(QPointF(), defaultSize(kind));
    rect.moveCenter(centre);
    rect.moveTopLeft(snap(rect.topLeft()));
    el.zone = zoneHolding(d, currentRects(), rect.center());
    if (!apply(AddElement{el, {{m_diagram, {rect, {}}}}}))
        return {};
    selectIds({el.id});
    return el.id;
}

Id DiagramScene::addZone(const QRectF &rectIn)
{
    if (!m_document || !m_document->data().diagrams.contains(m_diagram))
        return {};
    const ProjectData &d = m_document->data();
    QRectF rect(snap(rectIn.topLeft()), snap(rectIn.bottomRight()));
    rect = rect.normalized();
    rect.setSize(rect.size().expandedTo(QSizeF(60, 60)));
    Boundary zone;
    zone.id = newId();
    zone.kind = BoundaryKind::Zone;
    int n = 1;
    for (const Boundary &b : d.boundaries)
        n += b.kind == BoundaryKind::Zone ? 1 : 0;
    zone.name = tr("Trust boundary %1").arg(n);
    QHash<Id, QRectF> rects = currentRects();
    zone.parent = zoneHolding(d, rects, rect.center());
    if (!zone.parent.isNull() && !rects.value(zone.parent).contains(rect))
        zone.parent = {};
    rects.insert(zone.id, rect);
    Batch batch{tr("Add Trust Boundary %1").arg(quoted(zone.name)), {}};
    batch.edits.push_back(AddBoundary{zone, {{m_diagram, {rect, {}}}}});
    QSet<Id> subjects = affectedByZone(rects, rect, rect);
    subjects.remove(zone.id);
    for (Edit &e : containmentEdits(d, rects, subjects, {zone.id}))
        batch.edits.push_back(std::move(e));
    if (!apply(batch))
        return {};
    selectIds({zone.id});
    return zone.id;
}

Id DiagramScene::connectFlow(const Id &source, const Id &target)
{
    if (!m_document || source == target || !m_elements.contains(source)
        || !m_elements.contains(target))
        return {};
    Flow flow;
    flow.id = newId();
    flow.source = source;
    flow.target = target;
    flow.name = tr("New flow");
    if (!apply(ConnectFlow{flow, {{m_diagram, {QRectF(), {}}}}}))
        return {};
    selectIds({flow.id});
    return flow.id;
}

bool DiagramScene::rename(const Id &id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!m_document || trimmed.isEmpty())
        return false;
    Batch batch{tr("Rename to %1").arg(quoted(trimmed)),
                {SetAttribute{id, QStringLiteral("name"), trimmed}}};
    return apply(batch);
}

bool DiagramScene::deleteSelection(bool cut)
{
    if (!m_document)
        return false;
    const ProjectData &d = m_document->data();
    const QList<Id> selected = selectedIds();
    if (selected.isEmpty())
        return false;
    QSet<Id> flows, elements, zones;
    for (const Id &id : selected) {
        if (d.flows.contains(id))
            flows.insert(id);
        else if (d.elements.contains(id))
            elements.insert(id);
        else if (d.boundaries.contains(id))
            zones.insert(id);
    }
    for (const Id &el : std::as_const(elements)) {
        for (const Id &f : d.flowsAttachedTo(el))
            flows.insert(f);
    }
    // Members of a deleted zone move up to the nearest zone that stays.
    auto survivor = [&](Id z) {
        for (int hops = 0; zones.contains(z) && hops < 64; ++hops)
            z = d.boundaries.value(z).parent;
        return zones.contains(z) ? Id() : z;
    };
    Batch batch;
    auto sorted = [](const QSet<Id> &set) {
        QList<Id> ids = set.values();
        std::sort(ids.begin(), ids.end(), idLess);
        return ids;
    };
    for (const Id &f : sorted(flows))
        batch.edits.push_back(RemoveFlow{f});
    for (const Id &el : sorted(elements))
        batch.edits.push_back(RemoveElement{el});
    if (!zones.isEmpty()) {
        for (const Id &id : ProjectData::sortedIds(d.elements)) {
            if (!elements.contains(id) && zones.contains(d.elements[id].zone))
                batch.edits.push_back(SetAttribute{id, QStringLiteral("zone"),
                                                   idString(survivor(d.elements[id].zone))});
        }
        for (const Id &id : ProjectData::sortedIds(d.boundaries)) {
            if (!zones.contains(id) && zones.contains(d.boundaries[id].parent))
                batch.edits.push_back(SetAttribute{id, QStringLiteral("parent"),
                                                   idString(survivor(d.boundaries[id].parent))});
        }
        // Innermost first, so no zone is removed while a deleted child still names it.
        QList<Id> order = sorted(zones);
        auto depth = [&](Id z) {
            int n = 0;
            for (; !z.isNull() && n < 64; ++n)
                z = d.boundaries.value(z).parent;
            return n;
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](const Id &a, const Id &b) { return depth(a) > depth(b); });
        for (const Id &z : order)
            batch.edits.push_back(RemoveBoundary{z});
    }
    const qsizetype n = selected.size();
    if (elements.size() == n)
        batch.text = n == 1 ? tr("Delete %1").arg(quoted(d.elements[selected[0]].name))
                            : tr("Delete %1 Elements").arg(n);
    else
        batch.text = n == 1 ? tr("Delete Item") : tr("Delete %1 Items").arg(n);
    if (cut)
        batch.text = n == 1 ? tr("Cut Item") : tr("Cut %1 Items").arg(n);
    return apply(batch);
}

bool DiagramScene::nudgeSelection(const QPointF &delta)
{
    QHash<CanvasItem *, QPointF> starts;
    for (QGraphicsItem *item : selectedItems()) {
        if (isCanvasItem(item) && (item->flags() & QGraphicsItem::ItemIsMovable))
            starts.insert(static_cast<CanvasItem *>(item), item->pos());
    }
    if (starts.isEmpty())
        return false;
    ++m_syncing; // an exact step, not snapped
    for (auto it = starts.cbegin(); it != starts.cend(); ++it)
        it.key()->setPos(it.value() + delta);
    --m_syncing;
    m_dragStart = starts;
    const bool ok = commitDrag();
    m_dragStart.clear();
    return ok;
}

void DiagramScene::zoneResized(ZoneItem *item, const QRectF &before)
{
    const QHash<Id, QRectF> rects = currentRects();
    const QSet<Id> affected = affectedByZone(rects, before, item->placementRect());
    commitMoves({item}, tr("Resize %1").arg(quoted(item->zone().name)), affected);
}

bool DiagramScene::commitDrag()
{
    QList<CanvasItem *> moved;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it) {
        if (it.key()->pos() != it.value())
            moved.append(it.key());
    }
    if (moved.isEmpty())
        return false;
    int elements = 0, zones = 0;
    for (const CanvasItem *item : std::as_const(moved)) {
        elements += item->type() == ElementItem::Type ? 1 : 0;
        zones += item->type() == ZoneItem::Type || item->type() == LineItem::Type ? 1 : 0;
    }
    const qsizetype n = moved.size();
    QString text;
    if (elements == n)
        text = n == 1 ? tr("Move Element") : tr("Move %1 Elements").arg(n);
    else if (zones == 1)
        text = tr("Move Boundary");
    else
        text = tr("Move %1 Items").arg(n);
    QSet<Id> extra;
    const QHash<Id, QRectF> rects = currentRects();
    for (CanvasItem *item : std::as_const(moved)) {
        if (item->type() == ZoneItem::Type)
            extra.unite(
                affectedByZone(rects, QRectF(m_dragStart.value(item), item->placementRect().size()),
                               item->placementRect()));
    }
    return commitMoves(moved, text, extra);
}

bool DiagramScene::commitMoves(const QList<CanvasItem *> &moved, const QString &text,
                               const QSet<Id> &extraSubjects)
{
    const ProjectData &d = m_document->data();
    MoveItems move{m_diagram, {}};
    QSet<Id> movedIds, subjects = extraSubjects;
    for (CanvasItem *item : moved) {
        movedIds.insert(item->id());
        if (item->type() == LineItem::Type) {
            move.items.append(
                {item->id(), Placement{QRectF(), static_cast<LineItem *>(item)->scenePoints()}});
        } else {
            move.items.append({item->id(), Placement{item->placementRect(), {}}});
            subjects.insert(item->id());
        }
    }
    // Bend points travel with a flow whose two ends both moved.
    for (CanvasItem *item : moved) {
        if (item->type() != ElementItem::Type)
            continue;
        const QPointF delta = item->pos() - m_dragStart.value(item, item->pos());
        for (FlowItem *f : m_attached.value(item->id())) {
            const Flow &flow = f->flow();
            if (flow.source != item->id() || f->bends().isEmpty()
                || !movedIds.contains(flow.target))
                continue;
            QList<QPointF> bends = f->bends();
            for (QPointF &pt : bends)
                pt += delta;
            move.items.append({f->id(), Placement{QRectF(), bends}});
        }
    }
    std::sort(
        move.items.begin(), move.items.end(),
        [](const MoveItems::Item &a, const MoveItems::Item &b) { return idLess(a.id, b.id); });
    Batch batch{text, {move}};
    for (Edit &e : containmentEdits(d, currentRects(), subjects))
        batch.edits.push_back(std::move(e));
    if (apply(batch))
        return true;
    // Refused: put the items back where the model has them.
    ++m_syncing;
    for (CanvasItem *item : moved)
        syncObject(item->id());
    --m_syncing;
    return false;
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    m_carried.clear();
    m_dragLead = nullptr;
    auto *grabber = mouseGrabberItem();
    if (!grabber || grabber->type() != PointHandle::Type)
        PointHandle::clearCurrent(this); // Delete acts on the selection again
    if (event->button() != Qt::LeftButton || !isCanvasItem(grabber)
        || !(grabber->flags() & QGraphicsItem::ItemIsMovable))
        return;
    if (grabber->type() == ZoneItem::Type && static_cast<ZoneItem *>(grabber)->isResizing())
        return;
    m_dragLead = static_cast<CanvasItem *>(grabber);
    QSet<Id> selectedZones;
    for (QGraphicsItem *item : selectedItems()) {
        if (isCanvasItem(item) && (item->flags() & QGraphicsItem::ItemIsMovable)) {
            m_dragStart.insert(static_cast<CanvasItem *>(item), item->pos());
            if (item->type() == ZoneItem::Type)
                selectedZones.insert(static_cast<CanvasItem *>(item)->id());
        }
    }
    m_dragStart.insert(m_dragLead, m_dragLead->pos());
    if (selectedZones.isEmpty() || !m_document)
        return;
    // Moving a zone carries what it holds, nested zones included.
    const ProjectData &d = m_document->data();
    auto inside = [&](Id z) {
        for (int hops = 0; !z.isNull() && hops < 64; ++hops) {
            if (selectedZones.contains(z))
                return true;
            z = d.boundaries.value(z).parent;
        }
        return false;
    };
    auto carry = [&](CanvasItem *item, const Id &zone) {
        if (!item->isSelected() && inside(zone)) {
            m_carried.append(item);
            m_dragStart.insert(item, item->pos());
        }
    };
    for (ElementItem *e : std::as_const(m_elements))
        carry(e, e->element().zone);
    for (ZoneItem *z : std::as_const(m_zones))
        carry(z, z->zone().parent);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseMoveEvent(event);
    if (!m_dragLead || m_carried.isEmpty())
        return;
    const QPointF delta = m_dragLead->pos() - m_dragStart.value(m_dragLead);
    ++m_syncing;
    for (CanvasItem *item : std::as_const(m_carried))
        item->setPos(m_dragStart.value(item) + delta);
    --m_syncing;
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_dragLead)
        return;
    commitDrag();
    m_dragStart.clear();
    m_carried.clear();
    m_dragLead = nullptr;
}

} // namespace tb
