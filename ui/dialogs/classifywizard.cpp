#include "classifywizard.h"

#include "classifyquestionpage.h"
#include "document/document.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <functional>

namespace tb {

namespace {

// A page whose order and completeness the wizard decides.
class StepPage final : public QWizardPage
{
public:
    StepPage(QWidget *parent, std::function<int()> next, std::function<bool()> complete = {})
        : QWizardPage(parent), m_next(std::move(next)), m_complete(std::move(complete))
    {}
    int nextId() const override { return m_next(); }
    bool isComplete() const override
    {
        return m_complete ? m_complete() : QWizardPage::isComplete();
    }
    std::function<void()> onShow;
    void initializePage() override
    {
        if (onShow)
            onShow();
    }

private:
    std::function<int()> m_next;
    std::function<bool()> m_complete;
};

QStringList factLabels()
{
    return {ClassifyWizard::tr("&Placed on the market:"),
            ClassifyWizard::tr("&Support period ends:"),
            ClassifyWizard::tr("&Why a shorter support period:"),
            ClassifyWizard::tr("Security &contact:"),
            ClassifyWizard::tr("&Disclosure policy address:"),
            ClassifyWizard::tr("&Update channel:"),
            ClassifyWizard::tr("SBOM &location:")};
}

} // namespace

ClassifyWizard::ClassifyWizard(Document *document, QWidget *parent)
    : QWizard(parent), m_document(document), m_catalog(ApplicabilityCatalog::builtIn())
{
    setObjectName(QStringLiteral("classifyWizard"));
    setWindowTitle(tr("Classify Product for the CRA"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(IntroPage, createIntroPage());
    for (qsizetype i = 0; i < m_catalog.questions().size(); ++i) {
        auto *page
            = new ClassifyQuestionPage(m_catalog.questions().at(i), int(i) + 1, m_catalog, this);
        m_questions.append(page);
        setPage(FirstQuestionPage + int(i), page);
    }
    setPage(supportPageId(), createSupportPage());
    setPage(resultPageId(), createResultPage());
    prefill();
    resize(760, 580);
}

int ClassifyWizard::supportPageId() const
{
    return FirstQuestionPage + int(m_catalog.questions().size());
}

int ClassifyWizard::resultPageId() const
{
    return supportPageId() + 1;
}

int ClassifyWizard::pageAfter(const QString &questionId) const
{
    QMap<QString, QJsonValue> given;
    for (const ClassifyQuestionPage *page : m_questions) {
        if (const std::optional<QJsonValue> a = page->answer())
            given.insert(page->question().id, *a);
    }
    // Questions only depend on earlier ones, so the next asked one after this is the next page.
    const QStringList asked = askedQuestions(m_catalog, given);
    bool passed = questionId.isEmpty();
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const QString id = m_questions.at(i)->question().id;
        if (passed && asked.contains(id))
            return FirstQuestionPage + int(i);
        passed = passed || id == questionId;
    }
    return supportPageId();
}

ClassifyQuestionPage *ClassifyWizard::questionPage(const QString &questionId) const
{
    for (ClassifyQuestionPage *page : m_questions) {
        if (page->question().id == questionId)
            return page;
    }
    return nullptr;
}

QJsonObject ClassifyWizard::answersSheet() const
{
    QMap<QString, QJsonValue> given;
    for (const ClassifyQuestionPage *page : m_questions) {
        if (const std::optional<QJsonValue> a = page->answer())
            given.insert(page->question().id, *a);
    }
    QJsonObject answers;
    for (const QString &id : askedQuestions(m_catalog, given)) {
        const ClassifyQuestionPage *page = questionPage(id);
        if (!given.contains(id))
            continue; // classify() names it as missing
        if (page->note().isEmpty())
            answers.insert(id, given.value(id));
        else
            answers.insert(id, QJsonObject{{QStringLiteral("value"), given.value(id)},
                                           {QStringLiteral("note"), page->note()}});
    }
    QJsonObject facts;
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        if (const QString text = m_facts.at(i)->text().trimmed(); !text.isEmpty())
            facts.insert(craProfileFieldNames().at(i), text);
    }
    QJsonObject sheet{{QStringLiteral("format"), QStringLiteral("threatbench-cra-answers")},
                      {QStringLiteral("questionnaireVersion"), m_catalog.version()},
                      {QStringLiteral("answeredBy"), m_answeredBy->text().trimmed()},
                      {QStringLiteral("answers"), answers}};
    if (!facts.isEmpty())
        sheet.insert(QStringLiteral("profile"), facts);
    return sheet;
}

void ClassifyWizard::accept()
{
    if (!m_document || !m_classified.edit)
        return; // the last page says what is missing
    if (Result<void> r = m_document->apply(*m_classified.edit); !r) {
        QMessageBox::warning(this, tr("Classify Product"),
                             tr("The classification was not stored.\n\n%1").arg(r.error().text()));
        return;
    }
    QWizard::accept();
}

QWizardPage *ClassifyWizard::createIntroPage()
{
    // Every answer is recorded with who gave it, so the page cannot be left without a name.
    auto *page = new StepPage(
        this, [this] { return pageAfter({}); },
        [this] { return !m_answeredBy->text().trimmed().isEmpty(); });
    page->setObjectName(QStringLiteral("introPage"));
    page->setTitle(tr("CRA applicability and product class"));
    page->setSubTitle(
        tr("Questionnaire %1, following %2.").arg(m_catalog.version(), m_catalog.sourceDocument()));
    auto *text = new QLabel(
        tr("The answers decide whether the Cyber Resilience Act applies to the product, its "
           "class (default, important class I or II, or critical) and the conformity assessment "
           "routes open to it. Only the questions that earlier answers leave open are asked. "
           "The result, with every answer and who gave it, is stored in the project when you "
           "click Finish, and Edit > Undo takes it back."),
        page);
    text->setWordWrap(true);
    m_answeredBy = new QLineEdit(page);
    m_answeredBy->setObjectName(QStringLiteral("answeredBy"));
    m_answeredBy->setPlaceholderText(tr("Name and role, e.g. Product security officer"));
    m_answeredBy->setAccessibleName(tr("Answered by"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Answered by:"), m_answeredBy);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_answeredBy, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage *ClassifyWizard::createSupportPage()
{
    auto *page = new StepPage(this, [this] { return resultPageId(); });
    page->setObjectName(QStringLiteral("supportPage"));
    page->setTitle(tr("Support period and vulnerability handling"));
    page->setSubTitle(tr("Art. 13(8), Annex I Part II and Annex II. Dates as YYYY-MM-DD; leave "
                         "blank what is not known yet."));
    auto *form = new QFormLayout(page);
    const QStringList labels = factLabels();
    const QStringList hints{tr("YYYY-MM-DD"),
                            tr("YYYY-MM-DD; at least five years after placing on the market"),
                            tr("Expected use time, when the support period is shorter"),
                            tr("security@example.com or https://\u2026"),
                            tr("https://\u2026"),
                            tr("How security updates reach users"),
                            tr("Where the SBOM is kept")};
    for (qsizetype i = 0; i < craProfileFieldNames().size(); ++i) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(craProfileFieldNames().at(i));
        edit->setPlaceholderText(hints.at(i));
        edit->setAccessibleName(QString(labels.at(i)).remove(QLatin1Char('&')).chopped(1));
        form->addRow(labels.at(i), edit);
        m_facts.append(edit);
    }
    return page;
}

QWizardPage *ClassifyWizard::createResultPage()
{
    auto *page = new StepPage(
        this, [] { return -1; }, [this] { return m_classified.edit.has_value(); });
    page->setObjectName(QStringLiteral("resultPage"));
    page->setTitle(tr("Result"));
    page->setFinalPage(true);
    m_result = new QTextBrowser(page);
    m_result->setObjectName(QStringLiteral("classifyResult"));
    m_result->setAccessibleName(tr("Classification result"));
    m_result->setOpenLinks(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_result);
    page->onShow = [this, page] {
        showResult();
        emit page->completeChanged();
    };
    return page;
}

void ClassifyWizard::prefill()
{
    const std::optional<CraProfile> stored
        = m_document ? craProfileOf(m_document->data()) : std::nullopt;
    if (!stored)
        return;
    const QJsonObject sheet = answersSheetOf(*stored);
    m_answeredBy->setText(sheet.value(QStringLiteral("answeredBy")).toString());
    const QJsonObject answers = sheet.value(QStringLiteral("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        ClassifyQuestionPage *page = questionPage(it.key());
        if (!page)
            continue; // a question the catalogue no longer asks
        const QJsonObject withNote = it.value().toObject();
        if (it.value().isObject())
            page->setAnswer(withNote.value(QStringLiteral("value")),
                            withNote.value(QStringLiteral("note")).toString());
        else
            page->setAnswer(it.value(), {});
    }
    const QJsonObject facts = sheet.value(QStringLiteral("profile")).toObject();
    for (qsizetype i = 0; i < m_facts.size(); ++i)
        m_facts.at(i)->setText(facts.value(craProfileFieldNames().at(i)).toString());
}

} // namespace tb
