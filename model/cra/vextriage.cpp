#include "vextriage.h"

#include "core/projectdata.h"

#include <QJsonArray>

namespace tb {

namespace {

const QString kVulnerabilities = QStringLiteral("vulnerabilities");

QString listOf(const QStringList &names)
{
    return QStringLiteral("expected one of ") + names.join(QStringLiteral(", "));
}

Result<VexDecision> decisionFromJson(const QString &id, const QJsonValue &value)
{
    if (!value.isObject())
        return makeError(QStringLiteral("expected an object"), id);
    const QJsonObject o = value.toObject();
    static const QStringList fields{QStringLiteral("state"),       QStringLiteral("justification"),
                                    QStringLiteral("response"),    QStringLiteral("detail"),
                                    QStringLiteral("confirmedBy"), QStringLiteral("confirmedAt")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!fields.contains(it.key()))
            return makeError(QStringLiteral("unknown field (expected one of %1)")
                                 .arg(fields.join(QStringLiteral(", "))),
                             id + QLatin1Char('.') + it.key());
    }
    for (const QString &field :
         {QStringLiteral("state"), QStringLiteral("justification"), QStringLiteral("detail"),
          QStringLiteral("confirmedBy"), QStringLiteral("confirmedAt")}) {
        if (o.contains(field) && !o.value(field).isString())
            return makeError(QStringLiteral("expected text"), id + QLatin1Char('.') + field);
    }
    VexDecision d;
    d.vulnerability = id;
    d.state = o.value(QLatin1String("state")).toString();
    d.justification = o.value(QLatin1String("justification")).toString();
    d.detail = o.value(QLatin1String("detail")).toString();
    d.confirmedBy = o.value(QLatin1String("confirmedBy")).toString();
    const QString at = o.value(QLatin1String("confirmedAt")).toString();
    d.confirmedAt = QDateTime::fromString(at, Qt::ISODate);
    if (!at.isEmpty() && !d.confirmedAt.isValid())
        return makeError(QStringLiteral("expected an ISO 8601 date and time"),
                         id + QStringLiteral(".confirmedAt"));
    const QJsonValue response = o.value(QLatin1String("response"));
    if (!response.isUndefined() && !response.isArray())
        return makeError(QStringLiteral("expected a list"), id + QStringLiteral(".response"));
    const QJsonArray items = response.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString())
            return makeError(QStringLiteral("expected text"),
                             id + QStringLiteral(".response[%1]").arg(i));
        d.response.append(items.at(i).toString());
    }
    if (Result<void> r = checkVexDecision(d); !r)
        return makeError(r.error().message, id + QLatin1Char('.') + r.error().where);
    return d;
}

} // namespace

const QStringList &vexStates()
{
    static const QStringList names{QStringLiteral("resolved"), QStringLiteral("exploitable"),
                                   QStringLiteral("in_triage"), QStringLiteral("false_positive"),
                                   QStringLiteral("not_affected")};
    return names;
}

const QStringList &vexJustifications()
{
    static const QStringList names{QStringLiteral("code_not_present"),
                                   QStringLiteral("code_not_reachable"),
                                   QStringLiteral("requires_configuration"),
                                   QStringLiteral("requires_dependency"),
                                   QStringLiteral("requires_environment"),
                                   QStringLiteral("protected_by_compiler"),
                                   QStringLiteral("protected_at_runtime"),
                                   QStringLiteral("protected_at_perimeter"),
                                   QStringLiteral("protected_by_mitigating_control")};
    return names;
}

const QStringList &vexResponses()
{
    static const QStringList names{QStringLiteral("can_not_fix"), QStringLiteral("will_not_fix"),
                                   QStringLiteral("update"), QStringLiteral("rollback"),
                                   QStringLiteral("workaround_available")};
    return names;
}

Result<void> checkVexDecision(const VexDecision &d)
{
    if (d.vulnerability.trimmed().isEmpty())
        return makeError(QStringLiteral("expected a vulnerability id"), QStringLiteral("id"));
    if (!vexStates().contains(d.state))
        return makeError(listOf(vexStates()), QStringLiteral("state"));
    const bool notAffected = d.state == QLatin1String("not_affected");
    if (notAffected && d.justification.isEmpty())
        return makeError(QStringLiteral("not_affected needs a justification (%1)")
                             .arg(vexJustifications().join(QStringLiteral(", "))),
                         QStringLiteral("justification"));
    if (!d.justification.isEmpty() && !notAffected)
        return makeError(QStringLiteral("only a not_affected state takes a justification"),
                         QStringLiteral("justification"));
    if (!d.justification.isEmpty() && !vexJustifications().contains(d.justification))
        return makeError(listOf(vexJustifications()), QStringLiteral("justification"));
    for (qsizetype i = 0; i < d.response.size(); ++i) {
        const QString where = QStringLiteral("response[%1]").arg(i);
        if (!vexResponses().contains(d.response.at(i)))
            return makeError(listOf(vexResponses()), where);
        if (d.response.indexOf(d.response.at(i)) != i)
            return makeError(QStringLiteral("listed twice"), where);
    }
    if (d.confirmedBy.trimmed().isEmpty())
        return makeError(QStringLiteral("a decision names the person who made it"),
                         QStringLiteral("confirmedBy"));
    if (!d.confirmedAt.isValid())
        return makeError(QStringLiteral("a decision says when it was made"),
                         QStringLiteral("confirmedAt"));
    return Ok{};
}

QJsonObject vexTriageToJson(const QList<VexDecision> &decisions)
{
    QJsonObject all;
    for (const VexDecision &d : decisions) {
        QJsonObject o{{QStringLiteral("state"), d.state},
                      {QStringLiteral("confirmedBy"), d.confirmedBy},
                      {QStringLiteral("confirmedAt"), d.confirmedAt.toUTC().toString(Qt::ISODate)}};
        if (!d.justification.isEmpty())
            o.insert(QStringLiteral("justification"), d.justification);
        if (!d.response.isEmpty())
            o.insert(QStringLiteral("response"), QJsonArray::fromStringList(d.response));
        if (!d.detail.isEmpty())
            o.insert(QStringLiteral("detail"), d.detail);
        all.insert(d.vulnerability, o);
    }
    return all.isEmpty() ? QJsonObject() : QJsonObject{{kVulnerabilities, all}};
}

Result<QList<VexDecision>> vexTriageFromJson(const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != kVulnerabilities)
            return makeError(QStringLiteral("unknown field (expected vulnerabilities)"), it.key());
    }
    const QJsonValue all = body.value(kVulnerabilities);
    if (!all.isUndefined() && !all.isObject())
        return makeError(QStringLiteral("expected an object keyed by vulnerability id"),
                         kVulnerabilities);
    QList<VexDecision> out;
    const QJsonObject byId = all.toObject();
    for (auto it = byId.begin(); it != byId.end(); ++it) { // QJsonObject iterates sorted by key
        Result<VexDecision> d = decisionFromJson(it.key(), it.value());
        if (!d)
            return makeError(d.error().message,
                             kVulnerabilities + QLatin1Char('.') + d.error().where);
        out.append(std::move(d).value());
    }
    return out;
}

Result<void> checkVexTriage(const QJsonObject &body)
{
    Result<QList<VexDecision>> r = vexTriageFromJson(body);
    if (!r)
        return r.error();
    return Ok{};
}

QList<VexDecision> vexTriageOf(const ProjectData &data)
{
    Result<QList<VexDecision>> r = vexTriageFromJson(data.settings.value(kVexTriageKey));
    return r ? r.value() : QList<VexDecision>();
}

QJsonObject vexTriageWith(const ProjectData &data, const VexDecision &decision, bool remove)
{
    QList<VexDecision> all = vexTriageOf(data);
    all.removeIf([&](const VexDecision &d) { return d.vulnerability == decision.vulnerability; });
    if (!remove)
        all.append(decision);
    return vexTriageToJson(all);
}

} // namespace tb
