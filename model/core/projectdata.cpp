#include "projectdata.h"

namespace tb {

ObjectType ProjectData::typeOf(const Id &objectId) const
{
    if (objectId.isNull())
        return ObjectType::None;
    if (objectId == id)
        return ObjectType::Product;
    // Threats first: they are the most numerous, and a derivation asks about each of them.
    if (threats.contains(objectId))
        return ObjectType::Threat;
    if (elements.contains(objectId))
        return ObjectType::Element;
    if (flows.contains(objectId))
        return ObjectType::Flow;
    if (boundaries.contains(objectId))
        return ObjectType::Boundary;
    if (assets.contains(objectId))
        return ObjectType::DataAsset;
    if (diagrams.contains(objectId))
        return ObjectType::Diagram;
    if (tasks.contains(objectId))
        return ObjectType::Task;
    if (components.contains(objectId))
        return ObjectType::Component;
    if (study.items.contains(objectId))
        return ObjectType::Study;
    return ObjectType::None;
}

QList<Id> ProjectData::flowsAttachedTo(const Id &element) const
{
    QList<Id> out;
    for (auto it = flows.cbegin(); it != flows.cend(); ++it) {
        if (it->source == element || it->target == element)
            out.append(it.key());
    }
    std::sort(out.begin(), out.end(), idLess);
    return out;
}

QString objectTypeName(ObjectType type)
{
    switch (type) {
    case ObjectType::None:
        return QStringLiteral("nothing");
    case ObjectType::Product:
        return QStringLiteral("product");
    case ObjectType::Diagram:
        return QStringLiteral("diagram");
    case ObjectType::Element:
        return QStringLiteral("element");
    case ObjectType::Flow:
        return QStringLiteral("flow");
    case ObjectType::Boundary:
        return QStringLiteral("boundary");
    case ObjectType::DataAsset:
        return QStringLiteral("data asset");
    case ObjectType::Threat:
        return QStringLiteral("threat");
    case ObjectType::Task:
        return QStringLiteral("task");
    case ObjectType::Component:
        return QStringLiteral("component");
    case ObjectType::Study:
        return QStringLiteral("EBIOS item");
    }
    return {};
}

} // namespace tb
