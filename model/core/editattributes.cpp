// SetAttribute and SetProperty: the field-level edits.

#include "editchecks.h"

#include <QJsonArray>

namespace tb::detail {

namespace {

QJsonValue idValue(const Id &id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(idString(id));
}

QJsonValue idsValue(const QList<Id> &ids)
{
    QJsonArray a;
    for (const Id &id : ids)
        a.append(idString(id));
    return a;
}

Result<QString> asText(const QJsonValue &v, const QString &where)
{
    if (!v.isString())
        return makeError(QStringLiteral("expected text"), where);
    return v.toString();
}

Result<Id> asId(const QJsonValue &v, const QString &where)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return Id();
    const Id id = v.isString() ? parseId(v.toString()) : Id();
    if (id.isNull())
        return makeError(QStringLiteral("expected an id or null"), where);
    return id;
}

Result<QList<Id>> asIds(const QJsonValue &v, const QString &where)
{
    if (!v.isArray())
        return makeError(QStringLiteral("expected a list of ids"), where);
    QList<Id> out;
    for (const QJsonValue &x : v.toArray()) {
        const Id id = parseId(x.toString());
        if (id.isNull())
            return makeError(QStringLiteral("expected a list of ids"), where);
        out.append(id);
    }
    return out;
}

Result<int> asLevel(const QJsonValue &v, int max, const QString &where)
{
    const double x = v.toDouble(-1);
    if (!v.isDouble() || x != static_cast<int>(x) || x < 0 || x > max)
        return makeError(QStringLiteral("expected a whole number from 0 to %1").arg(max), where);
    return static_cast<int>(x);
}

Error unknownField(const QString &field, ObjectType type, const QString &where)
{
    return makeError(QStringLiteral("a %1 has no field \"%2\"").arg(objectTypeName(type), field),
                     where);
}

#define TB_TEXT_FIELD(Container, Member, Field, MustHaveName)                                      \
    if (field == QLatin1String(Field)) {                                                           \
        Result<QString> t = asText(value, where);                                                  \
        if (!t)                                                                                    \
            return t.error();                                                                      \
        if (MustHaveName) {                                                                        \
            if (Result<void> r = checkName(t.value(), where); !r)                                  \
                return r.error();                                                                  \
        }                                                                                          \
        QJsonValue old = Container.Member;                                                         \
        Container.Member = t.value();                                                              \
        return old;                                                                                \
    }

Result<QJsonValue> setProductField(ProjectData &d, const QString &field, const QJsonValue &value,
                                   const QString &where)
{
    Product &p = d.product;
    TB_TEXT_FIELD(p, name, "name", true)
    TB_TEXT_FIELD(p, version, "version", false)
    TB_TEXT_FIELD(p, manufacturer, "manufacturer", false)
    TB_TEXT_FIELD(p, intendedPurpose, "intendedPurpose", false)
    if (field == QLatin1String("craClass")) {
        CraClass cls;
        if (!parseCraClass(value.toString(), &cls))
            return makeError(QStringLiteral("expected \"default\", \"important-class-1\", "
                                            "\"important-class-2\" or \"critical\""),
                             where);
        QJsonValue old = craClassName(p.craClass);
        p.craClass = cls;
        return old;
    }
    if (field == QLatin1String("supportEnd")) {
        QDate date;
        if (!value.isNull() && !(value.isString() && value.toString().isEmpty())) {
            date = QDate::fromString(value.toString(), Qt::ISODate);
            if (!date.isValid())
                return makeError(QStringLiteral("expected a date as YYYY-MM-DD, or null"), where);
        }
        QJsonValue old = p.supportEnd.isValid() ? QJsonValue(p.supportEnd.toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null);
        p.supportEnd = date;
        return old;
    }
    return unknownField(field, ObjectType::Product, where);
}

Result<QJsonValue> setElementField(ProjectData &d, const PropertyCatalog &c, const Id &id,
                                   const QString &field, const QJsonValue &value,
                                   const QString &where)
{
    Element &el = d.elements[id];
    TB_TEXT_FIELD(el, name, "name", true)
    TB_TEXT_FIELD(el, description, "description", false)
    if (field == QLatin1String("stencil")) {
        Result<QString> t = asText(value.isNull() ? QJsonValue(QString()) : value, where);
        if (!t)
            return t.error();
        if (Result<void> r = checkStencil(c, el.kind, t.value(), where); !r)
            return r.error();
        QJsonValue old = el.stencil;
        el.stencil = t.value();
        return old;
    }
    if (field == QLatin1String("kind")) {
        ElementKind kind;
        if (!parseElementKind(value.toString(), &kind))
            return makeError(QStringLiteral("expected \"external\", \"process\" or \"store\""),
                             where);
        if (Result<void> r = checkStencil(c, kind, el.stencil, where); !r)
            return r.error();
        if (Result<void> r = checkProperties(c, propertyTarget(kind), el.properties, where); !r)
            return r.error();
        if (kind != ElementKind::DataStore && !el.assets.isEmpty())
            return makeError(QStringLiteral("only data stores hold data assets"), where);
        QJsonValue old = kindName(el.kind);
        el.kind = kind;
        return old;
    }
    if (field == QLatin1String("zone")) {
        Result<Id> zone = asId(value, where);
        if (!zone)
            return zone.error();
        if (Result<void> r = checkZoneRef(d, zone.value(), where); !r)
            return r.error();
        QJsonValue old = idValue(el.zone);
        el.zone = zone.value();
        return old;
    }
    if (field == QLatin1String("assets")) {
        Result<QList<Id>> ids = asIds(value, where);
        if (!ids)
            return ids.error();
        if (!ids->isEmpty() && el.kind != ElementKind::DataStore)
            return makeError(QStringLiteral("only data stores hold data assets"), where);
        if (Result<void> r = checkAssetRefs(d, ids.value(), where); !r)
            return r.error();
        QJsonValue old = idsValue(el.assets);
        el.assets = ids.value();
        return old;
    }
    if (field == QLatin1String("components")) {
        Result<QList<Id>> ids = asIds(value, where);
        if (!ids)
            return ids.error();
        if (Result<void> r = checkComponentRefs(d, ids.value(), where); !r)
            return r.error();
        QJsonValue old = idsValue(el.components);
        el.components = ids.value();
        return old;
    }
    return unknownField(field, ObjectType::Element, where);
}

Result<QJsonValue> setFlowField(ProjectData &d, const Id &id, const QString &field,
                                const QJsonValue &value, const QString &where)
{
    Flow &f = d.flows[id];
    TB_TEXT_FIELD(f, name, "name", false)
    TB_TEXT_FIELD(f, description, "description", false)
    TB_TEXT_FIELD(f, protocol, "protocol", false)
    if (field == QLatin1String("source") || field == QLatin1String("target")) {
        const bool isSource = field == QLatin1String("source");
        Result<Id> end = asId(value, where);
        if (!end)
            return end.error();
        if (!d.elements.contains(end.value()))
            return makeError(QStringLiteral("expected the id of an existing element"), where);
        if (end.value() == (isSource ? f.target : f.source))
            return makeError(QStringLiteral("a flow must connect two different elements"), where);
        Id &slot = isSource ? f.source : f.target;
        QJsonValue old = idValue(slot);
        slot = end.value();
        return old;
    }
    if (field == QLatin1String("assets")) {
        Result<QList<Id>> ids = asIds(value, where);
        if (!ids)
            return ids.error();
        if (Result<void> r = checkAssetRefs(d, ids.value(), where); !r)
            return r.error();
        QJsonValue old = idsValue(f.assets);
        f.assets = ids.value();
        return old;
    }
    return unknownField(field, ObjectType::Flow, where);
}

Result<QJsonValue> setBoundaryField(ProjectData &d, const Id &id, const QString &field,
                                    const QJsonValue &value, const QString &where)
{
    Boundary &b = d.boundaries[id];
    TB_TEXT_FIELD(b, name, "name", true)
    TB_TEXT_FIELD(b, description, "description", false)
    if (field == QLatin1String("trustLevel")) {
        Result<int> level = asLevel(value, kMaxTrustLevel, where);
        if (!level)
            return level.error();
        QJsonValue old = b.trustLevel;
        b.trustLevel = level.value();
        return old;
    }
    if (field == QLatin1String("parent")) {
        Result<Id> parent = asId(value, where);
        if (!parent)
            return parent.error();
        if (b.kind == BoundaryKind::Line && !parent->isNull())
            return makeError(QStringLiteral("a line boundary cannot be inside a zone"), where);
        if (Result<void> r = checkZoneRef(d, parent.value(), where); !r)
            return r.error();
        if (wouldCycle(d, id, parent.value()))
            return makeError(QStringLiteral("a zone cannot be inside itself (boundary cycle)"),
                             where);
        QJsonValue old = idValue(b.parent);
        b.parent = parent.value();
        return old;
    }
    return unknownField(field, ObjectType::Boundary, where);
}

Result<QJsonValue> setAssetField(ProjectData &d, const Id &id, const QString &field,
                                 const QJsonValue &value, const QString &where)
{
    DataAsset &a = d.assets[id];
    TB_TEXT_FIELD(a, name, "name", true)
    TB_TEXT_FIELD(a, description, "description", false)
    TB_TEXT_FIELD(a, classification, "classification", false)
    int *need = field == QLatin1String("confidentiality") ? &a.confidentiality
                : field == QLatin1String("integrity")     ? &a.integrity
                : field == QLatin1String("availability")  ? &a.availability
                                                          : nullptr;
    if (!need)
        return unknownField(field, ObjectType::DataAsset, where);
    Result<int> level = asLevel(value, kMaxNeedLevel, where);
    if (!level)
        return level.error();
    QJsonValue old = *need;
    *need = level.value();
    return old;
}

#undef TB_TEXT_FIELD

} // namespace

Result<Edit> applySetAttribute(ProjectData &d, const PropertyCatalog &c, const SetAttribute &e,
                               Change *change)
{
    const ObjectType type = d.typeOf(e.target);
    const QString where
        = describe(d, e.target) + QStringLiteral(", field \"") + e.field + QLatin1Char('"');
    Result<QJsonValue> old = makeError(QString());
    switch (type) {
    case ObjectType::None:
        return makeError(QStringLiteral("no such object"), describe(d, e.target));
    case ObjectType::Product:
        old = setProductField(d, e.field, e.value, where);
        break;
    case ObjectType::Diagram:
        if (e.field != QLatin1String("name"))
            return unknownField(e.field, type, where);
        if (!e.value.isString() || e.value.toString().trimmed().isEmpty())
            return makeError(QStringLiteral("expected a non-empty name"), where);
        old = QJsonValue(d.diagrams[e.target].name);
        d.diagrams[e.target].name = e.value.toString();
        break;
    case ObjectType::Element:
        old = setElementField(d, c, e.target, e.field, e.value, where);
        break;
    case ObjectType::Flow:
        old = setFlowField(d, e.target, e.field, e.value, where);
        break;
    case ObjectType::Boundary:
        old = setBoundaryField(d, e.target, e.field, e.value, where);
        break;
    case ObjectType::DataAsset:
        old = setAssetField(d, e.target, e.field, e.value, where);
        break;
    case ObjectType::Threat:
        old = setThreatField(d, e.target, e.field, e.value, where);
        break;
    case ObjectType::Task:
        return makeError(QStringLiteral("tasks change as a whole through updateTask"), where);
    case ObjectType::Component:
        return makeError(QStringLiteral("components change as a whole through updateComponent"),
                         where);
    case ObjectType::Study:
        return makeError(QStringLiteral("EBIOS items change as a whole through putStudyItem"),
                         where);
    }
    if (!old)
        return old.error();
    if (change) {
        if (type == ObjectType::Product)
            change->product = true;
        else
            change->objects.insert(e.target);
    }
    return Edit(SetAttribute{e.target, e.field, old.value()});
}

Result<Edit> applySetProperty(ProjectData &d, const PropertyCatalog &c, const SetProperty &e,
                              Change *change)
{
    const ObjectType type = d.typeOf(e.target);
    const QString where = describe(d, e.target);
    Properties *props = nullptr;
    PropertyTarget target = PropertyTarget::Flow;
    if (type == ObjectType::Element) {
        props = &d.elements[e.target].properties;
        target = propertyTarget(d.elements[e.target].kind);
    } else if (type == ObjectType::Flow) {
        props = &d.flows[e.target].properties;
    } else if (type == ObjectType::Boundary) {
        props = &d.boundaries[e.target].properties;
        target = propertyTarget(d.boundaries[e.target].kind);
    } else {
        return makeError(QStringLiteral("only elements, flows and boundaries have properties"),
                         where);
    }
    const bool unset = e.value.isNull() || e.value.isUndefined();
    if (!unset) {
        if (Result<void> r = c.check(target, e.key, e.value); !r)
            return makeError(r.error().text(), where);
    } else if (!c.definition(e.key)) {
        return makeError(QStringLiteral("unknown property \"%1\"").arg(e.key), where);
    }
    const QJsonValue old = props->value(e.key, QJsonValue(QJsonValue::Null));
    if (unset)
        props->remove(e.key);
    else
        props->insert(e.key, e.value);
    if (change)
        change->objects.insert(e.target);
    return Edit(SetProperty{e.target, e.key, old});
}

} // namespace tb::detail
