// Project::apply() and the appliers of structural edits (add, remove, move, batch).

#include "editchecks.h"

#include <QSet>

#include <algorithm>

namespace tb {

using namespace detail;

namespace {

struct Applier
{
    ProjectData &d;
    const PropertyCatalog &c;
    Change *change;

    void touch(const Id &id)
    {
        if (change)
            change->objects.insert(id);
    }

    Result<Edit> operator()(const AddDiagram &e)
    {
        const Diagram &g = e.diagram;
        const QString where = QStringLiteral("diagram ") + idString(g.id);
        if (Result<void> r = checkNewId(d, g.id, ObjectType::Diagram); !r)
            return r.error();
        if (Result<void> r = checkName(g.name, where); !r)
            return r.error();
        // The link is weak (the element may come later in a rebuild), but never to another kind.
        if (const ObjectType t = d.typeOf(g.parent);
            !g.parent.isNull() && t != ObjectType::None && t != ObjectType::Element)
            return makeError(QStringLiteral("parent %1 is not an element").arg(idString(g.parent)),
                             where + QStringLiteral(".parent"));
        for (auto it = g.placements.cbegin(); it != g.placements.cend(); ++it) {
            if (Result<void> r = checkGeometry(d, it.key(), *it, where); !r)
                return r.error();
        }
        d.diagrams.insert(g.id, g);
        touch(g.id);
        if (change) {
            for (auto it = g.placements.cbegin(); it != g.placements.cend(); ++it)
                change->placements.insert({g.id, it.key()});
        }
        return Edit(RemoveDiagram{g.id});
    }

    Result<Edit> operator()(const RemoveDiagram &e)
    {
        if (!d.diagrams.contains(e.id))
            return makeError(QStringLiteral("no such diagram"),
                             QStringLiteral("diagram ") + idString(e.id));
        Diagram g = d.diagrams.take(e.id);
        touch(e.id);
        if (change) {
            for (auto it = g.placements.cbegin(); it != g.placements.cend(); ++it)
                change->placements.insert({e.id, it.key()});
        }
        return Edit(AddDiagram{std::move(g)});
    }

    Result<Edit> operator()(const AddElement &e)
    {
        const Element &el = e.element;
        const QString where = QStringLiteral("element ") + idString(el.id);
        if (Result<void> r = checkNewId(d, el.id, ObjectType::Element); !r)
            return r.error();
        if (Result<void> r = checkElement(el, where); !r)
            return r.error();
        d.elements.insert(el.id, el);
        if (Result<void> r = checkPlacements(d, el.id, e.placements, where); !r) {
            d.elements.remove(el.id);
            return r.error();
        }
        place(d, el.id, e.placements, change);
        touch(el.id);
        return Edit(RemoveElement{el.id});
    }

    Result<void> checkElement(const Element &el, const QString &where)
    {
        if (Result<void> r = checkName(el.name, where); !r)
            return r;
        if (Result<void> r = checkStencil(c, el.kind, el.stencil, where); !r)
            return r;
        if (Result<void> r = checkZoneRef(d, el.zone, where); !r)
            return r;
        if (Result<void> r = checkProperties(c, propertyTarget(el.kind), el.properties, where); !r)
            return r;
        if (!el.assets.isEmpty() && el.kind != ElementKind::DataStore)
            return makeError(QStringLiteral("only data stores hold data assets"), where);
        if (Result<void> r = checkComponentRefs(d, el.components, where); !r)
            return r;
        return checkAssetRefs(d, el.assets, where);
    }

    Result<Edit> operator()(const RemoveElement &e)
    {
        const QString where = QStringLiteral("element ") + idString(e.id);
        if (!d.elements.contains(e.id))
            return makeError(QStringLiteral("no such element"), where);
        if (const QList<Id> flows = d.flowsAttachedTo(e.id); !flows.isEmpty())
            return makeError(QStringLiteral("%1 still has %2 attached flow(s); remove them first")
                                 .arg(describe(d, e.id))
                                 .arg(flows.size()),
                             where);
        if (const QString user = studyUserOf(d, e.id); !user.isEmpty())
            return makeError(QStringLiteral("%1 is still used by %2").arg(describe(d, e.id), user),
                             where);
        AddElement inverse{d.elements.take(e.id), placementsOf(d, e.id)};
        unplaceEverywhere(d, e.id, change);
        touch(e.id);
        return Edit(std::move(inverse));
    }

    Result<Edit> operator()(const ConnectFlow &e)
    {
        const Flow &f = e.flow;
        const QString where = QStringLiteral("flow ") + idString(f.id);
        if (Result<void> r = checkNewId(d, f.id, ObjectType::Flow); !r)
            return r.error();
        if (Result<void> r = checkFlowEnds(f.source, f.target, where); !r)
            return r.error();
        if (Result<void> r = checkProperties(c, PropertyTarget::Flow, f.properties, where); !r)
            return r.error();
        if (Result<void> r = checkAssetRefs(d, f.assets, where); !r)
            return r.error();
        d.flows.insert(f.id, f);
        if (Result<void> r = checkPlacements(d, f.id, e.placements, where); !r) {
            d.flows.remove(f.id);
            return r.error();
        }
        place(d, f.id, e.placements, change);
        touch(f.id);
        return Edit(RemoveFlow{f.id});
    }

    Result<void> checkFlowEnds(const Id &source, const Id &target, const QString &where)
    {
        if (!d.elements.contains(source))
            return makeError(
                QStringLiteral("source element %1 does not exist").arg(idString(source)), where);
        if (!d.elements.contains(target))
            return makeError(
                QStringLiteral("target element %1 does not exist").arg(idString(target)), where);
        if (source == target)
            return makeError(QStringLiteral("a flow must connect two different elements"), where);
        return Ok{};
    }

    Result<Edit> operator()(const RemoveFlow &e)
    {
        if (!d.flows.contains(e.id))
            return makeError(QStringLiteral("no such flow"),
                             QStringLiteral("flow ") + idString(e.id));
        if (const QString user = studyUserOf(d, e.id); !user.isEmpty())
            return makeError(QStringLiteral("%1 is still used by %2").arg(describe(d, e.id), user),
                             QStringLiteral("flow ") + idString(e.id));
        ConnectFlow inverse{d.flows.take(e.id), placementsOf(d, e.id)};
        unplaceEverywhere(d, e.id, change);
        touch(e.id);
        return Edit(std::move(inverse));
    }

    Result<Edit> operator()(const AddBoundary &e)
    {
        const Boundary &b = e.boundary;
        const QString where = QStringLiteral("boundary ") + idString(b.id);
        if (Result<void> r = checkNewId(d, b.id, ObjectType::Boundary); !r)
            return r.error();
        if (Result<void> r = checkName(b.name, where); !r)
            return r.error();
        if (b.trustLevel < 0 || b.trustLevel > kMaxTrustLevel)
            return makeError(QStringLiteral("trust level must be from 0 to %1").arg(kMaxTrustLevel),
                             where);
        if (b.kind == BoundaryKind::Line && !b.parent.isNull())
            return makeError(QStringLiteral("a line boundary cannot be inside a zone"), where);
        if (Result<void> r = checkZoneRef(d, b.parent, where); !r)
            return r.error();
        if (Result<void> r = checkProperties(c, propertyTarget(b.kind), b.properties, where); !r)
            return r.error();
        d.boundaries.insert(b.id, b);
        if (Result<void> r = checkPlacements(d, b.id, e.placements, where); !r) {
            d.boundaries.remove(b.id);
            return r.error();
        }
        place(d, b.id, e.placements, change);
        touch(b.id);
        return Edit(RemoveBoundary{b.id});
    }

    Result<Edit> operator()(const RemoveBoundary &e)
    {
        const QString where = QStringLiteral("boundary ") + idString(e.id);
        if (!d.boundaries.contains(e.id))
            return makeError(QStringLiteral("no such boundary"), where);
        qsizetype members = 0;
        for (const Element &el : std::as_const(d.elements))
            members += el.zone == e.id ? 1 : 0;
        for (const Boundary &b : std::as_const(d.boundaries))
            members += b.parent == e.id ? 1 : 0;
        if (members > 0)
            return makeError(QStringLiteral("%1 still contains %2 element(s) or zone(s); move them "
                                            "out first")
                                 .arg(describe(d, e.id))
                                 .arg(members),
                             where);
        AddBoundary inverse{d.boundaries.take(e.id), placementsOf(d, e.id)};
        unplaceEverywhere(d, e.id, change);
        touch(e.id);
        return Edit(std::move(inverse));
    }

    Result<Edit> operator()(const AddDataAsset &e)
    {
        const DataAsset &a = e.asset;
        const QString where = QStringLiteral("data asset ") + idString(a.id);
        if (Result<void> r = checkNewId(d, a.id, ObjectType::DataAsset); !r)
            return r.error();
        if (Result<void> r = checkName(a.name, where); !r)
            return r.error();
        for (int need : {a.confidentiality, a.integrity, a.availability}) {
            if (need < 0 || need > kMaxNeedLevel)
                return makeError(
                    QStringLiteral("security needs must be from 0 to %1").arg(kMaxNeedLevel),
                    where);
        }
        d.assets.insert(a.id, a);
        touch(a.id);
        return Edit(RemoveDataAsset{a.id});
    }

    Result<Edit> operator()(const RemoveDataAsset &e)
    {
        const QString where = QStringLiteral("data asset ") + idString(e.id);
        if (!d.assets.contains(e.id))
            return makeError(QStringLiteral("no such data asset"), where);
        qsizetype users = 0;
        for (const Element &el : std::as_const(d.elements))
            users += el.assets.contains(e.id) ? 1 : 0;
        for (const Flow &f : std::as_const(d.flows))
            users += f.assets.contains(e.id) ? 1 : 0;
        if (users > 0)
            return makeError(QStringLiteral("%1 is still carried by %2 flow(s) or store(s)")
                                 .arg(describe(d, e.id))
                                 .arg(users),
                             where);
        touch(e.id);
        return Edit(AddDataAsset{d.assets.take(e.id)});
    }

    Result<Edit> operator()(const SetAttribute &e) { return applySetAttribute(d, c, e, change); }
    Result<Edit> operator()(const AddThreat &e) { return applyAddThreat(d, e, change); }
    Result<Edit> operator()(const AddThreats &e) { return applyAddThreats(d, e, change); }
    Result<Edit> operator()(const RemoveThreat &e) { return applyRemoveThreat(d, e, change); }
    Result<Edit> operator()(const RemoveThreats &e)
    {
        Batch batch;
        batch.edits.reserve(std::size_t(e.ids.size()));
        for (const Id &id : e.ids)
            batch.edits.push_back(RemoveThreat{id});
        return (*this)(batch);
    }
    Result<Edit> operator()(const UpdateThreat &e) { return applyUpdateThreat(d, e, change); }
    Result<Edit> operator()(const SetThreatStatus &e) { return applySetThreatStatus(d, e, change); }
    Result<Edit> operator()(const AddTask &e) { return applyAddTask(d, e, change); }
    Result<Edit> operator()(const RemoveTask &e) { return applyRemoveTask(d, e, change); }
    Result<Edit> operator()(const UpdateTask &e) { return applyUpdateTask(d, e, change); }
    Result<Edit> operator()(const SetRequirementApplicability &e)
    {
        return applySetRequirementApplicability(d, e, change);
    }
    Result<Edit> operator()(const SetProperty &e) { return applySetProperty(d, c, e, change); }
    Result<Edit> operator()(const AddComponent &e) { return applyAddComponent(d, e, change); }
    Result<Edit> operator()(const RemoveComponent &e) { return applyRemoveComponent(d, e, change); }
    Result<Edit> operator()(const UpdateComponent &e) { return applyUpdateComponent(d, e, change); }
    Result<Edit> operator()(const SetSbomInfo &e) { return applySetSbomInfo(d, e, change); }
    Result<Edit> operator()(const PutStudyItem &e) { return applyPutStudyItem(d, e, change); }
    Result<Edit> operator()(const RemoveStudyItem &e) { return applyRemoveStudyItem(d, e, change); }
    Result<Edit> operator()(const SetRiskCriteria &e) { return applySetRiskCriteria(d, e, change); }
    Result<Edit> operator()(const SetTreatment &e) { return applySetTreatment(d, e, change); }
    Result<Edit> operator()(const SetProjectSetting &e)
    {
        return applySetProjectSetting(d, e, change);
    }
    Result<Edit> operator()(const SetStudySettings &e)
    {
        return applySetStudySettings(d, e, change);
    }

    Result<Edit> operator()(const MoveItems &e)
    {
        const QString where = QStringLiteral("diagram ") + idString(e.diagram);
        if (!d.diagrams.contains(e.diagram))
            return makeError(QStringLiteral("no such diagram"), where);
        MoveItems inverse{e.diagram, {}};
        QSet<Id> seen;
        seen.reserve(e.items.size());
        for (const MoveItems::Item &item : e.items) {
            const QString itemWhere = where + QStringLiteral(", item ") + idString(item.id);
            if (seen.contains(item.id))
                return makeError(QStringLiteral("listed twice"), itemWhere);
            seen.insert(item.id);
            if (item.placement) {
                if (Result<void> r = checkGeometry(d, item.id, *item.placement, itemWhere); !r)
                    return r.error();
            } else if (!d.diagrams[e.diagram].placements.contains(item.id)) {
                return makeError(QStringLiteral("is not on this diagram"), itemWhere);
            }
        }
        auto &placements = d.diagrams[e.diagram].placements;
        for (const MoveItems::Item &item : e.items) {
            const auto it = placements.constFind(item.id);
            inverse.items.append(
                {item.id, it == placements.cend() ? std::nullopt : std::optional<Placement>(*it)});
            if (item.placement)
                placements.insert(item.id, *item.placement);
            else
                placements.remove(item.id);
            if (change)
                change->placements.insert({e.diagram, item.id});
        }
        return Edit(std::move(inverse));
    }

    Result<Edit> operator()(const Batch &e)
    {
        Batch inverse{e.text, {}};
        inverse.edits.reserve(e.edits.size());
        // A derivation adds threats by the hundred thousand: grow the tables once, not by
        // doubling and rehashing all along.
        const auto added = std::count_if(e.edits.begin(), e.edits.end(), [](const Edit &x) {
            return std::holds_alternative<AddThreat>(x.v);
        });
        if (added > 1024) {
            d.threats.reserve(d.threats.size() + added);
            if (change)
                change->objects.reserve(change->objects.size() + added);
        }
        for (std::size_t i = 0; i < e.edits.size(); ++i) {
            Result<Edit> r = std::visit(*this, e.edits[i].v);
            if (!r) {
                // Undo what this batch did so far, newest first; inverses of applied edits
                // cannot fail.
                for (auto it = inverse.edits.rbegin(); it != inverse.edits.rend(); ++it)
                    (void)std::visit(*this, it->v);
                return makeError(r.error().message,
                                 QStringLiteral("edit %1 of batch").arg(i + 1)
                                     + (r.error().where.isEmpty()
                                            ? QString()
                                            : QStringLiteral(", ") + r.error().where));
            }
            // Runs of threat removals (undoing a derivation) become one edit holding ids.
            if (const auto *removal = std::get_if<RemoveThreat>(&r->v)) {
                RemoveThreats *run = inverse.edits.empty()
                                         ? nullptr
                                         : std::get_if<RemoveThreats>(&inverse.edits.back().v);
                if (run)
                    run->ids.append(removal->id);
                else
                    inverse.edits.push_back(RemoveThreats{{removal->id}});
                continue;
            }
            inverse.edits.push_back(std::move(r).value());
        }
        std::reverse(inverse.edits.begin(), inverse.edits.end());
        return Edit(std::move(inverse));
    }
};

} // namespace

void Change::merge(const Change &other)
{
    product = product || other.product;
    objects.unite(other.objects);
    placements.unite(other.placements);
    decisions.unite(other.decisions);
    treatments.unite(other.treatments);
    settings.unite(other.settings);
}

Result<Edit> applyEdit(ProjectData &data, const PropertyCatalog &catalog, const Edit &edit,
                       Change *change)
{
    Applier applier{data, catalog, change};
    return std::visit(applier, edit.v);
}

} // namespace tb
