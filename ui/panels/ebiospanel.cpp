#include "ebiospanel.h"

#include "core/project.h"
#include "document/document.h"
#include "report/reportsections.h"
#include "report/reporttext.h"
#include "risk/strategicedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace tb {

namespace {

// The tables of ebiosTables(), in its order, with the workshop each belongs to.
struct TableKind
{
    const char *name;
    int workshop;
};
constexpr std::array<TableKind, 6> kTables{{{"businessValues", 1},
                                            {"fearedEvents", 1},
                                            {"pairs", 2},
                                            {"ecosystem", 3},
                                            {"strategic", 3},
                                            {"operational", 4}}};
constexpr int kPairs = 2;
constexpr int kStrategic = 4;

} // namespace

struct EbiosPanel::Private
{
    QPointer<Document> document;
    QLabel *summary = nullptr;
    QLabel *note = nullptr;
    QPushButton *derive = nullptr;
    QPushButton *retain = nullptr;
    QPushButton *reject = nullptr;
    QTabWidget *tabs = nullptr;
    std::array<QTableWidget *, kTables.size()> tables{};
    QTimer *pending = nullptr;
};

EbiosPanel::EbiosPanel(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    setAccessibleName(tr("EBIOS RM study"));
    d->pending = new QTimer(this);
    d->pending->setSingleShot(true);
    d->pending->setInterval(50); // coalesces bursts of edits
    connect(d->pending, &QTimer::timeout, this, &EbiosPanel::refresh);

    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("ebiosSummary"));
    d->summary->setWordWrap(true);
    d->summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->derive = new QPushButton(tr("Derive Strategic Scenarios"), this);
    d->derive->setObjectName(QStringLiteral("deriveStrategic"));
    d->derive->setToolTip(tr("Propose attack paths from the retained risk origin / target "
                             "objective pairs through the ecosystem; decided scenarios are kept"));
    d->retain = new QPushButton(tr("Retain"), this);
    d->retain->setObjectName(QStringLiteral("retain"));
    d->reject = new QPushButton(tr("Reject"), this);
    d->reject->setObjectName(QStringLiteral("reject"));
    d->note = new QLabel(this);
    d->note->setObjectName(QStringLiteral("ebiosNote"));
    d->note->setWordWrap(true);

    d->tabs = new QTabWidget(this);
    d->tabs->setObjectName(QStringLiteral("workshops"));
    d->tabs->setDocumentMode(true);
    for (std::size_t i = 0; i < kTables.size(); ++i) {
        auto *table = new QTableWidget(d->tabs);
        table->setObjectName(QLatin1String(kTables[i].name));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        connect(table, &QTableWidget::currentCellChanged, this, &EbiosPanel::updateActions);
        d->tables[i] = table;
        d->tabs->addTab(table, QString());
    }
    connect(d->tabs, &QTabWidget::currentChanged, this, &EbiosPanel::updateActions);
    connect(d->derive, &QPushButton::clicked, this, &EbiosPanel::deriveStrategic);
    connect(d->retain, &QPushButton::clicked, this, [this] { decide(true); });
    connect(d->reject, &QPushButton::clicked, this, [this] { decide(false); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(d->derive);
    bar->addStretch(1);
    bar->addWidget(d->retain);
    bar->addWidget(d->reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(d->summary);
    layout->addLayout(bar);
    layout->addWidget(d->note);
    layout->addWidget(d->tabs, 1);
    refresh();
}

EbiosPanel::~EbiosPanel() = default;

void EbiosPanel::setDocument(Document *document)
{
    if (!followDocument(d->document, document, this, [this] { d->pending->start(); }))
        return;
    d->note->clear();
    refresh();
}

Id EbiosPanel::currentId() const
{
    const auto *table = qobject_cast<QTableWidget *>(d->tabs->currentWidget());
    const QTableWidgetItem *item = table ? table->item(table->currentRow(), 0) : nullptr;
    return item ? item->data(Qt::UserRole).value<Id>() : Id();
}

void EbiosPanel::refresh()
{
    d->pending->stop();
    static const ProjectData kEmpty;
    const ProjectData &project = d->document ? d->document->data() : kEmpty;
    const EbiosStudy &s = project.study;
    ReportContent content;
    content.data = &project;
    content.text
        = ReportText(QLocale().name().startsWith(QLatin1String("fr")) ? QStringLiteral("fr")
                                                                      : QStringLiteral("en"));
    const auto tables = ebiosTables(content, true);
    Q_ASSERT(std::size_t(tables.size()) == kTables.size());
    for (std::size_t i = 0; i < kTables.size(); ++i) {
        const auto &[title, table] = tables[qsizetype(i)];
        QTableWidget *w = d->tables[i];
        const QTableWidgetItem *was = w->item(w->currentRow(), 0);
        const Id selected = was ? was->data(Qt::UserRole).value<Id>() : Id();
        const QSignalBlocker block(w);
        w->clearContents();
        w->setColumnCount(int(table.headers.size()));
        w->setHorizontalHeaderLabels(table.headers);
        w->setRowCount(int(table.rows.size()));
        for (int r = 0; r < w->rowCount(); ++r) {
            const QStringList &row = table.rows[r];
            for (int col = 0; col < row.size(); ++col) {
                auto *item = new QTableWidgetItem(row[col]);
                item->setToolTip(row[col]);
                if (table.rowFills.value(r).isValid())
                    item->setBackground(table.rowFills[r]);
                if (col == 0)
                    item->setData(Qt::UserRole, QVariant::fromValue(table.rowIds.value(r)));
                w->setItem(r, col, item);
            }
            if (!selected.isNull() && table.rowIds.value(r) == selected)
                w->setCurrentCell(r, 0);
        }
        w->resizeColumnsToContents();
        d->tabs->setTabText(int(i), QStringLiteral("%1 (%2)").arg(title).arg(table.rows.size()));
        d->tabs->setTabToolTip(int(i), tr("Workshop %1").arg(kTables[i].workshop));
    }

    int retained = 0, danger = 0;
    for (const RoToPair *p : s.all<RoToPair>())
        retained += p->retained ? 1 : 0;
    for (const Stakeholder *h : s.all<Stakeholder>())
        danger += zoneOf(*h, s.settings) == EcosystemZone::Danger ? 1 : 0;
    d->summary->setText(
        !d->document ? tr("No project open.")
        : s.items.isEmpty()
            ? tr("This project has no EBIOS RM study yet. Build one with "
                 "<tt>threatbench-cli apply</tt> (putStudyItem) or start from the example "
                 "product.")
            : tr("Workshop 1: %1 business value(s), %2 feared event(s) · Workshop 2: %3 of %4 "
                 "pair(s) retained · Workshop 3: %5 stakeholder(s), %6 in the danger zone; %7 "
                 "strategic scenario(s) · Workshop 4: %8 operational scenario(s)")
                  .arg(s.all<BusinessValue>().size())
                  .arg(s.all<FearedEvent>().size())
                  .arg(retained)
                  .arg(s.all<RoToPair>().size())
                  .arg(s.all<Stakeholder>().size())
                  .arg(danger)
                  .arg(s.all<StrategicScenario>().size())
                  .arg(s.all<OperationalScenario>().size()));
    updateActions();
}

void EbiosPanel::updateActions()
{
    const bool editable = d->document && !d->document->isReadOnly();
    const int tab = d->tabs->currentIndex();
    const bool decidable
        = editable && (tab == kPairs || tab == kStrategic) && !currentId().isNull();
    d->retain->setEnabled(decidable);
    d->reject->setEnabled(decidable);
    d->derive->setEnabled(editable && !d->document->data().study.all<RoToPair>().isEmpty());
}

void EbiosPanel::decide(bool retain)
{
    if (!d->document)
        return;
    const EbiosStudy &s = d->document->data().study;
    const Id id = currentId();
    Batch batch;
    if (const RoToPair *p = s.get<RoToPair>(id)) {
        RoToPair changed = *p;
        changed.retained = retain;
        if (changed == *p)
            return;
        batch = Batch{retain ? tr("Retain Pair") : tr("Reject Pair"), {PutStudyItem{changed}}};
    } else if (const StrategicScenario *sc = s.get<StrategicScenario>(id)) {
        StrategicScenario changed = *sc;
        changed.status = retain ? ScenarioStatus::Retained : ScenarioStatus::Rejected;
        if (changed == *sc)
            return;
        batch = Batch{retain ? tr("Retain Strategic Scenario") : tr("Reject Strategic Scenario"),
                      {PutStudyItem{changed}}};
    } else {
        return;
    }
    if (Result<void> r = d->document->apply(batch); !r)
        QMessageBox::warning(this, tr("Not Changed"), r.error().text());
    refresh(); // at once, so the buttons act on what the user sees
}

void EbiosPanel::deriveStrategic()
{
    if (!d->document)
        return;
    const EbiosStudy &s = d->document->data().study;
    const QList<StrategicProposal> proposals = deriveStrategicScenarios(s);
    const StrategicMerge merge = mergeStrategicProposals(s, proposals);
    const Batch batch = strategicMergeEdit(merge);
    if (batch.edits.empty()) {
        d->note->setText(tr("Strategic scenarios are up to date: %1 path(s) found, nothing to "
                            "change.")
                             .arg(proposals.size()));
        return;
    }
    if (Result<void> r = d->document->apply(batch); !r) {
        QMessageBox::warning(this, tr("Not Changed"), r.error().text());
        return;
    }
    d->note->setText(tr("%1 path(s) found: %2 scenario(s) added or refreshed, %3 stale "
                        "proposal(s) removed, %4 decided scenario(s) no longer found.")
                         .arg(proposals.size())
                         .arg(merge.put.size())
                         .arg(merge.remove.size())
                         .arg(merge.orphaned.size()));
    refresh();
    d->tabs->setCurrentIndex(kStrategic);
}

} // namespace tb
