#pragma once

#include "core/id.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

namespace tb {

class Document;
class TaskEditor;
class TaskFilterProxy;
class TaskListModel;

/// Mitigation tasks: a toolbar (new, delete, filter), the task table and the editor of the
/// selected task. Every change is one undoable edit through Document::apply().
class TasksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPanel)

public:
    explicit TasksPanel(QWidget *parent = nullptr);
    ~TasksPanel() override;

    void setDocument(Document *document);
    Id currentTask() const;
    QTableView *table() const;
    TaskListModel *model() const;
    TaskFilterProxy *proxy() const;
    TaskEditor *editor() const;

public Q_SLOTS:
    void selectTask(const tb::Id &task);
    /// Shows only the tasks answering an Annex I requirement (empty: all).
    void showRequirement(const QString &annexId);
    /// Shows only the tasks linked to a threat (null: all).
    void showThreat(const tb::Id &threat);
    /// The threat "Link Selected Threat" adds to the edited task.
    void setCandidateThreat(const tb::Id &threat);
    void newTask();
    void deleteTask();

Q_SIGNALS:
    void taskSelected(const tb::Id &task);
    void threatActivated(const tb::Id &threat);

private:
    void currentChanged();
    void syncChips();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
