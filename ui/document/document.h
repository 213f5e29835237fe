#pragma once

#include "core/project.h"
#include "store/projectstore.h"

#include <QObject>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace tb {

/// One open project file: the in-memory project, the store it writes through to, and the undo
/// stack. The UI changes the project only through apply(), which pushes an EditCommand.
class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    ~Document() override;

    /// Opens a project file. Fails with ErrorKind::Locked when another process holds it,
    /// unless mode is ReadOnly.
    static Result<std::unique_ptr<Document>>
    open(const QString &path, ProjectStore::Mode mode = ProjectStore::Mode::ReadWrite);
    /// Creates a new project file holding `data` and opens it.
    static Result<std::unique_ptr<Document>> create(const QString &path, const ProjectData &data);

    Project *project() const { return m_project.get(); }
    const ProjectData &data() const { return m_project->data(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString path() const;
    bool isReadOnly() const;

    /// Copies the project file to `path` (SQLite backup API; this document stays on its file).
    Result<void> saveAs(const QString &path) const;

    /// Applies an edit and puts it on the undo stack; on failure nothing changed.
    Result<void> apply(const Edit &edit);
    /// Reports a failed undo or redo (called by EditCommand).
    void reportFailure(const Error &error);

Q_SIGNALS:
    /// An undo or redo could not be applied or written; the project is unchanged.
    void editFailed(const tb::Error &error);

private:
    explicit Document(std::unique_ptr<ProjectStore> store);

    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Project> m_project;
    QUndoStack *m_undoStack;
};

/// Moves a panel from the document it follows to `next`: drops the receiver's connections to
/// the old project and calls `onEdit` (taking none, the edit, or the edit and the change) after
/// each edit of the new one. Returns false, changing nothing, when `next` is already followed.
template<typename F>
bool followDocument(QPointer<Document> &current, Document *next, QObject *receiver, F onEdit)
{
    if (current == next)
        return false;
    if (current)
        QObject::disconnect(current->project(), nullptr, receiver, nullptr);
    current = next;
    if (next)
        QObject::connect(next->project(), &Project::edited, receiver, std::move(onEdit));
    return true;
}

} // namespace tb
