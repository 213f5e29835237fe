#pragma once

#include "core/projectdata.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <vector>

namespace tb {

class Project;

/// The project as a tree: product, diagrams, elements grouped by kind, flows, trust boundaries
/// (zones nested as in the model, then lines) and data assets. Rebuilt on every edit.
class ProjectTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectTreeModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, TypeRole };

    explicit ProjectTreeModel(QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    /// The project shown; null for none. The model follows its edited() signal.
    void setProject(Project *project);

    /// The index of an object (element, flow, ...), or invalid if it is not in the tree.
    QModelIndex indexOf(const Id &id) const;
    Id idAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Id id; // null for group headings
        ObjectType type = ObjectType::None;
        QString label;
        QString toolTip;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };

    void rebuild();
    int addNode(int parent, const Id &id, ObjectType type, const QString &label,
                const QString &toolTip = {});
    int addGroup(int parent, const QString &label, qsizetype count);
    void addElements(int parent, const ProjectData &data);
    void addBoundaries(int parent, const ProjectData &data);
    void addZone(int parent, const ProjectData &data, const Id &zone);
    void addFlows(int parent, const ProjectData &data);
    const Node *nodeAt(const QModelIndex &index) const;

    QPointer<Project> m_project;
    std::vector<Node> m_nodes; // m_nodes[0] is the invisible root
};

} // namespace tb
