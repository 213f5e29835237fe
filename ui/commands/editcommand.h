#pragma once

#include "core/edit.h"

#include <QUndoCommand>

namespace tb {

class Document;

/// One model edit on the undo stack: redo applies the edit, undo applies its inverse, both
/// through Project::apply(), so the project file and every view follow.
class EditCommand final : public QUndoCommand
{
public:
    /// `inverse` is what Project::apply(edit) returned: the edit has already been applied, so
    /// the first redo() (from QUndoStack::push) does nothing.
    EditCommand(Document *document, Edit edit, Edit inverse, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const Edit &edit() const { return m_edit; }
    const Edit &inverse() const { return m_inverse; }

private:
    Document *m_document;
    Edit m_edit;
    Edit m_inverse;
    bool m_applied = true;
};

} // namespace tb
