#include "threattablemodel.h"

#include "core/project.h"
#include "i18n/translations.h"
#include "risk/rating.h"
#include "riskmapcolors.h"

#include <QBrush>
#include <QFont>
#include <QSet>

namespace tb {

QString threatStatusLabel(ThreatStatus status)
{
    switch (status) {
    case ThreatStatus::New:
        return ThreatTableModel::tr("New");
    case ThreatStatus::NeedsReview:
        return ThreatTableModel::tr("Needs review");
    case ThreatStatus::Mitigated:
        return ThreatTableModel::tr("Mitigated");
    case ThreatStatus::Accepted:
        return ThreatTableModel::tr("Accepted");
    case ThreatStatus::Transferred:
        return ThreatTableModel::tr("Transferred");
    case ThreatStatus::NotApplicable:
        return ThreatTableModel::tr("Not applicable");
    }
    return {};
}

namespace {
QString elementNames(const ProjectData &d, const Threat &t)
{
    QStringList names;
    for (const Involved &i : t.involved) {
        // The current name when the object still exists, else the one recorded at derivation.
        if (const auto e = d.elements.constFind(i.id); e != d.elements.cend())
            names.append(e->name);
        else if (const auto f = d.flows.constFind(i.id); f != d.flows.cend())
            names.append(f->name);
        else
            names.append(i.name);
    }
    return names.join(QStringLiteral(" → "));
}

QString levelText(const RiskCriteria &c, const Rating &r)
{
    return displayTerm(c.levels.value(r.level));
}
} // namespace

ThreatTableModel::ThreatTableModel(QObject *parent) : QAbstractTableModel(parent) {}

ThreatTableModel::~ThreatTableModel() = default;

void ThreatTableModel::setProject(Project *project)
{
    if (m_project == project)
        return;
    beginResetModel();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_ids = project ? ProjectData::sortedIds(project->data().threats) : QList<Id>();
    reindex();
    if (project)
        connect(project, &Project::edited, this, &ThreatTableModel::follow);
    endResetModel();
}

void ThreatTableModel::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_ids.size());
    for (int row = 0; row < m_ids.size(); ++row)
        m_rows.insert(m_ids[row], row);
}

QModelIndex ThreatTableModel::indexOf(const Id &threat, int column) const
{
    const auto it = m_rows.constFind(threat);
    return it == m_rows.cend() ? QModelIndex() : index(*it, column);
}

Id ThreatTableModel::idAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_ids.size() ? m_ids[index.row()] : Id();
}

int ThreatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ThreatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// Rows are kept in arrival order (views sort through the proxy): new threats are appended in
// one block and only the rows an edit touched are refreshed, so a derivation that adds thousands
// of threats, or a rename, costs the views little.
void ThreatTableModel::follow(const Edit &, const Change &change)
{
    if (!m_project)
        return;
    const ProjectData &pd = m_project->data();
    QList<Id> added;
    QList<int> removed;
    QSet<Id> touched;
    QSet<Id> subjects; // elements and flows whose names threats show
    bool all = change.product;
    for (const Id &id : change.objects) {
        const bool exists = pd.threats.contains(id);
        const auto row = m_rows.constFind(id);
        if (exists && row == m_rows.cend())
            added.append(id);
        else if (!exists && row != m_rows.cend())
            removed.append(*row);
        else if (exists)
            touched.insert(id);
        else if (pd.tasks.contains(id) || pd.typeOf(id) == ObjectType::None)
            all = true; // a task changed (residual ratings) or something went away
        else if (pd.elements.contains(id) || pd.flows.contains(id))
            subjects.insert(id);
    }
    for (const Id &id : change.treatments)
        touched.insert(id);

    if (!removed.isEmpty()) {
        std::sort(removed.begin(), removed.end());
        for (qsizetype i = removed.size() - 1; i >= 0;) {
            qsizetype first = i;
            while (first > 0 && removed[first - 1] == removed[first] - 1)
                --first;
            beginRemoveRows({}, removed[first], removed[i]);
            m_ids.remove(removed[first], removed[i] - removed[first] + 1);
            endRemoveRows();
            i = first - 1;
        }
        reindex();
    }
    if (!added.isEmpty()) {
        std::sort(added.begin(), added.end(), idLess);
        const int first = int(m_ids.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Id &id : std::as_const(added)) {
            m_rows.insert(id, int(m_ids.size()));
            m_ids.append(id);
        }
        endInsertRows();
    }
    if (m_ids.isEmpty())
        return;
    if (all) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
        return;
    }
    if (!subjects.isEmpty()) {
        for (const Threat &t : pd.threats) {
            for (const Involved &i : t.involved) {
                if (subjects.contains(i.id)) {
                    touched.insert(t.id);
                    break;
                }
            }
        }
    }
    refreshRows(touched);
}

void ThreatTableModel::refreshRows(const QSet<Id> &ids)
{
    QList<int> rows;
    for (const Id &id : ids) {
        if (const auto row = m_rows.constFind(id); row != m_rows.cend())
            rows.append(*row);
    }
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype last = i;
        while (last + 1 < rows.size() && rows[last + 1] == rows[last] + 1)
            ++last;
        Q_EMIT dataChanged(index(rows[i], 0), index(rows[last], ColumnCount - 1));
        i = last + 1;
    }
}

QVariant ThreatTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_project || !index.isValid() || index.row() >= m_ids.size())
        return {};
    const ProjectData &d = m_project->data();
    const auto it = d.threats.constFind(m_ids[index.row()]);
    if (it == d.threats.cend())
        return {};
    const Threat &t = *it;
    switch (role) {
    case IdRole:
        return t.id;
    case StatusRole:
        return int(t.status);
    case CategoryRole:
        return int(t.category);
    case InherentLevelRole:
        return inherentRating(d, t).level;
    case ResidualLevelRole: {
        const ResidualRating r = residualRating(d, t);
        return r.avoided ? -1 : r.rating.level;
    }
    case LikelihoodRole:
        return t.likelihood;
    case ImpactRole:
        return t.impact;
    case ResidualLikelihoodRole:
    case ResidualImpactRole: {
        const ResidualRating r = residualRating(d, t);
        if (r.avoided)
            return 0;
        return role == ResidualLikelihoodRole ? r.rating.likelihood : r.rating.impact;
    }
    case ElementIdsRole: {
        QVariantList ids;
        for (const Involved &i : t.involved)
            ids.append(i.id);
        return ids;
    }
    case AnnexRole:
        return t.annex;
    case SearchTextRole:
        return QStringList{idString(t.id),
                           t.title,
                           t.description,
                           elementNames(d, t),
                           categoryTitle(t.category),
                           displayTerm(categoryTitle(t.category)),
                           t.justification,
                           t.annex.join(u' ')}
            .join(u'\n');
    default:
        break;
    }

    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case IdColumn:
            return role == Qt::ToolTipRole ? idString(t.id) : idString(t.id).left(8);
        case ElementsColumn:
            return elementNames(d, t);
        case CategoryColumn:
            return displayTerm(categoryTitle(t.category));
        case TitleColumn:
            return role == Qt::ToolTipRole && !t.description.isEmpty()
                       ? QString(t.title + u'\n' + t.description)
                       : t.title;
        case StatusColumn:
            return role == Qt::ToolTipRole && !t.justification.isEmpty()
                       ? QString(threatStatusLabel(t.status) + u": " + t.justification)
                       : threatStatusLabel(t.status);
        case LikelihoodColumn:
            return role == Qt::ToolTipRole
                       ? displayTerm(d.criteria.likelihood.value(t.likelihood - 1).name)
                       : QString::number(t.likelihood);
        case ImpactColumn:
            return role == Qt::ToolTipRole ? displayTerm(d.criteria.impact.value(t.impact - 1).name)
                                           : QString::number(t.impact);
        case InherentColumn:
            return levelText(d.criteria, inherentRating(d, t));
        case TreatmentColumn: {
            const auto tr = d.treatments.constFind(t.id);
            return tr == d.treatments.cend() ? QString() : displayTerm(treatmentName(tr->option));
        }
        case ResidualColumn: {
            const ResidualRating r = residualRating(d, t);
            if (role == Qt::ToolTipRole)
                return r.rule;
            return r.avoided ? tr("avoided") : levelText(d.criteria, r.rating);
        }
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole && (column == InherentColumn || column == ResidualColumn)) {
        const int level = column == InherentColumn ? inherentRating(d, t).level
                                                   : residualRating(d, t).rating.level;
        if (level < 0)
            return {};
        return QBrush(riskLevelColor(level, int(d.criteria.levels.size())));
    }
    if (role == Qt::ForegroundRole && (column == InherentColumn || column == ResidualColumn)) {
        const int level = column == InherentColumn ? inherentRating(d, t).level
                                                   : residualRating(d, t).rating.level;
        if (level < 0)
            return {};
        return QBrush(textColorOn(riskLevelColor(level, int(d.criteria.levels.size()))));
    }
    if (role == Qt::FontRole && !t.holds) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole
        && (column == LikelihoodColumn || column == ImpactColumn || column == InherentColumn
            || column == ResidualColumn))
        return int(Qt::AlignCenter);
    return {};
}

QVariant ThreatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case ElementsColumn:
        return tr("Element(s)");
    case CategoryColumn:
        return tr("Category");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case LikelihoodColumn:
        return tr("L");
    case ImpactColumn:
        return tr("I");
    case InherentColumn:
        return tr("Inherent");
    case TreatmentColumn:
        return tr("Treatment");
    case ResidualColumn:
        return tr("Residual");
    default:
        return {};
    }
}

} // namespace tb
