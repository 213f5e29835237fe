#include "riskjson.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace tb {

namespace {

QJsonArray scale(const QList<ScaleLevel> &levels)
{
    QJsonArray a;
    for (const ScaleLevel &l : levels) {
        QJsonObject o{{QStringLiteral("name"), l.name}};
        if (!l.description.isEmpty())
            o.insert(QStringLiteral("description"), l.description);
        a.append(o);
    }
    return a;
}

QList<ScaleLevel> scaleFromJson(JsonReader &r, const QString &key)
{
    QList<ScaleLevel> out;
    for (const auto &[item, itemPath] : r.array(key)) {
        JsonReader lr(item, itemPath, {QStringLiteral("name"), QStringLiteral("description")});
        out.append({lr.text(QStringLiteral("name"), true), lr.text(QStringLiteral("description"))});
        r.adopt(lr);
    }
    return out;
}

} // namespace

QJsonObject toJson(const RiskCriteria &c)
{
    QJsonArray matrix;
    for (const QList<int> &row : c.matrix) {
        QJsonArray cells;
        for (int cell : row)
            cells.append(c.levels.value(cell));
        matrix.append(cells);
    }
    return {{QStringLiteral("likelihood"), scale(c.likelihood)},
            {QStringLiteral("impact"), scale(c.impact)},
            {QStringLiteral("levels"), QJsonArray::fromStringList(c.levels)},
            {QStringLiteral("matrix"), matrix},
            {QStringLiteral("acceptable"), c.levels.value(c.acceptable)}};
}

RiskCriteria riskCriteriaFromJson(const QJsonValue &v, const QString &path, JsonReader &parent)
{
    JsonReader r(v, path,
                 {QStringLiteral("likelihood"), QStringLiteral("impact"), QStringLiteral("levels"),
                  QStringLiteral("matrix"), QStringLiteral("acceptable")});
    RiskCriteria c;
    c.likelihood = scaleFromJson(r, QStringLiteral("likelihood"));
    c.impact = scaleFromJson(r, QStringLiteral("impact"));
    for (const auto &[item, itemPath] : r.array(QStringLiteral("levels"))) {
        if (!item.isString())
            r.failAt(itemPath, QStringLiteral("expected a risk level name"));
        c.levels.append(item.toString());
    }
    // Cells name levels, so a reviewer reads the matrix as it is meant.
    for (const auto &[row, rowPath] : r.array(QStringLiteral("matrix"))) {
        QList<int> cells;
        const QJsonArray a = row.toArray();
        if (!row.isArray())
            r.failAt(rowPath, QStringLiteral("expected a row of risk level names"));
        for (qsizetype i = 0; i < a.size(); ++i) {
            const int index = static_cast<int>(c.levels.indexOf(a[i].toString()));
            if (index < 0)
                r.failAt(rowPath + QStringLiteral("[%1]").arg(i),
                         QStringLiteral("expected one of the risk levels"));
            cells.append(index);
        }
        c.matrix.append(cells);
    }
    c.acceptable
        = static_cast<int>(c.levels.indexOf(r.oneOf(QStringLiteral("acceptable"), c.levels, true)));
    parent.adopt(r);
    return c;
}

QJsonObject toJson(const RiskTreatment &t)
{
    QJsonObject o{{QStringLiteral("subject"), idString(t.subject)},
                  {QStringLiteral("option"), treatmentName(t.option)}};
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("owner", t.owner);
    put("justification", t.justification);
    put("cvss", t.cvss);
    if (t.residualLikelihood)
        o.insert(QStringLiteral("residualLikelihood"), t.residualLikelihood);
    if (t.residualImpact)
        o.insert(QStringLiteral("residualImpact"), t.residualImpact);
    return o;
}

RiskTreatment treatmentFromJson(const QJsonValue &v, const QString &path, JsonReader &parent)
{
    JsonReader r(v, path,
                 {QStringLiteral("subject"), QStringLiteral("option"), QStringLiteral("owner"),
                  QStringLiteral("justification"), QStringLiteral("cvss"),
                  QStringLiteral("residualLikelihood"), QStringLiteral("residualImpact")});
    RiskTreatment t;
    t.subject = r.id(QStringLiteral("subject"), true);
    parseTreatment(
        r.oneOf(QStringLiteral("option"),
                {QStringLiteral("none"), QStringLiteral("modify"), QStringLiteral("retain"),
                 QStringLiteral("avoid"), QStringLiteral("share")},
                true),
        &t.option);
    t.owner = r.text(QStringLiteral("owner"));
    t.justification = r.text(QStringLiteral("justification"));
    t.cvss = r.text(QStringLiteral("cvss"));
    t.residualLikelihood = r.integer(QStringLiteral("residualLikelihood"), 0, kMaxScaleLevels, 0);
    t.residualImpact = r.integer(QStringLiteral("residualImpact"), 0, kMaxScaleLevels, 0);
    parent.adopt(r);
    return t;
}

} // namespace tb
