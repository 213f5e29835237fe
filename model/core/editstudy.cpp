// The EBIOS RM study: items are checked against the study and the DFD they refer to.

#include "editchecks.h"
#include "overloaded.h"

#include <QSet>

namespace tb::detail {

namespace {

QString whereOf(const StudyItem &item)
{
    return studyItemKind(item) + QLatin1Char(' ') + idString(studyItemId(item));
}

QString nameOf(const StudyItem &item)
{
    return std::visit(Overloaded{
                          [](const BaselineItem &x) { return x.referential; },
                          [](const RoToPair &) { return QStringLiteral("pair"); },
                          [](const StrategicScenario &) { return QStringLiteral("scenario"); },
                          [](const auto &x) { return x.name; },
                      },
                      item);
}

QString describeItem(const StudyItem &item)
{
    return studyItemKind(item) + QStringLiteral(" \"") + nameOf(item) + QLatin1Char('"');
}

class Checker
{
public:
    Checker(const ProjectData &d, QString where) : m_d(d), m_where(std::move(where)) {}

    Result<void> result() const
    {
        if (m_error.isEmpty())
            return Ok{};
        return makeError(m_error, m_where);
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    void name(const QString &text, const char *field = "name")
    {
        if (text.trimmed().isEmpty())
            fail(QLatin1String(field) + QStringLiteral(" must not be empty"));
    }
    void range(int value, int min, int max, const char *field)
    {
        if (value < min || value > max)
            fail(QStringLiteral("%1 must be from %2 to %3, not %4")
                     .arg(QLatin1String(field))
                     .arg(min)
                     .arg(max)
                     .arg(value));
    }
    void oneOf(const QString &value, const QStringList &allowed, const char *field)
    {
        if (!allowed.contains(value))
            fail(QStringLiteral("%1 must be one of %2, not \"%3\"")
                     .arg(QLatin1String(field), allowed.join(QStringLiteral(", ")), value));
    }
    template<typename T>
    void ref(const Id &id, const char *field, const char *what)
    {
        if (!m_d.study.get<T>(id))
            fail(QStringLiteral("%1: %2 %3 does not exist")
                     .arg(QLatin1String(field), QLatin1String(what), idString(id)));
    }
    template<typename Allowed>
    void refs(const QList<Id> &ids, const char *field, Allowed allowed, const char *what)
    {
        QSet<Id> seen;
        for (const Id &id : ids) {
            if (!allowed(id))
                fail(QStringLiteral("%1: %2 is not %3")
                         .arg(QLatin1String(field), idString(id), QLatin1String(what)));
            if (seen.contains(id))
                fail(QStringLiteral("%1: %2 is listed twice")
                         .arg(QLatin1String(field), idString(id)));
            seen.insert(id);
        }
    }

    void operator()(const BusinessValue &v)
    {
        name(v.name);
        oneOf(v.kind, {QStringLiteral("information"), QStringLiteral("function")}, "kind");
        range(v.confidentiality, 0, kMaxNeedLevel, "confidentiality");
        range(v.integrity, 0, kMaxNeedLevel, "integrity");
        range(v.availability, 0, kMaxNeedLevel, "availability");
        refs(
            v.supports, "supports", [this](const Id &id) { return dfdObject(id); },
            "an element or flow");
    }
    void operator()(const FearedEvent &e)
    {
        name(e.name);
        ref<BusinessValue>(e.businessValue, "businessValue", "business value");
        range(e.severity, 1, kEbiosMaxLevel, "severity");
    }
    void operator()(const BaselineItem &b)
    {
        name(b.referential, "referential");
        oneOf(b.status,
              {QStringLiteral("applied"), QStringLiteral("partial"), QStringLiteral("not-applied")},
              "status");
    }
    void operator()(const RiskOrigin &o) { name(o.name); }
    void operator()(const TargetObjective &o)
    {
        name(o.name);
        refs(
            o.targets, "targets", [this](const Id &id) { return is<BusinessValue>(id); },
            "a business value");
    }
    void operator()(const RoToPair &p)
    {
        ref<RiskOrigin>(p.origin, "origin", "risk origin");
        ref<TargetObjective>(p.objective, "objective", "target objective");
        range(p.motivation, 1, kEbiosMaxLevel, "motivation");
        range(p.resources, 1, kEbiosMaxLevel, "resources");
        range(p.activity, 1, kEbiosMaxLevel, "activity");
        for (const RoToPair *other : m_d.study.all<RoToPair>()) {
            if (other->id != p.id && other->origin == p.origin && other->objective == p.objective)
                fail(QStringLiteral("the same risk origin and objective already form pair %1")
                         .arg(idString(other->id)));
        }
    }
    void operator()(const Stakeholder &s)
    {
        name(s.name);
        range(s.dependency, 0, kEbiosMaxLevel, "dependency");
        range(s.penetration, 0, kEbiosMaxLevel, "penetration");
        range(s.maturity, 1, kEbiosMaxLevel, "maturity");
        range(s.trust, 1, kEbiosMaxLevel, "trust");
        refs(
            s.reaches, "reaches",
            [&](const Id &id) {
                return id != s.id && (is<Stakeholder>(id) || is<BusinessValue>(id));
            },
            "another stakeholder or a business value");
    }
    void operator()(const StrategicScenario &s)
    {
        ref<RoToPair>(s.pair, "pair", "risk origin / target objective pair");
        refs(
            s.path, "path", [this](const Id &id) { return is<Stakeholder>(id); }, "a stakeholder");
        ref<BusinessValue>(s.businessValue, "businessValue", "business value");
        ref<FearedEvent>(s.fearedEvent, "fearedEvent", "feared event");
        if (const FearedEvent *e = m_d.study.get<FearedEvent>(s.fearedEvent);
            e && e->businessValue != s.businessValue)
            fail(QStringLiteral("fearedEvent: it is feared for another business value"));
    }
    void operator()(const OperationalScenario &o)
    {
        name(o.name);
        ref<StrategicScenario>(o.strategic, "strategic", "strategic scenario");
        range(o.likelihood, 0, kEbiosMaxLevel, "likelihood");
        if (o.likelihood != 0 && o.justification.trimmed().isEmpty())
            fail(QStringLiteral("setting the likelihood by hand needs a justification"));
        if (o.steps.isEmpty())
            fail(QStringLiteral("an operational scenario needs at least one step"));
        for (qsizetype i = 0; i < o.steps.size(); ++i) {
            const OperationalStep &step = o.steps[i];
            const QString at = QStringLiteral("step %1: ").arg(i + 1);
            if (!QStringList{QStringLiteral("know"), QStringLiteral("enter"),
                             QStringLiteral("discover"), QStringLiteral("exploit")}
                     .contains(step.phase))
                fail(at + QStringLiteral("phase must be know, enter, discover or exploit"));
            if (!dfdObject(step.element))
                fail(at
                     + QStringLiteral("%1 is not an element or flow").arg(idString(step.element)));
            if (step.action.trimmed().isEmpty())
                fail(at + QStringLiteral("action must not be empty"));
            for (const Id &t : step.threats) {
                if (!m_d.threats.contains(t))
                    fail(at + QStringLiteral("threat %1 does not exist").arg(idString(t)));
            }
        }
    }

private:
    template<typename T>
    bool is(const Id &id) const
    {
        return m_d.study.get<T>(id) != nullptr;
    }
    bool dfdObject(const Id &id) const
    {
        return m_d.elements.contains(id) || m_d.flows.contains(id);
    }

    const ProjectData &m_d;
    QString m_where;
    QString m_error;
};

// Does `item` refer to `id`?
bool refersTo(const StudyItem &item, const Id &id)
{
    return std::visit(Overloaded{
                          [&](const BusinessValue &v) { return v.supports.contains(id); },
                          [&](const FearedEvent &e) { return e.businessValue == id; },
                          [](const BaselineItem &) { return false; },
                          [](const RiskOrigin &) { return false; },
                          [&](const TargetObjective &o) { return o.targets.contains(id); },
                          [&](const RoToPair &p) { return p.origin == id || p.objective == id; },
                          [&](const Stakeholder &s) { return s.reaches.contains(id); },
                          [&](const StrategicScenario &s) {
                              return s.pair == id || s.path.contains(id) || s.businessValue == id
                                     || s.fearedEvent == id;
                          },
                          [&](const OperationalScenario &o) {
                              if (o.strategic == id)
                                  return true;
                              for (const OperationalStep &step : o.steps) {
                                  if (step.element == id || step.threats.contains(id))
                                      return true;
                              }
                              return false;
                          },
                      },
                      item);
}

} // namespace

QString studyUserOf(const ProjectData &d, const Id &id)
{
    QList<Id> ids = d.study.items.keys();
    std::sort(ids.begin(), ids.end(), idLess);
    for (const Id &other : ids) {
        if (other != id && refersTo(d.study.items[other], id))
            return describeItem(d.study.items[other]);
    }
    return {};
}

Result<Edit> applyPutStudyItem(ProjectData &d, const PutStudyItem &e, Change *change)
{
    const Id id = studyItemId(e.item);
    const QString where = whereOf(e.item);
    if (id.isNull())
        return makeError(QStringLiteral("needs an id"), where);
    const auto old = d.study.items.constFind(id);
    if (old == d.study.items.cend()) {
        if (d.typeOf(id) != ObjectType::None)
            return makeError(QStringLiteral("id is already used by %1").arg(describe(d, id)),
                             where);
    } else if (old->index() != e.item.index()) {
        return makeError(QStringLiteral("id is already used by %1").arg(describeItem(*old)), where);
    }
    Checker check(d, where);
    std::visit(check, e.item);
    if (Result<void> r = check.result(); !r)
        return r.error();
    Edit inverse
        = old == d.study.items.cend() ? Edit(RemoveStudyItem{id}) : Edit(PutStudyItem{*old});
    d.study.items.insert(id, e.item);
    if (change)
        change->objects.insert(id);
    return inverse;
}

Result<Edit> applyRemoveStudyItem(ProjectData &d, const RemoveStudyItem &e, Change *change)
{
    const auto it = d.study.items.constFind(e.id);
    if (it == d.study.items.cend())
        return makeError(QStringLiteral("no such EBIOS item"),
                         QStringLiteral("EBIOS item ") + idString(e.id));
    const QString where = whereOf(*it);
    if (const QString user = studyUserOf(d, e.id); !user.isEmpty())
        return makeError(QStringLiteral("%1 still refers to it").arg(user), where);
    if (d.treatments.contains(e.id))
        return makeError(QStringLiteral("its risk treatment is still recorded; clear it first"),
                         where);
    if (change)
        change->objects.insert(e.id);
    return Edit(PutStudyItem{d.study.items.take(e.id)});
}

Result<Edit> applySetStudySettings(ProjectData &d, const SetStudySettings &e, Change *change)
{
    const StudySettings &s = e.settings;
    if (!(s.controlThreshold > 0) || !(s.dangerThreshold > s.controlThreshold))
        return makeError(QStringLiteral("thresholds must satisfy 0 < control < danger"),
                         QStringLiteral("EBIOS settings"));
    for (const QString &m : s.missions) {
        if (m.trimmed().isEmpty())
            return makeError(QStringLiteral("a mission must not be empty"),
                             QStringLiteral("EBIOS settings"));
    }
    SetStudySettings inverse{d.study.settings};
    d.study.settings = s;
    if (change)
        change->product = true;
    return Edit(std::move(inverse));
}

} // namespace tb::detail
