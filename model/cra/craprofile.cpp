#include "craprofile.h"

#include <QJsonArray>

namespace tb {

namespace {

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

void insertText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

// Reads fields one by one and keeps the first problem.
struct FieldReader
{
    const QJsonObject &o;
    std::optional<Error> error;

    void fail(const QString &where, const QString &message)
    {
        if (!error)
            error = makeError(message, where);
    }
    QString text(const QString &key, bool required = false, const QString &prefix = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || (required && v.toString().isEmpty()))
            fail(prefix + key, QStringLiteral("expected text"));
        return v.toString();
    }
    QDate date(const QString &key)
    {
        const QString t = text(key);
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!t.isEmpty() && !d.isValid())
            fail(key, QStringLiteral("expected a date as YYYY-MM-DD"));
        return d;
    }
};

QJsonArray refsJson(const QList<CraProfileRef> &refs)
{
    QJsonArray a;
    for (const CraProfileRef &r : refs) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("title"), r.title},
                      {QStringLiteral("ref"), r.ref}};
        if (r.date.isValid())
            o.insert(QStringLiteral("date"), r.date.toString(Qt::ISODate));
        a.append(o);
    }
    return a;
}

QList<CraProfileRef> readRefs(FieldReader &r, const QString &key)
{
    QList<CraProfileRef> out;
    const QJsonValue v = r.o.value(key);
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        r.fail(key, QStringLiteral("expected an array"));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString at = key + QStringLiteral("[%1].").arg(i);
        const QJsonObject item = a.at(i).toObject();
        FieldReader ir{item, {}};
        CraProfileRef ref{ir.text(QStringLiteral("id"), true, at),
                          ir.text(QStringLiteral("title"), true, at),
                          ir.text(QStringLiteral("ref"), false, at),
                          {}};
        const QString date = ir.text(QStringLiteral("date"), false, at);
        ref.date = QDate::fromString(date, Qt::ISODate);
        if (!date.isEmpty() && !ref.date.isValid())
            ir.fail(at + QStringLiteral("date"), QStringLiteral("expected a date as YYYY-MM-DD"));
        if (ir.error)
            r.fail(ir.error->where, ir.error->message);
        out.append(ref);
    }
    return out;
}

QList<CraAnswer> readAnswers(FieldReader &r)
{
    QList<CraAnswer> out;
    const QJsonValue v = r.o.value(QStringLiteral("answers"));
    if (!v.isArray()) {
        r.fail(QStringLiteral("answers"), QStringLiteral("expected an array"));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("answers[%1].").arg(i);
        const QJsonObject item = a.at(i).toObject();
        FieldReader ir{item, {}};
        CraAnswer ans;
        ans.question = ir.text(QStringLiteral("question"), true, at);
        ans.value = item.value(QStringLiteral("value"));
        if (ans.value.isUndefined() || ans.value.isNull())
            ir.fail(at + QStringLiteral("value"), QStringLiteral("expected a value"));
        ans.note = ir.text(QStringLiteral("note"), false, at);
        ans.by = ir.text(QStringLiteral("by"), true, at);
        ans.at = QDateTime::fromString(ir.text(QStringLiteral("at"), true, at), Qt::ISODate);
        if (!ans.at.isValid())
            ir.fail(at + QStringLiteral("at"), QStringLiteral("expected an ISO date and time"));
        if (ir.error)
            r.fail(ir.error->where, ir.error->message);
        out.append(ans);
    }
    return out;
}

} // namespace

const QStringList &craProfileFieldNames()
{
    static const QStringList names{
        QStringLiteral("placedOnMarket"),       QStringLiteral("supportEnd"),
        QStringLiteral("supportJustification"), QStringLiteral("securityContact"),
        QStringLiteral("cvdPolicyUrl"),         QStringLiteral("updateChannel"),
        QStringLiteral("sbomLocation")};
    return names;
}

QStringList craProfileFieldValues(const CraProfile &p)
{
    return {p.placedOnMarket.toString(Qt::ISODate),
            p.supportEnd.toString(Qt::ISODate),
            p.supportJustification,
            p.securityContact,
            p.cvdPolicyUrl,
            p.updateChannel,
            p.sbomLocation};
}

QJsonObject toJson(const CraProfile &p)
{
    QJsonArray answers;
    for (const CraAnswer &a : p.answers) {
        QJsonObject o{{QStringLiteral("question"), a.question},
                      {QStringLiteral("value"), a.value},
                      {QStringLiteral("by"), a.by},
                      {QStringLiteral("at"), timeValue(a.at)}};
        insertText(o, QStringLiteral("note"), a.note);
        answers.append(o);
    }
    QJsonObject o{{QStringLiteral("questionnaireVersion"), p.questionnaireVersion},
                  {QStringLiteral("source"), p.source},
                  {QStringLiteral("answers"), answers},
                  {QStringLiteral("classifiedBy"), p.classifiedBy},
                  {QStringLiteral("classifiedAt"), timeValue(p.classifiedAt)},
                  {QStringLiteral("outcome"), p.outcome},
                  {QStringLiteral("categories"), QJsonArray::fromStringList(p.categories)},
                  {QStringLiteral("reasoning"), QJsonArray::fromStringList(p.reasoning)},
                  {QStringLiteral("routes"), refsJson(p.routes)},
                  {QStringLiteral("dates"), refsJson(p.dates)}};
    if (p.placedOnMarket.isValid())
        o.insert(QStringLiteral("placedOnMarket"), dateValue(p.placedOnMarket));
    if (p.supportEnd.isValid())
        o.insert(QStringLiteral("supportEnd"), dateValue(p.supportEnd));
    insertText(o, QStringLiteral("supportJustification"), p.supportJustification);
    insertText(o, QStringLiteral("securityContact"), p.securityContact);
    insertText(o, QStringLiteral("cvdPolicyUrl"), p.cvdPolicyUrl);
    insertText(o, QStringLiteral("updateChannel"), p.updateChannel);
    insertText(o, QStringLiteral("sbomLocation"), p.sbomLocation);
    return o;
}

Result<CraProfile> craProfileFromJson(const QJsonObject &o)
{
    static const QStringList known = QStringList{QStringLiteral("questionnaireVersion"),
                                                 QStringLiteral("source"),
                                                 QStringLiteral("answers"),
                                                 QStringLiteral("classifiedBy"),
                                                 QStringLiteral("classifiedAt"),
                                                 QStringLiteral("outcome"),
                                                 QStringLiteral("categories"),
                                                 QStringLiteral("reasoning"),
                                                 QStringLiteral("routes"),
                                                 QStringLiteral("dates")}
                                     + craProfileFieldNames();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return makeError(QStringLiteral("unknown field"), it.key());
    }
    FieldReader r{o, {}};
    CraProfile p;
    p.questionnaireVersion = r.text(QStringLiteral("questionnaireVersion"), true);
    p.source = r.text(QStringLiteral("source"), true);
    p.answers = readAnswers(r);
    p.classifiedBy = r.text(QStringLiteral("classifiedBy"), true);
    p.classifiedAt
        = QDateTime::fromString(r.text(QStringLiteral("classifiedAt"), true), Qt::ISODate);
    if (!p.classifiedAt.isValid())
        r.fail(QStringLiteral("classifiedAt"), QStringLiteral("expected an ISO date and time"));
    p.outcome = r.text(QStringLiteral("outcome"), true);
    CraClass cls{};
    if (p.outcome != kOutOfScope && !parseCraClass(p.outcome, &cls))
        r.fail(QStringLiteral("outcome"),
               QStringLiteral("expected out-of-scope, default, important-class-1, "
                              "important-class-2 or critical"));
    for (const char *key : {"categories", "reasoning"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        QStringList list;
        for (const QJsonValue &x : v.toArray()) {
            if (!x.isString())
                r.fail(QLatin1String(key), QStringLiteral("expected an array of text"));
            list.append(x.toString());
        }
        if (!v.isUndefined() && !v.isArray())
            r.fail(QLatin1String(key), QStringLiteral("expected an array of text"));
        (qstrcmp(key, "categories") == 0 ? p.categories : p.reasoning) = list;
    }
    p.routes = readRefs(r, QStringLiteral("routes"));
    p.dates = readRefs(r, QStringLiteral("dates"));
    p.placedOnMarket = r.date(QStringLiteral("placedOnMarket"));
    p.supportEnd = r.date(QStringLiteral("supportEnd"));
    p.supportJustification = r.text(QStringLiteral("supportJustification"));
    p.securityContact = r.text(QStringLiteral("securityContact"));
    p.cvdPolicyUrl = r.text(QStringLiteral("cvdPolicyUrl"));
    p.updateChannel = r.text(QStringLiteral("updateChannel"));
    p.sbomLocation = r.text(QStringLiteral("sbomLocation"));
    if (r.error)
        return *r.error;
    return p;
}

Result<void> checkCraProfile(const QJsonObject &o)
{
    Result<CraProfile> r = craProfileFromJson(o);
    if (!r)
        return r.error();
    return Ok{};
}

std::optional<CraProfile> craProfileOf(const ProjectData &data)
{
    const auto it = data.settings.constFind(kCraProfileKey);
    if (it == data.settings.cend())
        return std::nullopt;
    Result<CraProfile> r = craProfileFromJson(*it);
    if (!r)
        return std::nullopt;
    return std::move(r).value();
}

Edit craProfileEdit(const ProjectData &data, const CraProfile &profile)
{
    Batch batch;
    batch.text = QStringLiteral("Classify product for the CRA");
    batch.edits.push_back(SetProjectSetting{kCraProfileKey, toJson(profile)});
    // Out of scope keeps the lowest class: the app has no "not covered" class to show.
    const QString cls = profile.inScope() ? profile.outcome : craClassName(CraClass::Default);
    if (craClassName(data.product.craClass) != cls)
        batch.edits.push_back(SetAttribute{data.id, QStringLiteral("craClass"), cls});
    if (profile.supportEnd.isValid() && profile.supportEnd != data.product.supportEnd)
        batch.edits.push_back(SetAttribute{data.id, QStringLiteral("supportEnd"),
                                           profile.supportEnd.toString(Qt::ISODate)});
    return Edit(std::move(batch));
}

QString craOutcomeLabel(const QString &outcome)
{
    if (outcome == kOutOfScope)
        return QStringLiteral("outside the scope of the CRA");
    if (outcome == QLatin1String("important-class-1"))
        return QStringLiteral("important product, class I (Annex III)");
    if (outcome == QLatin1String("important-class-2"))
        return QStringLiteral("important product, class II (Annex III)");
    if (outcome == QLatin1String("critical"))
        return QStringLiteral("critical product (Annex IV)");
    if (outcome == QLatin1String("default"))
        return QStringLiteral("default category (neither Annex III nor Annex IV)");
    return outcome;
}

} // namespace tb
