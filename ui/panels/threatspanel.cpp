#include "threatspanel.h"

#include "core/project.h"
#include "cra/annexcatalog.h"
#include "document/document.h"
#include "i18n/translations.h"
#include "threatdetaileditor.h"
#include "threatfilterproxy.h"
#include "threattablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tb {

struct ThreatsPanel::Private
{
    QPointer<Document> document;
    ThreatTableModel *model = nullptr;
    ThreatFilterProxy *proxy = nullptr;
    QTableView *table = nullptr;
    ThreatDetailEditor *editor = nullptr;
    QLineEdit *search = nullptr;
    QComboBox *status = nullptr;
    QComboBox *category = nullptr;
    QComboBox *risk = nullptr;
    QComboBox *annex = nullptr;
    QToolButton *element = nullptr; // shows the element / cell filter; click clears it
    QToolButton *cell = nullptr;
    QLabel *count = nullptr;
    QHBoxLayout *bar = nullptr;
    Id shown;
};

ThreatsPanel::ThreatsPanel(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->model = new ThreatTableModel(this);
    d->proxy = new ThreatFilterProxy(this);
    d->proxy->setSourceModel(d->model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    d->bar = new QHBoxLayout;
    layout->addLayout(d->bar);
    buildFilterBar();

    auto *split = new QSplitter(Qt::Horizontal, this);
    d->table = new QTableView(split);
    d->table->setObjectName(QStringLiteral("threatTable"));
    d->table->setModel(d->proxy);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setSortingEnabled(true);
    d->table->sortByColumn(ThreatTableModel::InherentColumn, Qt::DescendingOrder);
    d->table->setAlternatingRowColors(true);
    d->table->setWordWrap(false);
    d->table->verticalHeader()->hide();
    d->table->verticalHeader()->setDefaultSectionSize(d->table->fontMetrics().height() + 8);
    QHeaderView *h = d->table->horizontalHeader();
    h->setHighlightSections(false);
    h->setStretchLastSection(false);
    h->setSectionResizeMode(ThreatTableModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics fm = d->table->fontMetrics();
    auto fit = [&](int column, const QString &widest) {
        h->resizeSection(column, fm.horizontalAdvance(widest) + 22);
    };
    fit(ThreatTableModel::IdColumn, QStringLiteral("00000000"));
    fit(ThreatTableModel::ElementsColumn, QStringLiteral("Cloud API → Status rep"));
    fit(ThreatTableModel::CategoryColumn, QStringLiteral("Information Disclo"));
    fit(ThreatTableModel::StatusColumn, QStringLiteral("Not applicable"));
    fit(ThreatTableModel::LikelihoodColumn, QStringLiteral("L"));
    fit(ThreatTableModel::ImpactColumn, QStringLiteral("I"));
    fit(ThreatTableModel::InherentColumn, QStringLiteral("Inherent"));
    fit(ThreatTableModel::TreatmentColumn, QStringLiteral("Treatment"));
    fit(ThreatTableModel::ResidualColumn, QStringLiteral("Residual"));
    h->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("0")) * 3);
    d->editor = new ThreatDetailEditor(split);
    d->editor->setMinimumWidth(300);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({1000, 460});
    layout->addWidget(split, 1);

    connect(d->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ThreatsPanel::currentChanged);
    connect(d->table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariantList ids = index.data(ThreatTableModel::ElementIdsRole).toList();
        // A flow threat lists source, flow, target: the flow is the thing to show.
        const QVariant pick = ids.size() == 3 ? ids.at(1) : ids.value(0);
        if (!pick.isNull())
            Q_EMIT elementActivated(pick.toUuid());
    });
    connect(d->editor, &ThreatDetailEditor::taskActivated, this, &ThreatsPanel::taskActivated);
    connect(d->proxy, &ThreatFilterProxy::filtersChanged, this, &ThreatsPanel::syncFilterWidgets);
    connect(d->proxy, &QAbstractItemModel::rowsInserted, this, &ThreatsPanel::updateCount);
    connect(d->proxy, &QAbstractItemModel::rowsRemoved, this, &ThreatsPanel::updateCount);
    connect(d->proxy, &QAbstractItemModel::modelReset, this, &ThreatsPanel::updateCount);
    connect(d->proxy, &QAbstractItemModel::layoutChanged, this, &ThreatsPanel::updateCount);
    syncFilterWidgets();
}

ThreatsPanel::~ThreatsPanel() = default;

void ThreatsPanel::buildFilterBar()
{
    d->search = new QLineEdit(this);
    d->search->setObjectName(QStringLiteral("search"));
    d->search->setPlaceholderText(tr("Filter threats…"));
    d->search->setClearButtonEnabled(true);
    d->search->setAccessibleName(tr("Filter threats by text"));
    d->status = new QComboBox(this);
    d->status->setObjectName(QStringLiteral("statusFilter"));
    d->status->setAccessibleName(tr("Status filter"));
    d->status->addItem(tr("All statuses"), -1);
    for (ThreatStatus s :
         {ThreatStatus::New, ThreatStatus::NeedsReview, ThreatStatus::Mitigated,
          ThreatStatus::Accepted, ThreatStatus::Transferred, ThreatStatus::NotApplicable})
        d->status->addItem(threatStatusLabel(s), int(s));
    d->category = new QComboBox(this);
    d->category->setObjectName(QStringLiteral("categoryFilter"));
    d->category->setAccessibleName(tr("Category filter"));
    d->category->addItem(tr("All categories"), -1);
    for (int c = 0; c <= int(StrideCategory::ElevationOfPrivilege); ++c)
        d->category->addItem(displayTerm(categoryTitle(StrideCategory(c))), c);
    d->risk = new QComboBox(this);
    d->risk->setObjectName(QStringLiteral("riskFilter"));
    d->risk->setAccessibleName(tr("Risk level filter"));
    d->annex = new QComboBox(this);
    d->annex->setObjectName(QStringLiteral("annexFilter"));
    d->annex->setAccessibleName(tr("Annex I requirement filter"));
    d->annex->addItem(tr("All requirements"), QString());
    for (const AnnexRequirement &r : AnnexCatalog::builtIn().requirements()) {
        if (r.part != QLatin1String("I"))
            continue;
        d->annex->addItem(r.id, r.id);
        d->annex->setItemData(d->annex->count() - 1, r.title, Qt::ToolTipRole);
    }
    d->element = new QToolButton(this);
    d->element->setObjectName(QStringLiteral("elementFilter"));
    d->element->setToolButtonStyle(Qt::ToolButtonTextOnly);
    d->element->setToolTip(tr("Click to show the threats of every element"));
    d->cell = new QToolButton(this);
    d->cell->setObjectName(QStringLiteral("cellFilter"));
    d->cell->setToolTip(tr("Click to show every risk cell"));
    d->count = new QLabel(this);
    d->count->setObjectName(QStringLiteral("count"));
    d->bar->addWidget(d->search, 2);
    d->bar->addWidget(d->status);
    d->bar->addWidget(d->category);
    d->bar->addWidget(d->risk);
    d->bar->addWidget(d->annex);
    d->bar->addWidget(d->element);
    d->bar->addWidget(d->cell);
    d->bar->addStretch(0);
    d->bar->addWidget(d->count);
    fillRiskLevels();

    connect(d->search, &QLineEdit::textChanged, d->proxy, &ThreatFilterProxy::setText);
    connect(d->status, &QComboBox::activated, this, [this] {
        const int v = d->status->currentData().toInt();
        d->proxy->setStatus(v < 0 ? std::nullopt : std::optional(ThreatStatus(v)));
    });
    connect(d->category, &QComboBox::activated, this, [this] {
        const int v = d->category->currentData().toInt();
        d->proxy->setCategory(v < 0 ? std::nullopt : std::optional(StrideCategory(v)));
    });
    connect(d->risk, &QComboBox::activated, this, [this] {
        const int v = d->risk->currentData().toInt();
        d->proxy->setRiskLevel(v < 0 ? std::nullopt : std::optional(v));
    });
    connect(d->annex, &QComboBox::activated, this,
            [this] { d->proxy->setAnnex(d->annex->currentData().toString()); });
    connect(d->element, &QToolButton::clicked, this, [this] { d->proxy->setElement({}); });
    connect(d->cell, &QToolButton::clicked, this, [this] { d->proxy->setCell(std::nullopt); });
}

void ThreatsPanel::fillRiskLevels()
{
    const QStringList levels
        = d->document ? d->document->data().criteria.levels : defaultRiskCriteria().levels;
    d->risk->clear();
    d->risk->addItem(tr("All risk levels"), -1);
    for (int i = int(levels.size()) - 1; i >= 0; --i)
        d->risk->addItem(tr("Inherent: %1").arg(displayTerm(levels[i])), i);
    d->risk->setCurrentIndex(std::max(0, d->risk->findData(d->proxy->riskLevel().value_or(-1))));
}

void ThreatsPanel::setDocument(Document *document)
{
    const bool changed
        = followDocument(d->document, document, this, [this](const Edit &, const Change &c) {
              if (c.product)
                  fillRiskLevels(); // the criteria may have changed
              updateCount();
          });
    if (!changed)
        return;
    d->proxy->clearAll();
    d->model->setProject(document ? document->project() : nullptr);
    d->editor->setDocument(document);
    fillRiskLevels();
    updateCount();
}

void ThreatsPanel::setLibrary(const TemplateLibrary *library)
{
    d->editor->setLibrary(library);
}

Id ThreatsPanel::currentThreat() const
{
    return d->shown;
}

QTableView *ThreatsPanel::table() const
{
    return d->table;
}

ThreatTableModel *ThreatsPanel::model() const
{
    return d->model;
}

ThreatFilterProxy *ThreatsPanel::proxy() const
{
    return d->proxy;
}

ThreatDetailEditor *ThreatsPanel::editor() const
{
    return d->editor;
}

void ThreatsPanel::selectThreat(const Id &threat)
{
    QModelIndex source = d->model->indexOf(threat);
    if (!source.isValid())
        return;
    if (!d->proxy->mapFromSource(source).isValid())
        d->proxy->clearAll();
    const QModelIndex index = d->proxy->mapFromSource(source);
    d->table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
    d->table->scrollTo(index);
}

void ThreatsPanel::showElement(const Id &element)
{
    d->proxy->setElement(element);
}

void ThreatsPanel::showRequirement(const QString &annexId)
{
    d->proxy->setAnnex(annexId);
}

void ThreatsPanel::showCell(int likelihood, int impact, bool residual)
{
    d->proxy->setCell(ThreatFilterProxy::Cell{likelihood, impact, residual});
}

void ThreatsPanel::clearFilters()
{
    d->proxy->clearAll();
}

void ThreatsPanel::syncFilterWidgets()
{
    if (d->search->text().trimmed() != d->proxy->text())
        d->search->setText(d->proxy->text());
    d->status->setCurrentIndex(
        d->status->findData(d->proxy->status() ? int(*d->proxy->status()) : -1));
    d->category->setCurrentIndex(
        d->category->findData(d->proxy->category() ? int(*d->proxy->category()) : -1));
    d->risk->setCurrentIndex(std::max(0, d->risk->findData(d->proxy->riskLevel().value_or(-1))));
    const int annex = d->annex->findData(d->proxy->annex());
    if (annex < 0) // a Part II requirement from the matrix: add it so the filter shows
        d->annex->addItem(d->proxy->annex(), d->proxy->annex());
    d->annex->setCurrentIndex(d->annex->findData(d->proxy->annex()));

    const Id element = d->proxy->element();
    QString name;
    if (d->document && !element.isNull()) {
        const ProjectData &pd = d->document->data();
        name = pd.elements.contains(element) ? pd.elements[element].name
               : pd.flows.contains(element)  ? pd.flows[element].name
                                             : idString(element).left(8);
    }
    d->element->setText(tr("Element: %1  ✕").arg(name));
    d->element->setVisible(!element.isNull());
    if (const auto cell = d->proxy->cell())
        d->cell->setText(
            (cell->residual ? tr("Residual L%1 × I%2  ✕") : tr("Inherent L%1 × I%2  ✕"))
                .arg(cell->likelihood)
                .arg(cell->impact));
    d->cell->setVisible(d->proxy->cell().has_value());
    updateCount();
}

void ThreatsPanel::updateCount()
{
    const int shown = d->proxy->rowCount();
    const int all = d->model->rowCount();
    const QString total = all == 1 ? tr("1 threat") : tr("%1 threats").arg(all);
    d->count->setText(shown == all ? total : tr("%1 of %2").arg(shown).arg(total));
}

void ThreatsPanel::currentChanged()
{
    const Id id
        = d->table->selectionModel()->currentIndex().data(ThreatTableModel::IdRole).toUuid();
    if (id == d->shown)
        return;
    d->shown = id;
    d->editor->showThreat(id);
    Q_EMIT threatSelected(id);
}

} // namespace tb
