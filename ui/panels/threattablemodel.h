#pragma once

#include "core/project.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace tb {

/// A display name for a triage status ("Needs review").
QString threatStatusLabel(ThreatStatus status);

/// The threat register as a table, one row per threat. Follows the project's
/// edited() signal in place (rows inserted and removed, others refreshed), so views keep their
/// selection and scroll position across edits and derivations.
class ThreatTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreatTableModel)

public:
    enum Column {
        IdColumn,
        ElementsColumn,
        CategoryColumn,
        TitleColumn,
        StatusColumn,
        LikelihoodColumn,
        ImpactColumn,
        InherentColumn,
        TreatmentColumn,
        ResidualColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,        // int(ThreatStatus)
        CategoryRole,      // int(StrideCategory)
        InherentLevelRole, // index into the criteria's levels
        ResidualLevelRole, // -1 when avoided
        LikelihoodRole,
        ImpactRole,
        ResidualLikelihoodRole,
        ResidualImpactRole,
        ElementIdsRole, // QList<Id> as QVariantList of QUuid
        AnnexRole,      // QStringList
        SearchTextRole  // everything free-text search looks at
    };

    explicit ThreatTableModel(QObject *parent = nullptr);
    ~ThreatTableModel() override;

    /// The project shown; null for none.
    void setProject(Project *project);
    Project *project() const { return m_project; }

    QModelIndex indexOf(const Id &threat, int column = 0) const;
    Id idAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void follow(const Edit &edit, const Change &change);
    void reindex();
    void refreshRows(const QSet<Id> &ids);

    QPointer<Project> m_project;
    QList<Id> m_ids;       // in arrival order: sorted at first, new threats appended
    QHash<Id, int> m_rows; // id -> row
};

} // namespace tb
