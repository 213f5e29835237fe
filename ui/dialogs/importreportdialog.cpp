#include "importreportdialog.h"

#include "io/importreporttext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tb {

ImportReportDialog::ImportReportDialog(const Imported &imported, const QString &input,
                                       const QString &output, QWidget *parent)
    : QDialog(parent)
    , m_approximated(new QListWidget(this))
    , m_dropped(new QListWidget(this))
    , m_text(importReportText(imported, input, output))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Report"));
    const ImportReport &r = imported.report;

    auto *summary
        = new QLabel(tr("<b>%1</b> was read as <b>%2</b> and saved as <b>%3</b>.")
                         .arg(QFileInfo(input).fileName().toHtmlEscaped(), r.format.toHtmlEscaped(),
                              QDir::toNativeSeparators(output).toHtmlEscaped()),
                     this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_approximated->setObjectName(QStringLiteral("approximatedList"));
    m_approximated->setAccessibleName(tr("Approximated items"));
    m_dropped->setObjectName(QStringLiteral("droppedList"));
    m_dropped->setAccessibleName(tr("Dropped items"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("importReportTabs"));
    tabs->addTab(itemsPage(m_approximated, r.approximated,
                           tr("Everything was mapped exactly; nothing was approximated.")),
                 tr("&Approximated (%1)").arg(r.approximated.size()));
    tabs->addTab(itemsPage(m_dropped, r.dropped, tr("Nothing was dropped.")),
                 tr("&Dropped (%1)").arg(r.dropped.size()));
    // Drops lose information, so they come first when there are any.
    tabs->setCurrentIndex(r.dropped.isEmpty() ? 0 : 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy as Text"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyReport"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text + QLatin1Char('\n')); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(countsTable(imported));
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

QWidget *ImportReportDialog::countsTable(const Imported &imported)
{
    const ProjectData &project = imported.data;
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("importCounts"));
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &label, qsizetype n) {
        auto *value = new QLabel(QString::number(n), box);
        value->setAccessibleName(label);
        form->addRow(label, value);
    };
    add(tr("Elements:"), project.elements.size());
    add(tr("Flows:"), project.flows.size());
    add(tr("Trust boundaries:"), project.boundaries.size());
    add(tr("Data assets:"), project.assets.size());
    add(tr("Threats:"), project.threats.size());
    add(tr("Mitigation tasks:"), project.tasks.size());
    return box;
}

QWidget *ImportReportDialog::itemsPage(QListWidget *list, const QStringList &lines,
                                       const QString &empty)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    if (lines.isEmpty()) {
        auto *none = new QLabel(empty, page);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    // Each line starts with where the item sits in the source ("diagrams[0] "Checkout"
    // cells[11] "Callback": ..."), as the CLI prints it.
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    list->setTextElideMode(Qt::ElideNone);
    list->addItems(lines);
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setToolTip(lines.at(i));
    list->setVisible(!lines.isEmpty());
    layout->addWidget(list, 1);
    return page;
}

} // namespace tb
