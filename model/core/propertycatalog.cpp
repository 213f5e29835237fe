#include "propertycatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

static void initTemplateResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace tb {

namespace {
constexpr std::array<std::pair<PropertyTarget, const char *>, 6> kTargets{{
    {PropertyTarget::ExternalEntity, "external"},
    {PropertyTarget::Process, "process"},
    {PropertyTarget::DataStore, "store"},
    {PropertyTarget::Flow, "flow"},
    {PropertyTarget::Zone, "zone"},
    {PropertyTarget::Line, "line"},
}};
constexpr std::array<std::pair<PropertyType, const char *>, 5> kTypes{{
    {PropertyType::Bool, "bool"},
    {PropertyType::Enum, "enum"},
    {PropertyType::Text, "text"},
    {PropertyType::Number, "number"},
    {PropertyType::Multi, "multi"},
}};

template<typename E, std::size_t N>
bool lookup(const QString &name, const std::array<std::pair<E, const char *>, N> &table, E *out)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1String(n)) {
            *out = v;
            return true;
        }
    }
    return false;
}

Result<PropertyDefinition> parseDefinition(const QJsonObject &o, const QString &where)
{
    PropertyDefinition d;
    d.key = o.value(QLatin1String("key")).toString();
    if (d.key.isEmpty())
        return makeError(QStringLiteral("missing \"key\""), where);
    d.label = o.value(QLatin1String("label")).toString(d.key);
    d.help = o.value(QLatin1String("help")).toString();
    if (!lookup(o.value(QLatin1String("type")).toString(), kTypes, &d.type))
        return makeError(QStringLiteral("\"type\" must be bool, enum, text, number or multi"),
                         where);
    for (const QJsonValue &v : o.value(QLatin1String("values")).toArray())
        d.values.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("appliesTo")).toArray()) {
        PropertyTarget t;
        if (!lookup(v.toString(), kTargets, &t))
            return makeError(QStringLiteral("unknown target \"%1\" in appliesTo").arg(v.toString()),
                             where);
        d.appliesTo.append(t);
    }
    if (d.appliesTo.isEmpty())
        return makeError(QStringLiteral("\"appliesTo\" must name at least one target"), where);
    if ((d.type == PropertyType::Enum || d.type == PropertyType::Multi) && d.values.isEmpty())
        return makeError(QStringLiteral("enum and multi properties need \"values\""), where);
    d.minimum = o.value(QLatin1String("minimum")).toDouble(d.minimum);
    d.maximum = o.value(QLatin1String("maximum")).toDouble(d.maximum);
    d.defaultValue = o.value(QLatin1String("default"));
    return d;
}
} // namespace

PropertyTarget propertyTarget(ElementKind kind)
{
    switch (kind) {
    case ElementKind::ExternalEntity:
        return PropertyTarget::ExternalEntity;
    case ElementKind::Process:
        return PropertyTarget::Process;
    case ElementKind::DataStore:
        return PropertyTarget::DataStore;
    }
    return PropertyTarget::Process;
}

PropertyTarget propertyTarget(BoundaryKind kind)
{
    return kind == BoundaryKind::Zone ? PropertyTarget::Zone : PropertyTarget::Line;
}

QString propertyTargetName(PropertyTarget target)
{
    for (const auto &[v, n] : kTargets) {
        if (v == target)
            return QLatin1String(n);
    }
    return {};
}

QString propertyTypeName(PropertyType type)
{
    for (const auto &[v, n] : kTypes) {
        if (v == type)
            return QLatin1String(n);
    }
    return {};
}

const PropertyCatalog &PropertyCatalog::builtIn()
{
    static const PropertyCatalog catalog = [] {
        initTemplateResources();
        const QString path = QStringLiteral(":/templates/properties.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in property catalogue missing");
        Result<PropertyCatalog> r = fromJson(file.readAll(), path);
        if (!r)
            qFatal("built-in property catalogue invalid: %s", qPrintable(r.error().text()));
        return std::move(r).value();
    }();
    return catalog;
}

Result<PropertyCatalog> PropertyCatalog::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(err.errorString(), fileName);
    PropertyCatalog c;
    const QJsonObject root = doc.object();
    const QJsonArray stencils = root.value(QLatin1String("stencils")).toArray();
    for (qsizetype i = 0; i < stencils.size(); ++i) {
        const QJsonObject o = stencils.at(i).toObject();
        const QString where = fileName + QStringLiteral(": $.stencils[%1]").arg(i);
        Stencil s{o.value(QLatin1String("id")).toString(),
                  o.value(QLatin1String("label")).toString(), ElementKind::Process,
                  o.value(QLatin1String("help")).toString()};
        if (s.id.isEmpty() || !parseElementKind(o.value(QLatin1String("kind")).toString(), &s.kind))
            return makeError(QStringLiteral("a stencil needs an \"id\" and a valid \"kind\""),
                             where);
        c.m_stencils.append(s);
    }
    const QJsonArray props = root.value(QLatin1String("properties")).toArray();
    for (qsizetype i = 0; i < props.size(); ++i) {
        const QString where = fileName + QStringLiteral(": $.properties[%1]").arg(i);
        Result<PropertyDefinition> d = parseDefinition(props.at(i).toObject(), where);
        if (!d)
            return d.error();
        if (c.definition(d->key))
            return makeError(QStringLiteral("duplicate property \"%1\"").arg(d->key), where);
        c.m_definitions.append(d.value());
        // The default must itself be valid, or every unset value would be.
        for (PropertyTarget t : d->appliesTo) {
            if (Result<void> ok = c.check(t, d->key, d->defaultValue); !ok)
                return makeError(QStringLiteral("invalid default: ") + ok.error().message, where);
        }
    }
    return c;
}

const PropertyDefinition *PropertyCatalog::definition(const QString &key) const
{
    for (const PropertyDefinition &d : m_definitions) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

const Stencil *PropertyCatalog::stencil(const QString &id) const
{
    for (const Stencil &s : m_stencils) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Result<void> PropertyCatalog::check(PropertyTarget target, const QString &key,
                                    const QJsonValue &value) const
{
    const PropertyDefinition *d = definition(key);
    const QString where = QStringLiteral("property \"%1\"").arg(key);
    if (!d)
        return makeError(QStringLiteral("unknown property"), where);
    if (!d->appliesTo.contains(target))
        return makeError(QStringLiteral("does not apply to a %1").arg(propertyTargetName(target)),
                         where);
    const auto quoted = [](const QStringList &l) -> QString {
        return QLatin1Char('"') + l.join(QStringLiteral("\", \"")) + QLatin1Char('"');
    };
    switch (d->type) {
    case PropertyType::Bool:
        if (!value.isBool())
            return makeError(QStringLiteral("expected true or false"), where);
        break;
    case PropertyType::Text:
        if (!value.isString())
            return makeError(QStringLiteral("expected text"), where);
        break;
    case PropertyType::Number:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return makeError(QStringLiteral("expected a number"), where);
        if (value.toDouble() < d->minimum || value.toDouble() > d->maximum)
            return makeError(QStringLiteral("%1 is out of range").arg(value.toDouble()), where);
        break;
    case PropertyType::Enum:
        if (!value.isString() || !d->values.contains(value.toString()))
            return makeError(QStringLiteral("expected one of %1").arg(quoted(d->values)), where);
        break;
    case PropertyType::Multi: {
        if (!value.isArray())
            return makeError(QStringLiteral("expected a list drawn from %1").arg(quoted(d->values)),
                             where);
        QStringList seen;
        for (const QJsonValue &v : value.toArray()) {
            if (!v.isString() || !d->values.contains(v.toString()) || seen.contains(v.toString()))
                return makeError(
                    QStringLiteral("expected distinct values drawn from %1").arg(quoted(d->values)),
                    where);
            seen.append(v.toString());
        }
        break;
    }
    }
    return Ok{};
}

} // namespace tb
