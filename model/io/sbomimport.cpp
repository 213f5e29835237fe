#include "sbomimport.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace tb {

namespace {

// Namespace for component ids: the same SBOM gives the same ids in every project.
const QUuid kComponentNamespace(QStringLiteral("{6c1f3e2a-54d8-4b0e-9a7f-2d3c8e1b5f40}"));

// A purl without its version, qualifiers and subpath: pkg:type/namespace/name.
Component fromSbom(const SbomComponent &s)
{
    Component c;
    c.ref = s.bomRef;
    c.type = s.type;
    c.group = s.group;
    c.name = s.name;
    c.version = s.version;
    c.purl = s.purl;
    c.supplier = s.supplier;
    c.licenses = s.licenses;
    return c;
}

QJsonArray idArray(const QList<Id> &ids)
{
    QJsonArray a;
    for (const Id &id : ids)
        a.append(idString(id));
    return a;
}

} // namespace

SbomImportPlan planSbomImport(const ProjectData &data, const Sbom &sbom, const QString &source,
                              const QDate &imported)
{
    SbomImportPlan plan;
    plan.batch.text = QStringLiteral("Import SBOM %1").arg(source);

    // Identities of the new components; duplicates (two versions of one library) add the
    // version so both survive.
    QHash<QString, int> uses;
    for (const SbomComponent &s : sbom.components)
        uses[componentIdentity(s.purl, s.group, s.name)] += 1;
    QHash<QString, Id> existing; // identity -> id
    for (const Component &c : data.components) {
        existing.insert(componentIdentity(c.purl, c.group, c.name) + QLatin1Char('@') + c.version,
                        c.id);
        existing.insert(componentIdentity(c.purl, c.group, c.name), c.id);
    }

    QList<Component> incoming;
    QHash<QString, Id> idByRef; // sbomRefOf -> id
    QSet<Id> taken;
    for (const SbomComponent &s : sbom.components) {
        Component c = fromSbom(s);
        QString key = componentIdentity(s.purl, s.group, s.name);
        const bool duplicate = uses.value(key) > 1;
        if (duplicate)
            key += QLatin1Char('@') + s.version;
        Id id = existing.value(key);
        if (id.isNull() || taken.contains(id))
            id = QUuid::createUuidV5(kComponentNamespace, key);
        for (int n = 2; taken.contains(id); ++n) // the same identity listed twice
            id = QUuid::createUuidV5(kComponentNamespace, key + QStringLiteral("#%1").arg(n));
        taken.insert(id);
        c.id = id;
        plan.components.append(id);
        idByRef.insert(sbomRefOf(s), id);
        incoming.append(std::move(c));
    }
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        for (const QString &ref : sbom.components.at(i).dependsOn) {
            const Id dep = idByRef.value(ref); // the root is not a component: skipped
            if (!dep.isNull() && dep != incoming[i].id && !incoming[i].dependsOn.contains(dep))
                incoming[i].dependsOn.append(dep);
        }
    }

    std::vector<Edit> &edits = plan.batch.edits;
    // New ones first without dependencies, so every update below can name any of them.
    for (const Component &c : incoming) {
        if (data.components.contains(c.id))
            continue;
        Component bare = c;
        bare.dependsOn.clear();
        edits.push_back(AddComponent{std::move(bare)});
        ++plan.added;
    }
    for (const Component &c : incoming) {
        const auto old = data.components.constFind(c.id);
        if (old == data.components.cend()) {
            if (!c.dependsOn.isEmpty())
                edits.push_back(UpdateComponent{c});
        } else if (*old != c) {
            edits.push_back(UpdateComponent{c});
            ++plan.updated;
        } else {
            ++plan.unchanged;
        }
    }
    // Gone: detach from elements, drop their own dependencies, then remove them.
    QSet<Id> gone;
    for (const Component &c : data.components) {
        if (!taken.contains(c.id))
            gone.insert(c.id);
    }
    if (!gone.isEmpty()) {
        for (const Id &elementId : ProjectData::sortedIds(data.elements)) {
            const Element &el = data.elements[elementId];
            QList<Id> kept;
            for (const Id &c : el.components) {
                if (gone.contains(c))
                    plan.detached.append(el.name + QStringLiteral(": ")
                                         + componentLabel(data.components[c]));
                else
                    kept.append(c);
            }
            if (kept.size() != el.components.size())
                edits.push_back(
                    SetAttribute{elementId, QStringLiteral("components"), idArray(kept)});
        }
        QList<Id> goneIds(gone.cbegin(), gone.cend());
        std::sort(goneIds.begin(), goneIds.end(), idLess);
        for (const Id &id : goneIds) {
            if (!data.components[id].dependsOn.isEmpty()) {
                Component bare = data.components[id];
                bare.dependsOn.clear();
                edits.push_back(UpdateComponent{std::move(bare)});
            }
        }
        for (const Id &id : goneIds)
            edits.push_back(RemoveComponent{id});
        plan.removed = static_cast<int>(goneIds.size());
    }
    edits.push_back(SetSbomInfo{{QStringLiteral("CycloneDX"), sbom.specVersion, sbom.serialNumber,
                                 source, imported, sbom.root.name, sbom.root.version}});
    return plan;
}

} // namespace tb
