#pragma once

// The CRA applicability questionnaire and the Annex III / IV category lists, read from data
// (templates/cra/applicability.json) so they can follow Commission clarifications without code.

#include "core/objects.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace tb {

enum class QuestionType { Boolean, Choice, Categories };

/// One clause of a question's or a route's "when": every clause must hold.
struct AnswerCondition
{
    QString question;
    QJsonValue equals; // undefined when notEmpty is used
    bool notEmpty = false;
};

struct ChoiceOption
{
    QString value;
    QString label;
    QString ref;
};

struct Question
{
    QString id;
    QuestionType type = QuestionType::Boolean;
    QString text;
    QString ref;
    QList<ChoiceOption> options; // choice only
    QList<AnswerCondition> when; // empty = always asked
};

/// One Annex III (important class I or II) or Annex IV (critical) category.
struct ProductCategory
{
    QString id; // "III-I-17"
    CraClass cls = CraClass::ImportantClassI;
    QString annex; // "III" or "IV"
    int point = 0;
    QString title;
};

struct ConformityRoute
{
    QString id;
    QList<CraClass> classes;
    QString title;
    QString ref;
    QList<AnswerCondition> when;
};

struct KeyDate
{
    QString id;
    QDate date;
    QString label;
    QString ref;
};

class ApplicabilityCatalog final
{
public:
    /// The catalogue shipped with the application (embedded resource).
    static const ApplicabilityCatalog &builtIn();
    /// Parses and validates; errors name the file and the JSON path ("$.questions[3].when[0]").
    static Result<ApplicabilityCatalog> fromJson(const QByteArray &json, const QString &fileName);

    QString version() const { return m_version; }
    /// "Regulation (EU) 2024/2847 ... (Cyber Resilience Act)" and where it was published.
    QString sourceDocument() const { return m_document; }
    QString sourcePublication() const { return m_publication; }
    const QList<Question> &questions() const { return m_questions; }
    const QList<ProductCategory> &categories() const { return m_categories; }
    const QList<ConformityRoute> &routes() const { return m_routes; }
    const QList<KeyDate> &dates() const { return m_dates; }
    int minimumSupportYears() const { return m_minimumSupportYears; }
    QString supportRule() const { return m_supportRule; }

    const Question *question(const QString &id) const;
    const ProductCategory *category(const QString &id) const;

private:
    QString m_version;
    QString m_document;
    QString m_publication;
    QList<Question> m_questions;
    QList<ProductCategory> m_categories;
    QList<ConformityRoute> m_routes;
    QList<KeyDate> m_dates;
    int m_minimumSupportYears = 5;
    QString m_supportRule;
};

QString questionTypeName(QuestionType type);

} // namespace tb
