// Threat Dragon nodes and boundaries: elements with their flags mapped onto catalogue
// properties, boxes as zones, curves as line boundaries.

#include "pytmimportprivate.h"
#include "threatdragonimportprivate.h"

#include <QRegularExpression>

namespace tb::threatdragon {

namespace {

QString defaultName(CellKind kind)
{
    return kind == CellKind::Actor   ? QStringLiteral("Actor")
           : kind == CellKind::Store ? QStringLiteral("Store")
                                     : QStringLiteral("Process");
}

// Keys of a v1 cell that are layout or bookkeeping, not model data.
const QStringList &v1LayoutKeys()
{
    static const QStringList keys{
        QStringLiteral("type"),      QStringLiteral("size"),     QStringLiteral("position"),
        QStringLiteral("angle"),     QStringLiteral("id"),       QStringLiteral("z"),
        QStringLiteral("attrs"),     QStringLiteral("smooth"),   QStringLiteral("source"),
        QStringLiteral("target"),    QStringLiteral("vertices"), QStringLiteral("labels"),
        QStringLiteral("ruleSetId"), QStringLiteral("embeds"),   QStringLiteral("parent"),
    };
    return keys;
}

} // namespace

bool Importer::setProperty(Properties &props, PropertyTarget target, const QString &key,
                           const QJsonValue &value, const QString &subject)
{
    if (Result<void> r = PropertyCatalog::builtIn().check(target, key, value); !r) {
        m_ctx.drop(subject, QStringLiteral("%1 (%2) does not fit the property catalogue: %3")
                                .arg(key, pytm::shortValue(value), r.error().message));
        return false;
    }
    props.insert(key, value);
    return true;
}

void Importer::readScope(ForeignObject &data, const Cell &c)
{
    const bool outOfScope = data.isTrue(QStringLiteral("outOfScope"));
    const QString reason = data.text(QStringLiteral("reasonOutOfScope")).trimmed();
    data.skip({QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("hasOpenThreats"),
               QStringLiteral("threatFrequency"), QStringLiteral("isTrustBoundary")});
    if (c.v1)
        data.skip(v1LayoutKeys());
    if (outOfScope)
        m_ctx.approximate(c.subject, reason.isEmpty()
                                         ? QStringLiteral("out of scope in Threat Dragon; "
                                                          "imported like any other")
                                         : QStringLiteral("out of scope in Threat Dragon (\"%1\"); "
                                                          "imported like any other")
                                               .arg(reason));
}

void Importer::addNode(DiagramState &s, const Cell &c)
{
    if (!m_ctx.countObject(c.path))
        return;
    Element e;
    e.id = claimCell(s, c, QStringLiteral("element"));
    e.kind = c.kind == CellKind::Actor   ? ElementKind::ExternalEntity
             : c.kind == CellKind::Store ? ElementKind::DataStore
                                         : ElementKind::Process;
    e.name = c.name;
    if (e.name.isEmpty()) {
        e.name = defaultName(c.kind);
        m_ctx.approximate(c.subject, QStringLiteral("the name is empty; named \"%1\"").arg(e.name));
    }
    ForeignObject data(m_ctx, c.data, c.dataPath);
    e.description = data.text(QStringLiteral("description"));
    readScope(data, c);
    readNodeData(data, c, e);
    readThreats(data, c, {{e.id, involvedKind(e.kind), e.name}}, s.type);
    for (const QString &field : data.unread())
        m_ctx.drop(c.subject, field + QStringLiteral(" has no equivalent"));
    s.nodes.append(e.id);
    s.diagram.placements.insert(e.id, {c.rect, {}});
    m_data.elements.insert(e.id, e);
}

void Importer::readNodeData(ForeignObject &data, const Cell &c, Element &e)
{
    const PropertyTarget target = propertyTarget(e.kind);
    const auto noEquivalent = [&](const char *key) {
        if (data.isTrue(QLatin1String(key)))
            m_ctx.drop(c.subject,
                       QStringLiteral("%1 (true) has no equivalent").arg(QLatin1String(key)));
    };
    if (c.kind == CellKind::Actor) {
        noEquivalent("providesAuthentication");
    } else if (c.kind == CellKind::Process) {
        if (data.isTrue(QStringLiteral("isWebApplication")))
            e.stencil = QStringLiteral("web-application");
        noEquivalent("handlesCardPayment");
        noEquivalent("handlesGoodsOrServices");
        const QString privilege = data.text(QStringLiteral("privilegeLevel")).trimmed();
        static const QRegularExpression high(
            QStringLiteral(
                "\\b(root|admin\\w*|system|privileged|elevated|superuser|kernel|high)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (!privilege.isEmpty() && high.match(privilege).hasMatch()
            && setProperty(e.properties, target, QStringLiteral("runsAsPrivileged"), true,
                           c.subject))
            m_ctx.approximate(c.subject, QStringLiteral("privilegeLevel \"%1\" read as "
                                                        "runsAsPrivileged")
                                             .arg(privilege));
        else if (!privilege.isEmpty())
            m_ctx.drop(c.subject, QStringLiteral("privilegeLevel \"%1\" has no equivalent (only "
                                                 "privileged levels map, to runsAsPrivileged)")
                                      .arg(privilege));
    } else {
        const std::pair<const char *, const char *> flags[] = {
            {"isALog", "storesLogs"},
            {"storesCredentials", "storesCredentials"},
            {"isEncrypted", "encryptedAtRest"},
        };
        for (const auto &[td, ours] : flags) {
            if (data.isTrue(QLatin1String(td)))
                setProperty(e.properties, target, QLatin1String(ours), true, c.subject);
        }
        if (e.properties.contains(QStringLiteral("storesLogs")))
            e.stencil = QStringLiteral("log-store");
        noEquivalent("isSigned");
        noEquivalent("storesInventory");
        QString why;
        if (e.stencil.isEmpty())
            e.stencil = pytm::guessStoreStencilFromName(e.name, &why);
        if (!why.isEmpty())
            m_ctx.approximate(
                c.subject, QStringLiteral("given stencil \"%1\" because %2").arg(e.stencil, why));
    }
}

void Importer::addBox(DiagramState &s, const Cell &c)
{
    if (!m_ctx.countObject(c.path))
        return;
    Boundary b;
    b.id = claimCell(s, c, QStringLiteral("boundary"));
    b.kind = BoundaryKind::Zone;
    b.name = c.name;
    if (b.name.isEmpty()) {
        b.name = QStringLiteral("Trust boundary %1").arg(s.boxes.size() + 1);
        m_ctx.approximate(c.subject, QStringLiteral("the name is empty; named \"%1\"").arg(b.name));
    }
    ForeignObject data(m_ctx, c.data, c.dataPath);
    b.description = data.text(QStringLiteral("description"));
    if (data.boolean(QStringLiteral("isTrustBoundary")) == false)
        m_ctx.approximate(c.subject, QStringLiteral("not marked as a trust boundary; imported as "
                                                    "a zone all the same"));
    readScope(data, c);
    readThreats(data, c, {}, s.type);
    for (const QString &field : data.unread())
        m_ctx.drop(c.subject, field + QStringLiteral(" has no equivalent"));
    s.boxes.append(b.id);
    s.diagram.placements.insert(b.id, {c.rect, {}});
    m_data.boundaries.insert(b.id, b);
}

void Importer::addCurve(DiagramState &s, const Cell &c)
{
    if (!m_ctx.countObject(c.path))
        return;
    const auto endPoint = [&](const End &end) -> std::optional<QPointF> {
        if (end.point)
            return end.point;
        const auto placed = s.diagram.placements.constFind(s.byCell.value(end.cell));
        if (!end.cell.isEmpty() && placed != s.diagram.placements.cend() && !placed->rect.isNull())
            return placed->rect.center();
        return std::nullopt;
    };
    QList<QPointF> points;
    if (const std::optional<QPointF> p = endPoint(c.source))
        points.append(*p);
    points.append(c.vertices);
    if (const std::optional<QPointF> p = endPoint(c.target))
        points.append(*p);
    ForeignObject data(m_ctx, c.data, c.dataPath);
    const QString description = data.text(QStringLiteral("description"));
    data.skip({QStringLiteral("isTrustBoundary")});
    readScope(data, c);
    readThreats(data, c, {}, s.type);
    for (const QString &field : data.unread())
        m_ctx.drop(c.subject, field + QStringLiteral(" has no equivalent"));
    if (points.size() < 2)
        return m_ctx.drop(c.subject, QStringLiteral("the curve has fewer than two points; not "
                                                    "imported"));
    Boundary b;
    b.id = claimCell(s, c, QStringLiteral("boundary"));
    b.kind = BoundaryKind::Line;
    b.description = description;
    b.name = c.name.isEmpty() ? QStringLiteral("Trust boundary") : c.name;
    QString why;
    b.trustLevel = pytm::guessTrustLevel(b.name, 0, false, &why);
    m_ctx.approximate(c.subject, QStringLiteral("%1a line boundary; Threat Dragon has no trust "
                                                "levels, set to %2 (%3)")
                                     .arg(c.name.isEmpty() ? QStringLiteral(
                                              "unnamed, so named \"Trust boundary\"; ")
                                                           : QString())
                                     .arg(b.trustLevel)
                                     .arg(why));
    s.diagram.placements.insert(b.id, {QRectF(), points});
    m_data.boundaries.insert(b.id, b);
}

} // namespace tb::threatdragon
