#include "projecttreemodel.h"

#include "core/project.h"

#include <QCollator>

#include <algorithm>

namespace tb {

namespace {
// Siblings in the order a reader expects: by name, ties broken by id so it stays stable.
template<typename Map>
QList<Id> byName(const Map &map, const QList<Id> &ids)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<Id> sorted = ids;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Id &a, const Id &b) {
        return collator.compare(map[a].name, map[b].name) < 0;
    });
    return sorted;
}

template<typename Map>
QList<Id> byName(const Map &map)
{
    return byName(map, ProjectData::sortedIds(map));
}
} // namespace

ProjectTreeModel::ProjectTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_nodes.push_back({});
}

ProjectTreeModel::~ProjectTreeModel() = default;

void ProjectTreeModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    beginResetModel();
    m_project = project;
    rebuild();
    endResetModel();
    if (m_project) {
        // Any edit can rename, add, remove or re-parent: a reset is simple and cheap at the
        // sizes of threat models (hundreds of objects).
        connect(m_project, &Project::edited, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
        connect(m_project, &QObject::destroyed, this, [this] { setProject(nullptr); });
    }
}

int ProjectTreeModel::addNode(int parent, const Id &id, ObjectType type, const QString &label,
                              const QString &toolTip)
{
    Node n;
    n.id = id;
    n.type = type;
    n.label = label;
    n.toolTip = toolTip;
    n.parent = parent;
    n.row = int(m_nodes[std::size_t(parent)].children.size());
    m_nodes.push_back(n);
    const int index = int(m_nodes.size() - 1);
    m_nodes[std::size_t(parent)].children.push_back(index);
    return index;
}

int ProjectTreeModel::addGroup(int parent, const QString &label, qsizetype count)
{
    return addNode(parent, {}, ObjectType::None, tr("%1 (%2)").arg(label).arg(count));
}

void ProjectTreeModel::rebuild()
{
    m_nodes.clear();
    m_nodes.push_back({});
    if (!m_project)
        return;
    const ProjectData &d = m_project->data();
    addNode(0, d.id, ObjectType::Product, d.product.name, tr("Product"));

    const int diagrams = addGroup(0, tr("Diagrams"), d.diagrams.size());
    for (const Id &id : byName(d.diagrams))
        addNode(diagrams, id, ObjectType::Diagram, d.diagrams[id].name);

    addElements(addGroup(0, tr("Elements"), d.elements.size()), d);
    addFlows(addGroup(0, tr("Flows"), d.flows.size()), d);
    addBoundaries(addGroup(0, tr("Trust boundaries"), d.boundaries.size()), d);

    const int assets = addGroup(0, tr("Data assets"), d.assets.size());
    for (const Id &id : byName(d.assets))
        addNode(assets, id, ObjectType::DataAsset, d.assets[id].name, d.assets[id].classification);
}

void ProjectTreeModel::addElements(int parent, const ProjectData &d)
{
    const std::pair<ElementKind, QString> kinds[] = {
        {ElementKind::ExternalEntity, tr("External entities")},
        {ElementKind::Process, tr("Processes")},
        {ElementKind::DataStore, tr("Data stores")},
    };
    for (const auto &[kind, label] : kinds) {
        QList<Id> ids;
        for (const Id &id : ProjectData::sortedIds(d.elements)) {
            if (d.elements[id].kind == kind)
                ids.append(id);
        }
        const int group = addGroup(parent, label, ids.size());
        for (const Id &id : byName(d.elements, ids))
            addNode(group, id, ObjectType::Element, d.elements[id].name, d.elements[id].stencil);
    }
}

void ProjectTreeModel::addFlows(int parent, const ProjectData &d)
{
    for (const Id &id : byName(d.flows)) {
        const Flow &f = d.flows[id];
        const QString from = d.elements.value(f.source).name;
        const QString to = d.elements.value(f.target).name;
        addNode(parent, id, ObjectType::Flow, f.name, tr("%1 \u2192 %2").arg(from, to));
    }
}

void ProjectTreeModel::addZone(int parent, const ProjectData &d, const Id &zone)
{
    const Boundary &b = d.boundaries[zone];
    const int node = addNode(parent, zone, ObjectType::Boundary, b.name,
                             tr("Zone, trust level %1").arg(b.trustLevel));
    QList<Id> children;
    for (const Id &id : ProjectData::sortedIds(d.boundaries)) {
        if (d.boundaries[id].parent == zone && id != zone)
            children.append(id);
    }
    for (const Id &child : byName(d.boundaries, children))
        addZone(node, d, child);
}

void ProjectTreeModel::addBoundaries(int parent, const ProjectData &d)
{
    QList<Id> topZones, lines;
    for (const Id &id : ProjectData::sortedIds(d.boundaries)) {
        const Boundary &b = d.boundaries[id];
        if (b.kind == BoundaryKind::Line)
            lines.append(id);
        else if (b.parent.isNull() || !d.boundaries.contains(b.parent))
            topZones.append(id);
    }
    for (const Id &id : byName(d.boundaries, topZones))
        addZone(parent, d, id);
    for (const Id &id : byName(d.boundaries, lines))
        addNode(parent, id, ObjectType::Boundary, d.boundaries[id].name, tr("Line boundary"));
}

const ProjectTreeModel::Node *ProjectTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return &m_nodes[0];
    const auto i = std::size_t(index.internalId());
    return i < m_nodes.size() ? &m_nodes[i] : nullptr;
}

QModelIndex ProjectTreeModel::indexOf(const Id &id) const
{
    if (id.isNull())
        return {};
    for (std::size_t i = 1; i < m_nodes.size(); ++i) {
        if (m_nodes[i].id == id)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

Id ProjectTreeModel::idAt(const QModelIndex &index) const
{
    const Node *n = index.isValid() ? nodeAt(index) : nullptr;
    return n ? n->id : Id();
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeAt(parent);
    if (!p || column != 0 || row < 0 || std::size_t(row) >= p->children.size())
        return {};
    return createIndex(row, 0, quintptr(p->children[std::size_t(row)]));
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = child.isValid() ? nodeAt(child) : nullptr;
    if (!n || n->parent <= 0)
        return {};
    return createIndex(m_nodes[std::size_t(n->parent)].row, 0, quintptr(n->parent));
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *n = nodeAt(parent);
    return n ? int(n->children.size()) : 0;
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = index.isValid() ? nodeAt(index) : nullptr;
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return n->label.isEmpty() ? tr("(unnamed)") : n->label;
    case Qt::ToolTipRole:
        return n->toolTip.isEmpty() ? QVariant() : QVariant(n->toolTip);
    case IdRole:
        return n->id.isNull() ? QVariant() : QVariant::fromValue(n->id);
    case TypeRole:
        return int(n->type);
    default:
        return {};
    }
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Project");
    return {};
}

} // namespace tb
