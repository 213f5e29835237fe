#include "studyjson.h"

#include "core/overloaded.h"
#include "jsonreader.h"

#include <QJsonArray>

namespace tb {

namespace {

QJsonArray ids(const QList<Id> &list)
{
    QJsonArray a;
    for (const Id &id : list)
        a.append(idString(id));
    return a;
}

void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out{QStringLiteral("kind"), QStringLiteral("id")};
    for (const char *n : names)
        out.append(QLatin1String(n));
    return out;
}

const QStringList &kinds()
{
    static const QStringList k
        = {QStringLiteral("businessValue"),      QStringLiteral("fearedEvent"),
           QStringLiteral("baseline"),           QStringLiteral("riskOrigin"),
           QStringLiteral("targetObjective"),    QStringLiteral("pair"),
           QStringLiteral("stakeholder"),        QStringLiteral("strategicScenario"),
           QStringLiteral("operationalScenario")};
    return k;
}

QJsonObject encode(const BusinessValue &v)
{
    QJsonObject o{{QStringLiteral("name"), v.name},
                  {QStringLiteral("type"), v.kind},
                  {QStringLiteral("confidentiality"), v.confidentiality},
                  {QStringLiteral("integrity"), v.integrity},
                  {QStringLiteral("availability"), v.availability},
                  {QStringLiteral("supports"), ids(v.supports)}};
    putText(o, "description", v.description);
    return o;
}
QJsonObject encode(const FearedEvent &e)
{
    QJsonObject o{{QStringLiteral("name"), e.name},
                  {QStringLiteral("businessValue"), idString(e.businessValue)},
                  {QStringLiteral("severity"), e.severity}};
    putText(o, "impacts", e.impacts);
    putText(o, "justification", e.justification);
    return o;
}
QJsonObject encode(const BaselineItem &b)
{
    QJsonObject o{{QStringLiteral("referential"), b.referential},
                  {QStringLiteral("status"), b.status}};
    putText(o, "gaps", b.gaps);
    return o;
}
QJsonObject encode(const RiskOrigin &r)
{
    QJsonObject o{{QStringLiteral("name"), r.name}};
    putText(o, "category", r.category);
    putText(o, "description", r.description);
    return o;
}
QJsonObject encode(const TargetObjective &t)
{
    QJsonObject o{{QStringLiteral("name"), t.name}, {QStringLiteral("targets"), ids(t.targets)}};
    putText(o, "description", t.description);
    return o;
}
QJsonObject encode(const RoToPair &p)
{
    QJsonObject o{{QStringLiteral("origin"), idString(p.origin)},
                  {QStringLiteral("objective"), idString(p.objective)},
                  {QStringLiteral("motivation"), p.motivation},
                  {QStringLiteral("resources"), p.resources},
                  {QStringLiteral("activity"), p.activity},
                  {QStringLiteral("retained"), p.retained}};
    putText(o, "justification", p.justification);
    return o;
}
QJsonObject encode(const Stakeholder &s)
{
    QJsonObject o{{QStringLiteral("name"), s.name},
                  {QStringLiteral("dependency"), s.dependency},
                  {QStringLiteral("penetration"), s.penetration},
                  {QStringLiteral("maturity"), s.maturity},
                  {QStringLiteral("trust"), s.trust},
                  {QStringLiteral("reaches"), ids(s.reaches)}};
    putText(o, "category", s.category);
    return o;
}
QJsonObject encode(const StrategicScenario &s)
{
    QJsonObject o{{QStringLiteral("pair"), idString(s.pair)},
                  {QStringLiteral("path"), ids(s.path)},
                  {QStringLiteral("businessValue"), idString(s.businessValue)},
                  {QStringLiteral("fearedEvent"), idString(s.fearedEvent)},
                  {QStringLiteral("derived"), s.derived},
                  {QStringLiteral("status"), scenarioStatusName(s.status)}};
    putText(o, "justification", s.justification);
    return o;
}
QJsonObject encode(const OperationalScenario &s)
{
    QJsonArray steps;
    for (const OperationalStep &step : s.steps)
        steps.append(QJsonObject{{QStringLiteral("phase"), step.phase},
                                 {QStringLiteral("element"), idString(step.element)},
                                 {QStringLiteral("action"), step.action},
                                 {QStringLiteral("threats"), ids(step.threats)}});
    QJsonObject o{{QStringLiteral("name"), s.name},
                  {QStringLiteral("strategic"), idString(s.strategic)},
                  {QStringLiteral("steps"), steps}};
    if (s.likelihood != 0)
        o.insert(QStringLiteral("likelihood"), s.likelihood);
    putText(o, "justification", s.justification);
    return o;
}

int level(JsonReader &r, const char *key, int min)
{
    return r.integer(QLatin1String(key), min, kEbiosMaxLevel, min);
}

StudyItem decode(const QString &kind, JsonReader &r, const Id &id)
{
    if (kind == QLatin1String("businessValue"))
        return BusinessValue{id,
                             r.text(QStringLiteral("name"), true),
                             r.text(QStringLiteral("description")),
                             r.oneOf(QStringLiteral("type"),
                                     {QStringLiteral("information"), QStringLiteral("function")},
                                     true),
                             r.integer(QStringLiteral("confidentiality"), 0, kMaxNeedLevel, 0),
                             r.integer(QStringLiteral("integrity"), 0, kMaxNeedLevel, 0),
                             r.integer(QStringLiteral("availability"), 0, kMaxNeedLevel, 0),
                             r.ids(QStringLiteral("supports"))};
    if (kind == QLatin1String("fearedEvent"))
        return FearedEvent{id,
                           r.id(QStringLiteral("businessValue"), true),
                           r.text(QStringLiteral("name"), true),
                           r.text(QStringLiteral("impacts")),
                           level(r, "severity", 1),
                           r.text(QStringLiteral("justification"))};
    if (kind == QLatin1String("baseline"))
        return BaselineItem{id, r.text(QStringLiteral("referential"), true),
                            r.oneOf(QStringLiteral("status"),
                                    {QStringLiteral("applied"), QStringLiteral("partial"),
                                     QStringLiteral("not-applied")},
                                    true),
                            r.text(QStringLiteral("gaps"))};
    if (kind == QLatin1String("riskOrigin"))
        return RiskOrigin{id, r.text(QStringLiteral("name"), true),
                          r.text(QStringLiteral("category")),
                          r.text(QStringLiteral("description"))};
    if (kind == QLatin1String("targetObjective"))
        return TargetObjective{id, r.text(QStringLiteral("name"), true),
                               r.text(QStringLiteral("description")),
                               r.ids(QStringLiteral("targets"))};
    if (kind == QLatin1String("pair")) {
        RoToPair p{id,
                   r.id(QStringLiteral("origin"), true),
                   r.id(QStringLiteral("objective"), true),
                   level(r, "motivation", 1),
                   level(r, "resources", 1),
                   level(r, "activity", 1),
                   false,
                   r.text(QStringLiteral("justification"))};
        const QJsonValue retained = r.raw(QStringLiteral("retained"));
        if (!retained.isUndefined() && !retained.isBool())
            r.fail(QStringLiteral("retained"), QStringLiteral("expected true or false"));
        p.retained = retained.toBool();
        return p;
    }
    if (kind == QLatin1String("stakeholder"))
        return Stakeholder{id,
                           r.text(QStringLiteral("name"), true),
                           r.text(QStringLiteral("category")),
                           level(r, "dependency", 0),
                           level(r, "penetration", 0),
                           level(r, "maturity", 1),
                           level(r, "trust", 1),
                           r.ids(QStringLiteral("reaches"))};
    if (kind == QLatin1String("strategicScenario")) {
        StrategicScenario s{id,
                            r.id(QStringLiteral("pair"), true),
                            r.ids(QStringLiteral("path")),
                            r.id(QStringLiteral("businessValue"), true),
                            r.id(QStringLiteral("fearedEvent"), true),
                            false,
                            ScenarioStatus::Proposed,
                            r.text(QStringLiteral("justification"))};
        const QJsonValue derived = r.raw(QStringLiteral("derived"));
        if (!derived.isUndefined() && !derived.isBool())
            r.fail(QStringLiteral("derived"), QStringLiteral("expected true or false"));
        s.derived = derived.toBool();
        parseScenarioStatus(r.oneOf(QStringLiteral("status"),
                                    {QStringLiteral("proposed"), QStringLiteral("retained"),
                                     QStringLiteral("rejected")},
                                    false),
                            &s.status);
        return s;
    }
    OperationalScenario s{id,
                          r.id(QStringLiteral("strategic"), true),
                          r.text(QStringLiteral("name"), true),
                          {},
                          r.integer(QStringLiteral("likelihood"), 0, kEbiosMaxLevel, 0),
                          r.text(QStringLiteral("justification"))};
    for (const auto &[item, itemPath] : r.array(QStringLiteral("steps"))) {
        JsonReader sr(item, itemPath,
                      {QStringLiteral("phase"), QStringLiteral("element"), QStringLiteral("action"),
                       QStringLiteral("threats")});
        s.steps.append({sr.oneOf(QStringLiteral("phase"),
                                 {QStringLiteral("know"), QStringLiteral("enter"),
                                  QStringLiteral("discover"), QStringLiteral("exploit")},
                                 true),
                        sr.id(QStringLiteral("element"), true),
                        sr.text(QStringLiteral("action"), true),
                        sr.ids(QStringLiteral("threats"))});
        r.adopt(sr);
    }
    return s;
}

QStringList keysOf(const QString &kind)
{
    if (kind == QLatin1String("businessValue"))
        return keys({"name", "description", "type", "confidentiality", "integrity", "availability",
                     "supports"});
    if (kind == QLatin1String("fearedEvent"))
        return keys({"name", "businessValue", "impacts", "severity", "justification"});
    if (kind == QLatin1String("baseline"))
        return keys({"referential", "status", "gaps"});
    if (kind == QLatin1String("riskOrigin"))
        return keys({"name", "category", "description"});
    if (kind == QLatin1String("targetObjective"))
        return keys({"name", "description", "targets"});
    if (kind == QLatin1String("pair"))
        return keys({"origin", "objective", "motivation", "resources", "activity", "retained",
                     "justification"});
    if (kind == QLatin1String("stakeholder"))
        return keys(
            {"name", "category", "dependency", "penetration", "maturity", "trust", "reaches"});
    if (kind == QLatin1String("strategicScenario"))
        return keys(
            {"pair", "path", "businessValue", "fearedEvent", "derived", "status", "justification"});
    return keys({"name", "strategic", "steps", "likelihood", "justification"});
}

} // namespace

QJsonObject toJson(const StudyItem &item)
{
    QJsonObject o = std::visit([](const auto &x) { return encode(x); }, item);
    o.insert(QStringLiteral("kind"), studyItemKind(item));
    o.insert(QStringLiteral("id"), idString(studyItemId(item)));
    return o;
}

QJsonObject toJson(const StudySettings &s)
{
    return {{QStringLiteral("missions"), QJsonArray::fromStringList(s.missions)},
            {QStringLiteral("controlThreshold"), s.controlThreshold},
            {QStringLiteral("dangerThreshold"), s.dangerThreshold}};
}

StudyItem studyItemFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                            bool generateMissingId)
{
    const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
    JsonReader r(v, path,
                 kinds().contains(kind) ? keysOf(kind) : QStringList{QStringLiteral("kind")});
    r.oneOf(QStringLiteral("kind"), kinds(), true);
    const Id id = generateMissingId && !r.has(QStringLiteral("id"))
                      ? newId()
                      : r.id(QStringLiteral("id"), true);
    StudyItem item = r.ok() ? decode(kind, r, id) : StudyItem{};
    parent.adopt(r);
    return item;
}

StudySettings studySettingsFromJson(const QJsonValue &v, const QString &path, JsonReader &parent)
{
    JsonReader r(v, path,
                 {QStringLiteral("missions"), QStringLiteral("controlThreshold"),
                  QStringLiteral("dangerThreshold")});
    StudySettings s;
    for (const auto &[item, itemPath] : r.array(QStringLiteral("missions"))) {
        if (!item.isString())
            r.failAt(itemPath, QStringLiteral("expected text"));
        s.missions.append(item.toString());
    }
    s.controlThreshold = r.number(QStringLiteral("controlThreshold"), s.controlThreshold);
    s.dangerThreshold = r.number(QStringLiteral("dangerThreshold"), s.dangerThreshold);
    parent.adopt(r);
    return s;
}

int studyKindRank(const StudyItem &item)
{
    return static_cast<int>(item.index());
}

} // namespace tb
