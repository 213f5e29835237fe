#pragma once

#include "core/id.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QListWidget;
class QTreeWidget;
QT_END_NAMESPACE

namespace tb {

class Document;
struct RequirementCoverage;
enum class Verdict;

/// A display name for an Annex I verdict ("Not assessed").
QString verdictLabel(Verdict verdict);

/// The CRA Annex I matrix: every requirement with its verdict in colour (computed by
/// computeCoverage(), never stored), and a drill-down to the threats and tasks of the selected
/// requirement. Recomputed after edits, keeping the selection.
class AnnexMatrixView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnexMatrixView)

public:
    explicit AnnexMatrixView(QWidget *parent = nullptr);
    ~AnnexMatrixView() override;

    void setDocument(Document *document);
    QString currentRequirement() const;
    QTreeWidget *matrix() const;
    QListWidget *threatList() const;
    QListWidget *taskList() const;
    /// Whether a recomputation runs on its worker thread.
    bool isComputing() const;

public Q_SLOTS:
    void selectRequirement(const QString &annexId);
    /// Recomputes on a worker thread (edits are followed on their own, coalesced); updated() is
    /// emitted when the matrix shows the result.
    void refresh();

Q_SIGNALS:
    void updated();
    void requirementSelected(const QString &annexId);
    /// "Show threats": filter the threats and tasks panels by this requirement.
    void requirementActivated(const QString &annexId);
    void threatActivated(const tb::Id &threat);
    void taskActivated(const tb::Id &task);

private:
    void showCoverage(const QList<RequirementCoverage> &coverage);
    void showDetails();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
