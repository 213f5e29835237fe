#include "reportoptions.h"

#include <QJsonArray>

namespace tb {

namespace {

Result<QStringList> texts(const QJsonObject &o, const QString &field)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined())
        return QStringList{};
    if (!v.isArray())
        return makeError(QStringLiteral("expected an array of text"), field);
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            return makeError(QStringLiteral("expected text"),
                             field + QStringLiteral("[%1]").arg(i));
        out.append(a.at(i).toString());
    }
    return out;
}

Result<QString> oneOf(const QJsonObject &o, const QString &field, const QStringList &allowed,
                      const QString &fallback)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined())
        return fallback;
    if (!v.isString() || !allowed.contains(v.toString()))
        return makeError(
            QStringLiteral("expected one of %1").arg(allowed.join(QStringLiteral(", "))), field);
    return v.toString();
}

} // namespace

const QStringList &reportSectionIds()
{
    static const QStringList ids{QStringLiteral("cover"),    QStringLiteral("contents"),
                                 QStringLiteral("scope"),    QStringLiteral("diagrams"),
                                 QStringLiteral("register"), QStringLiteral("heatmaps"),
                                 QStringLiteral("matrix"),   QStringLiteral("plan"),
                                 QStringLiteral("ebios"),    QStringLiteral("templates")};
    return ids;
}

QJsonObject toJson(const ReportOptions &o)
{
    QJsonObject out;
    if (!o.sections.isEmpty())
        out.insert(QStringLiteral("sections"), QJsonArray::fromStringList(o.sections));
    if (!o.statuses.isEmpty()) {
        QJsonArray statuses;
        for (ThreatStatus s : o.statuses)
            statuses.append(threatStatusName(s));
        out.insert(QStringLiteral("statuses"), statuses);
    }
    if (!o.minRisk.isEmpty())
        out.insert(QStringLiteral("minRisk"), o.minRisk);
    if (!o.diagrams.isEmpty()) {
        QJsonArray diagrams;
        for (const Id &id : o.diagrams)
            diagrams.append(idString(id));
        out.insert(QStringLiteral("diagrams"), diagrams);
    }
    out.insert(QStringLiteral("language"), o.language);
    out.insert(QStringLiteral("paper"), o.paper);
    return out;
}

Result<ReportOptions> reportOptionsFromJson(const QJsonObject &o)
{
    static const QStringList fields{QStringLiteral("sections"), QStringLiteral("statuses"),
                                    QStringLiteral("minRisk"),  QStringLiteral("diagrams"),
                                    QStringLiteral("language"), QStringLiteral("paper")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!fields.contains(it.key()))
            return makeError(QStringLiteral("unknown field (expected one of %1)")
                                 .arg(fields.join(QStringLiteral(", "))),
                             it.key());
    }
    ReportOptions out;
    Result<QStringList> sections = texts(o, QStringLiteral("sections"));
    if (!sections)
        return sections.error();
    for (qsizetype i = 0; i < sections->size(); ++i) {
        const QString &s = sections->at(i);
        if (!reportSectionIds().contains(s))
            return makeError(QStringLiteral("unknown section \"%1\" (known: %2)")
                                 .arg(s, reportSectionIds().join(QStringLiteral(", "))),
                             QStringLiteral("sections[%1]").arg(i));
        if (out.sections.contains(s))
            return makeError(QStringLiteral("section \"%1\" listed twice").arg(s),
                             QStringLiteral("sections[%1]").arg(i));
        out.sections.append(s);
    }
    Result<QStringList> statuses = texts(o, QStringLiteral("statuses"));
    if (!statuses)
        return statuses.error();
    for (qsizetype i = 0; i < statuses->size(); ++i) {
        ThreatStatus s{};
        if (!parseThreatStatus(statuses->at(i), &s))
            return makeError(QStringLiteral("unknown threat status \"%1\"").arg(statuses->at(i)),
                             QStringLiteral("statuses[%1]").arg(i));
        if (!out.statuses.contains(s))
            out.statuses.append(s);
    }
    const QJsonValue minRisk = o.value(QStringLiteral("minRisk"));
    if (!minRisk.isUndefined() && !minRisk.isString())
        return makeError(QStringLiteral("expected a risk level name"), QStringLiteral("minRisk"));
    out.minRisk = minRisk.toString();
    Result<QStringList> diagrams = texts(o, QStringLiteral("diagrams"));
    if (!diagrams)
        return diagrams.error();
    for (qsizetype i = 0; i < diagrams->size(); ++i) {
        const Id id = parseId(diagrams->at(i));
        if (id.isNull())
            return makeError(QStringLiteral("\"%1\" is not an id").arg(diagrams->at(i)),
                             QStringLiteral("diagrams[%1]").arg(i));
        out.diagrams.append(id);
    }
    Result<QString> language = oneOf(o, QStringLiteral("language"),
                                     {QStringLiteral("en"), QStringLiteral("fr")}, out.language);
    if (!language)
        return language.error();
    out.language = *language;
    Result<QString> paper = oneOf(o, QStringLiteral("paper"),
                                  {QStringLiteral("a4"), QStringLiteral("letter")}, out.paper);
    if (!paper)
        return paper.error();
    out.paper = *paper;
    return out;
}

Result<void> checkReportOptions(const QJsonObject &o)
{
    Result<ReportOptions> r = reportOptionsFromJson(o);
    if (!r)
        return r.error();
    return Ok{};
}

} // namespace tb
