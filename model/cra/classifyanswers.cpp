#include "classifyanswers.h"

#include <QJsonArray>

namespace tb {

bool answerConditionsHold(const QList<AnswerCondition> &when,
                          const QMap<QString, QJsonValue> &answers)
{
    for (const AnswerCondition &c : when) {
        const auto it = answers.constFind(c.question);
        if (it == answers.cend())
            return false; // not asked or not answered: the question that depends on it is not asked
        if (c.notEmpty ? it->toArray().isEmpty() : *it != c.equals)
            return false;
    }
    return true;
}

QStringList askedQuestions(const ApplicabilityCatalog &catalog,
                           const QMap<QString, QJsonValue> &answers)
{
    QStringList asked;
    QMap<QString, QJsonValue> accepted; // answers to the questions asked so far
    for (const Question &q : catalog.questions()) {
        if (!answerConditionsHold(q.when, accepted))
            continue;
        asked.append(q.id);
        if (const auto it = answers.constFind(q.id); it != answers.cend())
            accepted.insert(q.id, *it);
    }
    return asked;
}

QJsonObject answersSheetOf(const CraProfile &profile)
{
    QJsonObject answers;
    for (const CraAnswer &a : profile.answers) {
        if (a.note.isEmpty())
            answers.insert(a.question, a.value);
        else
            answers.insert(a.question, QJsonObject{{QStringLiteral("value"), a.value},
                                                   {QStringLiteral("note"), a.note}});
    }
    QJsonObject facts;
    const QStringList values = craProfileFieldValues(profile);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isEmpty())
            facts.insert(craProfileFieldNames().at(i), values.at(i));
    }
    QJsonObject sheet{{QStringLiteral("format"), QStringLiteral("threatbench-cra-answers")},
                      {QStringLiteral("questionnaireVersion"), profile.questionnaireVersion},
                      {QStringLiteral("answeredBy"), profile.classifiedBy},
                      {QStringLiteral("answers"), answers}};
    if (!facts.isEmpty())
        sheet.insert(QStringLiteral("profile"), facts);
    return sheet;
}

QDateTime craAnswerTime()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return now;
}

ProjectClassification classifyProject(const ProjectData &data, const QJsonObject &answersSheet,
                                      const QString &by, const QDateTime &now)
{
    ProjectClassification out;
    out.result
        = classify(ApplicabilityCatalog::builtIn(), {answersSheet, by, now, craProfileOf(data)});
    if (out.result.profile)
        out.edit = craProfileEdit(data, *out.result.profile);
    return out;
}

} // namespace tb
