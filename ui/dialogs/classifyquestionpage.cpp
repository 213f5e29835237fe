#include "classifyquestionpage.h"

#include "classifywizard.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tb {

ClassifyQuestionPage::ClassifyQuestionPage(const Question &question, int number,
                                           const ApplicabilityCatalog &catalog,
                                           ClassifyWizard *wizard)
    : QWizardPage(wizard), m_question(question), m_wizard(wizard), m_note(new QLineEdit(this))
{
    setObjectName(question.id + QStringLiteral("Page"));
    // Numbered in the catalogue: skipped questions leave gaps, which says some were skipped.
    setTitle(tr("Question %1 of %2").arg(number).arg(catalog.questions().size()));
    setSubTitle(tr("Regulation (EU) 2024/2847, %1").arg(question.ref));
    auto *text = new QLabel(question.text, this);
    text->setWordWrap(true);
    text->setObjectName(question.id + QStringLiteral("_text"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    switch (question.type) {
    case QuestionType::Boolean:
        addChoices({{QStringLiteral("yes"), tr("&Yes")}, {QStringLiteral("no"), tr("&No")}});
        break;
    case QuestionType::Choice: {
        QList<std::pair<QString, QString>> choices;
        for (const ChoiceOption &o : question.options)
            choices.append(
                {o.value, o.ref.isEmpty() ? o.label : tr("%1 (%2)").arg(o.label, o.ref)});
        addChoices(choices);
        break;
    }
    case QuestionType::Categories:
        addCategories(catalog);
        break;
    }
    m_note->setObjectName(question.id + QStringLiteral("_note"));
    m_note->setPlaceholderText(tr("Why this answer (kept with it as evidence)"));
    m_note->setAccessibleName(tr("Note"));
    auto *form = new QFormLayout;
    form->addRow(tr("N&ote:"), m_note);
    layout->addStretch(1);
    layout->addLayout(form);
}

void ClassifyQuestionPage::addChoices(const QList<std::pair<QString, QString>> &choices)
{
    m_group = new QButtonGroup(this);
    for (const auto &[value, label] : choices) {
        auto *button = new QRadioButton(label, this);
        button->setObjectName(m_question.id + QLatin1Char('_') + value);
        m_group->addButton(button, int(m_values.size()));
        m_values.append(value);
        layout()->addWidget(button);
    }
    connect(m_group, &QButtonGroup::idClicked, this, &QWizardPage::completeChanged);
}

void ClassifyQuestionPage::addCategories(const ApplicabilityCatalog &catalog)
{
    m_categories = new QTreeWidget(this);
    m_categories->setObjectName(m_question.id + QStringLiteral("_list"));
    m_categories->setAccessibleName(tr("Product categories"));
    m_categories->setHeaderLabels({tr("Category"), tr("Annex")});
    m_categories->setRootIsDecorated(false);
    m_categories->setUniformRowHeights(true);
    for (const ProductCategory &c : catalog.categories()) {
        auto *item = new QTreeWidgetItem(m_categories);
        item->setText(0, c.title);
        item->setToolTip(0, c.title);
        item->setText(1, tr("%1, %2 point %3")
                             .arg(c.annex, c.cls == CraClass::Critical          ? tr("critical")
                                           : c.cls == CraClass::ImportantClassI ? tr("class I")
                                                                                : tr("class II"))
                             .arg(c.point));
        item->setData(0, Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
    }
    m_categories->header()->resizeSection(0, 480);
    auto *hint = new QLabel(tr("Check every category that describes the product's core "
                               "functionality; leave all unchecked when none does."),
                            this);
    hint->setWordWrap(true);
    layout()->addWidget(hint);
    layout()->addWidget(m_categories);
}

std::optional<QJsonValue> ClassifyQuestionPage::answer() const
{
    if (m_categories) {
        QJsonArray ids;
        for (int i = 0; i < m_categories->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = m_categories->topLevelItem(i);
            if (item->checkState(0) == Qt::Checked)
                ids.append(item->data(0, Qt::UserRole).toString());
        }
        return ids;
    }
    const int id = m_group->checkedId();
    if (id < 0)
        return std::nullopt;
    if (m_question.type == QuestionType::Boolean)
        return QJsonValue(m_values.at(id) == QLatin1String("yes"));
    return QJsonValue(m_values.at(id));
}

QString ClassifyQuestionPage::note() const
{
    return m_note->text().trimmed();
}

void ClassifyQuestionPage::setAnswer(const QJsonValue &value, const QString &note)
{
    m_note->setText(note);
    if (m_categories) {
        const QJsonArray ids = value.toArray();
        for (int i = 0; i < m_categories->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_categories->topLevelItem(i);
            item->setCheckState(0, ids.contains(item->data(0, Qt::UserRole).toString())
                                       ? Qt::Checked
                                       : Qt::Unchecked);
        }
        return;
    }
    const QString text = value.isBool()
                             ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                             : value.toString();
    if (QAbstractButton *button = m_group->button(int(m_values.indexOf(text))))
        button->setChecked(true);
    emit completeChanged();
}

bool ClassifyQuestionPage::isComplete() const
{
    return answer().has_value();
}

int ClassifyQuestionPage::nextId() const
{
    return m_wizard->pageAfter(m_question.id);
}

} // namespace tb
