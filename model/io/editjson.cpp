#include "editjson.h"

#include "core/overloaded.h"

#include "jsonreader.h"
#include "objectjson.h"
#include "riskjson.h"
#include "studyjson.h"

#include <QJsonArray>

namespace tb {

namespace {

QJsonObject op(const char *name, std::initializer_list<std::pair<const char *, QJsonValue>> fields)
{
    QJsonObject o{{QStringLiteral("op"), QLatin1String(name)}};
    for (const auto &[k, v] : fields)
        o.insert(QLatin1String(k), v);
    return o;
}

QJsonObject withPlacements(QJsonObject o, const QList<PlacementAt> &placements)
{
    if (!placements.isEmpty())
        o.insert(QStringLiteral("placements"), placementsToJson(placements));
    return o;
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out{QStringLiteral("op")};
    for (const char *n : names)
        out.append(QLatin1String(n));
    return out;
}

Result<Edit> decode(const QJsonObject &json, const QString &path, int depth);

Result<Edit> decodeMove(JsonReader &r)
{
    MoveItems move{r.id(QStringLiteral("diagram"), true), {}};
    for (const auto &[item, itemPath] : r.array(QStringLiteral("items"))) {
        JsonReader ir(item, itemPath,
                      {QStringLiteral("id"), QStringLiteral("rect"), QStringLiteral("points"),
                       QStringLiteral("remove")});
        MoveItems::Item it{ir.id(QStringLiteral("id"), true), std::nullopt};
        if (ir.raw(QStringLiteral("remove")).toBool())
            ; // taken off the diagram
        else if (ir.has(QStringLiteral("rect")) || ir.has(QStringLiteral("points")))
            it.placement = placementFromJson(ir);
        else
            ir.fail(QStringLiteral("rect"), QStringLiteral("expected \"rect\", \"points\" or "
                                                           "\"remove\": true"));
        r.adopt(ir);
        move.items.append(it);
    }
    if (!r.ok())
        return r.error();
    return Edit(std::move(move));
}

Result<Edit> decodeBatch(JsonReader &r, int depth)
{
    Batch batch{r.text(QStringLiteral("text")), {}};
    if (depth > 16) {
        r.fail(QStringLiteral("edits"), QStringLiteral("batches nest too deeply"));
        return r.error();
    }
    for (const auto &[item, itemPath] : r.array(QStringLiteral("edits"))) {
        if (!r.ok())
            break;
        Result<Edit> e = decode(item.toObject(), itemPath, depth + 1);
        if (!item.isObject())
            r.failAt(itemPath, QStringLiteral("expected an edit object"));
        else if (!e)
            return e;
        else
            batch.edits.push_back(std::move(e).value());
    }
    if (!r.ok())
        return r.error();
    return Edit(std::move(batch));
}

template<typename Add, typename Decode>
Result<Edit> decodeAdd(JsonReader &r, const char *key, Decode decodeObject, bool placed)
{
    const QString k = QLatin1String(key);
    if (!r.has(k))
        r.fail(k, QStringLiteral("missing; expected an object"));
    auto obj = decodeObject(r.raw(k), r.pathOf(k), r, IdPolicy::GenerateIfMissing);
    constexpr bool hasPlacements = requires(Add a)
    {
        a.placements;
    };
    Add add = [&] {
        if constexpr (hasPlacements)
            return Add{std::move(obj), {}};
        else
            return Add{std::move(obj)};
    }();
    if constexpr (hasPlacements) {
        if (placed)
            add.placements = placementsFromJson(r, QStringLiteral("placements"));
    }
    if (!r.ok())
        return r.error();
    return Edit(std::move(add));
}

Result<Edit> decode(const QJsonObject &json, const QString &path, int depth)
{
    const QString name = json.value(QStringLiteral("op")).toString();
    const auto reader = [&](std::initializer_list<const char *> allowed) {
        return JsonReader(json, path, keys(allowed));
    };
    const auto removal = [&](auto edit) -> Result<Edit> {
        JsonReader r = reader({"id"});
        edit.id = r.id(QStringLiteral("id"), true);
        if (!r.ok())
            return r.error();
        return Edit(edit);
    };
    if (name == QLatin1String("addDiagram")) {
        JsonReader r = reader({"diagram"});
        return decodeAdd<AddDiagram>(r, "diagram", diagramFromJson, false);
    }
    if (name == QLatin1String("addElement")) {
        JsonReader r = reader({"element", "placements"});
        return decodeAdd<AddElement>(r, "element", elementFromJson, true);
    }
    if (name == QLatin1String("connectFlow")) {
        JsonReader r = reader({"flow", "placements"});
        return decodeAdd<ConnectFlow>(r, "flow", flowFromJson, true);
    }
    if (name == QLatin1String("addBoundary")) {
        JsonReader r = reader({"boundary", "placements"});
        return decodeAdd<AddBoundary>(r, "boundary", boundaryFromJson, true);
    }
    if (name == QLatin1String("addDataAsset")) {
        JsonReader r = reader({"asset"});
        return decodeAdd<AddDataAsset>(r, "asset", assetFromJson, false);
    }
    if (name == QLatin1String("removeDiagram"))
        return removal(RemoveDiagram{});
    if (name == QLatin1String("removeElement"))
        return removal(RemoveElement{});
    if (name == QLatin1String("removeFlow"))
        return removal(RemoveFlow{});
    if (name == QLatin1String("removeBoundary"))
        return removal(RemoveBoundary{});
    if (name == QLatin1String("removeDataAsset"))
        return removal(RemoveDataAsset{});
    if (name == QLatin1String("setAttribute") || name == QLatin1String("setProperty")) {
        const bool attr = name == QLatin1String("setAttribute");
        const char *keyName = attr ? "field" : "key";
        JsonReader r = reader({"target", keyName, "value"});
        const Id target = r.id(QStringLiteral("target"), true);
        const QString key = r.text(QLatin1String(keyName), true);
        const QJsonValue value = r.raw(QStringLiteral("value"));
        if (attr && value.isUndefined())
            r.fail(QStringLiteral("value"), QStringLiteral("missing"));
        if (!r.ok())
            return r.error();
        return attr ? Edit(SetAttribute{target, key, value})
                    : Edit(SetProperty{target, key, value});
    }
    if (name == QLatin1String("addThreat") || name == QLatin1String("updateThreat")) {
        JsonReader r = reader({"threat"});
        if (!r.has(QStringLiteral("threat")))
            r.fail(QStringLiteral("threat"), QStringLiteral("missing; expected an object"));
        Threat t = threatFromJson(
            r.raw(QStringLiteral("threat")), r.pathOf(QStringLiteral("threat")), r,
            name == QLatin1String("addThreat") ? IdPolicy::GenerateIfMissing : IdPolicy::Required);
        if (!r.ok())
            return r.error();
        return name == QLatin1String("addThreat") ? Edit(AddThreat{std::move(t)})
                                                  : Edit(UpdateThreat{std::move(t)});
    }
    if (name == QLatin1String("addThreats")) {
        JsonReader r = reader({"threats"});
        if (!r.has(QStringLiteral("threats")))
            r.fail(QStringLiteral("threats"), QStringLiteral("missing; expected a list"));
        AddThreats e;
        for (const auto &[item, itemPath] : r.array(QStringLiteral("threats"))) {
            e.threats.append(threatFromJson(item, itemPath, r, IdPolicy::GenerateIfMissing));
            if (!r.ok())
                break;
        }
        if (!r.ok())
            return r.error();
        return Edit(std::move(e));
    }
    if (name == QLatin1String("removeThreat"))
        return removal(RemoveThreat{});
    if (name == QLatin1String("removeThreats")) {
        JsonReader r = reader({"ids"});
        RemoveThreats e;
        for (const auto &[item, itemPath] : r.array(QStringLiteral("ids"))) {
            const Id id = item.isString() ? parseId(item.toString()) : Id();
            if (id.isNull()) {
                r.failAt(itemPath, QStringLiteral("expected an id"));
                break;
            }
            e.ids.append(id);
        }
        if (!r.ok())
            return r.error();
        return Edit(std::move(e));
    }
    if (name == QLatin1String("setThreatStatus")) {
        JsonReader r = reader({"id", "status", "justification"});
        SetThreatStatus s{r.id(QStringLiteral("id"), true), ThreatStatus::New,
                          r.text(QStringLiteral("justification"))};
        parseThreatStatus(r.oneOf(QStringLiteral("status"),
                                  {QStringLiteral("new"), QStringLiteral("needs-review"),
                                   QStringLiteral("mitigated"), QStringLiteral("accepted"),
                                   QStringLiteral("transferred"), QStringLiteral("not-applicable")},
                                  true),
                          &s.status);
        if (!r.ok())
            return r.error();
        return Edit(std::move(s));
    }
    if (name == QLatin1String("addTask") || name == QLatin1String("updateTask")) {
        JsonReader r = reader({"task"});
        if (!r.has(QStringLiteral("task")))
            r.fail(QStringLiteral("task"), QStringLiteral("missing; expected an object"));
        MitigationTask t = taskFromJson(
            r.raw(QStringLiteral("task")), r.pathOf(QStringLiteral("task")), r,
            name == QLatin1String("addTask") ? IdPolicy::GenerateIfMissing : IdPolicy::Required);
        if (!r.ok())
            return r.error();
        return name == QLatin1String("addTask") ? Edit(AddTask{std::move(t)})
                                                : Edit(UpdateTask{std::move(t)});
    }
    if (name == QLatin1String("removeTask"))
        return removal(RemoveTask{});
    if (name == QLatin1String("addComponent") || name == QLatin1String("updateComponent")) {
        JsonReader r = reader({"component"});
        if (!r.has(QStringLiteral("component")))
            r.fail(QStringLiteral("component"), QStringLiteral("missing; expected an object"));
        Component c = componentFromJson(
            r.raw(QStringLiteral("component")), r.pathOf(QStringLiteral("component")), r,
            name == QLatin1String("addComponent") ? IdPolicy::GenerateIfMissing
                                                  : IdPolicy::Required);
        if (!r.ok())
            return r.error();
        return name == QLatin1String("addComponent") ? Edit(AddComponent{std::move(c)})
                                                     : Edit(UpdateComponent{std::move(c)});
    }
    if (name == QLatin1String("removeComponent"))
        return removal(RemoveComponent{});
    if (name == QLatin1String("setSbomInfo")) {
        JsonReader r = reader({"sbom"});
        SetSbomInfo s;
        const QJsonValue v = r.raw(QStringLiteral("sbom"));
        if (!v.isNull() && !v.isUndefined())
            s.info = sbomInfoFromJson(v, r.pathOf(QStringLiteral("sbom")), r);
        if (!r.ok())
            return r.error();
        return Edit(std::move(s));
    }
    if (name == QLatin1String("putStudyItem")) {
        JsonReader r = reader({"item"});
        if (!r.has(QStringLiteral("item")))
            r.fail(QStringLiteral("item"), QStringLiteral("missing; expected an object"));
        StudyItem item = studyItemFromJson(r.raw(QStringLiteral("item")),
                                           r.pathOf(QStringLiteral("item")), r, true);
        if (!r.ok())
            return r.error();
        return Edit(PutStudyItem{std::move(item)});
    }
    if (name == QLatin1String("removeStudyItem"))
        return removal(RemoveStudyItem{});
    if (name == QLatin1String("setRiskCriteria")) {
        JsonReader r = reader({"criteria"});
        if (!r.has(QStringLiteral("criteria")))
            r.fail(QStringLiteral("criteria"), QStringLiteral("missing; expected an object"));
        SetRiskCriteria s{riskCriteriaFromJson(r.raw(QStringLiteral("criteria")),
                                               r.pathOf(QStringLiteral("criteria")), r)};
        if (!r.ok())
            return r.error();
        return Edit(std::move(s));
    }
    if (name == QLatin1String("setTreatment")) {
        JsonReader r = reader({"treatment"});
        if (!r.has(QStringLiteral("treatment")))
            r.fail(QStringLiteral("treatment"), QStringLiteral("missing; expected an object"));
        SetTreatment s{treatmentFromJson(r.raw(QStringLiteral("treatment")),
                                         r.pathOf(QStringLiteral("treatment")), r)};
        if (!r.ok())
            return r.error();
        return Edit(std::move(s));
    }
    if (name == QLatin1String("setProjectSetting")) {
        JsonReader r = reader({"key", "body"});
        SetProjectSetting s{r.text(QStringLiteral("key"), true), {}};
        const QJsonValue body = r.raw(QStringLiteral("body"));
        if (r.ok() && !body.isObject())
            r.fail(QStringLiteral("body"),
                   QStringLiteral("expected an object ({} removes the setting)"));
        s.body = body.toObject();
        if (!r.ok())
            return r.error();
        return Edit(std::move(s));
    }
    if (name == QLatin1String("setStudySettings")) {
        JsonReader r = reader({"settings"});
        SetStudySettings s{studySettingsFromJson(r.raw(QStringLiteral("settings")),
                                                 r.pathOf(QStringLiteral("settings")), r)};
        if (!r.ok())
            return r.error();
        return Edit(std::move(s));
    }
    if (name == QLatin1String("setRequirementApplicability")) {
        JsonReader r = reader({"id", "notApplicable", "justification"});
        SetRequirementApplicability s{r.text(QStringLiteral("id"), true), false,
                                      r.text(QStringLiteral("justification"))};
        const QJsonValue na = r.raw(QStringLiteral("notApplicable"));
        if (!na.isBool())
            r.fail(QStringLiteral("notApplicable"), QStringLiteral("expected true or false"));
        s.notApplicable = na.toBool();
        if (!r.ok())
            return r.error();
        return Edit(std::move(s));
    }
    if (name == QLatin1String("moveItems")) {
        JsonReader r = reader({"diagram", "items"});
        return decodeMove(r);
    }
    if (name == QLatin1String("batch")) {
        JsonReader r = reader({"text", "edits"});
        return decodeBatch(r, depth);
    }
    return makeError(
        QStringLiteral(
            "unknown op \"%1\"; expected addDiagram, removeDiagram, addElement, "
            "removeElement, connectFlow, removeFlow, addBoundary, removeBoundary, "
            "addDataAsset, removeDataAsset, setAttribute, setProperty, moveItems, "
            "addThreat, removeThreat, removeThreats, updateThreat, setThreatStatus, addTask, "
            "removeTask, updateTask, setRequirementApplicability, addComponent, "
            "removeComponent, updateComponent, setSbomInfo, putStudyItem, "
            "removeStudyItem, setStudySettings, setRiskCriteria, setTreatment, "
            "setProjectSetting or batch")
            .arg(name),
        path + QStringLiteral(".op"));
}

QJsonObject encodeMove(const MoveItems &e)
{
    QJsonArray items;
    for (const MoveItems::Item &it : e.items) {
        QJsonObject o{{QStringLiteral("id"), idString(it.id)}};
        if (it.placement)
            o = placementToJson(*it.placement, o);
        else
            o.insert(QStringLiteral("remove"), true);
        items.append(o);
    }
    return op("moveItems", {{"diagram", idString(e.diagram)}, {"items", items}});
}

} // namespace

QJsonObject editToJson(const Edit &edit)
{
    return std::visit(
        Overloaded{
            [](const AddDiagram &e) {
                return op("addDiagram", {{"diagram", toJson(e.diagram)}});
            },
            [](const RemoveDiagram &e) {
                return op("removeDiagram", {{"id", idString(e.id)}});
            },
            [](const AddElement &e) {
                return withPlacements(op("addElement", {{"element", toJson(e.element)}}),
                                      e.placements);
            },
            [](const RemoveElement &e) {
                return op("removeElement", {{"id", idString(e.id)}});
            },
            [](const ConnectFlow &e) {
                return withPlacements(op("connectFlow", {{"flow", toJson(e.flow)}}), e.placements);
            },
            [](const RemoveFlow &e) {
                return op("removeFlow", {{"id", idString(e.id)}});
            },
            [](const AddBoundary &e) {
                return withPlacements(op("addBoundary", {{"boundary", toJson(e.boundary)}}),
                                      e.placements);
            },
            [](const RemoveBoundary &e) {
                return op("removeBoundary", {{"id", idString(e.id)}});
            },
            [](const AddDataAsset &e) {
                return op("addDataAsset", {{"asset", toJson(e.asset)}});
            },
            [](const RemoveDataAsset &e) {
                return op("removeDataAsset", {{"id", idString(e.id)}});
            },
            [](const SetAttribute &e) {
                return op("setAttribute",
                          {{"target", idString(e.target)}, {"field", e.field}, {"value", e.value}});
            },
            [](const SetProperty &e) {
                QJsonObject o = op("setProperty", {{"target", idString(e.target)}, {"key", e.key}});
                o.insert(QStringLiteral("value"), e.value.isUndefined() ? QJsonValue() : e.value);
                return o;
            },
            [](const MoveItems &e) { return encodeMove(e); },
            [](const AddThreat &e) {
                return op("addThreat", {{"threat", toJson(e.threat)}});
            },
            [](const AddThreats &e) {
                QJsonArray threats;
                for (const Threat &t : e.threats)
                    threats.append(toJson(t));
                return op("addThreats", {{"threats", threats}});
            },
            [](const RemoveThreat &e) {
                return op("removeThreat", {{"id", idString(e.id)}});
            },
            [](const RemoveThreats &e) {
                QJsonArray ids;
                for (const Id &id : e.ids)
                    ids.append(idString(id));
                return op("removeThreats", {{"ids", ids}});
            },
            [](const UpdateThreat &e) {
                return op("updateThreat", {{"threat", toJson(e.threat)}});
            },
            [](const SetThreatStatus &e) {
                QJsonObject o = op("setThreatStatus", {{"id", idString(e.id)},
                                                       {"status", threatStatusName(e.status)}});
                if (!e.justification.isEmpty())
                    o.insert(QStringLiteral("justification"), e.justification);
                return o;
            },
            [](const AddTask &e) {
                return op("addTask", {{"task", toJson(e.task)}});
            },
            [](const RemoveTask &e) {
                return op("removeTask", {{"id", idString(e.id)}});
            },
            [](const UpdateTask &e) {
                return op("updateTask", {{"task", toJson(e.task)}});
            },
            [](const SetRequirementApplicability &e) {
                QJsonObject o = op("setRequirementApplicability",
                                   {{"id", e.annexId}, {"notApplicable", e.notApplicable}});
                if (!e.justification.isEmpty())
                    o.insert(QStringLiteral("justification"), e.justification);
                return o;
            },
            [](const AddComponent &e) {
                return op("addComponent", {{"component", toJson(e.component)}});
            },
            [](const RemoveComponent &e) {
                return op("removeComponent", {{"id", idString(e.id)}});
            },
            [](const UpdateComponent &e) {
                return op("updateComponent", {{"component", toJson(e.component)}});
            },
            [](const SetSbomInfo &e) {
                return op("setSbomInfo", {{"sbom", e.info.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(toJson(e.info))}});
            },
            [](const PutStudyItem &e) {
                return op("putStudyItem", {{"item", toJson(e.item)}});
            },
            [](const RemoveStudyItem &e) {
                return op("removeStudyItem", {{"id", idString(e.id)}});
            },
            [](const SetStudySettings &e) {
                return op("setStudySettings", {{"settings", toJson(e.settings)}});
            },
            [](const SetRiskCriteria &e) {
                return op("setRiskCriteria", {{"criteria", toJson(e.criteria)}});
            },
            [](const SetTreatment &e) {
                return op("setTreatment", {{"treatment", toJson(e.treatment)}});
            },
            [](const SetProjectSetting &e) {
                return op("setProjectSetting", {{"key", e.key}, {"body", e.body}});
            },
            [](const Batch &e) {
                QJsonArray edits;
                for (const Edit &sub : e.edits)
                    edits.append(editToJson(sub));
                QJsonObject o = op("batch", {{"edits", edits}});
                if (!e.text.isEmpty())
                    o.insert(QStringLiteral("text"), e.text);
                return o;
            },
        },
        edit.v);
}

Result<Edit> editFromJson(const QJsonObject &json, const QString &where)
{
    Result<Edit> r = decode(json, QStringLiteral("$"), 0);
    if (!r)
        return makeError(r.error().message, where + QStringLiteral(": ") + r.error().where);
    return r;
}

} // namespace tb
