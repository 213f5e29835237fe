#pragma once

#include "core/id.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

namespace tb {

class Document;
class ThreatDetailEditor;
class ThreatFilterProxy;
class ThreatTableModel;
struct TemplateLibrary;

/// The threat register: a filter bar, the sortable table and the detail editor of the selected
/// threat. Follows the document's project in place, keeping selection and scroll.
class ThreatsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreatsPanel)

public:
    explicit ThreatsPanel(QWidget *parent = nullptr);
    ~ThreatsPanel() override;

    /// The document shown and edited; null for none.
    void setDocument(Document *document);
    /// Explains threats and turns suggested mitigations into tasks; may be null.
    void setLibrary(const TemplateLibrary *library);

    Id currentThreat() const;
    QTableView *table() const;
    ThreatTableModel *model() const;
    ThreatFilterProxy *proxy() const;
    ThreatDetailEditor *editor() const;

public Q_SLOTS:
    /// Selects and shows a threat, clearing the filters if they hide it.
    void selectThreat(const tb::Id &threat);
    /// Shows only the threats about an element or flow (null id: all).
    void showElement(const tb::Id &element);
    /// Shows only the threats tracing to an Annex I requirement (empty: all).
    void showRequirement(const QString &annexId);
    /// Shows only the threats in one risk-map cell.
    void showCell(int likelihood, int impact, bool residual);
    void clearFilters();

Q_SIGNALS:
    void threatSelected(const tb::Id &threat);
    /// The user activated (double-clicked, Enter) a threat: show its element on the canvas.
    void elementActivated(const tb::Id &element);
    void taskActivated(const tb::Id &task);

private:
    void buildFilterBar();
    void fillRiskLevels();
    void syncFilterWidgets();
    void updateCount();
    void currentChanged();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
