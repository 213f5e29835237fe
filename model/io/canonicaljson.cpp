#include "canonicaljson.h"

#include "core/projectsettings.h"

#include "core/project.h"
#include "jsonreader.h"
#include "jsonwriter.h"
#include "objectjson.h"
#include "riskjson.h"
#include "studyjson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace tb {

namespace {

constexpr int kFormatVersion = 1;
const auto kFormat = QStringLiteral("threatbench");

template<typename Map>
QJsonArray sortedArray(const Map &map)
{
    QJsonArray a;
    for (const Id &id : ProjectData::sortedIds(map))
        a.append(toJson(map[id]));
    return a;
}

// Referential problems are found by Project::validate(), which names objects by id; point the
// reader at the JSON path of that object too.
Error locate(const Error &e, const QHash<Id, QString> &paths, const QString &fileName)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    const QRegularExpressionMatch m = uuid.match(e.where);
    const QString path = m.hasMatch() ? paths.value(parseId(m.captured())) : QString();
    QString where = fileName + QStringLiteral(": ") + (path.isEmpty() ? QStringLiteral("$") : path);
    if (!e.where.isEmpty())
        where += QStringLiteral(" (") + e.where + QLatin1Char(')');
    return makeError(e.message, where);
}

template<typename T, typename Decode>
void readList(JsonReader &root, const char *key, QHash<Id, T> &into, QHash<Id, QString> &paths,
              Decode decode)
{
    for (const auto &[v, path] : root.array(QLatin1String(key))) {
        T obj = decode(v, path, root, IdPolicy::Required);
        if (!root.ok())
            return;
        if (paths.contains(obj.id)) {
            root.failAt(path + QStringLiteral(".id"),
                        QStringLiteral("id %1 is already used at %2")
                            .arg(idString(obj.id), paths.value(obj.id)));
            return;
        }
        paths.insert(obj.id, path);
        into.insert(obj.id, std::move(obj));
    }
}

} // namespace

QByteArray writeCanonicalJson(const ProjectData &data)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("formatVersion"), kFormatVersion);
    root.insert(QStringLiteral("id"), idString(data.id));
    root.insert(QStringLiteral("product"), toJson(data.product));
    root.insert(QStringLiteral("dataAssets"), sortedArray(data.assets));
    root.insert(QStringLiteral("boundaries"), sortedArray(data.boundaries));
    root.insert(QStringLiteral("elements"), sortedArray(data.elements));
    root.insert(QStringLiteral("flows"), sortedArray(data.flows));
    root.insert(QStringLiteral("diagrams"), sortedArray(data.diagrams));
    root.insert(QStringLiteral("threats"), sortedArray(data.threats));
    root.insert(QStringLiteral("tasks"), sortedArray(data.tasks));
    QJsonArray decisions;
    for (const RequirementDecision &r : data.decisions) // QMap: sorted by id
        decisions.append(QJsonObject{{QStringLiteral("id"), r.annexId},
                                     {QStringLiteral("notApplicable"), true},
                                     {QStringLiteral("justification"), r.justification}});
    root.insert(QStringLiteral("requirements"), decisions);
    // Left out when empty, so files from before SBOM support read and write back unchanged.
    if (!data.sbom.isEmpty())
        root.insert(QStringLiteral("sbom"), toJson(data.sbom));
    if (!data.components.isEmpty())
        root.insert(QStringLiteral("components"), sortedArray(data.components));
    if (data.criteria != defaultRiskCriteria())
        root.insert(QStringLiteral("riskCriteria"), toJson(data.criteria));
    if (!data.treatments.isEmpty()) {
        QJsonArray treatments;
        for (const Id &id : ProjectData::sortedIds(data.treatments))
            treatments.append(toJson(data.treatments[id]));
        root.insert(QStringLiteral("treatments"), treatments);
    }
    if (!data.settings.isEmpty()) {
        QJsonObject settings;
        for (auto it = data.settings.cbegin(); it != data.settings.cend(); ++it)
            settings.insert(it.key(), *it);
        root.insert(QStringLiteral("settings"), settings);
    }
    if (!data.study.isEmpty()) {
        // Workshop by workshop, then by id.
        QList<Id> ids = data.study.items.keys();
        std::sort(ids.begin(), ids.end(), [&](const Id &a, const Id &b) {
            const int ra = studyKindRank(data.study.items[a]),
                      rb = studyKindRank(data.study.items[b]);
            return ra != rb ? ra < rb : idLess(a, b);
        });
        QJsonArray items;
        for (const Id &id : ids)
            items.append(toJson(data.study.items[id]));
        root.insert(QStringLiteral("ebios"),
                    QJsonObject{{QStringLiteral("settings"), toJson(data.study.settings)},
                                {QStringLiteral("items"), items}});
    }
    return writeStableJson(root);
}

Result<ProjectData> readCanonicalJson(const QByteArray &bytes, const QString &fileName,
                                      const PropertyCatalog &catalog)
{
    Result<QJsonDocument> parsed = parseJsonDocument(bytes, fileName);
    if (!parsed)
        return parsed.error();
    const QJsonDocument &doc = parsed.value();
    JsonReader root(
        doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), QStringLiteral("$"),
        {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("id"),
         QStringLiteral("product"), QStringLiteral("dataAssets"), QStringLiteral("boundaries"),
         QStringLiteral("elements"), QStringLiteral("flows"), QStringLiteral("diagrams"),
         QStringLiteral("threats"), QStringLiteral("tasks"), QStringLiteral("requirements"),
         QStringLiteral("sbom"), QStringLiteral("components"), QStringLiteral("ebios"),
         QStringLiteral("riskCriteria"), QStringLiteral("treatments"), QStringLiteral("settings")});
    if (root.ok() && root.raw(QStringLiteral("format")).toString() != kFormat)
        root.fail(QStringLiteral("format"),
                  QStringLiteral("expected \"threatbench\"; is this a Threatbench file?"));
    const int version = root.integer(QStringLiteral("formatVersion"), 1, 1000000, 0);
    if (root.ok() && version == 0)
        root.fail(QStringLiteral("formatVersion"), QStringLiteral("missing; expected 1"));
    if (root.ok() && version > kFormatVersion)
        root.fail(QStringLiteral("formatVersion"),
                  QStringLiteral("the file is format version %1, this Threatbench reads up to %2; "
                                 "upgrade Threatbench to open it")
                      .arg(version)
                      .arg(kFormatVersion));
    ProjectData data;
    QHash<Id, QString> paths;
    if (root.ok()) {
        data.id = root.id(QStringLiteral("id"), true);
        if (!root.has(QStringLiteral("product")))
            root.fail(QStringLiteral("product"), QStringLiteral("missing; expected an object"));
        data.product = productFromJson(root.raw(QStringLiteral("product")),
                                       QStringLiteral("$.product"), root);
        if (root.has(QStringLiteral("sbom")))
            data.sbom = sbomInfoFromJson(root.raw(QStringLiteral("sbom")), QStringLiteral("$.sbom"),
                                         root);
        readList(root, "components", data.components, paths, componentFromJson);
        readList(root, "dataAssets", data.assets, paths, assetFromJson);
        readList(root, "boundaries", data.boundaries, paths, boundaryFromJson);
        readList(root, "elements", data.elements, paths, elementFromJson);
        readList(root, "flows", data.flows, paths, flowFromJson);
        readList(root, "diagrams", data.diagrams, paths, diagramFromJson);
        readList(root, "threats", data.threats, paths, threatFromJson);
        readList(root, "tasks", data.tasks, paths, taskFromJson);
        if (root.has(QStringLiteral("riskCriteria")))
            data.criteria = riskCriteriaFromJson(root.raw(QStringLiteral("riskCriteria")),
                                                 QStringLiteral("$.riskCriteria"), root);
        for (const auto &[item, itemPath] : root.array(QStringLiteral("treatments"))) {
            RiskTreatment t = treatmentFromJson(item, itemPath, root);
            if (!root.ok())
                break;
            if (data.treatments.contains(t.subject)) {
                root.failAt(itemPath + QStringLiteral(".subject"),
                            QStringLiteral("a second treatment of the same subject"));
                break;
            }
            data.treatments.insert(t.subject, t);
        }
        if (root.ok() && root.has(QStringLiteral("settings"))) {
            const QJsonValue settings = root.raw(QStringLiteral("settings"));
            if (!settings.isObject())
                root.fail(QStringLiteral("settings"), QStringLiteral("expected an object"));
            const QJsonObject o = settings.toObject();
            for (auto it = o.begin(); it != o.end() && root.ok(); ++it) {
                const QString at = QStringLiteral("$.settings.") + it.key();
                if (!it.value().isObject() || it.value().toObject().isEmpty()) {
                    root.failAt(at, QStringLiteral("expected a non-empty object"));
                    break;
                }
                if (Result<void> r = checkProjectSetting(it.key(), it.value().toObject()); !r) {
                    const QString where = r.error().where;
                    const qsizetype colon = where.indexOf(QStringLiteral(": "));
                    root.failAt(colon < 0 ? at : at + QLatin1Char('.') + where.mid(colon + 2),
                                r.error().message);
                    break;
                }
                data.settings.insert(it.key(), it.value().toObject());
            }
        }
        if (root.has(QStringLiteral("ebios"))) {
            JsonReader ebios(root.raw(QStringLiteral("ebios")), QStringLiteral("$.ebios"),
                             {QStringLiteral("settings"), QStringLiteral("items")});
            data.study.settings = studySettingsFromJson(ebios.raw(QStringLiteral("settings")),
                                                        QStringLiteral("$.ebios.settings"), ebios);
            for (const auto &[item, itemPath] : ebios.array(QStringLiteral("items"))) {
                StudyItem si = studyItemFromJson(item, itemPath, ebios);
                if (!ebios.ok())
                    break;
                const Id id = studyItemId(si);
                if (paths.contains(id)) {
                    ebios.failAt(itemPath + QStringLiteral(".id"),
                                 QStringLiteral("id %1 is already used at %2")
                                     .arg(idString(id), paths.value(id)));
                    break;
                }
                paths.insert(id, itemPath);
                data.study.items.insert(id, std::move(si));
            }
            root.adopt(ebios);
        }
        for (const auto &[item, itemPath] : root.array(QStringLiteral("requirements"))) {
            JsonReader r(item, itemPath,
                         {QStringLiteral("id"), QStringLiteral("notApplicable"),
                          QStringLiteral("justification")});
            const QString id = r.text(QStringLiteral("id"), true);
            if (r.ok() && !isAnnexId(id))
                r.fail(QStringLiteral("id"),
                       QStringLiteral("expected a CRA Annex I requirement id"));
            if (r.ok() && r.raw(QStringLiteral("notApplicable")) != QJsonValue(true))
                r.fail(QStringLiteral("notApplicable"), QStringLiteral("expected true"));
            if (r.ok() && data.decisions.contains(id))
                r.fail(QStringLiteral("id"), QStringLiteral("requirement listed twice"));
            data.decisions.insert(id, {id, r.text(QStringLiteral("justification"), true)});
            root.adopt(r);
        }
    }
    if (!root.ok())
        return makeError(root.error().message,
                         fileName + QStringLiteral(": ") + root.error().where);
    if (Result<void> valid = Project::validate(data, catalog); !valid)
        return locate(valid.error(), paths, fileName);
    return data;
}

Result<ProjectData> importCanonicalJsonFile(const QString &path, const PropertyCatalog &catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString(), path,
                         QFileInfo::exists(path) ? ErrorKind::Io : ErrorKind::BadInput);
    return readCanonicalJson(file.readAll(), QFileInfo(path).fileName(), catalog);
}

Result<void> exportCanonicalJsonFile(const ProjectData &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(file.errorString(), path, ErrorKind::Io);
    const QByteArray bytes = writeCanonicalJson(data);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(file.errorString(), path, ErrorKind::Io);
    return Ok{};
}

} // namespace tb
