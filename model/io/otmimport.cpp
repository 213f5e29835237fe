#include "otmimport.h"

#include "otmimportprivate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tb {

namespace {
// Fixed namespace of the name-based ids of imported OTM objects: the same file always gives the
// same ids, so re-imports diff cleanly.
const QUuid kOtmNamespace(QStringLiteral("{5e9b3a70-2c4d-4f81-b6a2-0d7c9e41f358}"));
} // namespace

bool looksLikeOtm(const QByteArray &bytes)
{
    if (bytes.size() > kMaxImportBytes)
        return false;
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    return root.value(QLatin1String("otmVersion")).isString()
           && root.value(QLatin1String("project")).isObject();
}

Result<Imported> importOtm(const QByteArray &bytes, const QString &fileName)
{
    return otm::Importer(fileName).run(bytes);
}

namespace otm {

Importer::Importer(const QString &fileName) : m_ctx(fileName, QStringLiteral("otm"), kOtmNamespace)
{}

Result<Imported> Importer::run(const QByteArray &bytes)
{
    if (const std::optional<QJsonObject> root
        = m_ctx.parseRoot(bytes, QStringLiteral("an Open Threat Model"))) {
        readRoot(*root);
        if (m_ctx.ok())
            layout();
        reportTotals();
    }
    return m_ctx.finish(std::move(m_data));
}

void Importer::readRoot(const QJsonObject &rootObject)
{
    ForeignObject root(m_ctx, rootObject, QStringLiteral("$"));
    if (!root.has(QStringLiteral("project")))
        return m_ctx.fail(root.pathOf(QStringLiteral("project")),
                          QStringLiteral("missing; expected the project's name and id"));
    if (!root.has(QStringLiteral("otmVersion")))
        return m_ctx.fail(root.pathOf(QStringLiteral("otmVersion")),
                          QStringLiteral("missing; expected the OTM version, as text"));
    root.text(QStringLiteral("otmVersion"));
    ForeignObject project = root.object(QStringLiteral("project"));
    readProject(project);
    // Definitions first: components and dataflows refer to them.
    const auto representations = root.array(QStringLiteral("representations"));
    const auto assets = root.array(QStringLiteral("assets"));
    const auto threats = root.array(QStringLiteral("threats"));
    const auto mitigations = root.array(QStringLiteral("mitigations"));
    const auto zones = root.array(QStringLiteral("trustZones"));
    const auto components = root.array(QStringLiteral("components"));
    const auto dataflows = root.array(QStringLiteral("dataflows"));
    if (!m_ctx.ok()
        || !m_ctx.checkCount(zones.size() + components.size() + dataflows.size() + threats.size()
                                 + mitigations.size() + assets.size(),
                             QStringLiteral("$")))
        return;
    readRepresentations(representations);
    readAssets(assets);
    readThreatDefs(threats);
    readMitigationDefs(mitigations);
    readZones(zones);
    readComponents(components);
    if (m_ctx.ok())
        resolveParents();
    readDataflows(dataflows);
    if (m_ctx.ok())
        finishThreats();
    reportRest(root, QStringLiteral("model"));
}

void Importer::readProject(ForeignObject &project)
{
    const QString model = QStringLiteral("model");
    QString name = project.text(QStringLiteral("name")).trimmed();
    const QString id = project.text(QStringLiteral("id"));
    m_data.product.intendedPurpose = project.text(QStringLiteral("description"));
    const QString owner = project.text(QStringLiteral("owner"));
    const QString contact = project.text(QStringLiteral("ownerContact"));
    if (!m_ctx.ok())
        return;
    if (name.isEmpty()) {
        name = id.trimmed().isEmpty() ? QStringLiteral("OTM model") : id.trimmed();
        m_ctx.approximate(model,
                          QStringLiteral("the project name is empty; named \"%1\"").arg(name));
    }
    m_data.product.name = name;
    m_data.id = m_ctx.stableId(QStringLiteral("project"), id.isEmpty() ? name : id);
    if (!owner.isEmpty() || !contact.isEmpty())
        m_ctx.drop(model, QStringLiteral("owner \"%1\" has no equivalent")
                              .arg(contact.isEmpty() ? owner
                                                     : owner + QStringLiteral(" <") + contact
                                                           + QLatin1Char('>')));
    reportRest(project, model);
}

void Importer::readRepresentations(const QList<std::pair<QJsonValue, QString>> &list)
{
    for (const auto &[v, path] : list) {
        if (!v.isObject())
            return m_ctx.fail(path, QStringLiteral("expected an object"));
        ForeignObject r(m_ctx, v, path);
        const QString id = r.text(QStringLiteral("id"));
        const QString name = r.text(QStringLiteral("name")).trimmed();
        const QString type = r.text(QStringLiteral("type")).trimmed();
        r.skip({QStringLiteral("size"), QStringLiteral("description")});
        if (!m_ctx.ok())
            return;
        const QString subject
            = QStringLiteral("representation \"%1\"").arg(name.isEmpty() ? id : name);
        if (type.compare(QLatin1String("diagram"), Qt::CaseInsensitive) != 0) {
            ++m_dropTally[QStringLiteral("representations other than diagrams (code, ...) have "
                                         "no equivalent")];
            continue;
        }
        Diagram g;
        g.id = m_ctx.stableId(QStringLiteral("diagram"), id);
        g.name = name.isEmpty() ? (id.isEmpty() ? QStringLiteral("Diagram") : id) : name;
        claim(m_diagramIds, id, g.id, subject);
        m_diagramOrder.append(g.id);
        m_data.diagrams.insert(g.id, g);
        reportRest(r, subject);
    }
}

void Importer::reportRest(ForeignObject &o, const QString &subject)
{
    // Tags and free-form attributes are everywhere in OTM; one line each keeps the report short.
    for (const char *key : {"tags", "attributes"}) {
        const QJsonValue v = o.take(QLatin1String(key));
        if ((v.isArray() && !v.toArray().isEmpty()) || (v.isObject() && !v.toObject().isEmpty()))
            ++m_dropTally[QLatin1String(key) + QStringLiteral(" have no equivalent")];
    }
    for (const QString &field : o.unread())
        m_ctx.drop(subject, field + QStringLiteral(" has no equivalent"));
}

void Importer::reportTotals()
{
    const QString model = QStringLiteral("model");
    for (auto it = m_approxTally.cbegin(); it != m_approxTally.cend(); ++it)
        m_ctx.approximate(model, it.key() + QStringLiteral(" (%1×)").arg(it.value()));
    for (auto it = m_dropTally.cbegin(); it != m_dropTally.cend(); ++it)
        m_ctx.drop(model, it.key() + QStringLiteral(" (%1×)").arg(it.value()));
}

} // namespace otm

} // namespace tb
