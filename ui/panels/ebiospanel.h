#pragma once

// The EBIOS RM study, workshop by workshop: the same tables as the report's summary, with the
// decisions an analyst takes there (retain or reject a risk origin / target objective pair or
// a strategic scenario) and the derivation of strategic scenarios, each one undo step.

#include "core/id.h"

#include <QWidget>

#include <memory>

namespace tb {

class Document;

class EbiosPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EbiosPanel(QWidget *parent = nullptr);
    ~EbiosPanel() override;

    void setDocument(Document *document);
    /// Rebuilds the tables now (they follow edits on their own, coalesced).
    void refresh();

private:
    void updateActions();
    void decide(bool retain);
    void deriveStrategic();
    Id currentId() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
