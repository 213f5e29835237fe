#include "applicability.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

// Q_INIT_RESOURCE must be used outside any namespace; registering twice is harmless.
static void initApplicabilityResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace tb {

namespace {

constexpr auto kFormat = "threatbench-cra-applicability";

// Reads one object, remembering the first problem with its JSON path.
class Reader
{
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    bool ok() const { return !m_error.has_value(); }
    Error error() const { return *m_error; }
    void fail(const QString &path, const QString &message)
    {
        if (!m_error)
            m_error = makeError(message, m_file + QStringLiteral(": ") + path);
    }
    QString text(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().trimmed().isEmpty())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected non-empty text"));
        return v.toString();
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray() || (required && v.toArray().isEmpty()))
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected a non-empty array"));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, QStringLiteral("expected an object"));
        return v.toObject();
    }
    void onlyKeys(const QJsonObject &o, const QString &path, const QStringList &keys)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!keys.contains(it.key()))
                fail(path + QLatin1Char('.') + it.key(),
                     QStringLiteral("unknown key (expected one of %1)")
                         .arg(keys.join(QStringLiteral(", "))));
        }
    }

private:
    QString m_file;
    std::optional<Error> m_error;
};

bool parseQuestionType(const QString &text, QuestionType *out)
{
    for (QuestionType t : {QuestionType::Boolean, QuestionType::Choice, QuestionType::Categories}) {
        if (questionTypeName(t) == text) {
            *out = t;
            return true;
        }
    }
    return false;
}

// Conditions may only look back at questions already asked, so the questionnaire has an order.
QList<AnswerCondition> readWhen(Reader &r, const QJsonObject &o, const QString &path,
                                const QList<Question> &earlier)
{
    QList<AnswerCondition> out;
    const QJsonArray when = r.array(o, QStringLiteral("when"), path, false);
    for (qsizetype i = 0; i < when.size() && r.ok(); ++i) {
        const QString at = path + QStringLiteral(".when[%1]").arg(i);
        const QJsonObject c = r.object(when.at(i), at);
        r.onlyKeys(
            c, at,
            {QStringLiteral("question"), QStringLiteral("equals"), QStringLiteral("notEmpty")});
        AnswerCondition cond;
        cond.question = r.text(c, QStringLiteral("question"), at, true);
        cond.equals = c.value(QStringLiteral("equals"));
        cond.notEmpty = c.value(QStringLiteral("notEmpty")).toBool();
        const auto target = std::find_if(earlier.cbegin(), earlier.cend(),
                                         [&](const Question &q) { return q.id == cond.question; });
        if (r.ok() && target == earlier.cend())
            r.fail(at + QStringLiteral(".question"),
                   QStringLiteral("\"%1\" is not an earlier question").arg(cond.question));
        if (r.ok() && cond.equals.isUndefined() == !cond.notEmpty)
            r.fail(at, QStringLiteral("give exactly one of \"equals\" and \"notEmpty\": true"));
        out.append(cond);
    }
    return out;
}

Question readQuestion(Reader &r, const QJsonObject &o, const QString &path,
                      const QList<Question> &earlier)
{
    r.onlyKeys(o, path,
               {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("text"),
                QStringLiteral("ref"), QStringLiteral("options"), QStringLiteral("when")});
    Question q;
    q.id = r.text(o, QStringLiteral("id"), path, true);
    static const QRegularExpression idRe(QStringLiteral("^[a-z][A-Za-z0-9]*$"));
    if (r.ok() && !idRe.match(q.id).hasMatch())
        r.fail(path + QStringLiteral(".id"), QStringLiteral("expected a lowerCamel identifier"));
    if (r.ok() && std::any_of(earlier.cbegin(), earlier.cend(), [&](const Question &e) {
            return e.id == q.id;
        }))
        r.fail(path + QStringLiteral(".id"), QStringLiteral("duplicate question id"));
    if (r.ok() && !parseQuestionType(r.text(o, QStringLiteral("type"), path, true), &q.type))
        r.fail(path + QStringLiteral(".type"),
               QStringLiteral("expected boolean, choice or categories"));
    q.text = r.text(o, QStringLiteral("text"), path, true);
    q.ref = r.text(o, QStringLiteral("ref"), path, true);
    const QJsonArray options
        = r.array(o, QStringLiteral("options"), path, q.type == QuestionType::Choice);
    if (r.ok() && q.type != QuestionType::Choice && !options.isEmpty())
        r.fail(path + QStringLiteral(".options"),
               QStringLiteral("only choice questions have options"));
    for (qsizetype i = 0; i < options.size() && r.ok(); ++i) {
        const QString at = path + QStringLiteral(".options[%1]").arg(i);
        const QJsonObject opt = r.object(options.at(i), at);
        r.onlyKeys(opt, at,
                   {QStringLiteral("value"), QStringLiteral("label"), QStringLiteral("ref")});
        ChoiceOption c{r.text(opt, QStringLiteral("value"), at, true),
                       r.text(opt, QStringLiteral("label"), at, true),
                       r.text(opt, QStringLiteral("ref"), at, false)};
        if (r.ok() && std::any_of(q.options.cbegin(), q.options.cend(), [&](const ChoiceOption &x) {
                return x.value == c.value;
            }))
            r.fail(at + QStringLiteral(".value"), QStringLiteral("duplicate option"));
        q.options.append(c);
    }
    q.when = readWhen(r, o, path, earlier);
    return q;
}

void readCategories(Reader &r, const QJsonArray &a, QList<ProductCategory> &out)
{
    // Points are numbered 1..n within each list, in order, as in the regulation.
    QMap<QString, int> lastPoint;
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("$.categories[%1]").arg(i);
        const QJsonObject o = r.object(a.at(i), at);
        r.onlyKeys(o, at,
                   {QStringLiteral("id"), QStringLiteral("class"), QStringLiteral("annex"),
                    QStringLiteral("point"), QStringLiteral("title")});
        ProductCategory c;
        c.id = r.text(o, QStringLiteral("id"), at, true);
        const QString cls = r.text(o, QStringLiteral("class"), at, true);
        if (r.ok() && (!parseCraClass(cls, &c.cls) || c.cls == CraClass::Default))
            r.fail(at + QStringLiteral(".class"),
                   QStringLiteral("expected important-class-1, important-class-2 or critical"));
        c.annex = r.text(o, QStringLiteral("annex"), at, true);
        const QString annex
            = c.cls == CraClass::Critical ? QStringLiteral("IV") : QStringLiteral("III");
        if (r.ok() && c.annex != annex)
            r.fail(at + QStringLiteral(".annex"),
                   QStringLiteral("a %1 category belongs in Annex %2").arg(cls, annex));
        c.point = o.value(QStringLiteral("point")).toInt(0);
        if (r.ok() && c.point != lastPoint.value(cls) + 1)
            r.fail(
                at + QStringLiteral(".point"),
                QStringLiteral("expected point %1 of %2").arg(lastPoint.value(cls) + 1).arg(cls));
        lastPoint[cls] = c.point;
        c.title = r.text(o, QStringLiteral("title"), at, true);
        if (r.ok() && std::any_of(out.cbegin(), out.cend(), [&](const ProductCategory &x) {
                return x.id == c.id;
            }))
            r.fail(at + QStringLiteral(".id"), QStringLiteral("duplicate category id"));
        out.append(c);
    }
    for (const char *cls : {"important-class-1", "important-class-2", "critical"}) {
        if (r.ok() && !lastPoint.contains(QLatin1String(cls)))
            r.fail(QStringLiteral("$.categories"),
                   QStringLiteral("no %1 category").arg(QLatin1String(cls)));
    }
}

void readRoutes(Reader &r, const QJsonArray &a, const QList<Question> &questions,
                QList<ConformityRoute> &out)
{
    QList<CraClass> served;
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("$.routes[%1]").arg(i);
        const QJsonObject o = r.object(a.at(i), at);
        r.onlyKeys(o, at,
                   {QStringLiteral("id"), QStringLiteral("classes"), QStringLiteral("title"),
                    QStringLiteral("ref"), QStringLiteral("when")});
        ConformityRoute route;
        route.id = r.text(o, QStringLiteral("id"), at, true);
        const QJsonArray classes = r.array(o, QStringLiteral("classes"), at, true);
        for (qsizetype k = 0; k < classes.size() && r.ok(); ++k) {
            CraClass c{};
            if (!parseCraClass(classes.at(k).toString(), &c))
                r.fail(at + QStringLiteral(".classes[%1]").arg(k),
                       QStringLiteral("unknown product class"));
            route.classes.append(c);
            if (!served.contains(c))
                served.append(c);
        }
        route.title = r.text(o, QStringLiteral("title"), at, true);
        route.ref = r.text(o, QStringLiteral("ref"), at, true);
        route.when = readWhen(r, o, at, questions);
        out.append(route);
    }
    if (r.ok() && served.size() != 4)
        r.fail(QStringLiteral("$.routes"), QStringLiteral("every product class needs a route"));
}

void readDates(Reader &r, const QJsonArray &a, QList<KeyDate> &out)
{
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("$.dates[%1]").arg(i);
        const QJsonObject o = r.object(a.at(i), at);
        r.onlyKeys(o, at,
                   {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("label"),
                    QStringLiteral("ref")});
        KeyDate d;
        d.id = r.text(o, QStringLiteral("id"), at, true);
        d.date = QDate::fromString(r.text(o, QStringLiteral("date"), at, true), Qt::ISODate);
        if (r.ok() && !d.date.isValid())
            r.fail(at + QStringLiteral(".date"), QStringLiteral("expected YYYY-MM-DD"));
        if (r.ok() && !out.isEmpty() && d.date < out.constLast().date)
            r.fail(at + QStringLiteral(".date"), QStringLiteral("dates must be in order"));
        d.label = r.text(o, QStringLiteral("label"), at, true);
        d.ref = r.text(o, QStringLiteral("ref"), at, true);
        out.append(d);
    }
}

} // namespace

QString questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::Boolean:
        return QStringLiteral("boolean");
    case QuestionType::Choice:
        return QStringLiteral("choice");
    case QuestionType::Categories:
        return QStringLiteral("categories");
    }
    return {};
}

const ApplicabilityCatalog &ApplicabilityCatalog::builtIn()
{
    static const ApplicabilityCatalog catalog = [] {
        initApplicabilityResources();
        const QString path = QStringLiteral(":/templates/cra/applicability.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in CRA applicability catalogue missing");
        Result<ApplicabilityCatalog> r = fromJson(file.readAll(), path);
        if (!r)
            qFatal("built-in CRA applicability catalogue invalid: %s",
                   qPrintable(r.error().text()));
        return std::move(r).value();
    }();
    return catalog;
}

Result<ApplicabilityCatalog> ApplicabilityCatalog::fromJson(const QByteArray &json,
                                                            const QString &fileName)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(
            QStringLiteral("not valid JSON: ") + err.errorString(),
            fileName + QStringLiteral(": line %1").arg(json.left(err.offset).count('\n') + 1));
    Reader r(fileName);
    const QJsonObject root = r.object(doc.object(), QStringLiteral("$"));
    if (!doc.isObject())
        r.fail(QStringLiteral("$"), QStringLiteral("expected an object"));
    r.onlyKeys(root, QStringLiteral("$"),
               {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("source"),
                QStringLiteral("dates"), QStringLiteral("supportPeriod"),
                QStringLiteral("categories"), QStringLiteral("questions"),
                QStringLiteral("routes")});
    if (r.ok() && root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        r.fail(QStringLiteral("$.format"),
               QStringLiteral("expected \"%1\"").arg(QLatin1String(kFormat)));
    ApplicabilityCatalog c;
    c.m_version = r.text(root, QStringLiteral("version"), QStringLiteral("$"), true);
    const QJsonObject source
        = r.object(root.value(QStringLiteral("source")), QStringLiteral("$.source"));
    c.m_document = r.text(source, QStringLiteral("document"), QStringLiteral("$.source"), true);
    c.m_publication
        = r.text(source, QStringLiteral("publication"), QStringLiteral("$.source"), true);
    r.text(source, QStringLiteral("references"), QStringLiteral("$.source"), true);
    const QJsonObject support
        = r.object(root.value(QStringLiteral("supportPeriod")), QStringLiteral("$.supportPeriod"));
    c.m_minimumSupportYears = support.value(QStringLiteral("minimumYears")).toInt(0);
    if (r.ok() && (c.m_minimumSupportYears < 1 || c.m_minimumSupportYears > 30))
        r.fail(QStringLiteral("$.supportPeriod.minimumYears"),
               QStringLiteral("expected a number of years from 1 to 30"));
    c.m_supportRule
        = r.text(support, QStringLiteral("rule"), QStringLiteral("$.supportPeriod"), true);
    readDates(r, r.array(root, QStringLiteral("dates"), QStringLiteral("$"), true), c.m_dates);
    readCategories(r, r.array(root, QStringLiteral("categories"), QStringLiteral("$"), true),
                   c.m_categories);
    const QJsonArray questions
        = r.array(root, QStringLiteral("questions"), QStringLiteral("$"), true);
    for (qsizetype i = 0; i < questions.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("$.questions[%1]").arg(i);
        c.m_questions.append(readQuestion(r, r.object(questions.at(i), at), at, c.m_questions));
    }
    // The classifier relies on these ids; a renamed one must fail here, not classify wrongly.
    for (const char *id : {"digitalElements", "dataConnection", "commercialActivity",
                           "sectoralRegime", "sparePart", "nationalSecurity", "categories"}) {
        if (r.ok() && !c.question(QLatin1String(id)))
            r.fail(QStringLiteral("$.questions"),
                   QStringLiteral("question \"%1\" is missing").arg(QLatin1String(id)));
    }
    readRoutes(r, r.array(root, QStringLiteral("routes"), QStringLiteral("$"), true), c.m_questions,
               c.m_routes);
    if (!r.ok())
        return r.error();
    return c;
}

const Question *ApplicabilityCatalog::question(const QString &id) const
{
    for (const Question &q : m_questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

const ProductCategory *ApplicabilityCatalog::category(const QString &id) const
{
    for (const ProductCategory &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace tb
