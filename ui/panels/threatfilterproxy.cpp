#include "threatfilterproxy.h"

#include "threattablemodel.h"

namespace tb {

ThreatFilterProxy::ThreatFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

ThreatFilterProxy::~ThreatFilterProxy() = default;

template<typename T>
void ThreatFilterProxy::change(T &slot, const T &value)
{
    if (slot == value)
        return;
    slot = value;
    invalidateRowsFilter();
    Q_EMIT filtersChanged();
}

void ThreatFilterProxy::setStatus(std::optional<ThreatStatus> status)
{
    change(m_status, status);
}

void ThreatFilterProxy::setCategory(std::optional<StrideCategory> category)
{
    change(m_category, category);
}

void ThreatFilterProxy::setRiskLevel(std::optional<int> level)
{
    change(m_level, level);
}

void ThreatFilterProxy::setCell(std::optional<Cell> cell)
{
    change(m_cell, cell);
}

void ThreatFilterProxy::setElement(const Id &element)
{
    change(m_element, element);
}

void ThreatFilterProxy::setAnnex(const QString &annexId)
{
    change(m_annex, annexId);
}

void ThreatFilterProxy::setText(const QString &text)
{
    change(m_text, text.trimmed());
}

void ThreatFilterProxy::clearAll()
{
    m_status.reset();
    m_category.reset();
    m_level.reset();
    m_cell.reset();
    m_element = Id();
    m_annex.clear();
    m_text.clear();
    invalidateRowsFilter();
    Q_EMIT filtersChanged();
}

bool ThreatFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    using M = ThreatTableModel;
    if (m_status && i.data(M::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_category && i.data(M::CategoryRole).toInt() != int(*m_category))
        return false;
    if (m_level && i.data(M::InherentLevelRole).toInt() != *m_level)
        return false;
    if (m_cell) {
        const int l
            = i.data(m_cell->residual ? M::ResidualLikelihoodRole : M::LikelihoodRole).toInt();
        const int im = i.data(m_cell->residual ? M::ResidualImpactRole : M::ImpactRole).toInt();
        if (l != m_cell->likelihood || im != m_cell->impact)
            return false;
    }
    if (!m_element.isNull() && !i.data(M::ElementIdsRole).toList().contains(QVariant(m_element)))
        return false;
    if (!m_annex.isEmpty() && !i.data(M::AnnexRole).toStringList().contains(m_annex))
        return false;
    if (!m_text.isEmpty()
        && !i.data(M::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool ThreatFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    using M = ThreatTableModel;
    switch (left.column()) {
    case M::LikelihoodColumn:
        return left.data(M::LikelihoodRole).toInt() < right.data(M::LikelihoodRole).toInt();
    case M::ImpactColumn:
        return left.data(M::ImpactRole).toInt() < right.data(M::ImpactRole).toInt();
    case M::InherentColumn:
        return left.data(M::InherentLevelRole).toInt() < right.data(M::InherentLevelRole).toInt();
    case M::ResidualColumn:
        return left.data(M::ResidualLevelRole).toInt() < right.data(M::ResidualLevelRole).toInt();
    case M::StatusColumn:
        return left.data(M::StatusRole).toInt() < right.data(M::StatusRole).toInt();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace tb
