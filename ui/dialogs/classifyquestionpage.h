#pragma once

#include "cra/applicability.h"

#include <QJsonValue>
#include <QWizardPage>

#include <optional>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QLineEdit;
class QTreeWidget;
QT_END_NAMESPACE

namespace tb {

class ClassifyWizard;

/// One question of the CRA applicability catalogue: yes / no, one choice, or a checklist of
/// Annex III / IV categories, with an optional note. Child widgets are named after the question
/// ("<id>_yes", "<id>_no", "<id>_<option value>", "<id>_list", "<id>_note").
class ClassifyQuestionPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassifyQuestionPage)

public:
    /// `number` counts from 1 in catalogue order.
    ClassifyQuestionPage(const Question &question, int number, const ApplicabilityCatalog &catalog,
                         ClassifyWizard *wizard);

    const Question &question() const { return m_question; }
    /// The answer given, if any (a categories list is always answered, possibly empty).
    std::optional<QJsonValue> answer() const;
    QString note() const;
    void setAnswer(const QJsonValue &value, const QString &note);

    bool isComplete() const override;
    int nextId() const override;

private:
    void addChoices(const QList<std::pair<QString, QString>> &choices);
    void addCategories(const ApplicabilityCatalog &catalog);

    Question m_question;
    ClassifyWizard *m_wizard;
    QButtonGroup *m_group = nullptr;
    QStringList m_values; // the JSON value of each button, by button id
    QTreeWidget *m_categories = nullptr;
    QLineEdit *m_note;
};

} // namespace tb
