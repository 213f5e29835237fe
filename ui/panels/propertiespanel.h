#pragma once

#include "core/id.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QJsonValue;
class QLabel;
QT_END_NAMESPACE

namespace tb {

class Document;
struct PropertyDefinition;

/// Editors for the selected objects: their built-in fields (name, stencil, trust level, ...)
/// and the typed properties of the catalogue that apply to all of them (bool, enum, text,
/// number, multi-select), with help text. A change made with several objects selected sets
/// the value on all of them in one undo step.
class PropertiesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertiesPanel)

public:
    explicit PropertiesPanel(QWidget *parent = nullptr);
    ~PropertiesPanel() override;

    void setDocument(Document *document);
    /// Shows the editors for these objects (elements, flows, boundaries; others are ignored).
    void setObjects(const QList<Id> &ids);
    QList<Id> objects() const { return m_ids; }
    /// The editor of a catalogue property key, or of a field as "@name", "@stencil", ...
    QWidget *editor(const QString &key) const;
    QString heading() const;

private:
    struct Row;
    void rebuild();
    void refresh();
    void projectEdited();
    void addFieldRows();
    void addPropertyRow(const PropertyDefinition &def);
    void addRow(const QString &key, const QString &label, QWidget *editor, const QString &help,
                std::function<void()> refresh);
    QList<QJsonValue> values(const QString &key, const QJsonValue &fallback) const;
    QList<QJsonValue> fieldValues(const QString &field) const;
    void setValue(const QString &key, const QString &label, const QJsonValue &value);
    void setField(const QString &field, const QString &label, const QJsonValue &value);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QPointer<Document> m_document;
    QList<Id> m_ids;
    QWidget *m_form = nullptr;
    QLabel *m_heading;
    QLabel *m_help;
    std::vector<std::unique_ptr<Row>> m_rows;
};

} // namespace tb
