#pragma once

#include "core/id.h"

#include <QWidget>

#include <memory>

namespace tb {

class Document;

/// Edits one mitigation task: title, owner, due date, status (won't do needs a justification),
/// description, evidence, linked threats and Annex I requirements. "Save" applies one UpdateTask
/// through Document::apply() (undoable); a refusal shows the model's message.
class TaskEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskEditor)

public:
    explicit TaskEditor(QWidget *parent = nullptr);
    ~TaskEditor() override;

    void setDocument(Document *document);
    /// Shows a task (null: the "nothing selected" hint), discarding unsaved changes.
    void showTask(const Id &task);
    Id task() const;
    /// The threat "Link Threat" adds (e.g. the one selected in the threats panel).
    void setCandidateThreat(const Id &threat);
    QString errorText() const;
    /// Whether the form differs from the stored task.
    bool isModified() const;

public Q_SLOTS:
    bool save();
    void revert();

Q_SIGNALS:
    void threatActivated(const tb::Id &threat);

private:
    void fill();
    void fillThreats();
    void addEvidence();
    void markModified();
    void showError(const QString &text);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
