#pragma once

#include "core/project.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace tb {

/// A display name for a task status ("In progress").
QString taskStatusLabel(TaskStatus status);

/// The mitigation tasks as a table. Follows the project's edited() signal in place (rows
/// appended and removed, the rest refreshed), so views keep selection and scroll.
class TaskListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListModel)

public:
    enum Column {
        TitleColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        ThreatsColumn,
        EvidenceColumn,
        AnnexColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, AnnexRole, ThreatsRole, SortRole };

    explicit TaskListModel(QObject *parent = nullptr);
    ~TaskListModel() override;

    void setProject(Project *project);
    QModelIndex indexOf(const Id &task, int column = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void follow(const Edit &edit, const Change &change);

    QPointer<Project> m_project;
    QList<Id> m_ids;
};

/// Filters tasks by free text, Annex I requirement and linked threat.
class TaskFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxy)

public:
    explicit TaskFilterProxy(QObject *parent = nullptr);
    ~TaskFilterProxy() override;

    void setText(const QString &text);
    void setAnnex(const QString &annexId);
    void setThreat(const Id &threat);
    QString annex() const { return m_annex; }
    Id threat() const { return m_threat; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_annex;
    Id m_threat;
};

} // namespace tb
