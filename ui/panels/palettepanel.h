#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QListWidget;
class QMimeData;
QT_END_NAMESPACE

namespace tb {

/// What the canvas can create: the generic element kinds, a trust boundary, and the stencils of
/// the property catalogue. Entries are dragged onto the canvas, or activated (double-click,
/// Enter) to be created at the centre of the view.
class PalettePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PalettePanel)

public:
    explicit PalettePanel(QWidget *parent = nullptr);
    ~PalettePanel() override;

    QListWidget *list() const { return m_list; }
    /// The drag payload of an entry (see PaletteEntry), as the list hands it out.
    static QMimeData *mimeFor(const QString &entry);

Q_SIGNALS:
    void entryActivated(const QString &entry);

private:
    QListWidget *m_list;
};

} // namespace tb
