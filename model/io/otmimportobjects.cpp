// OTM assets, trust zones, components and dataflows. OTM refers to everything by id and lets
// components nest in components; a Threatbench element sits in a zone, so nesting is flattened.

#include "otmimportprivate.h"
#include "pytmimportprivate.h"

namespace tb::otm {

void Importer::claim(QHash<QString, Id> &table, const QString &fileId, const Id &id,
                     const QString &subject)
{
    m_subjects.insert(id, subject);
    const auto it = table.constFind(fileId);
    if (it == table.cend()) {
        table.insert(fileId, id);
        return;
    }
    m_ctx.approximate(subject, QStringLiteral("the id \"%1\" is also used by %2; references to it "
                                              "mean that one")
                                   .arg(fileId, m_subjects.value(*it)));
}

Ref Importer::readParent(ForeignObject &o)
{
    ForeignObject p = o.object(QStringLiteral("parent"));
    Ref ref;
    if (p.has(QStringLiteral("trustZone")) || p.has(QStringLiteral("component"))) {
        ref.toZone = p.has(QStringLiteral("trustZone"));
        const QString key = ref.toZone ? QStringLiteral("trustZone") : QStringLiteral("component");
        ref.path = p.pathOf(key);
        ref.id = p.text(key);
    } else if (p.has(QStringLiteral("id"))) { // the specification's prose form: {id, type}
        ref.path = p.pathOf(QStringLiteral("id"));
        ref.id = p.text(QStringLiteral("id"));
        ref.toZone = p.text(QStringLiteral("type"))
                         .compare(QLatin1String("component"), Qt::CaseInsensitive)
                     != 0;
    }
    return ref;
}

QList<Id> Importer::assetsByIds(const QStringList &ids, const QString &path, const QString &subject)
{
    QList<Id> out;
    QSet<Id> seen;
    for (const QString &fileId : ids) {
        const Id id = m_assetIds.value(fileId);
        if (id.isNull())
            m_ctx.drop(
                subject,
                QStringLiteral("asset \"%1\" (%2) does not exist; ignored").arg(fileId, path));
        else if (!seen.contains(id))
            out.append(id);
        seen.insert(id);
    }
    return out;
}

void Importer::readAssets(const QList<std::pair<QJsonValue, QString>> &list)
{
    for (const auto &[v, path] : list) {
        if (!m_ctx.ok())
            return;
        if (!v.isObject())
            return m_ctx.fail(path, QStringLiteral("expected an object"));
        ForeignObject a(m_ctx, v, path);
        DataAsset d;
        const QString fileId = a.text(QStringLiteral("id"));
        d.name = a.text(QStringLiteral("name")).trimmed();
        d.description = a.text(QStringLiteral("description"));
        ForeignObject risk = a.object(QStringLiteral("risk"));
        int *needs[3] = {&d.confidentiality, &d.integrity, &d.availability};
        const char *keys[3] = {"confidentiality", "integrity", "availability"};
        for (int k = 0; k < 3; ++k)
            *needs[k] = needFor(risk.number(QLatin1String(keys[k])).value_or(0));
        for (const char *comment : {"comment", "riskComments"}) {
            if (const QString c = risk.text(QLatin1String(comment)); !c.isEmpty())
                d.description += (d.description.isEmpty() ? QString() : QStringLiteral("\n\n")) + c;
        }
        if (!m_ctx.ok())
            return;
        const QString subject = subjectOf(path, d.name);
        if (d.name.isEmpty()) {
            d.name = fileId.isEmpty() ? QStringLiteral("Asset") : fileId;
            m_ctx.approximate(subject,
                              QStringLiteral("the name is empty; named \"%1\"").arg(d.name));
        }
        d.id = m_ctx.stableId(QStringLiteral("asset"), fileId);
        claim(m_assetIds, fileId, d.id, subject);
        ++m_approxTally[QStringLiteral("asset risk (0-100) scaled to security needs 0-4")];
        m_data.assets.insert(d.id, d);
        reportRest(a, subject);
    }
}

void Importer::readZones(const QList<std::pair<QJsonValue, QString>> &list)
{
    for (const auto &[v, path] : list) {
        if (!m_ctx.ok())
            return;
        if (!v.isObject())
            return m_ctx.fail(path, QStringLiteral("expected an object"));
        ForeignObject z(m_ctx, v, path);
        Boundary b;
        const QString fileId = z.text(QStringLiteral("id"));
        b.name = z.text(QStringLiteral("name")).trimmed();
        b.description = z.text(QStringLiteral("description"));
        const std::optional<double> rating
            = z.object(QStringLiteral("risk")).number(QStringLiteral("trustRating"));
        const Ref parent = readParent(z);
        z.skip({QStringLiteral("type")}); // a template id in IriusRisk's files
        if (!m_ctx.ok())
            return;
        const QString subject = subjectOf(path, b.name);
        if (b.name.isEmpty()) {
            b.name = QStringLiteral("Trust zone %1").arg(m_zoneOrder.size() + 1);
            m_ctx.approximate(subject,
                              QStringLiteral("the name is empty; named \"%1\"").arg(b.name));
        }
        b.id = m_ctx.stableId(QStringLiteral("zone"), fileId);
        if (rating) {
            b.trustLevel = trustLevelFor(*rating);
            ++m_approxTally[QStringLiteral("trust ratings (0-100) scaled to trust levels 0-5")];
            if (*rating < 0 || *rating > 100)
                m_ctx.approximate(subject, QStringLiteral("trustRating %1 is outside 0-100; "
                                                          "trust level %2")
                                               .arg(*rating)
                                               .arg(b.trustLevel));
        } else {
            QString why;
            b.trustLevel = pytm::guessTrustLevel(b.name, 0, false, &why);
            m_ctx.approximate(subject, QStringLiteral("no trustRating; trust level set to %1 (%2)")
                                           .arg(b.trustLevel)
                                           .arg(why));
        }
        claim(m_zoneIds, fileId, b.id, subject);
        if (!parent.id.isEmpty())
            m_parents.insert(b.id, parent);
        m_zoneOrder.append(b.id);
        m_data.boundaries.insert(b.id, b);
        readPlacements(z, b.id, subject);
        reportRest(z, subject);
    }
}

void Importer::readComponents(const QList<std::pair<QJsonValue, QString>> &list)
{
    for (const auto &[v, path] : list) {
        if (!m_ctx.ok())
            return;
        if (!v.isObject())
            return m_ctx.fail(path, QStringLiteral("expected an object"));
        ForeignObject c(m_ctx, v, path);
        Element e;
        const QString fileId = c.text(QStringLiteral("id"));
        e.name = c.text(QStringLiteral("name")).trimmed();
        e.description = c.text(QStringLiteral("description"));
        const QString type = c.text(QStringLiteral("type")).trimmed();
        const Ref parent = readParent(c);
        ForeignObject assets = c.object(QStringLiteral("assets"));
        const QStringList stored = assets.texts(QStringLiteral("stored"));
        const bool processes = !assets.texts(QStringLiteral("processed")).isEmpty();
        if (!m_ctx.ok())
            return;
        const QString subject = subjectOf(path, e.name);
        if (e.name.isEmpty()) {
            e.name = fileId.isEmpty() ? QStringLiteral("Component") : fileId;
            m_ctx.approximate(subject,
                              QStringLiteral("the name is empty; named \"%1\"").arg(e.name));
        }
        e.id = m_ctx.stableId(QStringLiteral("component"), fileId);
        bool known = false;
        e.kind = kindForType(type, &e.stencil, &known);
        const QString kind = e.kind == ElementKind::DataStore ? QStringLiteral("data stores")
                             : e.kind == ElementKind::ExternalEntity
                                 ? QStringLiteral("external entities")
                                 : QStringLiteral("processes");
        ++m_approxTally[QStringLiteral("components of type \"%1\" read as %2%3")
                            .arg(
                                type, kind,
                                e.stencil.isEmpty()
                                    ? (known ? QString() : QStringLiteral(" (type not recognised)"))
                                    : QStringLiteral(" with stencil \"%1\"").arg(e.stencil))];
        if (e.kind == ElementKind::DataStore)
            e.assets = assetsByIds(stored, assets.pathOf(QStringLiteral("stored")), subject);
        else if (!stored.isEmpty())
            m_ctx.drop(subject, QStringLiteral("stores assets (%1) but is no data store; only data "
                                               "stores hold data")
                                    .arg(stored.join(QStringLiteral(", "))));
        if (processes)
            ++m_dropTally[QStringLiteral("assets processed by components have no equivalent "
                                         "(flows carry data)")];
        claim(m_componentIds, fileId, e.id, subject);
        if (!parent.id.isEmpty())
            m_parents.insert(e.id, parent);
        else
            m_ctx.approximate(subject, QStringLiteral("no parent; placed outside every zone"));
        m_elementOrder.append(e.id);
        m_data.elements.insert(e.id, e);
        readInstances(c, subject, {{e.id, involvedKind(e.kind), e.name}});
        readPlacements(c, e.id, subject);
        reportRest(c, subject);
    }
}

} // namespace tb::otm
