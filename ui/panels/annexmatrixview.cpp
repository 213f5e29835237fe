#include "annexmatrixview.h"

#include "core/project.h"
#include "cra/annexcatalog.h"
#include "cra/coverage.h"
#include "document/document.h"
#include "riskmapcolors.h"
#include "tasklistmodel.h"
#include "threattablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tb {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kVerdictRole = Qt::UserRole + 2;
enum Column { IdColumn, TitleColumn, VerdictColumn, ThreatsColumn, TasksColumn, ReasonColumn };

QColor verdictColor(Verdict v)
{
    switch (v) {
    case Verdict::Covered:
        return QColor(0x5c, 0xb8, 0x5c);
    case Verdict::Partial:
        return QColor(0xf0, 0xc4, 0x3c);
    case Verdict::Gap:
        return QColor(0xd9, 0x3f, 0x3f);
    case Verdict::NotAssessed:
        return QColor(0xb0, 0xb0, 0xb0);
    case Verdict::NotApplicable:
        return QColor(0x8f, 0xa8, 0xc8);
    }
    return {};
}
} // namespace

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Covered:
        return AnnexMatrixView::tr("Covered");
    case Verdict::Partial:
        return AnnexMatrixView::tr("Partial");
    case Verdict::Gap:
        return AnnexMatrixView::tr("Gap");
    case Verdict::NotAssessed:
        return AnnexMatrixView::tr("Not assessed");
    case Verdict::NotApplicable:
        return AnnexMatrixView::tr("Not applicable");
    }
    return {};
}

struct AnnexMatrixView::Private
{
    QPointer<Document> document;
    QList<RequirementCoverage> coverage;
    QTimer *pending = nullptr;
    QLabel *summary = nullptr;
    QTreeWidget *tree = nullptr;
    QLabel *heading = nullptr;
    QLabel *explanation = nullptr;
    QListWidget *threats = nullptr;
    QListWidget *tasks = nullptr;
    QLabel *threatsLabel = nullptr;
    QLabel *tasksLabel = nullptr;
    QPushButton *show = nullptr;
    QHash<QString, QTreeWidgetItem *> items;
    quint64 generation = 0;
    bool computing = false;
    QList<QPointer<QThread>> threads;
};

AnnexMatrixView::AnnexMatrixView(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->pending = new QTimer(this);
    d->pending->setSingleShot(true);
    // Coalesce bursts (a derivation applied in slices) into one recomputation.
    d->pending->setInterval(100);
    connect(d->pending, &QTimer::timeout, this, &AnnexMatrixView::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("summary"));
    d->summary->setTextFormat(Qt::RichText);
    layout->addWidget(d->summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    d->tree = new QTreeWidget(split);
    d->tree->setObjectName(QStringLiteral("matrix"));
    d->tree->setHeaderLabels(
        {tr("Requirement"), tr("Title"), tr("Verdict"), tr("Threats"), tr("Tasks"), tr("Why")});
    d->tree->setAlternatingRowColors(true);
    d->tree->setUniformRowHeights(true);
    d->tree->setAllColumnsShowFocus(true);
    d->tree->header()->setStretchLastSection(true);
    d->tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    const QList<AnnexRequirement> &reqs = AnnexCatalog::builtIn().requirements();
    auto *part1 = new QTreeWidgetItem(d->tree, {tr("Part I"), tr("Cybersecurity requirements")});
    auto *part2
        = new QTreeWidgetItem(d->tree, {tr("Part II"), tr("Vulnerability handling requirements")});
    for (QTreeWidgetItem *p : {part1, part2}) {
        QFont f = p->font(0);
        f.setBold(true);
        p->setFont(0, f);
        p->setFont(1, f);
        p->setFlags(Qt::ItemIsEnabled);
        p->setFirstColumnSpanned(false);
    }
    for (const AnnexRequirement &r : reqs) {
        auto *item
            = new QTreeWidgetItem(r.part == QLatin1String("I") ? part1 : part2, {r.id, r.title});
        item->setData(IdColumn, kIdRole, r.id);
        item->setToolTip(TitleColumn, r.explanation);
        item->setTextAlignment(VerdictColumn, Qt::AlignCenter);
        item->setTextAlignment(ThreatsColumn, Qt::AlignCenter);
        item->setTextAlignment(TasksColumn, Qt::AlignCenter);
        d->items.insert(r.id, item);
    }
    d->tree->expandAll();
    const QFontMetrics fm = d->tree->fontMetrics();
    d->tree->setColumnWidth(IdColumn, fm.horizontalAdvance(QStringLiteral("I(2)(m)"))
                                          + d->tree->indentation() + 30);
    d->tree->setColumnWidth(TitleColumn, fm.horizontalAdvance(QLatin1Char('x')) * 48);
    d->tree->setColumnWidth(VerdictColumn,
                            fm.horizontalAdvance(QStringLiteral("Not applicable")) + 24);
    d->tree->setColumnWidth(ThreatsColumn,
                            fm.horizontalAdvance(QStringLiteral("105 (72 open)")) + 20);
    d->tree->setColumnWidth(TasksColumn, fm.horizontalAdvance(QStringLiteral("Tasks")) + 24);

    auto *detail = new QWidget(split);
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 4, 0, 0);
    auto *head = new QHBoxLayout;
    d->heading = new QLabel(detail);
    d->heading->setObjectName(QStringLiteral("heading"));
    QFont bold = d->heading->font();
    bold.setBold(true);
    d->heading->setFont(bold);
    d->show = new QPushButton(tr("Show in Threats and Tasks"), detail);
    d->show->setObjectName(QStringLiteral("showRequirement"));
    head->addWidget(d->heading, 1);
    head->addWidget(d->show);
    dl->addLayout(head);
    d->explanation = new QLabel(detail);
    d->explanation->setWordWrap(true);
    dl->addWidget(d->explanation);
    auto *lists = new QHBoxLayout;
    auto *tcol = new QVBoxLayout;
    d->threatsLabel = new QLabel(detail);
    d->threats = new QListWidget(detail);
    d->threats->setObjectName(QStringLiteral("threats"));
    tcol->addWidget(d->threatsLabel);
    tcol->addWidget(d->threats);
    auto *kcol = new QVBoxLayout;
    d->tasksLabel = new QLabel(detail);
    d->tasks = new QListWidget(detail);
    d->tasks->setObjectName(QStringLiteral("tasks"));
    kcol->addWidget(d->tasksLabel);
    kcol->addWidget(d->tasks);
    lists->addLayout(tcol, 3);
    lists->addLayout(kcol, 2);
    dl->addLayout(lists, 1);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(d->tree, &QTreeWidget::currentItemChanged, this, [this] {
        showDetails();
        Q_EMIT requirementSelected(currentRequirement());
    });
    connect(d->tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(IdColumn, kIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT requirementActivated(id);
    });
    connect(d->show, &QPushButton::clicked, this, [this] {
        if (!currentRequirement().isEmpty())
            Q_EMIT requirementActivated(currentRequirement());
    });
    connect(d->threats, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT threatActivated(item->data(kIdRole).toUuid());
    });
    connect(d->tasks, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT taskActivated(item->data(kIdRole).toUuid()); });
    refresh();
}

AnnexMatrixView::~AnnexMatrixView()
{
    for (const QPointer<QThread> &t : std::as_const(d->threads)) {
        if (t)
            t->wait();
    }
}

void AnnexMatrixView::setDocument(Document *document)
{
    if (!followDocument(d->document, document, this, [this] { d->pending->start(); }))
        return;
    refresh();
}

QString AnnexMatrixView::currentRequirement() const
{
    QTreeWidgetItem *item = d->tree->currentItem();
    return item ? item->data(IdColumn, kIdRole).toString() : QString();
}

QTreeWidget *AnnexMatrixView::matrix() const
{
    return d->tree;
}

QListWidget *AnnexMatrixView::threatList() const
{
    return d->threats;
}

QListWidget *AnnexMatrixView::taskList() const
{
    return d->tasks;
}

void AnnexMatrixView::selectRequirement(const QString &annexId)
{
    const QString id = AnnexCatalog::builtIn().canonicalId(annexId);
    if (QTreeWidgetItem *item = d->items.value(id)) {
        d->tree->setCurrentItem(item);
        d->tree->scrollToItem(item);
    }
}

bool AnnexMatrixView::isComputing() const
{
    return d->computing;
}

void AnnexMatrixView::refresh()
{
    d->pending->stop();
    const quint64 generation = ++d->generation;
    if (!d->document) {
        d->computing = false;
        showCoverage({});
        return;
    }
    // Coverage walks the whole register: on a big model that is hundreds of milliseconds, so it
    // runs on a worker over a snapshot (implicitly shared, so the copy is cheap).
    d->computing = true;
    auto snapshot = std::make_shared<ProjectData>(d->document->data());
    QPointer<AnnexMatrixView> self(this);
    QThread *thread = QThread::create([self, snapshot, generation]() mutable {
        auto coverage = std::make_shared<QList<RequirementCoverage>>(
            computeCoverage(*snapshot, AnnexCatalog::builtIn()));
        snapshot.reset();
        QMetaObject::invokeMethod(
            self,
            [self, coverage, generation] {
                if (self && self->d->generation == generation) {
                    self->d->computing = false;
                    self->showCoverage(*coverage);
                }
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("coverage"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    d->threads.removeAll(nullptr);
    d->threads.append(thread);
    thread->start(QThread::LowPriority);
}

void AnnexMatrixView::showCoverage(const QList<RequirementCoverage> &coverage)
{
    d->coverage = coverage;
    QMap<Verdict, int> counts;
    for (const RequirementCoverage &c : std::as_const(d->coverage)) {
        QTreeWidgetItem *item = d->items.value(c.id);
        if (!item)
            continue;
        counts[c.verdict] += 1;
        const QColor colour = verdictColor(c.verdict);
        item->setText(VerdictColumn, verdictLabel(c.verdict));
        item->setData(VerdictColumn, kVerdictRole, int(c.verdict));
        item->setBackground(VerdictColumn, colour);
        item->setForeground(VerdictColumn, textColorOn(colour));
        item->setText(ThreatsColumn,
                      c.unhandled.isEmpty()
                          ? QString::number(c.threats.size())
                          : tr("%1 (%2 open)").arg(c.threats.size()).arg(c.unhandled.size()));
        item->setText(TasksColumn, QString::number(c.tasks.size()));
        item->setText(ReasonColumn, c.reason);
        item->setToolTip(ReasonColumn, c.reason);
    }
    if (!d->document) {
        d->summary->setText(tr("No project open."));
    } else {
        QStringList parts;
        for (Verdict v : {Verdict::Covered, Verdict::Partial, Verdict::Gap, Verdict::NotAssessed,
                          Verdict::NotApplicable})
            parts.append(QStringLiteral("<span style='color:%1'>&#9632;</span> %2 %3")
                             .arg(verdictColor(v).name(), verdictLabel(v))
                             .arg(counts.value(v)));
        d->summary->setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    }
    showDetails();
    Q_EMIT updated();
}

void AnnexMatrixView::showDetails()
{
    const QString id = currentRequirement();
    const RequirementCoverage *c = nullptr;
    for (const RequirementCoverage &r : std::as_const(d->coverage)) {
        if (r.id == id)
            c = &r;
    }
    d->threats->clear();
    d->tasks->clear();
    d->show->setEnabled(c != nullptr);
    if (!c || !d->document) {
        d->heading->setText(tr("Select a requirement to see its threats and tasks."));
        d->explanation->clear();
        d->threatsLabel->setText(tr("Threats"));
        d->tasksLabel->setText(tr("Tasks"));
        return;
    }
    const AnnexRequirement *req = AnnexCatalog::builtIn().find(id);
    d->heading->setText(QStringLiteral("%1  %2 — %3")
                            .arg(id, req ? req->title : QString(), verdictLabel(c->verdict)));
    d->explanation->setText(c->reason);
    const ProjectData &pd = d->document->data();
    const QSet<Id> open(c->unhandled.cbegin(), c->unhandled.cend());
    for (const Id &t : c->threats) {
        const auto it = pd.threats.constFind(t);
        if (it == pd.threats.cend())
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  [%2]").arg(it->title, threatStatusLabel(it->status)), d->threats);
        item->setData(kIdRole, t);
        if (open.contains(t))
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    for (const Id &t : c->tasks) {
        const auto it = pd.tasks.constFind(t);
        if (it == pd.tasks.cend())
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  [%2]").arg(it->title, taskStatusLabel(it->status)), d->tasks);
        item->setData(kIdRole, t);
    }
    d->threatsLabel->setText(
        tr("Threats (%1, %2 open)").arg(c->threats.size()).arg(c->unhandled.size()));
    d->tasksLabel->setText(tr("Tasks (%1)").arg(c->tasks.size()));
}

} // namespace tb
