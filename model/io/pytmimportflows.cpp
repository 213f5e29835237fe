// pytm dataflows, with the defaults pytm copies from their ends, and what they imply for the
// elements (held data, served interfaces, Server stencils).

#include "core/propertycatalog.h"
#include "pytmimportprivate.h"

namespace tb::pytm {

void Importer::readFlows(const QJsonArray &list)
{
    // A flow named in another flow's "response" is a response too (pytm's _match_responses).
    QSet<QString> allNames, namedResponses;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        allNames.insert(o.value(QLatin1String("name")).toString());
        if (o.value(QLatin1String("response")).isString())
            namedResponses.insert(o.value(QLatin1String("response")).toString());
    }
    for (qsizetype i = 0; i < list.size() && ok(); ++i) {
        const QString path = QStringLiteral("$.flows[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(path, QStringLiteral("expected an object"));
        Attributes a(*this, list.at(i).toObject(), path);
        if (!a.has(QStringLiteral("name")))
            fail(path + QStringLiteral(".name"), QStringLiteral("missing; expected text"));
        const QString name = a.text(QStringLiteral("name"));
        const QString subject = QStringLiteral("flows[%1] \"%2\"").arg(i).arg(name);
        QString ends[2];
        Id ids[2];
        const char *keys[2] = {"source", "sink"};
        for (int k = 0; k < 2 && ok(); ++k) {
            const QString key = QLatin1String(keys[k]);
            if (!a.has(key))
                fail(a.path(key), QStringLiteral("missing; expected the name of an element"));
            const QString where = a.path(key);
            ends[k] = a.text(key);
            ids[k] = m_elementNames.ids.value(ends[k]);
            if (ok() && ids[k].isNull())
                fail(where, m_boundaryNames.ids.contains(ends[k])
                                ? QStringLiteral("\"%1\" is a boundary; flows connect elements")
                                      .arg(ends[k])
                                : QStringLiteral("no element is named \"%1\"").arg(ends[k]));
        }
        const bool isResponse = a.isTrue(QStringLiteral("isResponse"));
        QString pairs[2];
        const char *pairKeys[2] = {"responseTo", "response"};
        for (int k = 0; k < 2 && ok(); ++k) {
            const QString key = QLatin1String(pairKeys[k]);
            const QString where = a.path(key);
            pairs[k] = a.text(key);
            if (ok() && !pairs[k].isEmpty() && !allNames.contains(pairs[k]))
                fail(where, QStringLiteral("no flow is named \"%1\"").arg(pairs[k]));
        }
        if (!ok())
            return;
        if (ids[0] == ids[1]) {
            drop(subject, QStringLiteral("source and sink are both \"%1\"; a Threatbench flow "
                                         "connects two different elements, so it is not imported")
                              .arg(ends[0]));
            m_skippedFlowNames.insert(name);
            continue;
        }
        Flow f;
        f.id = stableId(QStringLiteral("flow"),
                        ends[0] + QChar(0x1f) + ends[1] + QChar(0x1f) + name);
        f.source = ids[0];
        f.target = ids[1];
        f.name = name;
        if (isResponse || !pairs[0].isEmpty() || namedResponses.contains(name)) {
            m_responses.insert(f.id);
            approximate(subject, pairs[0].isEmpty()
                                     ? QStringLiteral("a response; imported as its own flow")
                                     : QStringLiteral("the response to \"%1\"; imported as its "
                                                      "own flow")
                                           .arg(pairs[0]));
        }
        readFlowAttributes(a, subject, f);
        if (!ok())
            return;
        a.reportRest(subject, QStringLiteral("Dataflow"));
        m_flowsByName[name].append(f.id);
        m_subjects.insert(f.id, subject);
        m_flowOrder.append(f.id);
        m_data.flows.insert(f.id, f);
    }
}

void Importer::readFlowAttributes(Attributes &a, const QString &subject, Flow &f)
{
    const EndDefaults src = m_ends.value(f.source), dst = m_ends.value(f.target);
    const bool response = m_responses.contains(f.id);
    // pytm fills a request's protocol, port and encryption from its sink, a response's from its
    // source (the server answering).
    const EndDefaults &server = response ? src : dst;
    const QString description = a.text(QStringLiteral("description"));
    const QString note = a.text(QStringLiteral("note"));
    f.description = description.isEmpty() || note.isEmpty()
                        ? QString(description + note)
                        : QString(description + QStringLiteral("\n\n") + note);
    QString protocol = a.text(QStringLiteral("protocol")).trimmed();
    if (protocol.isEmpty())
        protocol = server.protocol;
    const QString serverPortKey = response ? QStringLiteral("srcPort") : QStringLiteral("dstPort");
    const QString clientPortKey = response ? QStringLiteral("dstPort") : QStringLiteral("srcPort");
    const int serverPort = a.integer(serverPortKey).value_or(-1);
    const int port = serverPort >= 0 ? serverPort : server.port;
    const std::optional<int> clientPort = a.integer(clientPortKey);
    std::optional<bool> encrypted = a.boolean(QStringLiteral("isEncrypted"));
    const bool authenticatedWith = a.isTrue(QStringLiteral("authenticatedWith"));
    const bool implementsAuth = a.isTrue(QStringLiteral("implementsAuthenticationScheme"));
    std::optional<bool> authenticatesDestination
        = a.boolean(QStringLiteral("authenticatesDestination"));
    const QStringList data = a.names(QStringLiteral("data"));
    if (m_isOrdered)
        a.take(QStringLiteral("order")); // pytm numbered the flows itself
    if (!ok())
        return;

    f.protocol = protocol;
    if (port >= 0) {
        f.protocol = protocol.isEmpty() ? QStringLiteral("port %1").arg(port)
                                        : protocol + QStringLiteral(":%1").arg(port);
        approximate(subject, QStringLiteral("%1 %2 kept in the protocol text \"%3\"")
                                 .arg(serverPortKey)
                                 .arg(port)
                                 .arg(f.protocol));
    }
    if (clientPort.value_or(-1) >= 0)
        drop(subject,
             QStringLiteral("%1 (%2) has no equivalent").arg(clientPortKey).arg(*clientPort));
    if (!encrypted)
        encrypted = server.isEncrypted;
    if (!encrypted && protocolImpliesEncryption(protocol)) {
        encrypted = true;
        approximate(subject, QStringLiteral("protocol \"%1\" implies encryption; encrypted set "
                                            "although pytm's isEncrypted is not")
                                 .arg(protocol));
    }
    if (encrypted.value_or(false))
        f.properties.insert(QStringLiteral("encrypted"), true);
    if (const QString t = transportForProtocol(protocol); !t.isEmpty()) {
        f.properties.insert(QStringLiteral("transport"), t);
        approximate(subject,
                    QStringLiteral("protocol \"%1\" read as transport \"%2\"").arg(protocol, t));
    }
    // Threatbench's "authenticated" is the receiver checking the sender, which is pytm's
    // authenticatedWith on the flow or authenticatesSource on the sink.
    const bool receiverChecks = authenticatedWith || implementsAuth || dst.authenticatesSource;
    if (receiverChecks)
        f.properties.insert(QStringLiteral("authenticated"), true);
    if (!authenticatesDestination && !response)
        authenticatesDestination = src.authenticatesDestination;
    if (authenticatesDestination.value_or(false)) {
        if (receiverChecks)
            f.properties.insert(QStringLiteral("mutualAuthentication"), true);
        else
            drop(subject, QStringLiteral("authenticatesDestination (true): the sender checking "
                                         "the receiver alone has no equivalent (\"authenticated\" "
                                         "means the receiver checks the sender)"));
    }
    // pytm adds the source element's default data to every flow leaving it.
    f.assets = dataByNames(data, subject);
    for (const Id &d : src.data) {
        if (!f.assets.contains(d))
            f.assets.append(d);
    }
}

void Importer::linkData()
{
    for (const Id &asset : std::as_const(m_dataOrder)) {
        for (const QString &name : m_carriedBy.value(asset)) {
            const QList<Id> flows = m_flowsByName.value(name);
            if (flows.isEmpty() && !m_skippedFlowNames.contains(name))
                return fail(m_carriedByPath.value(asset),
                            QStringLiteral("no flow is named \"%1\"").arg(name));
            for (const Id &flow : flows) {
                if (!m_data.flows[flow].assets.contains(asset))
                    m_data.flows[flow].assets.append(asset);
            }
        }
    }
    for (const Id &id : std::as_const(m_flowOrder)) {
        Flow &f = m_data.flows[id];
        for (const Id &asset : std::as_const(f.assets)) {
            if (m_dataFlags.value(asset).credentials)
                f.properties.insert(QStringLiteral("carriesCredentials"), true);
            if (m_dataFlags.value(asset).personal)
                f.properties.insert(QStringLiteral("carriesPersonalData"), true);
        }
    }
}

void Importer::finishElements()
{
    QHash<Id, QStringList> served;  // element -> protocols of the requests it receives
    QHash<Id, QList<Id>> delivered; // element -> data arriving on its incoming flows
    for (const Id &id : std::as_const(m_flowOrder)) {
        const Flow &f = m_data.flows[id];
        if (!m_responses.contains(id) && !f.protocol.isEmpty())
            served[f.target].append(f.protocol);
        delivered[f.target].append(f.assets);
    }
    const PropertyDefinition *interfaces
        = catalog().definition(QStringLiteral("exposedInterfaces"));
    for (const Id &id : std::as_const(m_elementOrder)) {
        Element &e = m_data.elements[id];
        const QString subject = m_subjects.value(id);
        if (e.kind == ElementKind::DataStore) {
            // A store holds its own data and what it is sent with isStored (pytm's meaning).
            e.assets = m_ends.value(id).data;
            for (const Id &asset : delivered.value(id)) {
                if (m_dataFlags.value(asset).stored && !e.assets.contains(asset))
                    e.assets.append(asset);
            }
            for (const Id &asset : std::as_const(e.assets)) {
                if (m_dataFlags.value(asset).credentials)
                    e.properties.insert(QStringLiteral("storesCredentials"), true);
                if (m_dataFlags.value(asset).personal)
                    e.properties.insert(QStringLiteral("storesPersonalData"), true);
            }
        }
        if (e.kind != ElementKind::Process)
            continue;
        QJsonArray offered; // in the catalogue's order, so output is stable
        for (const QString &value : interfaces ? interfaces->values : QStringList()) {
            for (const QString &p : served.value(id)) {
                if (interfaceForProtocol(p) == value && !offered.contains(value)) {
                    offered.append(value);
                    break;
                }
            }
        }
        if (!offered.isEmpty())
            e.properties.insert(QStringLiteral("exposedInterfaces"), offered);
        if (m_servers.contains(id)) {
            QString why;
            const EndDefaults ends = m_ends.value(id);
            QStringList protocols = served.value(id);
            if (!ends.protocol.isEmpty())
                protocols.prepend(ends.protocol);
            e.stencil = guessServerStencil(e.name, protocols, ends.port, &why);
            if (!e.stencil.isEmpty())
                approximate(subject, QStringLiteral("pytm Server given stencil \"%1\" because %2")
                                         .arg(e.stencil, why));
        }
    }
}

} // namespace tb::pytm
