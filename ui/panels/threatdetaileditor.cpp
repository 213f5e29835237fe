#include "threatdetaileditor.h"

#include "core/project.h"
#include "core/propertycatalog.h"
#include "cra/acceptmitigation.h"
#include "cra/annexcatalog.h"
#include "document/document.h"
#include "engine/derivation.h"
#include "engine/templatelibrary.h"
#include "i18n/translations.h"
#include "risk/rating.h"
#include "riskmapcolors.h"
#include "threattablemodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace tb {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

void setChip(QLabel *label, const QString &text, const QColor &colour)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; "
                                        "padding: 1px 8px; }")
                             .arg(colour.name(), textColorOn(colour).name()));
}
} // namespace

struct ThreatDetailEditor::Private
{
    QPointer<Document> document;
    const TemplateLibrary *library = nullptr;
    Id threat;
    QString lastJustification; // the stored value the editor was last filled with
    QString lastTreatmentJustification;
    QString lastOwner;
    bool filling = false;
    quint64 explaining = 0; // generation of the explanation being worked out
    QList<QPointer<QThread>> threads;

    QStackedLayout *stack = nullptr;
    QLabel *placeholder = nullptr;
    QLabel *title = nullptr;
    QLabel *subtitle = nullptr;
    QLabel *error = nullptr;
    QComboBox *status = nullptr;
    QPlainTextEdit *justification = nullptr;
    QPushButton *applyStatus = nullptr;
    QComboBox *likelihood = nullptr;
    QComboBox *impact = nullptr;
    QLabel *inherent = nullptr;
    QComboBox *treatment = nullptr;
    QLineEdit *owner = nullptr;
    QLineEdit *treatmentJustification = nullptr;
    QComboBox *residualLikelihood = nullptr;
    QComboBox *residualImpact = nullptr;
    QPushButton *applyTreatment = nullptr;
    QLabel *residual = nullptr;
    QLabel *annex = nullptr;
    QListWidget *tasks = nullptr;
    QListWidget *mitigations = nullptr;
    QPushButton *createTask = nullptr;
    QTextBrowser *explanation = nullptr;
};

ThreatDetailEditor::ThreatDetailEditor(QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>())
{
    d->stack = new QStackedLayout(this);
    d->placeholder = new QLabel(tr("Select a threat to triage it."), this);
    d->placeholder->setAlignment(Qt::AlignCenter);
    d->placeholder->setEnabled(false);
    d->stack->addWidget(d->placeholder);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *v = new QVBoxLayout(page);
    scroll->setWidget(page);
    d->stack->addWidget(scroll);

    d->title = new QLabel(page);
    d->title->setObjectName(QStringLiteral("threatTitle"));
    d->title->setWordWrap(true);
    d->title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = d->title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    d->title->setFont(big);
    d->subtitle = new QLabel(page);
    d->subtitle->setWordWrap(true);
    d->subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->error = new QLabel(page);
    d->error->setObjectName(QStringLiteral("error"));
    d->error->setWordWrap(true);
    d->error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    d->error->hide();
    v->addWidget(d->title);
    v->addWidget(d->subtitle);
    v->addWidget(d->error);

    // Triage.
    auto *triage = new QGroupBox(tr("Triage"), page);
    auto *tf = new QFormLayout(triage);
    d->status = new QComboBox(triage);
    d->status->setObjectName(QStringLiteral("status"));
    for (ThreatStatus s :
         {ThreatStatus::New, ThreatStatus::NeedsReview, ThreatStatus::Mitigated,
          ThreatStatus::Accepted, ThreatStatus::Transferred, ThreatStatus::NotApplicable})
        d->status->addItem(threatStatusLabel(s), int(s));
    d->justification = new QPlainTextEdit(triage);
    d->justification->setObjectName(QStringLiteral("justification"));
    d->justification->setPlaceholderText(
        tr("Why this status (required for accepted, transferred and not applicable)"));
    d->justification->setFixedHeight(d->justification->fontMetrics().lineSpacing() * 3 + 12);
    d->justification->setTabChangesFocus(true);
    d->applyStatus = new QPushButton(tr("Set Status"), triage);
    d->applyStatus->setObjectName(QStringLiteral("applyStatus"));
    tf->addRow(tr("&Status:"), d->status);
    tf->addRow(tr("&Justification:"), d->justification);
    tf->addRow(QString(), d->applyStatus);
    d->likelihood = new QComboBox(triage);
    d->likelihood->setObjectName(QStringLiteral("likelihood"));
    d->impact = new QComboBox(triage);
    d->impact->setObjectName(QStringLiteral("impact"));
    d->inherent = new QLabel(triage);
    d->inherent->setObjectName(QStringLiteral("inherent"));
    tf->addRow(tr("&Likelihood:"), d->likelihood);
    tf->addRow(tr("&Impact:"), d->impact);
    tf->addRow(tr("Inherent risk:"), d->inherent);
    v->addWidget(triage);

    // Treatment and residual risk.
    auto *treat = new QGroupBox(tr("Treatment"), page);
    auto *rf = new QFormLayout(treat);
    d->treatment = new QComboBox(treat);
    d->treatment->setObjectName(QStringLiteral("treatment"));
    d->treatment->addItem(tr("Not decided"), int(TreatmentOption::None));
    d->treatment->addItem(tr("Modify (mitigate)"), int(TreatmentOption::Modify));
    d->treatment->addItem(tr("Retain (accept)"), int(TreatmentOption::Retain));
    d->treatment->addItem(tr("Avoid"), int(TreatmentOption::Avoid));
    d->treatment->addItem(tr("Share (transfer)"), int(TreatmentOption::Share));
    d->owner = new QLineEdit(treat);
    d->owner->setObjectName(QStringLiteral("treatmentOwner"));
    d->treatmentJustification = new QLineEdit(treat);
    d->treatmentJustification->setObjectName(QStringLiteral("treatmentJustification"));
    d->treatmentJustification->setPlaceholderText(tr("Required for retain, avoid and share"));
    d->residualLikelihood = new QComboBox(treat);
    d->residualLikelihood->setObjectName(QStringLiteral("residualLikelihood"));
    d->residualImpact = new QComboBox(treat);
    d->residualImpact->setObjectName(QStringLiteral("residualImpact"));
    d->applyTreatment = new QPushButton(tr("Set Treatment"), treat);
    d->applyTreatment->setObjectName(QStringLiteral("applyTreatment"));
    d->residual = new QLabel(treat);
    d->residual->setObjectName(QStringLiteral("residual"));
    rf->addRow(tr("&Option:"), d->treatment);
    rf->addRow(tr("&Owner:"), d->owner);
    rf->addRow(tr("Justi&fication:"), d->treatmentJustification);
    rf->addRow(tr("Residual likelihood:"), d->residualLikelihood);
    rf->addRow(tr("Residual impact:"), d->residualImpact);
    rf->addRow(QString(), d->applyTreatment);
    rf->addRow(tr("Residual risk:"), d->residual);
    v->addWidget(treat);

    // Traceability.
    auto *trace = new QGroupBox(tr("Traceability"), page);
    auto *lf = new QFormLayout(trace);
    d->annex = new QLabel(trace);
    d->annex->setObjectName(QStringLiteral("annex"));
    d->annex->setWordWrap(true);
    d->tasks = new QListWidget(trace);
    d->tasks->setObjectName(QStringLiteral("tasks"));
    d->tasks->setMaximumHeight(90);
    d->mitigations = new QListWidget(trace);
    d->mitigations->setObjectName(QStringLiteral("mitigations"));
    d->mitigations->setMaximumHeight(110);
    d->createTask = new QPushButton(tr("Create Task from Suggested Mitigation"), trace);
    d->createTask->setObjectName(QStringLiteral("createTask"));
    lf->addRow(tr("Annex I:"), d->annex);
    lf->addRow(tr("Linked tasks:"), d->tasks);
    lf->addRow(tr("Suggested mitigations:"), d->mitigations);
    lf->addRow(QString(), d->createTask);
    v->addWidget(trace);

    auto *why = new QGroupBox(tr("Why this threat"), page);
    auto *wl = new QVBoxLayout(why);
    d->explanation = new QTextBrowser(why);
    d->explanation->setObjectName(QStringLiteral("explanation"));
    d->explanation->setMinimumHeight(120);
    wl->addWidget(d->explanation);
    v->addWidget(why);
    v->addStretch(1);

    // Let the editor narrow with its dock: combos and lists need not show their widest entry.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QComboBox *box : page->findChildren<QComboBox *>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    for (QListWidget *list : page->findChildren<QListWidget *>())
        list->setMinimumWidth(80);

    connect(d->applyStatus, &QPushButton::clicked, this, &ThreatDetailEditor::applyStatus);
    connect(d->likelihood, &QComboBox::activated, this, [this](int i) {
        applyRating(QStringLiteral("likelihood"), d->likelihood->itemData(i).toInt());
    });
    connect(d->impact, &QComboBox::activated, this, [this](int i) {
        applyRating(QStringLiteral("impact"), d->impact->itemData(i).toInt());
    });
    connect(d->applyTreatment, &QPushButton::clicked, this, &ThreatDetailEditor::applyTreatment);
    connect(d->createTask, &QPushButton::clicked, this, &ThreatDetailEditor::createTask);
    connect(d->mitigations, &QListWidget::currentRowChanged, this,
            [this](int row) { d->createTask->setEnabled(row >= 0); });
    connect(d->tasks, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT taskActivated(item->data(kIdRole).toUuid()); });
    showThreat({});
}

ThreatDetailEditor::~ThreatDetailEditor()
{
    for (const QPointer<QThread> &t : std::as_const(d->threads)) {
        if (t)
            t->wait();
    }
}

void ThreatDetailEditor::setDocument(Document *document)
{
    if (!followDocument(d->document, document, this, [this] { refresh(false); }))
        return;
    showThreat({});
}

void ThreatDetailEditor::setLibrary(const TemplateLibrary *library)
{
    d->library = library;
    refresh(true);
}

void ThreatDetailEditor::showThreat(const Id &threat)
{
    d->threat = threat;
    d->error->hide();
    d->error->clear();
    refresh(true);
}

Id ThreatDetailEditor::threat() const
{
    return d->threat;
}

QString ThreatDetailEditor::errorText() const
{
    return d->error->isHidden() ? QString() : d->error->text();
}

QString ThreatDetailEditor::explanationText() const
{
    return d->explanation->toPlainText();
}

void ThreatDetailEditor::refresh(bool reset)
{
    const ProjectData *pd = d->document ? &d->document->data() : nullptr;
    if (!pd || !pd->threats.contains(d->threat)) {
        d->stack->setCurrentIndex(0);
        return;
    }
    d->stack->setCurrentIndex(1);
    const Threat &t = *pd->threats.constFind(d->threat);
    d->filling = true;
    d->title->setText(t.title);
    QStringList names;
    for (const Involved &i : t.involved)
        names.append(i.name);
    d->subtitle->setText(QStringLiteral("%1 · %2 · %3%4")
                             .arg(displayTerm(categoryTitle(t.category)),
                                  names.join(QStringLiteral(" → ")), idString(t.id).left(8),
                                  t.holds ? QString() : tr(" · no longer holds")));
    d->subtitle->setToolTip(t.description);
    d->status->setCurrentIndex(d->status->findData(int(t.status)));
    // Keep what the user is typing unless the stored value itself changed (an undo, say).
    if (reset || d->justification->toPlainText() == d->lastJustification)
        d->justification->setPlainText(t.justification);
    d->lastJustification = t.justification;
    d->applyStatus->setEnabled(!d->document->isReadOnly());
    fillRatings();
    fillTreatment(reset);
    fillLinks();
    if (reset)
        fillExplanation();
    d->filling = false;
}

void ThreatDetailEditor::fillRatings()
{
    const ProjectData &pd = d->document->data();
    const Threat &t = *pd.threats.constFind(d->threat);
    const RiskCriteria &c = pd.criteria;
    auto fill = [](QComboBox *box, const QList<ScaleLevel> &scale, int value, bool computed) {
        box->clear();
        if (computed)
            box->addItem(tr("Computed"), 0);
        for (int i = 0; i < scale.size(); ++i)
            box->addItem(QStringLiteral("%1 – %2").arg(i + 1).arg(scale[i].name), i + 1);
        box->setCurrentIndex(box->findData(value));
    };
    fill(d->likelihood, c.likelihood, t.likelihood, false);
    fill(d->impact, c.impact, t.impact, false);
    const RiskTreatment treat = pd.treatments.value(t.id);
    fill(d->residualLikelihood, c.likelihood, treat.residualLikelihood, true);
    fill(d->residualImpact, c.impact, treat.residualImpact, true);
    const Rating r = inherentRating(pd, t);
    setChip(d->inherent, displayTerm(c.levels.value(r.level)),
            riskLevelColor(r.level, int(c.levels.size())));
    const ResidualRating rr = residualRating(pd, t);
    if (rr.avoided)
        setChip(d->residual, tr("avoided"), QColor(0x9e, 0x9e, 0x9e));
    else
        setChip(d->residual,
                QStringLiteral("%1 (L%2 × I%3)")
                    .arg(displayTerm(c.levels.value(rr.rating.level)))
                    .arg(rr.rating.likelihood)
                    .arg(rr.rating.impact),
                riskLevelColor(rr.rating.level, int(c.levels.size())));
    d->residual->setToolTip(rr.rule);
}

void ThreatDetailEditor::fillTreatment(bool reset)
{
    const RiskTreatment treat = d->document->data().treatments.value(d->threat);
    d->treatment->setCurrentIndex(d->treatment->findData(int(treat.option)));
    if (reset || d->owner->text() == d->lastOwner)
        d->owner->setText(treat.owner);
    if (reset || d->treatmentJustification->text() == d->lastTreatmentJustification)
        d->treatmentJustification->setText(treat.justification);
    d->lastOwner = treat.owner;
    d->lastTreatmentJustification = treat.justification;
}

void ThreatDetailEditor::fillLinks()
{
    const ProjectData &pd = d->document->data();
    const Threat &t = *pd.threats.constFind(d->threat);
    QStringList annex;
    for (const QString &a : t.annex) {
        const AnnexRequirement *req = AnnexCatalog::builtIn().find(a);
        annex.append(req ? QStringLiteral("%1 %2").arg(a, req->title) : a);
    }
    d->annex->setText(annex.isEmpty() ? tr("none") : annex.join(u'\n'));

    d->tasks->clear();
    QHash<QString, Id> taskByMitigation;
    for (const Id &id : ProjectData::sortedIds(pd.tasks)) {
        const MitigationTask &task = *pd.tasks.constFind(id);
        if (!task.mitigationId.isEmpty())
            taskByMitigation.insert(task.mitigationId, id);
        if (!task.threats.contains(t.id))
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  [%2]").arg(task.title, taskStatusName(task.status)), d->tasks);
        item->setData(kIdRole, id);
    }
    if (d->tasks->count() == 0)
        (new QListWidgetItem(tr("No task answers this threat yet."), d->tasks))
            ->setFlags(Qt::NoItemFlags);

    const QString current = d->mitigations->currentItem()
                                ? d->mitigations->currentItem()->data(kIdRole).toString()
                                : QString();
    d->mitigations->clear();
    for (const QString &m : t.mitigations) {
        const Mitigation *mit = nullptr;
        if (d->library) {
            const auto it = d->library->mitigations.constFind(m);
            if (it != d->library->mitigations.cend())
                mit = &*it;
        }
        QString text = mit ? mit->title : m;
        const auto task = taskByMitigation.constFind(m);
        if (task != taskByMitigation.cend() && pd.tasks[*task].threats.contains(t.id))
            text += tr("  (task exists)");
        auto *item = new QListWidgetItem(text, d->mitigations);
        item->setData(kIdRole, m);
        item->setToolTip(mit ? mit->description : QString());
        if (m == current)
            d->mitigations->setCurrentItem(item);
    }
    d->createTask->setEnabled(d->library && d->mitigations->currentRow() >= 0
                              && !d->document->isReadOnly());
}

void ThreatDetailEditor::fillExplanation()
{
    const quint64 generation = ++d->explaining;
    if (!d->library) {
        d->explanation->setHtml(tr("<i>No template library loaded.</i>"));
        return;
    }
    // The engine evaluates the template against graph facts of the whole model: on a big model
    // that takes longer than the UI thread may be busy, so it runs on a worker over a snapshot.
    d->explanation->setHtml(tr("<i>Working out why…</i>"));
    auto snapshot = std::make_shared<ProjectData>(d->document->data());
    const TemplateLibrary *library = d->library;
    const Id threat = d->threat;
    QPointer<ThreatDetailEditor> self(this);
    QThread *thread = QThread::create([self, snapshot, library, threat, generation]() mutable {
        auto why = std::make_shared<Result<QJsonObject>>(
            explainThreat(*snapshot, *library, PropertyCatalog::builtIn(), threat));
        snapshot.reset();
        QMetaObject::invokeMethod(
            self,
            [self, why, generation] {
                if (self && self->d->explaining == generation)
                    self->showExplanation(*why);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("explain"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    d->threads.removeAll(nullptr);
    d->threads.append(thread);
    thread->start(QThread::LowPriority);
}

void ThreatDetailEditor::showExplanation(const Result<QJsonObject> &why)
{
    if (!why) {
        d->explanation->setPlainText(why.error().text());
        return;
    }
    const QJsonObject &o = why.value();
    auto str = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    if (o.contains(QLatin1String("origin"))) {
        d->explanation->setHtml(tr("<p>Added by hand; no template derived it.</p>"));
        return;
    }
    QString html = tr("<p><b>Template:</b> %1 <span style='color:gray'>(%2, version %3)</span>"
                      "</p>")
                       .arg(escaped(str("templateName")), escaped(str("template")))
                       .arg(o.value(QLatin1String("templateVersion")).toInt());
    if (o.contains(QLatin1String("path")))
        html += tr("<p><b>Path:</b> %1</p>").arg(escaped(str("path")));
    const bool holds = o.value(QLatin1String("holds")).toBool();
    html += holds ? tr("<p><b>Holds now:</b> yes</p>")
                  : tr("<p><b>Holds now:</b> <span style='color:#b3261e'>no</span></p>");
    if (o.contains(QLatin1String("reason")))
        html += tr("<p><b>Because:</b> %1</p>").arg(escaped(str("reason")));
    const QJsonArray trace = o.value(QLatin1String("trace")).toArray();
    if (!trace.isEmpty()) {
        html += tr("<p><b>Condition:</b></p>") + QStringLiteral("<table cellspacing='0'>");
        for (const QJsonValue &l : trace) {
            const QJsonObject line = l.toObject();
            const bool yes = line.value(QLatin1String("result")).toBool();
            html += QStringLiteral("<tr><td style='padding-left:%1px; color:%2'>%3</td>"
                                   "<td>&nbsp;%4</td></tr>")
                        .arg(8 + 16 * line.value(QLatin1String("depth")).toInt())
                        .arg(yes ? QStringLiteral("#2e7d32") : QStringLiteral("#b3261e"),
                             yes ? QStringLiteral("✔") : QStringLiteral("✘"),
                             escaped(line.value(QLatin1String("text")).toString()));
        }
        html += QStringLiteral("</table>");
    }
    d->explanation->setHtml(html);
}

bool ThreatDetailEditor::apply(const Edit &edit)
{
    if (!d->document)
        return false;
    const Result<void> r = d->document->apply(edit);
    if (!r) {
        showError(r.error().message);
        return false;
    }
    d->error->hide();
    d->error->clear();
    return true;
}

void ThreatDetailEditor::showError(const QString &text)
{
    d->error->setText(text);
    d->error->show();
    refresh(false);
}

void ThreatDetailEditor::applyStatus()
{
    const auto status = ThreatStatus(d->status->currentData().toInt());
    const QString justification = d->justification->toPlainText().trimmed();
    if (!apply(SetThreatStatus{d->threat, status, justification}))
        d->status->setCurrentIndex(d->status->findData(int(status))); // let the user fix it
}

void ThreatDetailEditor::applyRating(const QString &field, int value)
{
    if (d->filling || !d->document)
        return;
    apply(SetAttribute{d->threat, field, value});
}

void ThreatDetailEditor::applyTreatment()
{
    RiskTreatment t = d->document->data().treatments.value(d->threat);
    t.subject = d->threat;
    t.option = TreatmentOption(d->treatment->currentData().toInt());
    t.owner = d->owner->text().trimmed();
    t.justification = d->treatmentJustification->text().trimmed();
    t.residualLikelihood = d->residualLikelihood->currentData().toInt();
    t.residualImpact = d->residualImpact->currentData().toInt();
    const auto option = d->treatment->currentIndex();
    if (!apply(SetTreatment{t}))
        d->treatment->setCurrentIndex(option);
}

void ThreatDetailEditor::createTask()
{
    if (!d->library || !d->document || !d->mitigations->currentItem())
        return;
    const QString mitigation = d->mitigations->currentItem()->data(kIdRole).toString();
    const Result<Edit> edit
        = acceptMitigation(d->document->data(), *d->library, mitigation, {d->threat});
    if (!edit) {
        showError(edit.error().message);
        return;
    }
    apply(edit.value());
}

} // namespace tb
