#include "project.h"

#include "editchecks.h"
#include "propertycatalog.h"

#include <algorithm>

namespace tb {

Project::Project(QObject *parent) : Project(blank(tr("Untitled product")), parent) {}

Project::Project(ProjectData data, QObject *parent)
    : QObject(parent), m_data(std::move(data)), m_catalog(&PropertyCatalog::builtIn())
{}

Project::~Project() = default;

Result<Edit> Project::apply(const Edit &edit)
{
    if (m_readOnly)
        return makeError(tr("the project is open read-only"));
    Change change;
    Result<Edit> inverse = applyEdit(m_data, *m_catalog, edit, &change);
    if (!inverse)
        return inverse;
    if (m_sink) {
        if (Result<void> written = m_sink->write(m_data, change); !written) {
            // Keep memory and file in agreement: an edit that cannot be saved did not happen.
            Result<Edit> undone = applyEdit(m_data, *m_catalog, inverse.value());
            Q_ASSERT(undone.ok());
            return written.error();
        }
    }
    Q_EMIT edited(edit, change);
    return inverse;
}

ProjectData Project::blank(const QString &productName)
{
    ProjectData d;
    d.id = newId();
    d.product.name = productName;
    Diagram main;
    main.id = newId();
    main.name = tr("Main");
    d.diagrams.insert(main.id, main);
    return d;
}

namespace {
// Zones before the zones inside them, so each parent exists when its child is added. Sorting by
// depth keeps this linear in the number of zones, however deep they nest.
QList<Id> zonesParentsFirst(const ProjectData &data)
{
    QHash<Id, int> depth;
    depth.reserve(data.boundaries.size());
    const auto depthOf = [&](const Id &start) {
        QList<Id> chain;
        Id cur = start;
        while (!cur.isNull() && data.boundaries.contains(cur) && !depth.contains(cur)
               && chain.size() <= data.boundaries.size()) {
            chain.append(cur);
            cur = data.boundaries[cur].parent;
        }
        int d = depth.value(cur, -1); // -1 above a root (or a missing parent)
        for (auto it = chain.crbegin(); it != chain.crend(); ++it)
            depth.insert(*it, ++d);
    };
    QList<Id> ids = ProjectData::sortedIds(data.boundaries);
    for (const Id &id : ids)
        depthOf(id);
    std::stable_sort(ids.begin(), ids.end(),
                     [&](const Id &a, const Id &b) { return depth.value(a) < depth.value(b); });
    return ids;
}
// Items in an order where each refers only to items before it; stakeholders' reaches and
// nothing else can form cycles, so they come in twice: bare, then whole.
template<typename Step>
Result<void> validateStudy(const EbiosStudy &study, const Step &step)
{
    if (Result<void> r = step(SetStudySettings{study.settings}); !r)
        return r;
    QList<Id> ids = study.items.keys();
    std::sort(ids.begin(), ids.end(), [&](const Id &a, const Id &b) {
        const auto ra = study.items[a].index(), rb = study.items[b].index();
        return ra != rb ? ra < rb : idLess(a, b);
    });
    for (const Id &id : ids) {
        StudyItem item = study.items[id];
        if (auto *s = std::get_if<Stakeholder>(&item))
            s->reaches.clear();
        if (Result<void> r = step(PutStudyItem{std::move(item)}); !r)
            return r;
    }
    for (const Stakeholder *s : study.all<Stakeholder>()) {
        if (s->reaches.isEmpty())
            continue;
        if (Result<void> r = step(PutStudyItem{*s}); !r)
            return r;
    }
    return Ok{};
}
} // namespace

Result<void> Project::validate(const ProjectData &data, const PropertyCatalog &catalog)
{
    // Rebuild the value edit by edit: every check the funnel makes applies to whole files too.
    if (data.id.isNull())
        return makeError(tr("the project needs an id"));
    if (data.product.name.trimmed().isEmpty())
        return makeError(tr("name must not be empty"), QStringLiteral("product"));
    for (auto it = data.boundaries.cbegin(); it != data.boundaries.cend(); ++it) {
        if (detail::wouldCycle(data, it.key(), it->parent))
            return makeError(tr("a zone cannot be inside itself (boundary cycle)"),
                             QStringLiteral("boundary ") + idString(it.key()));
    }
    ProjectData rebuilt;
    rebuilt.id = data.id;
    rebuilt.product = data.product;
    // Criteria first: they bound every rating that follows.
    if (Result<Edit> r = applyEdit(rebuilt, catalog, SetRiskCriteria{data.criteria}); !r)
        return r.error();
    const auto step = [&](Edit e) -> Result<void> {
        Result<Edit> r = applyEdit(rebuilt, catalog, e);
        if (!r)
            return r.error();
        return Ok{};
    };
    for (const Id &id : ProjectData::sortedIds(data.diagrams)) {
        if (Result<void> r = step(AddDiagram{{id, data.diagrams[id].name, {}, data.diagrams[id].parent}}); !r)
            return r;
    }
    for (const Id &id : ProjectData::sortedIds(data.assets)) {
        if (Result<void> r = step(AddDataAsset{data.assets[id]}); !r)
            return r;
    }
    for (const Id &id : zonesParentsFirst(data)) {
        if (Result<void> r = step(AddBoundary{data.boundaries[id], {}}); !r)
            return r;
    }
    // Components first without their dependencies, which may point at any other component.
    for (const Id &id : ProjectData::sortedIds(data.components)) {
        Component c = data.components[id];
        c.dependsOn.clear();
        if (Result<void> r = step(AddComponent{std::move(c)}); !r)
            return r;
    }
    for (const Id &id : ProjectData::sortedIds(data.components)) {
        if (data.components[id].dependsOn.isEmpty())
            continue;
        if (Result<void> r = step(UpdateComponent{data.components[id]}); !r)
            return r;
    }
    if (Result<void> r = step(SetSbomInfo{data.sbom}); !r)
        return r;
    for (const Id &id : ProjectData::sortedIds(data.elements)) {
        if (Result<void> r = step(AddElement{data.elements[id], {}}); !r)
            return r;
    }
    for (const Id &id : ProjectData::sortedIds(data.flows)) {
        if (Result<void> r = step(ConnectFlow{data.flows[id], {}}); !r)
            return r;
    }
    for (const Id &id : ProjectData::sortedIds(data.threats)) {
        if (Result<void> r = step(AddThreat{data.threats[id]}); !r)
            return r;
    }
    for (const Id &id : ProjectData::sortedIds(data.tasks)) {
        if (Result<void> r = step(AddTask{data.tasks[id]}); !r)
            return r;
    }
    if (Result<void> r = validateStudy(data.study, step); !r)
        return r;
    for (const Id &id : ProjectData::sortedIds(data.treatments)) {
        if (Result<void> r = step(SetTreatment{data.treatments[id]}); !r)
            return r;
    }
    for (auto it = data.settings.cbegin(); it != data.settings.cend(); ++it) {
        if (Result<void> r = step(SetProjectSetting{it.key(), *it}); !r)
            return r;
    }
    for (const RequirementDecision &decision : data.decisions) {
        if (Result<void> r
            = step(SetRequirementApplicability{decision.annexId, true, decision.justification});
            !r)
            return r;
    }
    for (const Id &id : ProjectData::sortedIds(data.diagrams)) {
        MoveItems move{id, {}};
        const auto &placements = data.diagrams[id].placements;
        for (auto it = placements.cbegin(); it != placements.cend(); ++it)
            move.items.append({it.key(), *it});
        if (Result<void> r = step(std::move(move)); !r)
            return r;
    }
    Q_ASSERT(rebuilt == data);
    return Ok{};
}

} // namespace tb
