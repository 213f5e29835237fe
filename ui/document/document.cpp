#include "document.h"

#include "commands/editcommand.h"

#include <QUndoStack>

namespace tb {

Document::Document(std::unique_ptr<ProjectStore> store)
    : m_store(std::move(store))
    , m_project(std::make_unique<Project>(m_store->loaded()))
    , m_undoStack(new QUndoStack(this))
{
    m_project->setSink(m_store.get());
    m_project->setReadOnly(m_store->isReadOnly());
}

// The project goes before the store it writes to (members die in reverse order).
Document::~Document() = default;

Result<std::unique_ptr<Document>> Document::open(const QString &path, ProjectStore::Mode mode)
{
    Result<std::unique_ptr<ProjectStore>> store = ProjectStore::open(path, mode);
    if (!store)
        return store.error();
    return std::unique_ptr<Document>(new Document(std::move(store).value()));
}

Result<std::unique_ptr<Document>> Document::create(const QString &path, const ProjectData &data)
{
    Result<std::unique_ptr<ProjectStore>> store = ProjectStore::create(path, data);
    if (!store)
        return store.error();
    return std::unique_ptr<Document>(new Document(std::move(store).value()));
}

QString Document::path() const
{
    return m_store->path();
}

bool Document::isReadOnly() const
{
    return m_store->isReadOnly();
}

Result<void> Document::saveAs(const QString &path) const
{
    return m_store->saveAs(path);
}

Result<void> Document::apply(const Edit &edit)
{
    Result<Edit> inverse = m_project->apply(edit);
    if (!inverse)
        return inverse.error();
    m_undoStack->push(new EditCommand(this, edit, std::move(inverse).value()));
    return Ok{};
}

void Document::reportFailure(const Error &error)
{
    Q_EMIT editFailed(error);
}

} // namespace tb
