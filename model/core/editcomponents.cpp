// SBOM components and the record of the SBOM they came from.

#include "editchecks.h"

namespace tb::detail {

namespace {
QString whereOf(const Id &id)
{
    return QStringLiteral("component ") + idString(id);
}

Result<void> checkComponent(const ProjectData &d, const Component &c, const QString &where)
{
    if (c.name.trimmed().isEmpty())
        return makeError(QStringLiteral("name must not be empty"), where);
    if (c.dependsOn.contains(c.id))
        return makeError(QStringLiteral("a component cannot depend on itself"), where);
    for (qsizetype i = 0; i < c.dependsOn.size(); ++i) {
        const Id &dep = c.dependsOn[i];
        if (!d.components.contains(dep))
            return makeError(QStringLiteral("dependency %1 is not a component").arg(idString(dep)),
                             where);
        if (c.dependsOn.indexOf(dep) != i)
            return makeError(QStringLiteral("dependency %1 is listed twice").arg(idString(dep)),
                             where);
    }
    return Ok{};
}
} // namespace

Result<Edit> applyAddComponent(ProjectData &d, const AddComponent &e, Change *change)
{
    const QString where = whereOf(e.component.id);
    if (Result<void> r = checkNewId(d, e.component.id, ObjectType::Component); !r)
        return r.error();
    if (Result<void> r = checkComponent(d, e.component, where); !r)
        return r.error();
    d.components.insert(e.component.id, e.component);
    if (change)
        change->objects.insert(e.component.id);
    return Edit(RemoveComponent{e.component.id});
}

Result<Edit> applyRemoveComponent(ProjectData &d, const RemoveComponent &e, Change *change)
{
    const QString where = whereOf(e.id);
    if (!d.components.contains(e.id))
        return makeError(QStringLiteral("no such component"), where);
    for (const Element &el : std::as_const(d.elements)) {
        if (el.components.contains(e.id))
            return makeError(
                QStringLiteral("%1 still contains it; detach it first").arg(describe(d, el.id)),
                where);
    }
    for (const Component &other : std::as_const(d.components)) {
        if (other.dependsOn.contains(e.id))
            return makeError(QStringLiteral("%1 still depends on it").arg(describe(d, other.id)),
                             where);
    }
    if (change)
        change->objects.insert(e.id);
    return Edit(AddComponent{d.components.take(e.id)});
}

Result<Edit> applyUpdateComponent(ProjectData &d, const UpdateComponent &e, Change *change)
{
    const QString where = whereOf(e.component.id);
    const auto it = d.components.find(e.component.id);
    if (it == d.components.end())
        return makeError(QStringLiteral("no such component"), where);
    if (Result<void> r = checkComponent(d, e.component, where); !r)
        return r.error();
    UpdateComponent inverse{*it};
    *it = e.component;
    if (change)
        change->objects.insert(e.component.id);
    return Edit(std::move(inverse));
}

Result<Edit> applySetSbomInfo(ProjectData &d, const SetSbomInfo &e, Change *change)
{
    if (!e.info.isEmpty() && !e.info.imported.isValid())
        return makeError(QStringLiteral("an SBOM record needs the date it was imported"),
                         QStringLiteral("sbom"));
    SetSbomInfo inverse{d.sbom};
    d.sbom = e.info;
    if (change)
        change->product = true;
    return Edit(std::move(inverse));
}

} // namespace tb::detail
