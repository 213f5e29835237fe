#pragma once

#include "core/threat.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace tb {

/// Filters the threat table by status, category, risk level, risk cell, element, Annex I
/// requirement and free text (all must match), and sorts ratings numerically.
class ThreatFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreatFilterProxy)

public:
    /// A likelihood x impact cell of the risk map, inherent or residual.
    struct Cell
    {
        int likelihood = 0;
        int impact = 0;
        bool residual = false;
        friend bool operator==(const Cell &, const Cell &) = default;
    };

    explicit ThreatFilterProxy(QObject *parent = nullptr);
    ~ThreatFilterProxy() override;

    void setStatus(std::optional<ThreatStatus> status);
    void setCategory(std::optional<StrideCategory> category);
    /// Inherent risk level (index into the criteria's levels); none for all.
    void setRiskLevel(std::optional<int> level);
    void setCell(std::optional<Cell> cell);
    void setElement(const Id &element); // null for all
    void setAnnex(const QString &annexId);
    void setText(const QString &text);
    void clearAll();

    std::optional<ThreatStatus> status() const { return m_status; }
    std::optional<StrideCategory> category() const { return m_category; }
    std::optional<int> riskLevel() const { return m_level; }
    std::optional<Cell> cell() const { return m_cell; }
    Id element() const { return m_element; }
    QString annex() const { return m_annex; }
    QString text() const { return m_text; }

Q_SIGNALS:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    template<typename T>
    void change(T &slot, const T &value);

    std::optional<ThreatStatus> m_status;
    std::optional<StrideCategory> m_category;
    std::optional<int> m_level;
    std::optional<Cell> m_cell;
    Id m_element;
    QString m_annex;
    QString m_text;
};

} // namespace tb
