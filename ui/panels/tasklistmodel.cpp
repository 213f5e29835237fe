#include "tasklistmodel.h"

#include <QBrush>
#include <QColor>

namespace tb {

QString taskStatusLabel(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Proposed:
        return TaskListModel::tr("Proposed");
    case TaskStatus::Planned:
        return TaskListModel::tr("Planned");
    case TaskStatus::InProgress:
        return TaskListModel::tr("In progress");
    case TaskStatus::Implemented:
        return TaskListModel::tr("Implemented");
    case TaskStatus::Verified:
        return TaskListModel::tr("Verified");
    case TaskStatus::WontDo:
        return TaskListModel::tr("Won't do");
    }
    return {};
}

TaskListModel::TaskListModel(QObject *parent) : QAbstractTableModel(parent) {}

TaskListModel::~TaskListModel() = default;

void TaskListModel::setProject(Project *project)
{
    if (m_project == project)
        return;
    beginResetModel();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_ids = project ? ProjectData::sortedIds(project->data().tasks) : QList<Id>();
    if (project)
        connect(project, &Project::edited, this, &TaskListModel::follow);
    endResetModel();
}

QModelIndex TaskListModel::indexOf(const Id &task, int column) const
{
    const qsizetype row = m_ids.indexOf(task);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TaskListModel::follow(const Edit &, const Change &change)
{
    if (!m_project || (change.objects.isEmpty() && !change.product))
        return;
    const QHash<Id, MitigationTask> &tasks = m_project->data().tasks;
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (!tasks.contains(m_ids[row])) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    }
    QList<Id> added;
    for (const Id &id : change.objects) {
        if (tasks.contains(id) && !m_ids.contains(id))
            added.append(id);
    }
    if (!added.isEmpty()) {
        std::sort(added.begin(), added.end(), idLess);
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + added.size()) - 1);
        m_ids.append(added);
        endInsertRows();
    }
    // Tasks are few; threat titles and statuses shown here may have changed too.
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!m_project || !index.isValid() || index.row() >= m_ids.size())
        return {};
    const auto it = m_project->data().tasks.constFind(m_ids[index.row()]);
    if (it == m_project->data().tasks.cend())
        return {};
    const MitigationTask &t = *it;
    switch (role) {
    case IdRole:
        return t.id;
    case StatusRole:
        return int(t.status);
    case AnnexRole:
        return t.annex;
    case ThreatsRole: {
        QVariantList ids;
        for (const Id &id : t.threats)
            ids.append(id);
        return ids;
    }
    case SortRole:
        switch (index.column()) {
        case DueColumn:
            return t.due.isValid() ? t.due : QDate(9999, 12, 31);
        case StatusColumn:
            return int(t.status);
        case ThreatsColumn:
            return int(t.threats.size());
        case EvidenceColumn:
            return int(t.evidence.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return t.title;
        case OwnerColumn:
            return t.owner;
        case DueColumn:
            return t.due.isValid() ? QLocale().toString(t.due, QLocale::ShortFormat) : QString();
        case StatusColumn:
            return taskStatusLabel(t.status);
        case ThreatsColumn:
            return int(t.threats.size());
        case EvidenceColumn:
            return int(t.evidence.size());
        case AnnexColumn:
            return t.annex.join(QStringLiteral(", "));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? t.description : QVariant();
    case Qt::ForegroundRole:
        // Overdue and not done: the date in red.
        if (index.column() == DueColumn && t.due.isValid() && t.due < QDate::currentDate()
            && !taskIsDone(t.status) && t.status != TaskStatus::WontDo)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ThreatsColumn || index.column() == EvidenceColumn
                   ? QVariant(int(Qt::AlignCenter))
                   : QVariant();
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case ThreatsColumn:
        return tr("Threats");
    case EvidenceColumn:
        return tr("Evidence");
    case AnnexColumn:
        return tr("Annex I");
    default:
        return {};
    }
}

TaskFilterProxy::TaskFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(TaskListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

TaskFilterProxy::~TaskFilterProxy() = default;

void TaskFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void TaskFilterProxy::setAnnex(const QString &annexId)
{
    m_annex = annexId;
    invalidateRowsFilter();
}

void TaskFilterProxy::setThreat(const Id &threat)
{
    m_threat = threat;
    invalidateRowsFilter();
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_annex.isEmpty() && !i.data(TaskListModel::AnnexRole).toStringList().contains(m_annex))
        return false;
    if (!m_threat.isNull()
        && !i.data(TaskListModel::ThreatsRole).toList().contains(QVariant(m_threat)))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < TaskListModel::ColumnCount; ++c) {
        if (sourceModel()
                ->index(sourceRow, c, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace tb
