#include "objectjson.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace tb {

namespace {

QJsonValue idValue(const Id &id)
{
    return idString(id);
}

QJsonArray idArray(const QList<Id> &ids)
{
    QJsonArray a;
    for (const Id &id : ids)
        a.append(idString(id));
    return a;
}

QJsonObject propertiesObject(const Properties &props)
{
    QJsonObject o;
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        o.insert(it.key(), *it);
    return o;
}

// Optional fields are left out when empty: a file lists what was said, not every default.
void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void putCommon(QJsonObject &o, const Id &id, const QString &name, const QString &description)
{
    o.insert(QStringLiteral("id"), idValue(id));
    o.insert(QStringLiteral("name"), name);
    putText(o, "description", description);
}

void putRefs(QJsonObject &o, const char *key, const QList<Id> &ids)
{
    if (!ids.isEmpty())
        o.insert(QLatin1String(key), idArray(ids));
}

void putProperties(QJsonObject &o, const Properties &props)
{
    if (!props.isEmpty())
        o.insert(QStringLiteral("properties"), propertiesObject(props));
}

QJsonArray pointArray(const QList<QPointF> &points)
{
    QJsonArray a;
    for (const QPointF &p : points)
        a.append(QJsonArray{p.x(), p.y()});
    return a;
}

Id readId(JsonReader &r, IdPolicy ids)
{
    if (ids == IdPolicy::GenerateIfMissing && !r.has(QStringLiteral("id")))
        return newId();
    return r.id(QStringLiteral("id"), true);
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QLatin1String(n));
    return out;
}

} // namespace

QJsonObject toJson(const Product &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), p.name);
    putText(o, "version", p.version);
    putText(o, "manufacturer", p.manufacturer);
    putText(o, "intendedPurpose", p.intendedPurpose);
    o.insert(QStringLiteral("craClass"), craClassName(p.craClass));
    if (p.supportEnd.isValid())
        o.insert(QStringLiteral("supportEnd"), p.supportEnd.toString(Qt::ISODate));
    return o;
}

QJsonObject toJson(const Element &e)
{
    QJsonObject o;
    putCommon(o, e.id, e.name, e.description);
    o.insert(QStringLiteral("kind"), kindName(e.kind));
    putText(o, "stencil", e.stencil);
    if (!e.zone.isNull())
        o.insert(QStringLiteral("zone"), idValue(e.zone));
    putRefs(o, "assets", e.assets);
    putRefs(o, "components", e.components);
    putProperties(o, e.properties);
    return o;
}

QJsonObject toJson(const Flow &f)
{
    QJsonObject o;
    putCommon(o, f.id, f.name, f.description);
    o.insert(QStringLiteral("source"), idValue(f.source));
    o.insert(QStringLiteral("target"), idValue(f.target));
    putText(o, "protocol", f.protocol);
    putRefs(o, "assets", f.assets);
    putProperties(o, f.properties);
    return o;
}

QJsonObject toJson(const Boundary &b)
{
    QJsonObject o;
    putCommon(o, b.id, b.name, b.description);
    o.insert(QStringLiteral("kind"), kindName(b.kind));
    o.insert(QStringLiteral("trustLevel"), b.trustLevel);
    if (!b.parent.isNull())
        o.insert(QStringLiteral("parent"), idValue(b.parent));
    putProperties(o, b.properties);
    return o;
}

QJsonObject toJson(const DataAsset &a)
{
    QJsonObject o;
    putCommon(o, a.id, a.name, a.description);
    putText(o, "classification", a.classification);
    o.insert(QStringLiteral("confidentiality"), a.confidentiality);
    o.insert(QStringLiteral("integrity"), a.integrity);
    o.insert(QStringLiteral("availability"), a.availability);
    return o;
}

QJsonObject placementToJson(const Placement &p, QJsonObject into)
{
    if (!p.rect.isNull()) {
        const QRectF &r = p.rect;
        into.insert(QStringLiteral("rect"), QJsonArray{r.x(), r.y(), r.width(), r.height()});
    }
    if (!p.points.isEmpty() || p.rect.isNull())
        into.insert(QStringLiteral("points"), pointArray(p.points));
    return into;
}

QJsonObject toJson(const Diagram &g)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), idValue(g.id));
    o.insert(QStringLiteral("name"), g.name);
    if (!g.parent.isNull())
        o.insert(QStringLiteral("parent"), idValue(g.parent));
    QList<Id> ids = g.placements.keys();
    std::sort(ids.begin(), ids.end(), idLess);
    QJsonArray placements;
    for (const Id &id : ids)
        placements.append(placementToJson(g.placements[id], {{QStringLiteral("id"), idValue(id)}}));
    o.insert(QStringLiteral("placements"), placements);
    return o;
}

QJsonObject toJson(const Threat &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), idValue(t.id));
    putText(o, "templateId", t.templateId);
    o.insert(QStringLiteral("category"), categoryKey(t.category));
    o.insert(QStringLiteral("title"), t.title);
    putText(o, "description", t.description);
    o.insert(QStringLiteral("status"), threatStatusName(t.status));
    putText(o, "justification", t.justification);
    o.insert(QStringLiteral("likelihood"), t.likelihood);
    o.insert(QStringLiteral("impact"), t.impact);
    if (!t.holds)
        o.insert(QStringLiteral("holds"), false);
    QJsonArray involved;
    for (const Involved &i : t.involved)
        involved.append(QJsonObject{{QStringLiteral("id"), idValue(i.id)},
                                    {QStringLiteral("kind"), i.kind},
                                    {QStringLiteral("name"), i.name}});
    o.insert(QStringLiteral("involved"), involved);
    const auto numbers = [](const QList<int> &l) {
        QJsonArray a;
        for (int n : l)
            a.append(n);
        return a;
    };
    o.insert(QStringLiteral("capec"), numbers(t.capec));
    o.insert(QStringLiteral("cwe"), numbers(t.cwe));
    o.insert(QStringLiteral("annex"), QJsonArray::fromStringList(t.annex));
    o.insert(QStringLiteral("mitigations"), QJsonArray::fromStringList(t.mitigations));
    return o;
}

QJsonObject toJson(const MitigationTask &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), idValue(t.id));
    putText(o, "mitigationId", t.mitigationId);
    o.insert(QStringLiteral("title"), t.title);
    putText(o, "description", t.description);
    o.insert(QStringLiteral("status"), taskStatusName(t.status));
    putText(o, "justification", t.justification);
    putText(o, "owner", t.owner);
    if (t.due.isValid())
        o.insert(QStringLiteral("due"), t.due.toString(Qt::ISODate));
    QJsonArray evidence;
    for (const Evidence &e : t.evidence)
        evidence.append(QJsonObject{{QStringLiteral("kind"), e.kind},
                                    {QStringLiteral("value"), e.value},
                                    {QStringLiteral("date"), e.date.toString(Qt::ISODate)}});
    o.insert(QStringLiteral("evidence"), evidence);
    o.insert(QStringLiteral("threats"), idArray(t.threats));
    o.insert(QStringLiteral("annex"), QJsonArray::fromStringList(t.annex));
    return o;
}

QJsonObject toJson(const Component &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), idValue(c.id));
    o.insert(QStringLiteral("name"), c.name);
    putText(o, "ref", c.ref);
    putText(o, "type", c.type);
    putText(o, "group", c.group);
    putText(o, "version", c.version);
    putText(o, "purl", c.purl);
    putText(o, "supplier", c.supplier);
    if (!c.licenses.isEmpty())
        o.insert(QStringLiteral("licenses"), QJsonArray::fromStringList(c.licenses));
    putRefs(o, "dependsOn", c.dependsOn);
    return o;
}

QJsonObject toJson(const SbomInfo &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), s.format);
    putText(o, "specVersion", s.specVersion);
    putText(o, "serialNumber", s.serialNumber);
    putText(o, "source", s.source);
    o.insert(QStringLiteral("imported"), s.imported.toString(Qt::ISODate));
    putText(o, "rootName", s.rootName);
    putText(o, "rootVersion", s.rootVersion);
    return o;
}

QJsonArray placementsToJson(const QList<PlacementAt> &placements)
{
    QJsonArray a;
    for (const PlacementAt &p : placements)
        a.append(placementToJson(p.placement, {{QStringLiteral("diagram"), idValue(p.diagram)}}));
    return a;
}

Product productFromJson(const QJsonValue &v, const QString &path, JsonReader &parent)
{
    JsonReader r(
        v, path,
        keys({"name", "version", "manufacturer", "intendedPurpose", "craClass", "supportEnd"}));
    Product p;
    p.name = r.text(QStringLiteral("name"), true);
    p.version = r.text(QStringLiteral("version"));
    p.manufacturer = r.text(QStringLiteral("manufacturer"));
    p.intendedPurpose = r.text(QStringLiteral("intendedPurpose"));
    const QString cls
        = r.oneOf(QStringLiteral("craClass"),
                  keys({"default", "important-class-1", "important-class-2", "critical"}), false);
    parseCraClass(cls.isEmpty() ? QStringLiteral("default") : cls, &p.craClass);
    const QString end = r.text(QStringLiteral("supportEnd"));
    if (!end.isEmpty()) {
        p.supportEnd = QDate::fromString(end, Qt::ISODate);
        if (!p.supportEnd.isValid())
            r.fail(QStringLiteral("supportEnd"), QStringLiteral("expected a date as YYYY-MM-DD"));
    }
    parent.adopt(r);
    return p;
}

Element elementFromJson(const QJsonValue &v, const QString &path, JsonReader &parent, IdPolicy ids)
{
    JsonReader r(v, path,
                 keys({"id", "name", "description", "kind", "stencil", "zone", "assets",
                       "components", "properties"}));
    Element e;
    e.id = readId(r, ids);
    e.name = r.text(QStringLiteral("name"), true);
    e.description = r.text(QStringLiteral("description"));
    parseElementKind(r.oneOf(QStringLiteral("kind"), keys({"external", "process", "store"}), true),
                     &e.kind);
    e.stencil = r.text(QStringLiteral("stencil"));
    e.zone = r.id(QStringLiteral("zone"), false);
    e.assets = r.ids(QStringLiteral("assets"));
    e.components = r.ids(QStringLiteral("components"));
    e.properties = r.properties(QStringLiteral("properties"));
    parent.adopt(r);
    return e;
}

Flow flowFromJson(const QJsonValue &v, const QString &path, JsonReader &parent, IdPolicy ids)
{
    JsonReader r(v, path,
                 keys({"id", "name", "description", "source", "target", "protocol", "assets",
                       "properties"}));
    Flow f;
    f.id = readId(r, ids);
    f.name = r.text(QStringLiteral("name"), true);
    f.description = r.text(QStringLiteral("description"));
    f.source = r.id(QStringLiteral("source"), true);
    f.target = r.id(QStringLiteral("target"), true);
    f.protocol = r.text(QStringLiteral("protocol"));
    f.assets = r.ids(QStringLiteral("assets"));
    f.properties = r.properties(QStringLiteral("properties"));
    parent.adopt(r);
    return f;
}

Boundary boundaryFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                          IdPolicy ids)
{
    JsonReader r(v, path,
                 keys({"id", "name", "description", "kind", "trustLevel", "parent", "properties"}));
    Boundary b;
    b.id = readId(r, ids);
    b.name = r.text(QStringLiteral("name"), true);
    b.description = r.text(QStringLiteral("description"));
    parseBoundaryKind(r.oneOf(QStringLiteral("kind"), keys({"zone", "line"}), true), &b.kind);
    b.trustLevel = r.integer(QStringLiteral("trustLevel"), 0, kMaxTrustLevel, 0);
    b.parent = r.id(QStringLiteral("parent"), false);
    b.properties = r.properties(QStringLiteral("properties"));
    parent.adopt(r);
    return b;
}

DataAsset assetFromJson(const QJsonValue &v, const QString &path, JsonReader &parent, IdPolicy ids)
{
    JsonReader r(v, path,
                 keys({"id", "name", "description", "classification", "confidentiality",
                       "integrity", "availability"}));
    DataAsset a;
    a.id = readId(r, ids);
    a.name = r.text(QStringLiteral("name"), true);
    a.description = r.text(QStringLiteral("description"));
    a.classification = r.text(QStringLiteral("classification"));
    a.confidentiality = r.integer(QStringLiteral("confidentiality"), 0, kMaxNeedLevel, 0);
    a.integrity = r.integer(QStringLiteral("integrity"), 0, kMaxNeedLevel, 0);
    a.availability = r.integer(QStringLiteral("availability"), 0, kMaxNeedLevel, 0);
    parent.adopt(r);
    return a;
}

Threat threatFromJson(const QJsonValue &v, const QString &path, JsonReader &parent, IdPolicy ids)
{
    JsonReader r(v, path,
                 keys({"id", "templateId", "category", "title", "description", "status",
                       "justification", "likelihood", "impact", "holds", "involved", "capec", "cwe",
                       "annex", "mitigations"}));
    Threat t;
    t.id = readId(r, ids);
    t.templateId = r.text(QStringLiteral("templateId"));
    parseCategory(r.oneOf(QStringLiteral("category"),
                          keys({"spoofing", "tampering", "repudiation", "information-disclosure",
                                "denial-of-service", "elevation-of-privilege"}),
                          true),
                  &t.category);
    t.title = r.text(QStringLiteral("title"), true);
    t.description = r.text(QStringLiteral("description"));
    const QString status = r.oneOf(
        QStringLiteral("status"),
        keys({"new", "needs-review", "mitigated", "accepted", "transferred", "not-applicable"}),
        false);
    parseThreatStatus(status.isEmpty() ? QStringLiteral("new") : status, &t.status);
    t.justification = r.text(QStringLiteral("justification"));
    t.likelihood = r.integer(QStringLiteral("likelihood"), kMinRating, kMaxScaleLevels, 2);
    t.impact = r.integer(QStringLiteral("impact"), kMinRating, kMaxScaleLevels, 2);
    if (r.has(QStringLiteral("holds"))) {
        if (!r.raw(QStringLiteral("holds")).isBool())
            r.fail(QStringLiteral("holds"), QStringLiteral("expected true or false"));
        t.holds = r.raw(QStringLiteral("holds")).toBool();
    }
    for (const auto &[item, itemPath] : r.array(QStringLiteral("involved"))) {
        JsonReader ir(item, itemPath, keys({"id", "kind", "name"}));
        Involved inv{ir.id(QStringLiteral("id"), true),
                     ir.oneOf(QStringLiteral("kind"),
                              keys({"external-entity", "process", "data-store", "flow"}), true),
                     ir.text(QStringLiteral("name"))};
        r.adopt(ir);
        t.involved.append(inv);
    }
    for (const char *key : {"capec", "cwe"}) {
        QList<int> &out = qstrcmp(key, "capec") == 0 ? t.capec : t.cwe;
        for (const auto &[item, itemPath] : r.array(QLatin1String(key))) {
            if (!item.isDouble() || item.toDouble() != item.toInt() || item.toInt() <= 0)
                r.failAt(itemPath, QStringLiteral("expected a positive whole number"));
            out.append(item.toInt());
        }
    }
    for (const char *key : {"annex", "mitigations"}) {
        QStringList &out = qstrcmp(key, "annex") == 0 ? t.annex : t.mitigations;
        for (const auto &[item, itemPath] : r.array(QLatin1String(key))) {
            if (!item.isString())
                r.failAt(itemPath, QStringLiteral("expected text"));
            out.append(item.toString());
        }
    }
    parent.adopt(r);
    return t;
}

MitigationTask taskFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                            IdPolicy ids)
{
    JsonReader r(v, path,
                 keys({"id", "mitigationId", "title", "description", "status", "justification",
                       "owner", "due", "evidence", "threats", "annex"}));
    MitigationTask t;
    t.id = readId(r, ids);
    t.mitigationId = r.text(QStringLiteral("mitigationId"));
    t.title = r.text(QStringLiteral("title"), true);
    t.description = r.text(QStringLiteral("description"));
    const QString status = r.oneOf(
        QStringLiteral("status"),
        keys({"proposed", "planned", "in-progress", "implemented", "verified", "wont-do"}), false);
    parseTaskStatus(status.isEmpty() ? QStringLiteral("proposed") : status, &t.status);
    t.justification = r.text(QStringLiteral("justification"));
    t.owner = r.text(QStringLiteral("owner"));
    const QString due = r.text(QStringLiteral("due"));
    if (!due.isEmpty()) {
        t.due = QDate::fromString(due, Qt::ISODate);
        if (!t.due.isValid())
            r.fail(QStringLiteral("due"), QStringLiteral("expected a date as YYYY-MM-DD"));
    }
    for (const auto &[item, itemPath] : r.array(QStringLiteral("evidence"))) {
        JsonReader er(item, itemPath, keys({"kind", "value", "date"}));
        Evidence e{er.oneOf(QStringLiteral("kind"),
                            keys({"note", "url", "file", "test", "document"}), true),
                   er.text(QStringLiteral("value"), true),
                   QDate::fromString(er.text(QStringLiteral("date"), true), Qt::ISODate)};
        if (er.ok() && !e.date.isValid())
            er.fail(QStringLiteral("date"), QStringLiteral("expected a date as YYYY-MM-DD"));
        r.adopt(er);
        t.evidence.append(e);
    }
    t.threats = r.ids(QStringLiteral("threats"));
    for (const auto &[item, itemPath] : r.array(QStringLiteral("annex"))) {
        if (!item.isString() || !isAnnexId(item.toString()))
            r.failAt(itemPath, QStringLiteral("expected a CRA Annex I requirement id such as "
                                              "\"I(2)(e)\" or \"II(5)\""));
        t.annex.append(item.toString());
    }
    parent.adopt(r);
    return t;
}

Component componentFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                            IdPolicy ids)
{
    JsonReader r(v, path,
                 keys({"id", "name", "ref", "type", "group", "version", "purl", "supplier",
                       "licenses", "dependsOn"}));
    Component c;
    c.id = readId(r, ids);
    c.name = r.text(QStringLiteral("name"), true);
    c.ref = r.text(QStringLiteral("ref"));
    c.type = r.text(QStringLiteral("type"));
    c.group = r.text(QStringLiteral("group"));
    c.version = r.text(QStringLiteral("version"));
    c.purl = r.text(QStringLiteral("purl"));
    c.supplier = r.text(QStringLiteral("supplier"));
    for (const auto &[item, itemPath] : r.array(QStringLiteral("licenses"))) {
        if (!item.isString() || item.toString().isEmpty())
            r.failAt(itemPath, QStringLiteral("expected a licence id, name or expression"));
        c.licenses.append(item.toString());
    }
    c.dependsOn = r.ids(QStringLiteral("dependsOn"));
    parent.adopt(r);
    return c;
}

SbomInfo sbomInfoFromJson(const QJsonValue &v, const QString &path, JsonReader &parent)
{
    JsonReader r(v, path,
                 keys({"format", "specVersion", "serialNumber", "source", "imported", "rootName",
                       "rootVersion"}));
    SbomInfo s;
    s.format = r.text(QStringLiteral("format"), true);
    s.specVersion = r.text(QStringLiteral("specVersion"));
    s.serialNumber = r.text(QStringLiteral("serialNumber"));
    s.source = r.text(QStringLiteral("source"));
    s.imported = QDate::fromString(r.text(QStringLiteral("imported"), true), Qt::ISODate);
    if (r.ok() && !s.imported.isValid())
        r.fail(QStringLiteral("imported"), QStringLiteral("expected a date as YYYY-MM-DD"));
    s.rootName = r.text(QStringLiteral("rootName"));
    s.rootVersion = r.text(QStringLiteral("rootVersion"));
    parent.adopt(r);
    return s;
}

Placement placementFromJson(JsonReader &r)
{
    Placement p;
    if (r.has(QStringLiteral("rect")))
        p.rect = r.rect(QStringLiteral("rect"));
    p.points = r.points(QStringLiteral("points"));
    return p;
}

Diagram diagramFromJson(const QJsonValue &v, const QString &path, JsonReader &parent, IdPolicy ids)
{
    JsonReader r(v, path, keys({"id", "name", "parent", "placements"}));
    Diagram g;
    g.id = readId(r, ids);
    g.name = r.text(QStringLiteral("name"), true);
    g.parent = r.id(QStringLiteral("parent"), false);
    for (const auto &[item, itemPath] : r.array(QStringLiteral("placements"))) {
        JsonReader pr(item, itemPath, keys({"id", "rect", "points"}));
        const Id id = pr.id(QStringLiteral("id"), true);
        const Placement p = placementFromJson(pr);
        if (pr.ok() && g.placements.contains(id))
            pr.fail(QStringLiteral("id"), QStringLiteral("placed twice on this diagram"));
        r.adopt(pr);
        g.placements.insert(id, p);
    }
    parent.adopt(r);
    return g;
}

QList<PlacementAt> placementsFromJson(JsonReader &r, const QString &key)
{
    QList<PlacementAt> out;
    for (const auto &[item, itemPath] : r.array(key)) {
        JsonReader pr(item, itemPath, keys({"diagram", "rect", "points"}));
        const Id diagram = pr.id(QStringLiteral("diagram"), true);
        out.append({diagram, placementFromJson(pr)});
        r.adopt(pr);
    }
    return out;
}

} // namespace tb
