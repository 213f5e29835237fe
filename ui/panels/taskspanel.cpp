#include "taskspanel.h"

#include "core/project.h"
#include "document/document.h"
#include "taskeditor.h"
#include "tasklistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tb {

struct TasksPanel::Private
{
    QPointer<Document> document;
    TaskListModel *model = nullptr;
    TaskFilterProxy *proxy = nullptr;
    QTableView *table = nullptr;
    TaskEditor *editor = nullptr;
    QPushButton *add = nullptr;
    QPushButton *remove = nullptr;
    QLineEdit *search = nullptr;
    QToolButton *annexChip = nullptr;
    QToolButton *threatChip = nullptr;
    Id shown;
};

TasksPanel::TasksPanel(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->model = new TaskListModel(this);
    d->proxy = new TaskFilterProxy(this);
    d->proxy->setSourceModel(d->model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    d->add = new QPushButton(tr("New Task"), this);
    d->add->setObjectName(QStringLiteral("newTask"));
    d->remove = new QPushButton(tr("Delete"), this);
    d->remove->setObjectName(QStringLiteral("deleteTask"));
    d->search = new QLineEdit(this);
    d->search->setObjectName(QStringLiteral("search"));
    d->search->setPlaceholderText(tr("Filter tasks…"));
    d->search->setClearButtonEnabled(true);
    d->annexChip = new QToolButton(this);
    d->annexChip->setObjectName(QStringLiteral("annexFilter"));
    d->threatChip = new QToolButton(this);
    d->threatChip->setObjectName(QStringLiteral("threatFilter"));
    bar->addWidget(d->add);
    bar->addWidget(d->remove);
    bar->addWidget(d->search, 1);
    bar->addWidget(d->annexChip);
    bar->addWidget(d->threatChip);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    d->table = new QTableView(split);
    d->table->setObjectName(QStringLiteral("taskTable"));
    d->table->setModel(d->proxy);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setSortingEnabled(true);
    d->table->sortByColumn(TaskListModel::DueColumn, Qt::AscendingOrder);
    d->table->setAlternatingRowColors(true);
    d->table->verticalHeader()->hide();
    d->table->verticalHeader()->setDefaultSectionSize(d->table->fontMetrics().height() + 8);
    QHeaderView *h = d->table->horizontalHeader();
    h->setSectionResizeMode(TaskListModel::TitleColumn, QHeaderView::Stretch);
    h->setHighlightSections(false);
    const QFontMetrics fm = d->table->fontMetrics();
    auto fit = [&](int column, const QString &widest) {
        h->resizeSection(column, fm.horizontalAdvance(widest) + 22);
    };
    fit(TaskListModel::OwnerColumn, QStringLiteral("Firmware team"));
    fit(TaskListModel::DueColumn, QStringLiteral("30 Sep 2026"));
    fit(TaskListModel::StatusColumn, QStringLiteral("Implemented"));
    fit(TaskListModel::ThreatsColumn, QStringLiteral("Threats"));
    fit(TaskListModel::EvidenceColumn, QStringLiteral("Evidence"));
    fit(TaskListModel::AnnexColumn, QStringLiteral("I(2)(e), I(2)(f)"));
    d->editor = new TaskEditor(split);
    d->editor->setMinimumWidth(320);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({800, 480});
    layout->addWidget(split, 1);

    connect(d->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksPanel::currentChanged);
    connect(d->add, &QPushButton::clicked, this, &TasksPanel::newTask);
    connect(d->remove, &QPushButton::clicked, this, &TasksPanel::deleteTask);
    connect(d->search, &QLineEdit::textChanged, d->proxy, &TaskFilterProxy::setText);
    connect(d->annexChip, &QToolButton::clicked, this, [this] { showRequirement({}); });
    connect(d->threatChip, &QToolButton::clicked, this, [this] { showThreat({}); });
    connect(d->editor, &TaskEditor::threatActivated, this, &TasksPanel::threatActivated);
    syncChips();
}

TasksPanel::~TasksPanel() = default;

void TasksPanel::setDocument(Document *document)
{
    d->document = document;
    d->model->setProject(document ? document->project() : nullptr);
    d->editor->setDocument(document);
    d->shown = Id();
    const bool writable = document && !document->isReadOnly();
    d->add->setEnabled(writable);
    d->remove->setEnabled(writable);
}

Id TasksPanel::currentTask() const
{
    return d->shown;
}

QTableView *TasksPanel::table() const
{
    return d->table;
}

TaskListModel *TasksPanel::model() const
{
    return d->model;
}

TaskFilterProxy *TasksPanel::proxy() const
{
    return d->proxy;
}

TaskEditor *TasksPanel::editor() const
{
    return d->editor;
}

void TasksPanel::selectTask(const Id &task)
{
    QModelIndex index = d->proxy->mapFromSource(d->model->indexOf(task));
    if (!index.isValid() && d->model->indexOf(task).isValid()) {
        d->search->clear();
        showRequirement({});
        showThreat({});
        index = d->proxy->mapFromSource(d->model->indexOf(task));
    }
    if (!index.isValid())
        return;
    d->table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
    d->table->scrollTo(index);
}

void TasksPanel::showRequirement(const QString &annexId)
{
    d->proxy->setAnnex(annexId);
    syncChips();
}

void TasksPanel::showThreat(const Id &threat)
{
    d->proxy->setThreat(threat);
    syncChips();
}

void TasksPanel::setCandidateThreat(const Id &threat)
{
    d->editor->setCandidateThreat(threat);
}

void TasksPanel::newTask()
{
    if (!d->document)
        return;
    MitigationTask t;
    t.id = newId();
    t.title = tr("New task");
    t.annex = d->proxy->annex().isEmpty() ? QStringList() : QStringList{d->proxy->annex()};
    if (const Result<void> r = d->document->apply(AddTask{t}); !r) {
        QMessageBox::warning(this, tr("New Task"), r.error().message);
        return;
    }
    selectTask(t.id);
    d->editor->setFocus();
}

void TasksPanel::deleteTask()
{
    if (!d->document || d->shown.isNull())
        return;
    if (const Result<void> r = d->document->apply(RemoveTask{d->shown}); !r)
        QMessageBox::warning(this, tr("Delete Task"), r.error().message);
}

void TasksPanel::syncChips()
{
    d->annexChip->setText(tr("Annex I: %1  ✕").arg(d->proxy->annex()));
    d->annexChip->setVisible(!d->proxy->annex().isEmpty());
    QString threat;
    if (d->document && !d->proxy->threat().isNull())
        threat = d->document->data().threats.value(d->proxy->threat()).title;
    d->threatChip->setText(tr("Threat: %1  ✕").arg(threat));
    d->threatChip->setVisible(!d->proxy->threat().isNull());
}

void TasksPanel::currentChanged()
{
    const Id id = d->table->selectionModel()->currentIndex().data(TaskListModel::IdRole).toUuid();
    if (id == d->shown)
        return;
    d->shown = id;
    d->editor->showTask(id);
    d->remove->setEnabled(!id.isNull() && d->document && !d->document->isReadOnly());
    Q_EMIT taskSelected(id);
}

} // namespace tb
