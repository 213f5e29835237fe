#include "projectdiffprivate.h"

#include "core/overloaded.h"
#include "io/riskjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tb::diff {

namespace {

QString compact(const QJsonValue &v)
{
    const QJsonDocument doc
        = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

bool isNameKey(const QString &key)
{
    return key == QLatin1String("name") || key == QLatin1String("title");
}

// Lists of unnamed records of the same length compare record by record.
bool isRecordList(const QJsonValue &u, const QJsonValue &v)
{
    if (!u.isArray() || !v.isArray() || u.toArray().size() != v.toArray().size())
        return false;
    for (const QJsonArray &list : {u.toArray(), v.toArray()}) {
        for (const QJsonValue &x : list) {
            if (!x.isObject() || x.toObject().contains(QLatin1String("name")))
                return false;
        }
    }
    return true;
}

RiskTreatment treatmentOf(const ProjectData &d, const Id &subject)
{
    RiskTreatment none;
    none.subject = subject;
    return d.treatments.value(subject, none);
}

} // namespace

QString Context::nameOf(const Id &id) const
{
    for (const ProjectData *d : {&b, &a}) {
        if (const auto it = d->elements.constFind(id); it != d->elements.cend())
            return it->name;
        if (const auto it = d->flows.constFind(id); it != d->flows.cend())
            return flowName(*it);
        if (const auto it = d->boundaries.constFind(id); it != d->boundaries.cend())
            return it->name;
        if (const auto it = d->assets.constFind(id); it != d->assets.cend())
            return it->name;
        if (const auto it = d->diagrams.constFind(id); it != d->diagrams.cend())
            return it->name;
        if (const auto it = d->threats.constFind(id); it != d->threats.cend())
            return it->title;
        if (const auto it = d->tasks.constFind(id); it != d->tasks.cend())
            return it->title;
        if (const auto it = d->components.constFind(id); it != d->components.cend())
            return componentLabel(*it);
        if (const auto it = d->study.items.constFind(id); it != d->study.items.cend())
            return itemName(*it);
    }
    return idString(id);
}

QString Context::flowName(const Flow &f) const
{
    if (!f.name.isEmpty())
        return f.name;
    return nameOf(f.source) + QStringLiteral(" -> ") + nameOf(f.target);
}

QString Context::itemName(const StudyItem &item) const
{
    return std::visit(
        Overloaded{[](const BaselineItem &x) { return x.referential; },
                   [this](const RoToPair &x) -> QString {
                       return nameOf(x.origin) + QStringLiteral(" / ") + nameOf(x.objective);
                   },
                   [this](const StrategicScenario &x) -> QString {
                       return nameOf(x.pair) + QStringLiteral(" -> ") + nameOf(x.fearedEvent);
                   },
                   [](const auto &x) {
                       return x.name;
                   }},
        item);
}

QString Context::text(const QJsonValue &v) const
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String: {
        const QString s = v.toString();
        const Id id = s.size() == 36 ? parseId(s) : Id();
        return id.isNull() ? s : nameOf(id);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &x : v.toArray()) {
            if (x.isObject() && x.toObject().contains(QLatin1String("name")))
                parts.append(x.toObject().value(QLatin1String("name")).toString());
            else if (x.isArray() || x.isObject())
                parts.append(compact(x));
            else
                parts.append(text(x));
        }
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return compact(v);
    default:
        return {};
    }
}

void Context::diffJson(const QJsonObject &x, const QJsonObject &y, const QString &prefix,
                       QList<DiffField> &out) const
{
    // Names and titles first, then the keys in order; properties one by one.
    QStringList keys = x.keys() + y.keys();
    std::sort(keys.begin(), keys.end(), [](const QString &l, const QString &r) {
        return isNameKey(l) != isNameKey(r) ? isNameKey(l) : l < r;
    });
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue u = x.value(key), v = y.value(key);
        if (key == QLatin1String("id") || key == QLatin1String("subject") || u == v)
            continue;
        if (key == QLatin1String("properties"))
            diffProperties(u.toObject(), v.toObject(), out);
        else if (key == QLatin1String("evidence"))
            out.append({prefix + QStringLiteral("evidence items"),
                        QString::number(u.toArray().size()), QString::number(v.toArray().size())});
        else if (isRecordList(u, v)) // e.g. scenario steps: "steps[2] threats: ..."
            for (qsizetype i = 0; i < u.toArray().size(); ++i)
                diffJson(u.toArray().at(i).toObject(), v.toArray().at(i).toObject(),
                         prefix + key + QStringLiteral("[%1] ").arg(i + 1), out);
        else if (key == QLatin1String("holds")) // written only when false
            out.append({prefix + key, text(u.isUndefined() ? QJsonValue(true) : u),
                        text(v.isUndefined() ? QJsonValue(true) : v)});
        else
            out.append({prefix + key, text(u), text(v)});
    }
}

void Context::diffProperties(const QJsonObject &x, const QJsonObject &y,
                             QList<DiffField> &out) const
{
    QStringList keys = x.keys() + y.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QString &key : std::as_const(keys)) {
        if (x.value(key) != y.value(key))
            out.append({QStringLiteral("property ") + key, text(x.value(key)), text(y.value(key))});
    }
}

void Context::diffTreatment(const Id &subject, QList<DiffField> &out) const
{
    diffJson(toJson(treatmentOf(a, subject)), toJson(treatmentOf(b, subject)),
             QStringLiteral("treatment "), out);
}

bool Context::sameTreatment(const Id &subject) const
{
    return treatmentOf(a, subject) == treatmentOf(b, subject);
}

void sortEntries(QList<DiffEntry> &list)
{
    std::sort(list.begin(), list.end(), [](const DiffEntry &l, const DiffEntry &r) {
        return l.name != r.name ? l.name < r.name : idLess(l.id, r.id);
    });
}

} // namespace tb::diff
