#include "editcommand.h"

#include "document/document.h"

namespace tb {

EditCommand::EditCommand(Document *document, Edit edit, Edit inverse, QUndoCommand *parent)
    : QUndoCommand(editText(edit), parent)
    , m_document(document)
    , m_edit(std::move(edit))
    , m_inverse(std::move(inverse))
{}

void EditCommand::redo()
{
    if (m_applied)
        return;
    Result<Edit> r = m_document->project()->apply(m_edit);
    if (!r) {
        // The file or the model refused (e.g. the disk is full): nothing changed, and this
        // command can no longer be replayed reliably.
        setObsolete(true);
        m_document->reportFailure(r.error());
        return;
    }
    // Keep the inverse apply() gave now: it describes the project as it is at this point.
    m_inverse = std::move(r).value();
    m_applied = true;
}

void EditCommand::undo()
{
    if (!m_applied)
        return;
    Result<Edit> r = m_document->project()->apply(m_inverse);
    if (!r) {
        setObsolete(true);
        m_document->reportFailure(r.error());
        return;
    }
    m_edit = std::move(r).value();
    m_applied = false;
}

} // namespace tb
