#include "taskeditor.h"

#include "core/project.h"
#include "cra/annexcatalog.h"
#include "document/document.h"
#include "tasklistmodel.h"
#include "threattablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tb {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

struct TaskEditor::Private
{
    QPointer<Document> document;
    Id task;
    Id candidate;
    QList<Evidence> evidence; // as edited, saved with the rest
    QList<Id> threats;
    bool filling = false;
    bool modified = false;

    QStackedLayout *stack = nullptr;
    QLabel *error = nullptr;
    QLineEdit *title = nullptr;
    QLineEdit *owner = nullptr;
    QCheckBox *hasDue = nullptr;
    QDateEdit *due = nullptr;
    QComboBox *status = nullptr;
    QLineEdit *justification = nullptr;
    QPlainTextEdit *description = nullptr;
    QTreeWidget *evidenceList = nullptr;
    QComboBox *evidenceKind = nullptr;
    QLineEdit *evidenceValue = nullptr;
    QDateEdit *evidenceDate = nullptr;
    QPushButton *addEvidence = nullptr;
    QPushButton *removeEvidence = nullptr;
    QListWidget *threatList = nullptr;
    QPushButton *linkThreat = nullptr;
    QPushButton *unlinkThreat = nullptr;
    QListWidget *annex = nullptr;
    QPushButton *save = nullptr;
    QPushButton *revert = nullptr;
};

TaskEditor::TaskEditor(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->stack = new QStackedLayout(this);
    auto *placeholder = new QLabel(tr("Select a task to edit it."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    d->stack->addWidget(placeholder);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    d->stack->addWidget(scroll);
    auto *v = new QVBoxLayout(page);

    d->error = new QLabel(page);
    d->error->setObjectName(QStringLiteral("error"));
    d->error->setWordWrap(true);
    d->error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    d->error->hide();
    v->addWidget(d->error);

    auto *form = new QFormLayout;
    d->title = new QLineEdit(page);
    d->title->setObjectName(QStringLiteral("title"));
    d->owner = new QLineEdit(page);
    d->owner->setObjectName(QStringLiteral("owner"));
    d->owner->setPlaceholderText(tr("Who does it"));
    d->hasDue = new QCheckBox(page);
    d->hasDue->setObjectName(QStringLiteral("hasDue"));
    d->hasDue->setAccessibleName(tr("Has a due date"));
    d->due = new QDateEdit(page);
    d->due->setObjectName(QStringLiteral("due"));
    d->due->setCalendarPopup(true);
    d->due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(d->hasDue);
    dueRow->addWidget(d->due, 1);
    d->status = new QComboBox(page);
    d->status->setObjectName(QStringLiteral("status"));
    for (TaskStatus s : {TaskStatus::Proposed, TaskStatus::Planned, TaskStatus::InProgress,
                         TaskStatus::Implemented, TaskStatus::Verified, TaskStatus::WontDo})
        d->status->addItem(taskStatusLabel(s), int(s));
    d->justification = new QLineEdit(page);
    d->justification->setObjectName(QStringLiteral("justification"));
    d->justification->setPlaceholderText(tr("Required for \"won't do\""));
    d->description = new QPlainTextEdit(page);
    d->description->setObjectName(QStringLiteral("description"));
    d->description->setFixedHeight(d->description->fontMetrics().lineSpacing() * 3 + 12);
    d->description->setTabChangesFocus(true);
    form->addRow(tr("&Title:"), d->title);
    form->addRow(tr("&Owner:"), d->owner);
    form->addRow(tr("Due:"), dueRow);
    form->addRow(tr("&Status:"), d->status);
    form->addRow(tr("&Justification:"), d->justification);
    form->addRow(tr("D&escription:"), d->description);
    v->addLayout(form);

    auto *ev = new QGroupBox(tr("Evidence"), page);
    auto *el = new QVBoxLayout(ev);
    d->evidenceList = new QTreeWidget(ev);
    d->evidenceList->setObjectName(QStringLiteral("evidence"));
    d->evidenceList->setHeaderLabels({tr("Kind"), tr("Evidence"), tr("Date")});
    d->evidenceList->setRootIsDecorated(false);
    d->evidenceList->setMaximumHeight(110);
    d->evidenceList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    d->evidenceList->header()->setStretchLastSection(false);
    el->addWidget(d->evidenceList);
    auto *addRow = new QHBoxLayout;
    d->evidenceKind = new QComboBox(ev);
    d->evidenceKind->setObjectName(QStringLiteral("evidenceKind"));
    for (const char *k : {"note", "url", "file", "test", "document"})
        d->evidenceKind->addItem(QLatin1String(k), QLatin1String(k));
    d->evidenceValue = new QLineEdit(ev);
    d->evidenceValue->setObjectName(QStringLiteral("evidenceValue"));
    d->evidenceValue->setPlaceholderText(tr("Link, file, test name or note"));
    d->evidenceDate = new QDateEdit(QDate::currentDate(), ev);
    d->evidenceDate->setObjectName(QStringLiteral("evidenceDate"));
    d->evidenceDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->addEvidence = new QPushButton(tr("Add"), ev);
    d->addEvidence->setObjectName(QStringLiteral("addEvidence"));
    d->removeEvidence = new QPushButton(tr("Remove"), ev);
    d->removeEvidence->setObjectName(QStringLiteral("removeEvidence"));
    el->addWidget(d->evidenceValue);
    addRow->addWidget(d->evidenceKind);
    addRow->addWidget(d->evidenceDate);
    addRow->addStretch(1);
    addRow->addWidget(d->addEvidence);
    addRow->addWidget(d->removeEvidence);
    el->addLayout(addRow);
    v->addWidget(ev);

    auto *links = new QGroupBox(tr("Answers"), page);
    auto *ll = new QFormLayout(links);
    d->threatList = new QListWidget(links);
    d->threatList->setObjectName(QStringLiteral("threats"));
    d->threatList->setMaximumHeight(100);
    auto *threatButtons = new QHBoxLayout;
    d->linkThreat = new QPushButton(tr("Link Selected Threat"), links);
    d->linkThreat->setObjectName(QStringLiteral("linkThreat"));
    d->unlinkThreat = new QPushButton(tr("Unlink"), links);
    d->unlinkThreat->setObjectName(QStringLiteral("unlinkThreat"));
    threatButtons->addWidget(d->linkThreat);
    threatButtons->addWidget(d->unlinkThreat);
    threatButtons->addStretch(1);
    d->annex = new QListWidget(links);
    d->annex->setObjectName(QStringLiteral("annex"));
    d->annex->setMaximumHeight(120);
    for (const AnnexRequirement &r : AnnexCatalog::builtIn().requirements()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(r.id, r.title), d->annex);
        item->setData(kIdRole, r.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(r.explanation);
    }
    ll->addRow(tr("Threats:"), d->threatList);
    ll->addRow(QString(), threatButtons);
    ll->addRow(tr("Annex I:"), d->annex);
    v->addWidget(links);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    d->revert = new QPushButton(tr("Revert"), page);
    d->revert->setObjectName(QStringLiteral("revert"));
    d->save = new QPushButton(tr("Save Task"), page);
    d->save->setObjectName(QStringLiteral("save"));
    d->save->setDefault(true);
    buttons->addWidget(d->revert);
    buttons->addWidget(d->save);
    v->addLayout(buttons);
    v->addStretch(1);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QComboBox *box : page->findChildren<QComboBox *>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }

    connect(d->save, &QPushButton::clicked, this, &TaskEditor::save);
    connect(d->revert, &QPushButton::clicked, this, &TaskEditor::revert);
    connect(d->addEvidence, &QPushButton::clicked, this, &TaskEditor::addEvidence);
    connect(d->evidenceValue, &QLineEdit::returnPressed, this, &TaskEditor::addEvidence);
    connect(d->removeEvidence, &QPushButton::clicked, this, [this] {
        const int row = d->evidenceList->indexOfTopLevelItem(d->evidenceList->currentItem());
        if (row < 0)
            return;
        d->evidence.removeAt(row);
        delete d->evidenceList->takeTopLevelItem(row);
        markModified();
    });
    connect(d->linkThreat, &QPushButton::clicked, this, [this] {
        if (d->candidate.isNull() || d->threats.contains(d->candidate))
            return;
        d->threats.append(d->candidate);
        fillThreats();
        markModified();
    });
    connect(d->unlinkThreat, &QPushButton::clicked, this, [this] {
        if (!d->threatList->currentItem())
            return;
        d->threats.removeAll(d->threatList->currentItem()->data(kIdRole).toUuid());
        fillThreats();
        markModified();
    });
    connect(d->threatList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT threatActivated(item->data(kIdRole).toUuid());
    });
    connect(d->hasDue, &QCheckBox::toggled, d->due, &QWidget::setEnabled);
    for (QLineEdit *e : {d->title, d->owner, d->justification})
        connect(e, &QLineEdit::textEdited, this, &TaskEditor::markModified);
    connect(d->description, &QPlainTextEdit::textChanged, this, &TaskEditor::markModified);
    connect(d->hasDue, &QCheckBox::toggled, this, &TaskEditor::markModified);
    connect(d->due, &QDateEdit::dateChanged, this, &TaskEditor::markModified);
    connect(d->status, &QComboBox::currentIndexChanged, this, &TaskEditor::markModified);
    connect(d->annex, &QListWidget::itemChanged, this, &TaskEditor::markModified);
    showTask({});
}

TaskEditor::~TaskEditor() = default;

void TaskEditor::setDocument(Document *document)
{
    const bool changed = followDocument(d->document, document, this, [this] {
        // Follow undo and other panels unless the user is in the middle of an edit.
        if (!d->modified)
            fill();
        else
            fillThreats(); // titles and statuses of linked threats
    });
    if (!changed)
        return;
    showTask({});
}

void TaskEditor::showTask(const Id &task)
{
    d->task = task;
    d->modified = false;
    d->error->hide();
    fill();
}

Id TaskEditor::task() const
{
    return d->task;
}

void TaskEditor::setCandidateThreat(const Id &threat)
{
    d->candidate = threat;
    d->linkThreat->setEnabled(!threat.isNull());
}

QString TaskEditor::errorText() const
{
    return d->error->isHidden() ? QString() : d->error->text();
}

bool TaskEditor::isModified() const
{
    return d->modified;
}

void TaskEditor::markModified()
{
    if (!d->filling)
        d->modified = true;
}

void TaskEditor::fill()
{
    const ProjectData *pd = d->document ? &d->document->data() : nullptr;
    if (!pd || !pd->tasks.contains(d->task)) {
        d->stack->setCurrentIndex(0);
        return;
    }
    d->stack->setCurrentIndex(1);
    const MitigationTask &t = *pd->tasks.constFind(d->task);
    d->filling = true;
    d->title->setText(t.title);
    d->owner->setText(t.owner);
    d->hasDue->setChecked(t.due.isValid());
    d->due->setEnabled(t.due.isValid());
    d->due->setDate(t.due.isValid() ? t.due : QDate::currentDate().addDays(30));
    d->status->setCurrentIndex(d->status->findData(int(t.status)));
    d->justification->setText(t.justification);
    d->description->setPlainText(t.description);
    d->evidence = t.evidence;
    d->evidenceList->clear();
    for (const Evidence &e : t.evidence)
        new QTreeWidgetItem(d->evidenceList, {e.kind, e.value, e.date.toString(Qt::ISODate)});
    d->threats = t.threats;
    fillThreats();
    for (int i = 0; i < d->annex->count(); ++i) {
        QListWidgetItem *item = d->annex->item(i);
        item->setCheckState(t.annex.contains(item->data(kIdRole).toString()) ? Qt::Checked
                                                                             : Qt::Unchecked);
    }
    const bool writable = !d->document->isReadOnly();
    d->save->setEnabled(writable);
    d->modified = false;
    d->filling = false;
}

void TaskEditor::fillThreats()
{
    if (!d->document)
        return;
    const ProjectData &pd = d->document->data();
    d->threatList->clear();
    for (const Id &id : std::as_const(d->threats)) {
        const auto t = pd.threats.constFind(id);
        auto *item = new QListWidgetItem(
            t == pd.threats.cend()
                ? idString(id)
                : QStringLiteral("%1  [%2]").arg(t->title, threatStatusLabel(t->status)),
            d->threatList);
        item->setData(kIdRole, id);
    }
}

void TaskEditor::addEvidence()
{
    const QString value = d->evidenceValue->text().trimmed();
    if (value.isEmpty())
        return;
    const Evidence e{d->evidenceKind->currentData().toString(), value, d->evidenceDate->date()};
    d->evidence.append(e);
    new QTreeWidgetItem(d->evidenceList, {e.kind, e.value, e.date.toString(Qt::ISODate)});
    d->evidenceValue->clear();
    markModified();
}

void TaskEditor::showError(const QString &text)
{
    d->error->setText(text);
    d->error->show();
}

bool TaskEditor::save()
{
    if (!d->document || !d->document->data().tasks.contains(d->task))
        return false;
    MitigationTask t = d->document->data().tasks.value(d->task);
    t.title = d->title->text().trimmed();
    t.owner = d->owner->text().trimmed();
    t.due = d->hasDue->isChecked() ? d->due->date() : QDate();
    t.status = TaskStatus(d->status->currentData().toInt());
    t.justification = d->justification->text().trimmed();
    t.description = d->description->toPlainText().trimmed();
    t.evidence = d->evidence;
    t.threats = d->threats;
    t.annex.clear();
    for (int i = 0; i < d->annex->count(); ++i) {
        if (d->annex->item(i)->checkState() == Qt::Checked)
            t.annex.append(d->annex->item(i)->data(kIdRole).toString());
    }
    if (t == d->document->data().tasks.value(d->task)) {
        d->modified = false;
        d->error->hide();
        return true;
    }
    const Result<void> r = d->document->apply(UpdateTask{t});
    if (!r) {
        showError(r.error().message);
        return false;
    }
    d->error->hide();
    d->modified = false;
    fill();
    return true;
}

void TaskEditor::revert()
{
    d->modified = false;
    d->error->hide();
    fill();
}

} // namespace tb
