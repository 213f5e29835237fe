#include "condition.h"

#include "core/propertycatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tb {

namespace {

struct Named
{
    const char *name;
    int value;
};

constexpr Named kBuiltins[] = {
    {"kind", int(Builtin::Kind)},
    {"stencil", int(Builtin::Stencil)},
    {"name", int(Builtin::Name)},
    {"protocol", int(Builtin::Protocol)},
    {"trustLevel", int(Builtin::TrustLevel)},
    {"zoned", int(Builtin::Zoned)},
    {"assets.count", int(Builtin::AssetCount)},
    {"assets.confidentiality", int(Builtin::AssetConfidentiality)},
    {"assets.integrity", int(Builtin::AssetIntegrity)},
    {"assets.availability", int(Builtin::AssetAvailability)},
    {"components.count", int(Builtin::ComponentCount)},
    {"components.withoutVersion", int(Builtin::ComponentsWithoutVersion)},
    {"components.withoutSupplier", int(Builtin::ComponentsWithoutSupplier)},
};

struct FactInfo
{
    const char *name;
    Fact fact;
    bool ofFlow; // a flow fact (else an element fact)
    ValueType type;
};

constexpr FactInfo kFacts[] = {
    {"crossesBoundary", Fact::CrossesBoundary, true, ValueType::Bool},
    {"crossesInbound", Fact::CrossesInbound, true, ValueType::Bool},
    {"crossesOutbound", Fact::CrossesOutbound, true, ValueType::Bool},
    {"boundariesCrossed", Fact::BoundariesCrossed, true, ValueType::Number},
    {"trustDelta", Fact::TrustDelta, true, ValueType::Number},
    {"reachableFromUntrusted", Fact::ReachableFromUntrusted, false, ValueType::Bool},
    {"reachableFromExternal", Fact::ReachableFromExternal, false, ValueType::Bool},
    {"receivesFromUntrusted", Fact::ReceivesFromUntrusted, false, ValueType::Bool},
    {"unauthenticatedPathFromUntrusted", Fact::UnauthenticatedPathFromUntrusted, false,
     ValueType::Bool},
    {"articulationPoint", Fact::ArticulationPoint, false, ValueType::Bool},
    {"inDegree", Fact::InDegree, false, ValueType::Number},
    {"outDegree", Fact::OutDegree, false, ValueType::Number},
};

constexpr Named kOps[] = {
    {"eq", int(CompareOp::Eq)},
    {"ne", int(CompareOp::Ne)},
    {"in", int(CompareOp::In)},
    {"notIn", int(CompareOp::NotIn)},
    {"gt", int(CompareOp::Gt)},
    {"gte", int(CompareOp::Gte)},
    {"lt", int(CompareOp::Lt)},
    {"lte", int(CompareOp::Lte)},
    {"contains", int(CompareOp::Contains)},
};

ValueType typeOf(PropertyType t)
{
    switch (t) {
    case PropertyType::Bool:
        return ValueType::Bool;
    case PropertyType::Number:
        return ValueType::Number;
    case PropertyType::Multi:
        return ValueType::List;
    case PropertyType::Enum:
    case PropertyType::Text:
        break;
    }
    return ValueType::Text;
}

ValueType typeOf(Builtin b)
{
    switch (b) {
    case Builtin::Zoned:
        return ValueType::Bool;
    case Builtin::TrustLevel:
    case Builtin::AssetCount:
    case Builtin::AssetConfidentiality:
    case Builtin::AssetIntegrity:
    case Builtin::AssetAvailability:
    case Builtin::ComponentCount:
    case Builtin::ComponentsWithoutVersion:
    case Builtin::ComponentsWithoutSupplier:
        return ValueType::Number;
    default:
        return ValueType::Text;
    }
}

Operand decode(const QJsonValue &v)
{
    Operand o;
    o.kind = v.isBool()     ? Operand::Kind::Bool
             : v.isDouble() ? Operand::Kind::Number
             : v.isString() ? Operand::Kind::Text
                            : Operand::Kind::Other;
    o.boolean = v.toBool();
    o.number = v.toDouble();
    o.text = v.toString();
    return o;
}

class Parser
{
public:
    Parser(const QString &where, SubjectSet subjects, const PropertyCatalog &catalog)
        : m_where(where), m_subjects(subjects), m_catalog(catalog)
    {}

    Result<Condition> parse(const QJsonValue &json, const QString &path, int depth)
    {
        if (depth > 32)
            return fail(path, QStringLiteral("conditions nest too deeply"));
        if (!json.isObject())
            return fail(path, QStringLiteral("expected a condition object"));
        const QJsonObject o = json.toObject();
        for (const char *group : {"all", "any"}) {
            if (o.contains(QLatin1String(group)))
                return parseGroup(o, QLatin1String(group), path, depth);
        }
        if (o.contains(QStringLiteral("not"))) {
            if (o.size() != 1)
                return fail(path, QStringLiteral("\"not\" stands alone in its object"));
            Result<Condition> inner
                = parse(o.value(QStringLiteral("not")), path + QStringLiteral(".not"), depth + 1);
            if (!inner)
                return inner;
            Condition c;
            c.node = Condition::Node::Not;
            c.path = path;
            c.children.push_back(std::move(inner).value());
            return c;
        }
        if (o.contains(QStringLiteral("prop")) || o.contains(QStringLiteral("fact")))
            return parseCompare(o, path);
        return fail(
            path, QStringLiteral("expected one of \"all\", \"any\", \"not\", \"prop\", \"fact\""));
    }

private:
    Error fail(const QString &path, const QString &message) const
    {
        return makeError(message, m_where + QStringLiteral(": ") + path);
    }

    Result<Condition> parseGroup(const QJsonObject &o, const QString &key, const QString &path,
                                 int depth)
    {
        if (o.size() != 1)
            return fail(path, QStringLiteral("\"%1\" stands alone in its object").arg(key));
        const QJsonValue v = o.value(key);
        if (!v.isArray() || v.toArray().isEmpty())
            return fail(path + QLatin1Char('.') + key,
                        QStringLiteral("expected a non-empty list of conditions"));
        Condition c;
        c.node = key == QLatin1String("all") ? Condition::Node::All : Condition::Node::Any;
        c.path = path;
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            Result<Condition> child
                = parse(items[i], path + QStringLiteral(".%1[%2]").arg(key).arg(i), depth + 1);
            if (!child)
                return child;
            c.children.push_back(std::move(child).value());
        }
        return c;
    }

    Result<Subject> parseSubject(const QString &text, const QString &path) const
    {
        const bool flowish = m_subjects == SubjectSet::FlowAndEnds;
        if (text == QLatin1String("element") && !flowish)
            return Subject::Element;
        if (flowish) {
            if (text == QLatin1String("flow"))
                return Subject::Flow;
            if (text == QLatin1String("source"))
                return Subject::Source;
            if (text == QLatin1String("target"))
                return Subject::Target;
        }
        return fail(path, QStringLiteral("unknown subject \"%1\"; this template has %2")
                              .arg(text, flowish ? QStringLiteral("flow, source and target")
                                                 : QStringLiteral("element")));
    }

    Result<Condition> parseCompare(const QJsonObject &o, const QString &path)
    {
        Condition c;
        c.node = Condition::Node::Compare;
        c.path = path;
        const bool isFact = o.contains(QStringLiteral("fact"));
        QStringList allowed{isFact ? QStringLiteral("fact") : QStringLiteral("prop")};
        if (isFact) {
            allowed.append(QStringLiteral("of"));
            if (Result<void> r = readFact(o, path, &c); !r)
                return r.error();
        } else if (Result<void> r = readProp(o, path, &c); !r) {
            return r.error();
        }
        int ops = 0;
        for (const Named &op : kOps) {
            if (o.contains(QLatin1String(op.name))) {
                ++ops;
                c.op = CompareOp(op.value);
                c.value = o.value(QLatin1String(op.name));
                allowed.append(QLatin1String(op.name));
            }
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(path + QLatin1Char('.') + it.key(),
                            QStringLiteral("unknown key; expected an operator: eq, ne, in, notIn, "
                                           "gt, gte, lt, lte, contains"));
        }
        if (ops > 1)
            return fail(path, QStringLiteral("one operator per comparison"));
        if (ops == 0) { // bare prop/fact: tests for true
            if (c.type != ValueType::Bool)
                return fail(path,
                            QStringLiteral("%1 is not true/false; give an operator").arg(c.label));
            c.value = true;
        }
        if (Result<void> r = checkOperand(c, path); !r)
            return r.error();
        if (c.op == CompareOp::In || c.op == CompareOp::NotIn) {
            for (const QJsonValue &v : c.value.toArray())
                c.operands.push_back(decode(v));
        } else {
            c.operands.push_back(decode(c.value));
        }
        return c;
    }

    Result<void> readFact(const QJsonObject &o, const QString &path, Condition *c)
    {
        const QString name = o.value(QStringLiteral("fact")).toString();
        const FactInfo *info = nullptr;
        for (const FactInfo &f : kFacts) {
            if (name == QLatin1String(f.name))
                info = &f;
        }
        if (!info)
            return fail(path + QStringLiteral(".fact"),
                        QStringLiteral("unknown fact \"%1\"").arg(name));
        const bool flowish = m_subjects == SubjectSet::FlowAndEnds;
        const QString of = o.value(QStringLiteral("of"))
                               .toString(info->ofFlow ? QStringLiteral("flow")
                                                      : (flowish ? QStringLiteral("target")
                                                                 : QStringLiteral("element")));
        Result<Subject> s = parseSubject(of, path + QStringLiteral(".of"));
        if (!s)
            return s.error();
        if (info->ofFlow != (s.value() == Subject::Flow))
            return fail(path + QStringLiteral(".of"),
                        QStringLiteral("fact \"%1\" is about %2")
                            .arg(name, info->ofFlow ? QStringLiteral("a flow")
                                                    : QStringLiteral("an element")));
        c->subject = s.value();
        c->fact = info->fact;
        c->type = info->type;
        c->label = QStringLiteral("%1 of %2").arg(name, of);
        return Ok{};
    }

    Result<void> readProp(const QJsonObject &o, const QString &path, Condition *c)
    {
        const QString full = o.value(QStringLiteral("prop")).toString();
        const qsizetype dot = full.indexOf(QLatin1Char('.'));
        if (dot <= 0)
            return fail(path + QStringLiteral(".prop"),
                        QStringLiteral("expected \"subject.key\", e.g. \"flow.encrypted\""));
        Result<Subject> s = parseSubject(full.left(dot), path + QStringLiteral(".prop"));
        if (!s)
            return s.error();
        c->subject = s.value();
        c->label = full;
        const QString key = full.mid(dot + 1);
        for (const Named &b : kBuiltins) {
            if (key == QLatin1String(b.name)) {
                c->builtin = Builtin(b.value);
                c->type = typeOf(c->builtin);
                const bool flowField = c->builtin == Builtin::Protocol;
                const bool elementField
                    = c->builtin == Builtin::Kind || c->builtin == Builtin::Stencil
                      || c->builtin == Builtin::TrustLevel || c->builtin == Builtin::Zoned;
                if ((flowField && c->subject != Subject::Flow)
                    || (elementField && c->subject == Subject::Flow))
                    return fail(path + QStringLiteral(".prop"),
                                QStringLiteral("\"%1\" is not a field of a %2")
                                    .arg(key, subjectName(c->subject)));
                return Ok{};
            }
        }
        c->property = m_catalog.definition(key);
        if (!c->property)
            return fail(path + QStringLiteral(".prop"),
                        QStringLiteral("unknown property \"%1\"").arg(key));
        const bool flowProp = c->property->appliesTo.contains(PropertyTarget::Flow);
        const bool elementProp = c->property->appliesTo.contains(PropertyTarget::Process)
                                 || c->property->appliesTo.contains(PropertyTarget::DataStore)
                                 || c->property->appliesTo.contains(PropertyTarget::ExternalEntity);
        if ((c->subject == Subject::Flow && !flowProp)
            || (c->subject != Subject::Flow && !elementProp))
            return fail(path + QStringLiteral(".prop"),
                        QStringLiteral("property \"%1\" does not apply to a %2")
                            .arg(key, subjectName(c->subject)));
        c->type = typeOf(c->property->type);
        return Ok{};
    }

    Result<void> checkOperand(const Condition &c, const QString &path) const
    {
        const auto bad = [&](const QString &what) {
            return fail(path, QStringLiteral("%1: %2").arg(c.label, what));
        };
        const QStringList *allowedValues
            = c.property && !c.property->values.isEmpty() ? &c.property->values : nullptr;
        const auto checkScalar = [&](const QJsonValue &v) -> Result<void> {
            switch (c.type) {
            case ValueType::Bool:
                if (!v.isBool())
                    return bad(QStringLiteral("expected true or false"));
                break;
            case ValueType::Number:
                if (!v.isDouble())
                    return bad(QStringLiteral("expected a number"));
                break;
            case ValueType::Text:
            case ValueType::List:
                if (!v.isString())
                    return bad(QStringLiteral("expected text"));
                if (allowedValues && !allowedValues->contains(v.toString()))
                    return bad(
                        QStringLiteral("\"%1\" is not one of \"%2\"")
                            .arg(v.toString(), allowedValues->join(QStringLiteral("\", \""))));
                if (c.builtin == Builtin::Kind
                    && !QStringList{QStringLiteral("external"), QStringLiteral("process"),
                                    QStringLiteral("store")}
                            .contains(v.toString()))
                    return bad(QStringLiteral("expected external, process or store"));
                if (c.builtin == Builtin::Stencil && !v.toString().isEmpty()
                    && !m_catalog.stencil(v.toString()))
                    return bad(QStringLiteral("unknown stencil \"%1\"").arg(v.toString()));
                break;
            }
            return Ok{};
        };
        switch (c.op) {
        case CompareOp::Eq:
        case CompareOp::Ne:
            if (c.type == ValueType::List)
                return bad(QStringLiteral("a multi-select property takes \"contains\""));
            return checkScalar(c.value);
        case CompareOp::In:
        case CompareOp::NotIn:
            if (c.type == ValueType::Bool || c.type == ValueType::List || !c.value.isArray()
                || c.value.toArray().isEmpty())
                return bad(QStringLiteral(
                    "\"in\"/\"notIn\" take a non-empty list and a text or number operand"));
            for (const QJsonValue &v : c.value.toArray()) {
                if (Result<void> r = checkScalar(v); !r)
                    return r;
            }
            return Ok{};
        case CompareOp::Gt:
        case CompareOp::Gte:
        case CompareOp::Lt:
        case CompareOp::Lte:
            if (c.type != ValueType::Number)
                return bad(QStringLiteral("ordering operators need a number"));
            return checkScalar(c.value);
        case CompareOp::Contains:
            if (c.type != ValueType::List)
                return bad(QStringLiteral("\"contains\" needs a multi-select property"));
            return checkScalar(c.value);
        }
        return Ok{};
    }

    QString m_where;
    SubjectSet m_subjects;
    const PropertyCatalog &m_catalog;
};

QString opName(CompareOp op)
{
    for (const Named &n : kOps) {
        if (n.value == int(op))
            return QLatin1String(n.name);
    }
    return {};
}

QString jsonText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts.append(jsonText(x));
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return QLatin1Char('"') + v.toString() + QLatin1Char('"');
}

bool equalTo(const Value &actual, const Operand &expected)
{
    switch (actual.kind) {
    case Value::Kind::Bool:
        return expected.kind == Operand::Kind::Bool && actual.boolean == expected.boolean;
    case Value::Kind::Number:
        return expected.kind == Operand::Kind::Number && actual.number == expected.number;
    case Value::Kind::Text:
        return expected.kind == Operand::Kind::Text && actual.text == expected.text;
    case Value::Kind::List:
    case Value::Kind::Missing:
        break;
    }
    return false;
}

bool compare(const Condition &c, const Value &v)
{
    if (v.kind == Value::Kind::Missing)
        return false;
    switch (c.op) {
    case CompareOp::Eq:
        return equalTo(v, c.operands.front());
    case CompareOp::Ne:
        return !equalTo(v, c.operands.front());
    case CompareOp::In:
    case CompareOp::NotIn: {
        bool found = false;
        for (const Operand &x : c.operands)
            found = found || equalTo(v, x);
        return c.op == CompareOp::In ? found : !found;
    }
    case CompareOp::Gt:
        return v.number > c.operands.front().number;
    case CompareOp::Gte:
        return v.number >= c.operands.front().number;
    case CompareOp::Lt:
        return v.number < c.operands.front().number;
    case CompareOp::Lte:
        return v.number <= c.operands.front().number;
    case CompareOp::Contains:
        return v.list.contains(c.operands.front().text);
    }
    return false;
}

} // namespace

QString subjectName(Subject s)
{
    switch (s) {
    case Subject::Element:
        return QStringLiteral("element");
    case Subject::Flow:
        return QStringLiteral("flow");
    case Subject::Source:
        return QStringLiteral("source");
    case Subject::Target:
        return QStringLiteral("target");
    }
    return {};
}

QString Value::toString() const
{
    switch (kind) {
    case Kind::Missing:
        return QStringLiteral("(does not apply)");
    case Kind::Bool:
        return boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Number:
        return QString::number(number);
    case Kind::Text:
        return QLatin1Char('"') + text + QLatin1Char('"');
    case Kind::List:
        return QLatin1Char('[') + list.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return {};
}

Result<Condition> parseCondition(const QJsonValue &json, const QString &where, const QString &path,
                                 SubjectSet subjects, const PropertyCatalog &catalog)
{
    if (json.isUndefined())
        return Condition::always();
    Parser parser(where, subjects, catalog);
    return parser.parse(json, path, 0);
}

bool evaluate(const Condition &c, const ValueSource &source, QList<TraceLine> *trace, int depth)
{
    switch (c.node) {
    case Condition::Node::Always:
        return true;
    case Condition::Node::Compare: {
        const Value v = source.read(c);
        const bool result = compare(c, v);
        if (trace)
            trace->append({depth,
                           QStringLiteral("%1 %2 %3: actual %4")
                               .arg(c.label, opName(c.op), jsonText(c.value), v.toString()),
                           result});
        return result;
    }
    case Condition::Node::Not: {
        const qsizetype at = trace ? trace->size() : 0;
        const bool result = !evaluate(c.children.front(), source, trace, depth + 1);
        if (trace)
            trace->insert(at, {depth, QStringLiteral("not"), result});
        return result;
    }
    case Condition::Node::All:
    case Condition::Node::Any: {
        const bool all = c.node == Condition::Node::All;
        const qsizetype at = trace ? trace->size() : 0;
        bool result = all;
        for (const Condition &child : c.children) {
            const bool r = evaluate(child, source, trace, depth + 1);
            result = all ? (result && r) : (result || r);
            if (!trace && result != all)
                break; // short-circuit when nobody is watching
        }
        if (trace)
            trace->insert(
                at, {depth, all ? QStringLiteral("all of") : QStringLiteral("any of"), result});
        return result;
    }
    }
    return false;
}

} // namespace tb
