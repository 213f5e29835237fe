#include "classification.h"

#include "classifyanswers.h"

#include <QJsonArray>

namespace tb {

namespace {

constexpr auto kAnswersFormat = "threatbench-cra-answers";

struct Given
{
    QJsonValue value;
    QString note;
    QString path; // where the value sits, for messages
};

class Classifier
{
public:
    Classifier(const ApplicabilityCatalog &catalog, const ClassifyInput &input)
        : m_catalog(catalog), m_input(input)
    {}

    ClassifyResult run();

private:
    void problem(const QString &path, const QString &message)
    {
        m_problems.append(makeError(message, path));
    }
    void readSheet();
    void readProfile(const QJsonObject &o);
    bool holds(const QList<AnswerCondition> &when) const;
    bool validAnswer(const Question &q, const Given &g);
    QString decide();
    void addRoutes(CraClass cls);
    void checkSupportPeriod();

    const ApplicabilityCatalog &m_catalog;
    const ClassifyInput &m_input;
    QList<Error> m_problems;
    QMap<QString, Given> m_given;
    QMap<QString, QJsonValue> m_accepted; // answers to questions that were asked, valid
    CraProfile m_profile;
};

void Classifier::readSheet()
{
    const QJsonObject &root = m_input.answersFile;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!QStringList{QStringLiteral("format"), QStringLiteral("questionnaireVersion"),
                         QStringLiteral("answeredBy"), QStringLiteral("answers"),
                         QStringLiteral("profile")}
                 .contains(it.key()))
            problem(QStringLiteral("$.") + it.key(), QStringLiteral("unknown key"));
    }
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kAnswersFormat))
        problem(QStringLiteral("$.format"),
                QStringLiteral("expected \"%1\"").arg(QLatin1String(kAnswersFormat)));
    m_profile.classifiedBy = m_input.by.isEmpty()
                                 ? root.value(QStringLiteral("answeredBy")).toString().trimmed()
                                 : m_input.by;
    if (m_profile.classifiedBy.isEmpty())
        problem(QStringLiteral("$.answeredBy"),
                QStringLiteral("missing: who answers (or give --by NAME)"));
    const QJsonValue answers = root.value(QStringLiteral("answers"));
    if (!answers.isObject())
        problem(QStringLiteral("$.answers"), QStringLiteral("expected an object of answers"));
    const QJsonObject a = answers.toObject();
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QString path = QStringLiteral("$.answers.") + it.key();
        if (!m_catalog.question(it.key())) {
            problem(path, QStringLiteral("unknown question"));
            continue;
        }
        Given g{it.value(), {}, path};
        if (it.value().isObject()) { // {"value": ..., "note": "why"}
            const QJsonObject o = it.value().toObject();
            g.value = o.value(QStringLiteral("value"));
            g.note = o.value(QStringLiteral("note")).toString();
            g.path = path + QStringLiteral(".value");
            for (auto k = o.begin(); k != o.end(); ++k) {
                if (k.key() != QLatin1String("value") && k.key() != QLatin1String("note"))
                    problem(path + QLatin1Char('.') + k.key(),
                            QStringLiteral("unknown key (expected value, note)"));
            }
        }
        m_given.insert(it.key(), g);
    }
    if (root.contains(QStringLiteral("profile"))) {
        if (!root.value(QStringLiteral("profile")).isObject())
            problem(QStringLiteral("$.profile"), QStringLiteral("expected an object"));
        readProfile(root.value(QStringLiteral("profile")).toObject());
    }
}

void Classifier::readProfile(const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString path = QStringLiteral("$.profile.") + it.key();
        if (!craProfileFieldNames().contains(it.key())) {
            problem(path, QStringLiteral("unknown field (expected one of %1)")
                              .arg(craProfileFieldNames().join(QStringLiteral(", "))));
            continue;
        }
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            problem(path, QStringLiteral("expected non-empty text"));
            continue;
        }
        const QString text = it.value().toString().trimmed();
        if (it.key() == QLatin1String("placedOnMarket")
            || it.key() == QLatin1String("supportEnd")) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid())
                problem(path, QStringLiteral("expected a date as YYYY-MM-DD"));
            (it.key() == QLatin1String("supportEnd") ? m_profile.supportEnd
                                                     : m_profile.placedOnMarket)
                = d;
        } else if (it.key() == QLatin1String("supportJustification")) {
            m_profile.supportJustification = text;
        } else if (it.key() == QLatin1String("securityContact")) {
            if (!text.contains(QLatin1Char('@')) && !text.startsWith(QLatin1String("https://")))
                problem(path, QStringLiteral("expected an e-mail address or an https:// address"));
            m_profile.securityContact = text;
        } else if (it.key() == QLatin1String("cvdPolicyUrl")) {
            if (!text.startsWith(QLatin1String("https://"))
                && !text.startsWith(QLatin1String("http://")))
                problem(path, QStringLiteral("expected an http(s):// address"));
            m_profile.cvdPolicyUrl = text;
        } else if (it.key() == QLatin1String("updateChannel")) {
            m_profile.updateChannel = text;
        } else {
            m_profile.sbomLocation = text;
        }
    }
}

bool Classifier::holds(const QList<AnswerCondition> &when) const
{
    return answerConditionsHold(when, m_accepted);
}

bool Classifier::validAnswer(const Question &q, const Given &g)
{
    switch (q.type) {
    case QuestionType::Boolean:
        if (!g.value.isBool()) {
            problem(g.path, QStringLiteral("expected true or false"));
            return false;
        }
        return true;
    case QuestionType::Choice: {
        QStringList values;
        for (const ChoiceOption &o : q.options)
            values.append(o.value);
        if (!g.value.isString() || !values.contains(g.value.toString())) {
            problem(g.path,
                    QStringLiteral("expected one of %1").arg(values.join(QStringLiteral(", "))));
            return false;
        }
        return true;
    }
    case QuestionType::Categories: {
        if (!g.value.isArray()) {
            problem(g.path, QStringLiteral("expected a list of Annex III / IV category ids, "
                                           "e.g. [\"III-I-17\"], or []"));
            return false;
        }
        bool ok = true;
        const QJsonArray a = g.value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!m_catalog.category(a.at(i).toString())) {
                problem(g.path + QStringLiteral("[%1]").arg(i),
                        QStringLiteral("unknown category \"%1\"").arg(a.at(i).toString()));
                ok = false;
            }
        }
        return ok;
    }
    }
    return false;
}

// The first exclusion that applies decides; otherwise the highest class among the categories.
QString Classifier::decide()
{
    QStringList &why = m_profile.reasoning;
    const auto no = [&](const char *id) {
        return m_accepted.value(QLatin1String(id)) == QJsonValue(false);
    };
    if (no("digitalElements")) {
        why.append(QStringLiteral(
            "Not a product with digital elements (Art. 3(1)): the CRA does not apply."));
        return kOutOfScope;
    }
    if (no("dataConnection")) {
        why.append(QStringLiteral(
            "No direct or indirect data connection to a device or network "
            "in its intended or foreseeable use (Art. 2(1)): the CRA does not apply."));
        return kOutOfScope;
    }
    if (no("commercialActivity")) {
        why.append(
            QStringLiteral("Not made available in the course of a commercial activity "
                           "(Art. 3(22), recitals 18 and 19): the CRA does not apply. Free and "
                           "open-source software outside a commercial activity is not covered."));
        return kOutOfScope;
    }
    why.append(
        QStringLiteral("A product with digital elements with a data connection, made "
                       "available in the course of a commercial activity (Art. 2(1), 3(1))."));
    const QString regime = m_accepted.value(QStringLiteral("sectoralRegime")).toString();
    if (regime != QLatin1String("none")) {
        for (const ChoiceOption &o :
             m_catalog.question(QStringLiteral("sectoralRegime"))->options) {
            if (o.value == regime)
                why.append(QStringLiteral("Excluded: %1 applies (%2).").arg(o.label, o.ref));
        }
        return kOutOfScope;
    }
    if (m_accepted.value(QStringLiteral("sparePart")).toBool()) {
        why.append(
            QStringLiteral("Excluded: a spare part replacing an identical component, made to "
                           "the same specifications (Art. 2(6))."));
        return kOutOfScope;
    }
    if (m_accepted.value(QStringLiteral("nationalSecurity")).toBool()) {
        why.append(
            QStringLiteral("Excluded: developed or modified exclusively for national security "
                           "or defence, or to process classified information (Art. 2(7))."));
        return kOutOfScope;
    }
    why.append(QStringLiteral("No exclusion of Art. 2(2) to 2(7) applies."));
    CraClass cls = CraClass::Default;
    for (const QJsonValue &v : m_accepted.value(QStringLiteral("categories")).toArray()) {
        const ProductCategory *c = m_catalog.category(v.toString());
        m_profile.categories.append(c->id);
        why.append(
            QStringLiteral("Core functionality in Annex %1, %2 point %3: %4.")
                .arg(c->annex, c->annex == QLatin1String("IV") ? QStringLiteral("critical products")
                               : c->cls == CraClass::ImportantClassI ? QStringLiteral("class I")
                                                                     : QStringLiteral("class II"))
                .arg(c->point)
                .arg(c->title));
        cls = std::max(cls, c->cls);
    }
    if (m_profile.categories.isEmpty())
        why.append(QStringLiteral("No Annex III or Annex IV category describes its core "
                                  "functionality: default category (Art. 7(1), 8(1))."));
    else if (m_profile.categories.size() > 1)
        why.append(QStringLiteral("Several categories: the strictest one sets the class."));
    why.append(QStringLiteral("Result: %1.").arg(craOutcomeLabel(craClassName(cls))));
    addRoutes(cls);
    return craClassName(cls);
}

void Classifier::addRoutes(CraClass cls)
{
    for (const ConformityRoute &r : m_catalog.routes()) {
        if (r.classes.contains(cls) && holds(r.when))
            m_profile.routes.append({r.id, r.title, r.ref, {}});
    }
    if (cls == CraClass::ImportantClassI
        && m_accepted.value(QStringLiteral("harmonisedStandards")).toString()
               != QLatin1String("full"))
        m_profile.reasoning.append(
            QStringLiteral("Harmonised standards, common specifications or a certification scheme "
                           "are not applied in full: internal control alone is not enough, a "
                           "notified body takes part (Art. 32(2))."));
}

void Classifier::checkSupportPeriod()
{
    if (!m_profile.supportEnd.isValid())
        return;
    const QDate start
        = m_profile.placedOnMarket.isValid() ? m_profile.placedOnMarket : m_input.now.date();
    const QString from = m_profile.placedOnMarket.isValid()
                             ? QStringLiteral("placing on the market")
                             : QStringLiteral("today");
    const int years = m_catalog.minimumSupportYears();
    if (m_profile.supportEnd <= start) {
        problem(QStringLiteral("$.profile.supportEnd"),
                QStringLiteral("the support period must end after %1 (%2)")
                    .arg(from, start.toString(Qt::ISODate)));
    } else if (m_profile.supportEnd < start.addYears(years)) {
        if (m_profile.supportJustification.isEmpty())
            problem(QStringLiteral("$.profile.supportJustification"),
                    QStringLiteral("missing: the support period ends before %1 years after %2; "
                                   "state the expected use time that justifies it (Art. 13(8))")
                        .arg(years)
                        .arg(from));
        else
            m_profile.reasoning.append(
                QStringLiteral("Support period shorter than %1 years, justified: %2")
                    .arg(years)
                    .arg(m_profile.supportJustification));
    } else {
        m_profile.reasoning.append(
            QStringLiteral("Support period until %1: at least %2 years after %3 (Art. 13(8)).")
                .arg(m_profile.supportEnd.toString(Qt::ISODate))
                .arg(years)
                .arg(from));
    }
}

ClassifyResult Classifier::run()
{
    readSheet();
    for (const Question &q : m_catalog.questions()) {
        if (!holds(q.when))
            continue;
        const auto it = m_given.constFind(q.id);
        if (it == m_given.cend()) {
            problem(QStringLiteral("$.answers.") + q.id,
                    QStringLiteral("missing answer (%1): %2").arg(q.ref, q.text));
            continue;
        }
        if (!validAnswer(q, *it))
            continue;
        m_accepted.insert(q.id, it->value);
        CraAnswer a{q.id, it->value, it->note, m_profile.classifiedBy, m_input.now.toUTC()};
        if (m_input.previous) {
            for (const CraAnswer &old : m_input.previous->answers) {
                if (old.question == a.question && old.value == a.value && old.note == a.note) {
                    a.by = old.by; // unchanged since it was first given
                    a.at = old.at;
                }
            }
        }
        m_profile.answers.append(a);
    }
    for (auto it = m_given.cbegin(); it != m_given.cend(); ++it) {
        if (!m_accepted.contains(it.key()) && m_problems.isEmpty())
            m_profile.reasoning.append(
                QStringLiteral("Answer to \"%1\" not used: earlier answers make the question moot.")
                    .arg(it.key()));
    }
    checkSupportPeriod();
    ClassifyResult result;
    if (!m_problems.isEmpty()) {
        result.problems = m_problems;
        return result;
    }
    QStringList reasoning = m_profile.reasoning;
    m_profile.reasoning.clear();
    m_profile.outcome = decide();
    m_profile.reasoning += reasoning;
    m_profile.questionnaireVersion = m_catalog.version();
    m_profile.source = m_catalog.sourceDocument();
    m_profile.classifiedAt = m_input.now.toUTC();
    for (const KeyDate &d : m_catalog.dates())
        m_profile.dates.append({d.id, d.label, d.ref, d.date});
    result.profile = m_profile;
    return result;
}

} // namespace

ClassifyResult classify(const ApplicabilityCatalog &catalog, const ClassifyInput &input)
{
    return Classifier(catalog, input).run();
}

} // namespace tb
