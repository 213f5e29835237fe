#include "subjectvalues.h"

#include "core/propertycatalog.h"

#include <QJsonArray>

#include <array>

namespace tb {

namespace {
Value fromJson(const QJsonValue &v, PropertyType type)
{
    switch (type) {
    case PropertyType::Bool:
        return Value::of(v.toBool());
    case PropertyType::Number:
        return Value::of(v.toDouble());
    case PropertyType::Multi: {
        QStringList l;
        for (const QJsonValue &x : v.toArray())
            l.append(x.toString());
        return Value::of(l);
    }
    case PropertyType::Enum:
    case PropertyType::Text:
        break;
    }
    return Value::of(v.toString());
}

Value property(const PropertyDefinition &def, PropertyTarget target, const Properties &props)
{
    if (!def.appliesTo.contains(target))
        return {}; // does not apply: every comparison on it is false
    const auto it = props.constFind(def.key);
    return fromJson(it == props.cend() ? def.defaultValue : *it, def.type);
}
} // namespace

Value SubjectValues::read(const Condition &c) const
{
    switch (c.subject) {
    case Subject::Element:
        return m_element ? readElement(c, *m_element, *m_elementFacts) : Value();
    case Subject::Flow:
        return m_flow ? readFlow(c, *m_flow, *m_flowFacts) : Value();
    case Subject::Source:
        return m_source ? readElement(c, *m_source, *m_sourceFacts) : Value();
    case Subject::Target:
        return m_target ? readElement(c, *m_target, *m_targetFacts) : Value();
    }
    return {};
}

Value SubjectValues::assetNeed(Builtin b, const QList<Id> &assets) const
{
    if (b == Builtin::AssetCount)
        return Value::of(static_cast<int>(assets.size()));
    int need = 0;
    for (const Id &id : assets) {
        const auto it = m_data.assets.constFind(id);
        if (it == m_data.assets.cend())
            continue;
        const DataAsset &a = *it;
        need = std::max(need, b == Builtin::AssetConfidentiality ? a.confidentiality
                              : b == Builtin::AssetIntegrity     ? a.integrity
                                                                 : a.availability);
    }
    return Value::of(need);
}

Value SubjectValues::readElement(const Condition &c, const Element &e,
                                 const GraphFacts::ElementFacts &f) const
{
    if (c.property)
        return property(*c.property, propertyTarget(e.kind), e.properties);
    if (c.fact != Fact::None) {
        switch (c.fact) {
        case Fact::ReachableFromUntrusted:
            return Value::of(f.reachableFromUntrusted);
        case Fact::ReachableFromExternal:
            return Value::of(f.reachableFromExternal);
        case Fact::ReceivesFromUntrusted:
            return Value::of(f.receivesFromUntrusted);
        case Fact::UnauthenticatedPathFromUntrusted:
            return Value::of(f.unauthenticatedPath);
        case Fact::ArticulationPoint:
            return Value::of(f.articulation);
        case Fact::InDegree:
            return Value::of(f.inDegree);
        case Fact::OutDegree:
            return Value::of(f.outDegree);
        default:
            return {};
        }
    }
    switch (c.builtin) {
    case Builtin::Kind: {
        static const std::array<QString, 3> kinds{kindName(ElementKind::ExternalEntity),
                                                  kindName(ElementKind::Process),
                                                  kindName(ElementKind::DataStore)};
        return Value::of(kinds[static_cast<std::size_t>(e.kind)]);
    }
    case Builtin::Stencil:
        return Value::of(e.stencil);
    case Builtin::Name:
        return Value::of(e.name);
    case Builtin::TrustLevel:
        return Value::of(f.trust);
    case Builtin::Zoned:
        return Value::of(f.zoned);
    case Builtin::AssetCount:
    case Builtin::AssetConfidentiality:
    case Builtin::AssetIntegrity:
    case Builtin::AssetAvailability:
        return assetNeed(c.builtin, e.assets);
    case Builtin::ComponentCount:
    case Builtin::ComponentsWithoutVersion:
    case Builtin::ComponentsWithoutSupplier:
        return componentCount(c.builtin, e.components);
    default:
        return {};
    }
}

Value SubjectValues::componentCount(Builtin b, const QList<Id> &components) const
{
    int n = 0;
    for (const Id &id : components) {
        const auto it = m_data.components.constFind(id);
        if (it == m_data.components.cend())
            continue;
        n += b == Builtin::ComponentCount             ? 1
             : b == Builtin::ComponentsWithoutVersion ? int(it->version.trimmed().isEmpty())
                                                      : int(it->supplier.trimmed().isEmpty());
    }
    return Value::of(n);
}

Value SubjectValues::readFlow(const Condition &c, const Flow &f,
                              const GraphFacts::FlowFacts &x) const
{
    if (c.property)
        return property(*c.property, PropertyTarget::Flow, f.properties);
    if (c.fact != Fact::None) {
        switch (c.fact) {
        case Fact::CrossesBoundary:
            return Value::of(x.crosses);
        case Fact::CrossesInbound:
            return Value::of(x.inbound);
        case Fact::CrossesOutbound:
            return Value::of(x.outbound);
        case Fact::BoundariesCrossed:
            return Value::of(x.crossed);
        case Fact::TrustDelta:
            return Value::of(x.trustDelta);
        default:
            return {};
        }
    }
    switch (c.builtin) {
    case Builtin::Name:
        return Value::of(f.name);
    case Builtin::Protocol:
        return Value::of(f.protocol);
    case Builtin::AssetCount:
    case Builtin::AssetConfidentiality:
    case Builtin::AssetIntegrity:
    case Builtin::AssetAvailability:
        return assetNeed(c.builtin, f.assets);
    default:
        return {};
    }
}

} // namespace tb
