// OTM references: parents (zones and components, checked for cycles without recursion) and
// dataflows between components.

#include "otmimportprivate.h"
#include "pytmimportprivate.h"

#include <QRegularExpression>

namespace tb::otm {

void Importer::resolveParents()
{
    // Components first: a zone whose parent is a component takes that component's zone.
    QHash<Id, Id> zoneOf; // component -> zone it ends up in (null: none)
    for (const Id &start : std::as_const(m_elementOrder)) {
        QList<Id> chain;
        QSet<Id> onChain;
        Id zone;
        for (Id at = start; !at.isNull();) {
            if (zoneOf.contains(at)) {
                zone = zoneOf.value(at);
                break;
            }
            if (onChain.contains(at)) {
                QStringList names;
                for (qsizetype k = chain.indexOf(at); k < chain.size(); ++k)
                    names.append(m_data.elements.value(chain[k]).name);
                names.append(m_data.elements.value(at).name);
                return m_ctx.fail(m_parents.value(chain.last()).path,
                                  QStringLiteral("components form a cycle: %1")
                                      .arg(names.join(QStringLiteral(" -> "))));
            }
            chain.append(at);
            onChain.insert(at);
            const auto ref = m_parents.constFind(at);
            if (ref == m_parents.cend())
                break;
            const Id next = ref->toZone ? m_zoneIds.value(ref->id) : m_componentIds.value(ref->id);
            if (next.isNull())
                m_ctx.approximate(m_subjects.value(at),
                                  QStringLiteral("parent %1 \"%2\" does not exist; placed outside "
                                                 "every zone")
                                      .arg(ref->toZone ? QStringLiteral("trust zone")
                                                       : QStringLiteral("component"),
                                           ref->id));
            else
                m_layoutParent.insert(at, next);
            if (ref->toZone) {
                zone = next;
                break;
            }
            at = next;
        }
        for (const Id &c : std::as_const(chain))
            zoneOf.insert(c, zone);
    }
    for (const Id &id : std::as_const(m_elementOrder)) {
        m_data.elements[id].zone = zoneOf.value(id);
        if (m_parents.contains(id) && !m_parents.value(id).toZone)
            ++m_approxTally[QStringLiteral("components inside components placed in the nearest "
                                           "enclosing trust zone")];
    }
    for (const Id &id : std::as_const(m_zoneOrder)) {
        const auto ref = m_parents.constFind(id);
        if (ref == m_parents.cend())
            continue;
        const Id next = ref->toZone ? m_zoneIds.value(ref->id) : m_componentIds.value(ref->id);
        Id parent = ref->toZone ? next : zoneOf.value(next);
        if (next.isNull())
            m_ctx.approximate(
                m_subjects.value(id),
                QStringLiteral("parent \"%1\" does not exist; kept at the top level").arg(ref->id));
        else
            m_layoutParent.insert(id, next);
        if (!ref->toZone && parent == id)
            parent = Id(); // inside a component that is itself inside this zone
        if (!ref->toZone && !next.isNull())
            m_ctx.approximate(
                m_subjects.value(id),
                QStringLiteral("inside component \"%1\"; placed in %2")
                    .arg(m_data.elements.value(next).name,
                         parent.isNull() ? QStringLiteral("no zone") : QStringLiteral("its zone")));
        m_data.boundaries[id].parent = parent;
    }
    // Refuse zone cycles, walking each chain once (0 unseen, 1 on this walk, 2 known good).
    QHash<Id, int> state;
    for (const Id &start : std::as_const(m_zoneOrder)) {
        QList<Id> walk;
        Id at = start;
        for (; !at.isNull() && state.value(at) == 0; at = m_data.boundaries.value(at).parent) {
            state.insert(at, 1);
            walk.append(at);
        }
        if (!at.isNull() && state.value(at) == 1) {
            QStringList names;
            for (qsizetype k = walk.indexOf(at); k < walk.size(); ++k)
                names.append(m_data.boundaries.value(walk[k]).name);
            names.append(m_data.boundaries.value(at).name);
            return m_ctx.fail(m_parents.value(walk.last()).path,
                              QStringLiteral("trust zones form a cycle: %1")
                                  .arg(names.join(QStringLiteral(" -> "))));
        }
        for (const Id &w : std::as_const(walk))
            state.insert(w, 2);
    }
}

void Importer::readDataflows(const QList<std::pair<QJsonValue, QString>> &list)
{
    static const QRegularExpression protocolTag(
        QStringLiteral("^(https?|http/[0-9.]+|wss?|tls|ssl|dtls|ssh|sftp|scp|ftps?|mqtts?|amqps?|"
                       "coaps?|grpcs?|tcp|udp|icmp|smtps?|imaps?|ldaps?|jdbc|odbc|sql|rdp|dns|"
                       "ntp|snmp|ipsec|ble|bluetooth|zigbee|lorawan|nfc|usb)$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const auto &[v, path] : list) {
        if (!m_ctx.ok())
            return;
        if (!v.isObject())
            return m_ctx.fail(path, QStringLiteral("expected an object"));
        ForeignObject d(m_ctx, v, path);
        Flow f;
        const QString fileId = d.text(QStringLiteral("id"));
        f.name = d.text(QStringLiteral("name")).trimmed();
        f.description = d.text(QStringLiteral("description"));
        const bool bidirectional = d.isTrue(QStringLiteral("bidirectional"));
        const QString ends[2]
            = {d.text(QStringLiteral("source")), d.text(QStringLiteral("destination"))};
        const QStringList assets = d.texts(QStringLiteral("assets"));
        QStringList tags = d.texts(QStringLiteral("tags"));
        if (!m_ctx.ok())
            return;
        const QString subject = subjectOf(path, f.name);
        QStringList problems;
        Id ids[2];
        const char *keys[2] = {"source", "destination"};
        for (int k = 0; k < 2; ++k) {
            ids[k] = m_componentIds.value(ends[k]);
            if (ids[k].isNull())
                problems.append(QStringLiteral("%1 \"%2\" is %3")
                                    .arg(QLatin1String(keys[k]), ends[k],
                                         m_zoneIds.contains(ends[k])
                                             ? QStringLiteral("a trust zone, not a component")
                                             : QStringLiteral("no component")));
        }
        if (problems.isEmpty() && ids[0] == ids[1])
            problems.append(QStringLiteral("source and destination are the same component"));
        if (!problems.isEmpty()) {
            m_ctx.drop(subject,
                       problems.join(QStringLiteral("; ")) + QStringLiteral("; not imported"));
            readInstances(d, subject, {});
            reportRest(d, subject);
            continue;
        }
        f.id = m_ctx.stableId(QStringLiteral("dataflow"), fileId);
        f.source = ids[0];
        f.target = ids[1];
        claim(m_flowIds, fileId, f.id, subject);
        f.assets = assetsByIds(assets, d.pathOf(QStringLiteral("assets")), subject);
        for (qsizetype i = 0; i < tags.size(); ++i) {
            if (protocolTag.match(tags[i].trimmed()).hasMatch()) {
                f.protocol = tags.takeAt(i).trimmed();
                break;
            }
        }
        if (!f.protocol.isEmpty()) {
            ++m_approxTally[QStringLiteral("dataflow protocols taken from their tags")];
            if (pytm::protocolImpliesEncryption(f.protocol)) {
                f.properties.insert(QStringLiteral("encrypted"), true);
                ++m_approxTally[QStringLiteral("dataflows marked encrypted as their protocol tag "
                                               "implies it")];
            }
            if (const QString t = pytm::transportForProtocol(f.protocol); !t.isEmpty())
                f.properties.insert(QStringLiteral("transport"), t);
        }
        if (!tags.isEmpty())
            ++m_dropTally[QStringLiteral("tags have no equivalent")];
        const Element &src = m_data.elements[f.source];
        const Element &dst = m_data.elements[f.target];
        readInstances(d, subject,
                      {{src.id, involvedKind(src.kind), src.name},
                       {f.id, QStringLiteral("flow"), f.name},
                       {dst.id, involvedKind(dst.kind), dst.name}});
        m_flowOrder.append(f.id);
        m_data.flows.insert(f.id, f);
        if (bidirectional) {
            Flow back = f;
            back.id = m_ctx.stableId(QStringLiteral("dataflow-back"), fileId);
            std::swap(back.source, back.target);
            m_flowOrder.append(back.id);
            m_data.flows.insert(back.id, back);
            m_ctx.approximate(subject,
                              QStringLiteral("bidirectional; imported as two flows, one "
                                             "each way (its threats stay with the first)"));
        }
        reportRest(d, subject);
    }
}

} // namespace tb::otm
