#pragma once

#include "edit.h"
#include "projectdata.h"
#include "result.h"

#include <QObject>
#include <QSet>

namespace tb {

class PropertyCatalog;

/// What an applied edit touched: the objects and (diagram, object) placements to persist.
struct Change
{
    bool product = false;
    QSet<Id> objects;               // diagrams, elements, flows, boundaries, assets
    QSet<QPair<Id, Id>> placements; // (diagram, object)
    QSet<QString> decisions;        // Annex I ids whose applicability changed
    QSet<Id> treatments;            // subjects whose treatment changed
    QSet<QString> settings;         // project setting keys that changed

    void merge(const Change &other);
};

/// Receives every applied edit before listeners hear of it, e.g. to write it to the project
/// file. If it fails, the edit is undone in memory and apply() returns its error.
class EditSink
{
public:
    virtual ~EditSink() = default;
    virtual Result<void> write(const ProjectData &data, const Change &change) = 0;
};

/// A project in memory. Every mutation goes through apply(): it validates the edit, changes the
/// data, hands the change to the sink, notifies listeners and returns the inverse edit.
class Project final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)

public:
    explicit Project(QObject *parent = nullptr);
    explicit Project(ProjectData data, QObject *parent = nullptr);
    ~Project() override;

    const ProjectData &data() const { return m_data; }
    const PropertyCatalog &catalog() const { return *m_catalog; }
    void setCatalog(const PropertyCatalog *catalog) { m_catalog = catalog; }
    void setSink(EditSink *sink) { m_sink = sink; }
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    /// Applies an edit. On success returns the edit that undoes it; on failure nothing changed.
    Result<Edit> apply(const Edit &edit);

    /// Checks that a whole project value is consistent (used for imports and loaded files).
    static Result<void> validate(const ProjectData &data, const PropertyCatalog &catalog);

    /// A new project value with one empty diagram.
    static ProjectData blank(const QString &productName);

Q_SIGNALS:
    void edited(const tb::Edit &edit, const tb::Change &change);

private:
    ProjectData m_data;
    const PropertyCatalog *m_catalog;
    EditSink *m_sink = nullptr;
    bool m_readOnly = false;
};

/// Applies an edit to a value without sink or signals; the engine of Project::apply().
Result<Edit> applyEdit(ProjectData &data, const PropertyCatalog &catalog, const Edit &edit,
                       Change *change = nullptr);

} // namespace tb
