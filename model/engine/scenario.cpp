#include "scenario.h"

#include "core/project.h"
#include "core/propertycatalog.h"

#include <QJsonArray>

namespace tb {

namespace {
const Id kScenarioNamespace = parseId(QStringLiteral("4a7e9c1b-2d3f-4b6a-8c5d-1e2f3a4b5c6d"));

Id refId(const QString &ref)
{
    return QUuid::createUuidV5(kScenarioNamespace, ref);
}

Properties properties(const QJsonObject &o)
{
    Properties p;
    const QJsonObject props = o.value(QStringLiteral("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

QList<Id> assets(const QJsonObject &o, const QString &owner, ProjectData &d)
{
    QList<Id> out;
    const QJsonArray list = o.value(QStringLiteral("assets")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject a = list[i].toObject();
        const Id id = refId(owner + QStringLiteral("/asset%1").arg(i));
        d.assets.insert(id, DataAsset{id,
                                      QStringLiteral("Asset %1 of %2").arg(i).arg(owner),
                                      {},
                                      a.value(QStringLiteral("classification")).toString(),
                                      a.value(QStringLiteral("confidentiality")).toInt(),
                                      a.value(QStringLiteral("integrity")).toInt(),
                                      a.value(QStringLiteral("availability")).toInt()});
        out.append(id);
    }
    return out;
}
} // namespace

Result<Scenario> buildScenario(const QJsonObject &json, const QString &where,
                               const PropertyCatalog &catalog)
{
    Scenario s;
    s.data = Project::blank(QStringLiteral("Scenario"));
    QHash<int, Id> zones;
    for (const QJsonValue &v : json.value(QStringLiteral("elements")).toArray()) {
        const QJsonObject o = v.toObject();
        Element e;
        e.id = refId(o.value(QStringLiteral("ref")).toString());
        e.name = o.value(QStringLiteral("ref")).toString();
        if (!parseElementKind(o.value(QStringLiteral("kind")).toString(), &e.kind))
            return makeError(QStringLiteral("element \"%1\": unknown kind").arg(e.name), where);
        e.stencil = o.value(QStringLiteral("stencil")).toString();
        e.properties = properties(o);
        e.assets = assets(o, e.name, s.data);
        for (const QJsonValue &cv : o.value(QStringLiteral("components")).toArray()) {
            const QJsonObject co = cv.toObject();
            Component c;
            c.name = co.value(QStringLiteral("name")).toString();
            c.id = refId(e.name + QStringLiteral("/component/") + c.name);
            c.version = co.value(QStringLiteral("version")).toString();
            c.supplier = co.value(QStringLiteral("supplier")).toString();
            s.data.components.insert(c.id, c);
            e.components.append(c.id);
        }
        if (o.contains(QStringLiteral("trust"))) {
            const int trust = o.value(QStringLiteral("trust")).toInt();
            if (!zones.contains(trust)) {
                const Id z = refId(QStringLiteral("zone%1").arg(trust));
                s.data.boundaries.insert(z, Boundary{z,
                                                     BoundaryKind::Zone,
                                                     QStringLiteral("Trust %1").arg(trust),
                                                     {},
                                                     trust,
                                                     {},
                                                     {}});
                zones.insert(trust, z);
            }
            e.zone = zones.value(trust);
        }
        s.data.elements.insert(e.id, e);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("flows")).toArray()) {
        const QJsonObject o = v.toObject();
        Flow f;
        f.id = refId(o.value(QStringLiteral("ref")).toString());
        f.name = o.value(QStringLiteral("ref")).toString();
        f.source = refId(o.value(QStringLiteral("from")).toString());
        f.target = refId(o.value(QStringLiteral("to")).toString());
        f.protocol = o.value(QStringLiteral("protocol")).toString();
        f.properties = properties(o);
        f.assets = assets(o, f.name, s.data);
        s.data.flows.insert(f.id, f);
    }
    s.subject = refId(json.value(QStringLiteral("subject")).toString());
    if (s.data.typeOf(s.subject) != ObjectType::Element
        && s.data.typeOf(s.subject) != ObjectType::Flow)
        return makeError(QStringLiteral("subject \"%1\" is not an element or flow of the scenario")
                             .arg(json.value(QStringLiteral("subject")).toString()),
                         where);
    if (Result<void> r = Project::validate(s.data, catalog); !r)
        return makeError(r.error().text(), where);
    return s;
}

} // namespace tb
