#pragma once

#include "cra/classifyanswers.h"

#include <QPointer>
#include <QWizard>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QTextBrowser;
QT_END_NAMESPACE

namespace tb {

class ClassifyQuestionPage;
class Document;

/// CRA > Classify Product: the applicability questionnaire (templates/cra/applicability.json),
/// one page per question, asked only when the catalogue's conditions hold over the answers so
/// far; then the support and contact facts; then the resulting class, reasoning, conformity
/// routes and key dates. Starts from the answers stored in the project; Finish stores the profile
/// as one undoable edit, exactly as `threatbench-cli cra classify` does.
class ClassifyWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassifyWizard)

public:
    enum : int { IntroPage = 0, FirstQuestionPage = 1 };

    explicit ClassifyWizard(Document *document, QWidget *parent = nullptr);

    int supportPageId() const;
    int resultPageId() const;
    /// The page that follows a question's page (the intro's for an empty id).
    int pageAfter(const QString &questionId) const;
    ClassifyQuestionPage *questionPage(const QString &questionId) const;

    /// The answers document the pages hold now: only the questions asked, with their notes.
    QJsonObject answersSheet() const;
    /// The classification shown on the last page.
    const ProjectClassification &classification() const { return m_classified; }

    void accept() override;

private:
    QWizardPage *createIntroPage();
    QWizardPage *createSupportPage();
    QWizardPage *createResultPage();
    void prefill();
    void showResult();
    QString problemPlace(const QString &where) const;

    QPointer<Document> m_document;
    const ApplicabilityCatalog &m_catalog;
    QList<ClassifyQuestionPage *> m_questions;
    QLineEdit *m_answeredBy = nullptr;
    QList<QLineEdit *> m_facts; // in craProfileFieldNames() order
    QTextBrowser *m_result = nullptr;
    QDateTime m_now;
    ProjectClassification m_classified;
};

} // namespace tb
