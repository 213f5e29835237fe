// Threagile (YAML) import: the document is read by the bounded YAML reader into JSON values,
// then mapped like the other tools' JSON, with errors named by line and column.

#include "threagileimport.h"

#include "gridlayout.h"
#include "pytmimportprivate.h"
#include "threagileimportprivate.h"

#include <QJsonObject>

namespace tb {

namespace {
// Fixed namespace of the name-based ids of imported Threagile objects: the same file always
// gives the same ids, so re-imports diff cleanly.
const QUuid kThreagileNamespace(QStringLiteral("{5e0b8d43-7a1c-4f62-b9d5-0c3e8a7f1d24}"));

int confidentialityLevel(const QString &v)
{
    static const QStringList levels{QStringLiteral("public"), QStringLiteral("internal"),
                                    QStringLiteral("restricted"), QStringLiteral("confidential"),
                                    QStringLiteral("strictly-confidential")};
    return static_cast<int>(levels.indexOf(v.trimmed().toLower()));
}

int criticalityLevel(const QString &v)
{
    static const QStringList levels{QStringLiteral("archive"), QStringLiteral("operational"),
                                    QStringLiteral("important"), QStringLiteral("critical"),
                                    QStringLiteral("mission-critical")};
    return static_cast<int>(levels.indexOf(v.trimmed().toLower()));
}
} // namespace

bool looksLikeThreagile(const QByteArray &bytes)
{
    // Cheap first: a top-level key of Threagile's, then a real parse.
    const QByteArray head = bytes.left(64 * 1024);
    if (!head.contains("technical_assets:") && !head.contains("threagile_version:"))
        return false;
    const Result<YamlDocument> doc = readYaml(bytes, QString());
    if (!doc || !doc->root.isObject())
        return false;
    const QJsonObject root = doc->root.toObject();
    return root.contains(QLatin1String("technical_assets"))
           || root.contains(QLatin1String("threagile_version"));
}

Result<Imported> importThreagile(const QByteArray &bytes, const QString &fileName)
{
    return threagile::Importer(fileName).run(bytes);
}

namespace threagile {

namespace {
// The entries of a mapping of names to objects ("data_assets: {Name: {...}}").
QList<std::pair<QString, QJsonValue>> entries(ImportContext &ctx, ForeignObject &o,
                                              const QString &key)
{
    QList<std::pair<QString, QJsonValue>> out;
    const QJsonValue v = o.take(key);
    if (v.isNull() || v.isUndefined())
        return out;
    if (!v.isObject()) {
        ctx.fail(o.pathOf(key), QStringLiteral("expected a mapping of names to entries"));
        return out;
    }
    const QJsonObject map = v.toObject();
    if (!ctx.checkCount(map.size(), o.pathOf(key)))
        return out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.append({it.key(), it.value()});
    return out;
}
} // namespace

Importer::Importer(const QString &fileName)
    : m_ctx(fileName, QStringLiteral("threagile"), kThreagileNamespace), m_file(fileName)
{}

QString Importer::subject(const QString &path) const
{
    return path.startsWith(QLatin1String("$.")) ? path.mid(2) : path;
}

Result<Imported> Importer::run(const QByteArray &bytes)
{
    Result<YamlDocument> doc = readYaml(bytes, m_file);
    if (!doc)
        return doc.error();
    if (!doc->root.isObject())
        return makeError(QStringLiteral("expected a mapping holding a Threagile model"),
                         m_file + QStringLiteral(": line 1"));
    ForeignObject root(m_ctx, doc->root, QStringLiteral("$"));
    readRoot(root);
    Result<Imported> out = m_ctx.finish(std::move(m_data));
    if (out.ok())
        return out;
    // Name the line and column of the JSON path the mapping failed at.
    Error e = out.error();
    const QString prefix = m_file + QStringLiteral(": ");
    if (e.where.startsWith(prefix + QLatin1Char('$'))) {
        const QString path = e.where.mid(prefix.size());
        if (const QString at = yamlPosition(*doc, path); !at.isEmpty())
            e.where = prefix + at + QStringLiteral(" (") + path + QLatin1Char(')');
    }
    return e;
}

void Importer::readRoot(ForeignObject &root)
{
    const QString model = QStringLiteral("model");
    m_data.product.name = root.text(QStringLiteral("title")).simplified();
    const QString summary = root.text(QStringLiteral("management_summary_comment")).trimmed();
    ForeignObject overview = root.object(QStringLiteral("business_overview"));
    const QString business = overview.text(QStringLiteral("description")).trimmed();
    m_data.product.intendedPurpose = business.isEmpty() ? summary : business;
    root.skip({QStringLiteral("threagile_version"), QStringLiteral("date"),
               QStringLiteral("diagram_tweak_suppress_edge_labels"),
               QStringLiteral("diagram_tweak_layout_left_to_right"),
               QStringLiteral("diagram_tweak_edge_layout"), QStringLiteral("diagram_tweak_nodesep"),
               QStringLiteral("diagram_tweak_ranksep"),
               QStringLiteral("diagram_tweak_invisible_connections_between_assets"),
               QStringLiteral("diagram_tweak_same_rank_assets"), QStringLiteral("tags_available")});
    if (!m_ctx.ok())
        return;
    if (m_data.product.name.isEmpty()) {
        m_data.product.name = QStringLiteral("Threagile model");
        m_ctx.approximate(model, QStringLiteral("no title; named \"%1\"").arg(m_data.product.name));
    }
    m_data.id = m_ctx.stableId(QStringLiteral("project"), m_data.product.name);
    readDataAssets(root);
    readTechnicalAssets(root);
    readBoundaries(root);
    if (!m_ctx.ok())
        return;
    readLinks();
    nestBoundaries();
    readRiskTracking(root);
    for (const auto &[name, value] : entries(m_ctx, root, QStringLiteral("shared_runtimes")))
        m_ctx.drop(QStringLiteral("shared_runtimes.") + name,
                   QStringLiteral("shared runtimes have no equivalent"));
    const auto custom = entries(m_ctx, root, QStringLiteral("individual_risk_categories"));
    if (!custom.isEmpty())
        m_ctx.drop(QStringLiteral("individual_risk_categories"),
                   QStringLiteral("%1 custom risk categories are not imported (Threagile's own "
                                  "rules and risks are not either)")
                       .arg(custom.size()));
    for (ForeignObject *o : {&root, &overview}) {
        for (const QString &field : o->unread())
            m_ctx.drop(subject(o->path()) == QLatin1String("$") ? model : subject(o->path()),
                       field + QStringLiteral(" has no equivalent"));
    }
    if (!m_ctx.ok())
        return;
    Diagram diagram;
    diagram.id = m_ctx.stableId(QStringLiteral("diagram"), QStringLiteral("0"));
    diagram.name = m_data.product.name;
    layoutAsGrids(m_data, m_boundaryOrder, m_elementOrder, m_flowOrder, diagram);
    m_data.diagrams.insert(diagram.id, diagram);
    m_ctx.approximate(QStringLiteral("diagram"),
                      QStringLiteral("Threagile has no layout; the diagram is laid out as grids, "
                                     "one per trust boundary"));
}

void Importer::readDataAssets(ForeignObject &root)
{
    for (const auto &[name, value] : entries(m_ctx, root, QStringLiteral("data_assets"))) {
        const QString path = root.pathOf(QStringLiteral("data_assets")) + QLatin1Char('.') + name;
        if (!value.isObject())
            return m_ctx.fail(path, QStringLiteral("expected a data asset"));
        if (!m_ctx.countObject(path))
            return;
        ForeignObject o(m_ctx, value, path);
        DataAsset a;
        a.name = name.simplified();
        const QString id = o.text(QStringLiteral("id")).trimmed();
        a.description = o.text(QStringLiteral("description"));
        a.classification = o.text(QStringLiteral("confidentiality")).trimmed();
        const QString integrity = o.text(QStringLiteral("integrity"));
        const QString availability = o.text(QStringLiteral("availability"));
        if (!m_ctx.ok())
            return;
        if (id.isEmpty())
            return m_ctx.fail(o.pathOf(QStringLiteral("id")), QStringLiteral("missing; every data "
                                                                             "asset has an id"));
        a.id = m_ctx.stableId(QStringLiteral("data"), id);
        const std::pair<int *, int> levels[3]
            = {{&a.confidentiality, confidentialityLevel(a.classification)},
               {&a.integrity, criticalityLevel(integrity)},
               {&a.availability, criticalityLevel(availability)}};
        const QString given[3] = {a.classification, integrity, availability};
        const char *names[3] = {"confidentiality", "integrity", "availability"};
        for (int i = 0; i < 3; ++i) {
            if (levels[i].second >= 0)
                *levels[i].first = levels[i].second;
            else if (!given[i].isEmpty())
                m_ctx.approximate(subject(path), QStringLiteral("%1 \"%2\" is not one of "
                                                                "Threagile's values; left at 0")
                                                     .arg(QLatin1String(names[i]), given[i]));
        }
        if (m_dataIds.contains(id))
            m_ctx.approximate(subject(path), QStringLiteral("the id \"%1\" is also used by an "
                                                            "earlier data asset; references go to "
                                                            "that one")
                                                 .arg(id));
        else
            m_dataIds.insert(id, a.id);
        const QStringList rest = o.unread();
        if (!rest.isEmpty())
            m_ctx.drop(subject(path), QStringLiteral("fields with no equivalent: %1")
                                          .arg(rest.join(QStringLiteral(", "))));
        m_data.assets.insert(a.id, a);
    }
}

void Importer::readBoundaries(ForeignObject &root)
{
    for (const auto &[name, value] : entries(m_ctx, root, QStringLiteral("trust_boundaries"))) {
        const QString path
            = root.pathOf(QStringLiteral("trust_boundaries")) + QLatin1Char('.') + name;
        if (!value.isObject())
            return m_ctx.fail(path, QStringLiteral("expected a trust boundary"));
        if (!m_ctx.countObject(path))
            return;
        ForeignObject o(m_ctx, value, path);
        Boundary b;
        b.kind = BoundaryKind::Zone;
        b.name = name.simplified();
        const QString id = o.text(QStringLiteral("id")).trimmed();
        b.description = o.text(QStringLiteral("description"));
        const QString type = o.text(QStringLiteral("type")).trimmed();
        const QStringList inside = o.texts(QStringLiteral("technical_assets_inside"));
        const QStringList nested = o.texts(QStringLiteral("trust_boundaries_nested"));
        if (!m_ctx.ok())
            return;
        if (id.isEmpty())
            return m_ctx.fail(o.pathOf(QStringLiteral("id")),
                              QStringLiteral("missing; every trust boundary has an id"));
        b.id = m_ctx.stableId(QStringLiteral("boundary"), id);
        if (!type.isEmpty()) {
            b.description
                += QStringLiteral("%1Threagile type: %2")
                       .arg(b.description.isEmpty() ? QString() : QStringLiteral("\n\n"), type);
        }
        if (m_boundaryIds.contains(id))
            m_ctx.approximate(subject(path), QStringLiteral("the id \"%1\" is also used by an "
                                                            "earlier trust boundary; references "
                                                            "go to that one")
                                                 .arg(id));
        else
            m_boundaryIds.insert(id, b.id);
        for (const QString &assetId : inside) {
            const Id e = m_assetIds.value(assetId.trimmed());
            if (e.isNull()) {
                m_ctx.drop(subject(path), QStringLiteral("technical_assets_inside names \"%1\", "
                                                         "which is no technical asset")
                                              .arg(assetId));
                continue;
            }
            Element &el = m_data.elements[e];
            if (!el.zone.isNull())
                m_ctx.approximate(subject(path),
                                  QStringLiteral("\"%1\" is also inside \"%2\"; kept in the first")
                                      .arg(el.name, m_data.boundaries.value(el.zone).name));
            else
                el.zone = b.id;
        }
        m_nested.insert(b.id, nested);
        m_nestedPath.insert(b.id, path);
        const QStringList rest = o.unread();
        if (!rest.isEmpty())
            m_ctx.drop(subject(path), QStringLiteral("fields with no equivalent: %1")
                                          .arg(rest.join(QStringLiteral(", "))));
        m_boundaryOrder.append(b.id);
        m_data.boundaries.insert(b.id, b);
    }
}

void Importer::nestBoundaries()
{
    for (const Id &outer : std::as_const(m_boundaryOrder)) {
        for (const QString &id : m_nested.value(outer)) {
            const QString where = subject(m_nestedPath.value(outer));
            const Id inner = m_boundaryIds.value(id.trimmed());
            if (inner.isNull()) {
                m_ctx.drop(where, QStringLiteral("trust_boundaries_nested names \"%1\", which is "
                                                 "no trust boundary")
                                      .arg(id));
                continue;
            }
            // Refuse a nesting that would make a cycle: walk up from the outer boundary.
            bool cycle = inner == outer;
            for (Id up = m_data.boundaries.value(outer).parent; !up.isNull() && !cycle;
                 up = m_data.boundaries.value(up).parent)
                cycle = up == inner;
            Boundary &b = m_data.boundaries[inner];
            if (cycle)
                m_ctx.drop(where, QStringLiteral("nesting \"%1\" here would make a cycle; "
                                                 "ignored")
                                      .arg(b.name));
            else if (!b.parent.isNull())
                m_ctx.approximate(where, QStringLiteral("\"%1\" is also nested in \"%2\"; kept "
                                                        "there")
                                             .arg(b.name, m_data.boundaries.value(b.parent).name));
            else
                b.parent = outer;
        }
    }
    // Trust levels from the names and the nesting, outermost first.
    const QHash<Id, int> depths = zoneDepths(m_data, m_boundaryOrder);
    QList<Id> order = m_boundaryOrder;
    std::stable_sort(order.begin(), order.end(),
                     [&](const Id &a, const Id &b) { return depths.value(a) < depths.value(b); });
    for (const Id &id : std::as_const(order)) {
        Boundary &b = m_data.boundaries[id];
        const bool hasParent = !b.parent.isNull();
        QString why;
        b.trustLevel = pytm::guessTrustLevel(
            b.name, hasParent ? m_data.boundaries.value(b.parent).trustLevel : 0, hasParent, &why);
        m_ctx.approximate(subject(m_nestedPath.value(id)),
                          QStringLiteral("Threagile has no trust levels; set to %1 (%2)")
                              .arg(b.trustLevel)
                              .arg(why));
    }
}

void Importer::readRiskTracking(ForeignObject &root)
{
    struct Status
    {
        const char *name;
        ThreatStatus status;
    };
    static const Status statuses[] = {
        {"unchecked", ThreatStatus::New},       {"in-discussion", ThreatStatus::NeedsReview},
        {"accepted", ThreatStatus::Accepted},   {"in-progress", ThreatStatus::NeedsReview},
        {"mitigated", ThreatStatus::Mitigated}, {"false-positive", ThreatStatus::NotApplicable},
    };
    for (const auto &[key, value] : entries(m_ctx, root, QStringLiteral("risk_tracking"))) {
        const QString path = root.pathOf(QStringLiteral("risk_tracking")) + QLatin1Char('.') + key;
        if (!value.isObject())
            return m_ctx.fail(path, QStringLiteral("expected a risk tracking entry"));
        if (!m_ctx.countObject(path))
            return;
        ForeignObject o(m_ctx, value, path);
        const QString status = o.text(QStringLiteral("status")).trimmed();
        const QString justification = o.text(QStringLiteral("justification")).trimmed();
        const QString ticket = o.text(QStringLiteral("ticket")).trimmed();
        o.skip({QStringLiteral("date"), QStringLiteral("checked_by")});
        if (!m_ctx.ok())
            return;
        Threat th;
        th.id = m_ctx.stableId(QStringLiteral("threat"), key);
        // "rule-id@asset@link...": the rule names the risk, the rest what it is about.
        const QStringList parts = key.split(QLatin1Char('@'));
        th.title = parts.first().trimmed();
        if (th.title.isEmpty())
            th.title = key;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const Id e = m_assetIds.value(parts[i].trimmed());
            if (m_data.elements.contains(e)) {
                const Element &el = m_data.elements.value(e);
                th.involved.append({el.id, involvedKind(el.kind), el.name});
            }
        }
        static const std::pair<const char *, StrideCategory> words[] = {
            {"inject|tamper|integrity|xss|forgery|traversal", StrideCategory::Tampering},
            {"unencrypted|disclos|leak|exposure|secret|vault|clear-text",
             StrideCategory::InformationDisclosure},
            {"authentication|spoof|identity", StrideCategory::Spoofing},
            {"denial|dos|availability|redundan", StrideCategory::DenialOfService},
            {"privilege|authorization|escalat|container|hardening",
             StrideCategory::ElevationOfPrivilege},
            {"log|audit|repudiat", StrideCategory::Repudiation},
        };
        bool matched = false;
        for (const auto &[pattern, category] : words) {
            for (const QString &w : QString::fromLatin1(pattern).split(QLatin1Char('|'))) {
                if (!matched && th.title.contains(w)) {
                    th.category = category;
                    matched = true;
                }
            }
        }
        m_ctx.approximate(subject(path),
                          QStringLiteral("a tracked Threagile risk, imported as a threat added by "
                                         "hand; category %1 %2")
                              .arg(categoryTitle(th.category),
                                   matched ? QStringLiteral("guessed from the rule id")
                                           : QStringLiteral("by default")));
        bool known = false;
        for (const Status &s : statuses) {
            if (status == QLatin1String(s.name)) {
                th.status = s.status;
                known = true;
            }
        }
        if (!known)
            m_ctx.approximate(subject(path),
                              QStringLiteral("status \"%1\" read as \"new\"").arg(status));
        if (statusNeedsJustification(th.status))
            th.justification = justification.isEmpty()
                                   ? QStringLiteral("Marked \"%1\" in Threagile, without a "
                                                    "reason.")
                                         .arg(status)
                                   : justification;
        else if (!justification.isEmpty())
            th.description = QStringLiteral("Justification (Threagile): ") + justification;
        if (!ticket.isEmpty())
            th.description
                += QStringLiteral("%1Ticket: %2")
                       .arg(th.description.isEmpty() ? QString() : QStringLiteral("\n"), ticket);
        for (const QString &field : o.unread())
            m_ctx.drop(subject(path), field + QStringLiteral(" has no equivalent"));
        m_data.threats.insert(th.id, th);
    }
}

} // namespace threagile

} // namespace tb
