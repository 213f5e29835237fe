#pragma once

#include "core/projectdata.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QFormLayout;
QT_END_NAMESPACE

namespace tb {

/// Shows the fields and properties of one object, read-only.
class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    ~DetailsPanel() override;

    /// Shows an object of `project` (null id: the "nothing selected" hint). Call again after an
    /// edit to refresh.
    void showObject(const ProjectData &project, const Id &id);
    void clear();
    Id shownObject() const;
    /// The heading (the object's name), for tests and accessibility.
    QString title() const;

private:
    void fillForm(const ProjectData &project, const Id &id);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
