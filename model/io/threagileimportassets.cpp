// Threagile technical assets and their communication links.

#include "threagileimportprivate.h"

#include <QJsonObject>

namespace tb::threagile {

namespace {

struct Technology
{
    const char *names; // '|'-separated Threagile technologies
    const char *stencil;
    ElementKind kind;
};

// A Threatbench stencil for a technology, when it fits the asset's kind.
QString stencilFor(const QString &technology, ElementKind kind)
{
    using K = ElementKind;
    static const Technology table[] = {
        {"browser", "browser", K::ExternalEntity},
        {"identity-provider", "third-party-service", K::ExternalEntity},
        {"client-system|desktop|devops-client|tool|cli", "desktop-app", K::Process},
        {"mobile-app", "mobile-app", K::Process},
        {"web-server|web-application|application-server|web-service-rest|web-service-soap|cms|erp",
         "web-application", K::Process},
        {"reverse-proxy|load-balancer|gateway|waf|service-mesh", "gateway", K::Process},
        {"message-queue|stream-processing|event-listener", "message-broker", K::Process},
        {"function", "cloud-function", K::Process},
        {"iot-device", "iot-device", K::Process},
        {"database|identity-store-database|search-index|data-lake", "database", K::DataStore},
        {"file-server|local-file-system", "file-system", K::DataStore},
        {"block-storage", "cloud-storage", K::DataStore},
        {"vault|hsm", "secure-element", K::DataStore},
    };
    for (const Technology &t : table) {
        if (t.kind == kind
            && QString::fromLatin1(t.names).split(QLatin1Char('|')).contains(technology))
            return QLatin1String(t.stencil);
    }
    return {};
}

bool encryptedProtocol(const QString &p)
{
    static const QStringList secure{QStringLiteral("https"), QStringLiteral("wss"),
                                    QStringLiteral("ssh"),   QStringLiteral("ssh-tunnel"),
                                    QStringLiteral("ftps"),  QStringLiteral("sftp"),
                                    QStringLiteral("scp"),   QStringLiteral("ldaps")};
    return secure.contains(p) || p.endsWith(QLatin1String("-encrypted"));
}

} // namespace

void Importer::put(Properties &props, PropertyTarget target, const QString &key,
                   const QJsonValue &value, const QString &subjectText)
{
    if (Result<void> r = PropertyCatalog::builtIn().check(target, key, value); !r)
        return m_ctx.drop(subjectText, QStringLiteral("%1 does not fit the property catalogue: %2")
                                           .arg(key, r.error().message));
    props.insert(key, value);
}

QList<Id> Importer::dataRefs(ForeignObject &o, const QString &key, const QString &subjectText)
{
    QList<Id> out;
    for (const QString &ref : o.texts(key)) {
        const Id id = m_dataIds.value(ref.trimmed());
        if (id.isNull())
            m_ctx.drop(subjectText,
                       QStringLiteral("%1 names \"%2\", which is no data asset").arg(key, ref));
        else if (!out.contains(id))
            out.append(id);
    }
    return out;
}

void Importer::readTechnicalAssets(ForeignObject &root)
{
    const QJsonValue v = root.take(QStringLiteral("technical_assets"));
    const QString path = root.pathOf(QStringLiteral("technical_assets"));
    if (v.isNull() || v.isUndefined())
        return;
    if (!v.isObject())
        return m_ctx.fail(path, QStringLiteral("expected a mapping of names to technical assets"));
    const QJsonObject map = v.toObject();
    if (!m_ctx.checkCount(map.size(), path))
        return;
    for (auto it = map.begin(); it != map.end() && m_ctx.ok(); ++it) {
        const QString at = path + QLatin1Char('.') + it.key();
        if (!it.value().isObject())
            return m_ctx.fail(at, QStringLiteral("expected a technical asset"));
        if (!m_ctx.countObject(at))
            return;
        ForeignObject a(m_ctx, it.value(), at);
        addAsset(it.key(), a);
    }
}

void Importer::addAsset(const QString &name, ForeignObject &a)
{
    const QString subj = subject(a.path());
    Element e;
    e.name = name.simplified();
    const QString id = a.text(QStringLiteral("id")).trimmed();
    e.description = a.text(QStringLiteral("description"));
    const QString type = a.text(QStringLiteral("type")).trimmed();
    const QString technology = a.text(QStringLiteral("technology")).trimmed();
    const bool internet = a.isTrue(QStringLiteral("internet"));
    const QString encryption = a.text(QStringLiteral("encryption")).trimmed();
    const bool outOfScope = a.isTrue(QStringLiteral("out_of_scope"));
    const QString why = a.text(QStringLiteral("justification_out_of_scope")).trimmed();
    const bool human = a.isTrue(QStringLiteral("used_as_client_by_human"));
    a.skip({QStringLiteral("diagram_tweak_order")});
    if (!m_ctx.ok())
        return;
    if (id.isEmpty())
        return m_ctx.fail(a.pathOf(QStringLiteral("id")),
                          QStringLiteral("missing; every technical asset has an id"));
    if (type == QLatin1String("external-entity"))
        e.kind = ElementKind::ExternalEntity;
    else if (type == QLatin1String("datastore"))
        e.kind = ElementKind::DataStore;
    else if (type != QLatin1String("process"))
        return m_ctx.fail(
            a.pathOf(QStringLiteral("type")),
            QStringLiteral("\"%1\" is not external-entity, process or datastore").arg(type));
    e.id = m_ctx.stableId(QStringLiteral("element"), id);
    e.stencil = stencilFor(technology, e.kind);
    if (e.stencil.isEmpty() && e.kind == ElementKind::ExternalEntity && human)
        e.stencil = QStringLiteral("user");
    if (e.stencil.isEmpty() && !technology.isEmpty())
        m_ctx.approximate(subj, QStringLiteral("technology \"%1\" has no Threatbench stencil for a "
                                               "%2; imported as a generic one")
                                    .arg(technology, kindName(e.kind)));
    const PropertyTarget target = propertyTarget(e.kind);
    if (internet && e.kind != ElementKind::ExternalEntity)
        put(e.properties, target, QStringLiteral("internetFacing"), true, subj);
    if (!encryption.isEmpty() && encryption != QLatin1String("none")) {
        if (e.kind == ElementKind::DataStore) {
            put(e.properties, target, QStringLiteral("encryptedAtRest"), true, subj);
            if (encryption != QLatin1String("transparent"))
                m_ctx.approximate(subj, QStringLiteral("encryption \"%1\" read as "
                                                       "encryptedAtRest")
                                            .arg(encryption));
        } else {
            m_ctx.drop(subj, QStringLiteral("encryption \"%1\" has no equivalent for a %2")
                                 .arg(encryption, kindName(e.kind)));
        }
    }
    if (outOfScope)
        m_ctx.approximate(
            subj, QStringLiteral("out of scope in Threagile%1; imported like any "
                                 "other")
                      .arg(why.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(why)));
    const QList<Id> stored = dataRefs(a, QStringLiteral("data_assets_stored"), subj);
    const QList<Id> processed = dataRefs(a, QStringLiteral("data_assets_processed"), subj);
    if (e.kind == ElementKind::DataStore)
        e.assets = stored;
    else if (!stored.isEmpty())
        m_ctx.drop(subj, QStringLiteral("stores %1 data asset(s), but only data stores hold data "
                                        "here")
                             .arg(stored.size()));
    if (!processed.isEmpty())
        m_ctx.drop(subj, QStringLiteral("data_assets_processed (%1) has no equivalent; the flows "
                                        "say what data moves")
                             .arg(processed.size()));
    const QJsonValue links = a.take(QStringLiteral("communication_links"));
    if (m_assetIds.contains(id))
        m_ctx.approximate(subj, QStringLiteral("the id \"%1\" is also used by an earlier asset; "
                                               "references go to that one")
                                    .arg(id));
    else
        m_assetIds.insert(id, e.id);
    const QStringList rest = a.unread();
    if (!rest.isEmpty())
        m_ctx.drop(
            subj,
            QStringLiteral("fields with no equivalent: %1").arg(rest.join(QStringLiteral(", "))));
    m_links.append({e.id, {links, a.pathOf(QStringLiteral("communication_links"))}});
    m_elementOrder.append(e.id);
    m_data.elements.insert(e.id, e);
}

void Importer::readLinks()
{
    for (const auto &[source, linksAt] : std::as_const(m_links)) {
        const auto &[links, path] = linksAt;
        if (links.isNull() || links.isUndefined())
            continue;
        if (!links.isObject())
            return m_ctx.fail(path, QStringLiteral("expected a mapping of names to links"));
        const QJsonObject map = links.toObject();
        if (!m_ctx.checkCount(map.size(), path))
            return;
        for (auto it = map.begin(); it != map.end() && m_ctx.ok(); ++it) {
            const QString at = path + QLatin1Char('.') + it.key();
            if (!it.value().isObject())
                return m_ctx.fail(at, QStringLiteral("expected a communication link"));
            if (!m_ctx.countObject(at))
                return;
            ForeignObject link(m_ctx, it.value(), at);
            addLink(source, it.key(), link);
        }
    }
    if (m_receivedMerged > 0)
        m_ctx.approximate(QStringLiteral("communication_links"),
                          QStringLiteral("%1 link(s) also receive data; a flow carries data one "
                                         "way, so the data received is listed on the same flow")
                              .arg(m_receivedMerged));
}

void Importer::addLink(const Id &source, const QString &name, ForeignObject &link)
{
    const QString subj = subject(link.path());
    Flow f;
    f.name = name.simplified();
    f.source = source;
    const QString target = link.text(QStringLiteral("target")).trimmed();
    f.description = link.text(QStringLiteral("description"));
    f.protocol = link.text(QStringLiteral("protocol")).trimmed();
    const QString authentication = link.text(QStringLiteral("authentication")).trimmed();
    const bool vpn = link.isTrue(QStringLiteral("vpn"));
    link.skip({QStringLiteral("diagram_tweak_weight"), QStringLiteral("diagram_tweak_constraint")});
    if (!m_ctx.ok())
        return;
    f.target = m_assetIds.value(target);
    if (f.target.isNull())
        return m_ctx.drop(subj, QStringLiteral("the target \"%1\" is no technical asset; the link "
                                               "is not imported")
                                    .arg(target));
    if (f.target == f.source)
        return m_ctx.drop(subj, QStringLiteral("links an asset to itself; a flow connects two "
                                               "different elements, so it is not imported"));
    f.id = m_ctx.stableId(QStringLiteral("flow"), idString(source) + QLatin1Char('/') + name);
    if (encryptedProtocol(f.protocol))
        put(f.properties, PropertyTarget::Flow, QStringLiteral("encrypted"), true, subj);
    if (f.protocol == QLatin1String("in-process-library-call"))
        put(f.properties, PropertyTarget::Flow, QStringLiteral("transport"),
            QStringLiteral("in-process"), subj);
    if (vpn && !f.properties.contains(QStringLiteral("encrypted"))) {
        put(f.properties, PropertyTarget::Flow, QStringLiteral("encrypted"), true, subj);
        m_ctx.approximate(subj, QStringLiteral("runs over a VPN; read as encrypted"));
    }
    if (!authentication.isEmpty() && authentication != QLatin1String("none")) {
        put(f.properties, PropertyTarget::Flow, QStringLiteral("authenticated"), true, subj);
        if (authentication == QLatin1String("client-certificate"))
            put(f.properties, PropertyTarget::Flow, QStringLiteral("mutualAuthentication"), true,
                subj);
        m_ctx.approximate(
            subj, QStringLiteral("authentication \"%1\" read as authenticated%2")
                      .arg(authentication, authentication == QLatin1String("client-certificate")
                                               ? QStringLiteral(" and mutualAuthentication")
                                               : QString()));
    }
    f.assets = dataRefs(link, QStringLiteral("data_assets_sent"), subj);
    const QList<Id> received = dataRefs(link, QStringLiteral("data_assets_received"), subj);
    bool merged = false;
    for (const Id &id : received) {
        if (!f.assets.contains(id)) {
            f.assets.append(id);
            merged = true;
        }
    }
    m_receivedMerged += merged ? 1 : 0;
    const QStringList rest = link.unread();
    if (!rest.isEmpty())
        m_ctx.drop(
            subj,
            QStringLiteral("fields with no equivalent: %1").arg(rest.join(QStringLiteral(", "))));
    m_flowOrder.append(f.id);
    m_data.flows.insert(f.id, f);
}

} // namespace tb::threagile
