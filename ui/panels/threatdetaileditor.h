#pragma once

#include "core/id.h"
#include "core/result.h"

#include <QJsonObject>

#include <QWidget>

#include <memory>

namespace tb {

class Document;
struct Edit;
struct TemplateLibrary;

/// Edits one threat: triage status with its justification, likelihood and impact, treatment and
/// residual rating; shows its linked tasks, Annex I requirements, suggested mitigations (each can
/// become a task) and the engine's explanation of why it was derived. Every change goes through
/// Document::apply(), so it is undoable; a refused edit shows the model's message.
class ThreatDetailEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreatDetailEditor)

public:
    explicit ThreatDetailEditor(QWidget *parent = nullptr);
    ~ThreatDetailEditor() override;

    /// The document edited; null for none. The editor follows its project's edits.
    void setDocument(Document *document);
    /// The template library that explains threats and defines suggested mitigations.
    void setLibrary(const TemplateLibrary *library);

    /// Shows a threat (null: the "nothing selected" hint).
    void showThreat(const Id &threat);
    Id threat() const;
    /// The last refusal shown (empty when the last change went through).
    QString errorText() const;
    /// The explanation shown (worked out on a worker thread after showThreat()).
    QString explanationText() const;

Q_SIGNALS:
    void taskActivated(const tb::Id &task);
    void elementActivated(const tb::Id &element);

private:
    void refresh(bool reset);
    void fillRatings();
    void fillTreatment(bool reset);
    void fillLinks();
    void fillExplanation();
    void showExplanation(const Result<QJsonObject> &why);
    void applyStatus();
    void applyRating(const QString &field, int value);
    void applyTreatment();
    void createTask();
    bool apply(const Edit &edit);
    void showError(const QString &text);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
