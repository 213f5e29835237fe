#include "palettepanel.h"

#include "canvas/paletteentry.h"
#include "core/propertycatalog.h"

#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QVBoxLayout>

namespace tb {

namespace {
constexpr int kEntryRole = Qt::UserRole + 1;

QIcon kindIcon(ElementKind kind)
{
    switch (kind) {
    case ElementKind::ExternalEntity:
        return QIcon(QStringLiteral(":/icons/external-entity.svg"));
    case ElementKind::Process:
        return QIcon(QStringLiteral(":/icons/process.svg"));
    case ElementKind::DataStore:
        return QIcon(QStringLiteral(":/icons/data-store.svg"));
    }
    return {};
}

// The list hands out palette entries as drag payloads, and Enter activates like a double-click.
class PaletteList final : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {PaletteEntry::mimeType()}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        return PalettePanel::mimeFor(items.first()->data(kEntryRole).toString());
    }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
};
} // namespace

PalettePanel::PalettePanel(QWidget *parent) : QWidget(parent), m_list(new PaletteList(this))
{
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Palette"));
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setIconSize(QSize(24, 24));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(1);

    auto add = [this](const QString &label, const QIcon &icon, const PaletteEntry &entry,
                      const QString &help) {
        auto *item = new QListWidgetItem(icon, label, m_list);
        item->setData(kEntryRole, entry.toString());
        item->setToolTip(help);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    };
    auto heading = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_list);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        item->setFlags(Qt::NoItemFlags);
    };
    heading(tr("Elements"));
    add(tr("External entity  (E)"), kindIcon(ElementKind::ExternalEntity),
        {false, ElementKind::ExternalEntity, {}},
        tr("A person or system outside the product's control."));
    add(tr("Process  (P)"), kindIcon(ElementKind::Process), {false, ElementKind::Process, {}},
        tr("Code that runs and transforms data."));
    add(tr("Data store  (D)"), kindIcon(ElementKind::DataStore),
        {false, ElementKind::DataStore, {}}, tr("Where data rests: files, databases, caches."));
    add(tr("Trust boundary  (B)"), QIcon(QStringLiteral(":/icons/trust-boundary.svg")),
        {true, ElementKind::Process, {}},
        tr("A zone of one trust level; elements dropped inside belong to it."));
    heading(tr("Stencils"));
    for (const Stencil &s : PropertyCatalog::builtIn().stencils())
        add(s.label, kindIcon(s.kind), {false, s.kind, s.id}, s.help);

    auto *hint = new QLabel(tr("Drag onto the diagram, or press Enter to add at the centre. "
                               "Draw flows with F or Shift+drag."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString entry = item->data(kEntryRole).toString();
        if (!entry.isEmpty())
            Q_EMIT entryActivated(entry);
    });
}

PalettePanel::~PalettePanel() = default;

QMimeData *PalettePanel::mimeFor(const QString &entry)
{
    auto *mime = new QMimeData;
    mime->setData(PaletteEntry::mimeType(), entry.toUtf8());
    return mime;
}

} // namespace tb
