// Threat Dragon flows. Real files hold flows whose ends hang free: an end over an element is
// attached to it, an end over nothing gets a stand-in external entity, and a flow with neither
// end attached is dropped; each case is reported, and the flow's threats are always kept.

#include "pytmimportprivate.h"
#include "threatdragonimportprivate.h"

namespace tb::threatdragon {

namespace {
constexpr QSizeF kPlaceholderSize(120, 60);

QString pointText(QPointF p)
{
    return QStringLiteral("(%1, %2)").arg(p.x()).arg(p.y());
}
} // namespace

Id Importer::resolveEnd(const DiagramState &s, const End &end, std::optional<QPointF> *point,
                        QString *why)
{
    *point = end.point;
    if (!end.cell.isEmpty()) {
        const Id id = s.byCell.value(end.cell);
        if (m_data.elements.contains(id))
            return id;
        if (m_data.boundaries.contains(id)) {
            *why = QStringLiteral("attached to the trust boundary \"%1\"")
                       .arg(m_data.boundaries.value(id).name);
            if (!*point)
                *point = s.diagram.placements.value(id).rect.center();
        } else {
            *why = QStringLiteral("attached to cell \"%1\", which is no element of this diagram")
                       .arg(end.cell);
        }
    } else if (end.point) {
        *why = QStringLiteral("a free point at %1").arg(pointText(*end.point));
    } else {
        *why = QStringLiteral("missing");
    }
    if (*point) {
        const Id hit = elementAt(s, **point);
        if (!hit.isNull()) {
            *why += QStringLiteral(", over \"%1\"; attached to it")
                        .arg(m_data.elements.value(hit).name);
            return hit;
        }
    }
    return {};
}

Id Importer::addPlaceholder(DiagramState &s, const Cell &c, bool isSource, QPointF at)
{
    Element e;
    const QString end = isSource ? QStringLiteral("source") : QStringLiteral("target");
    e.id = m_ctx.stableId(QStringLiteral("placeholder"), idString(s.diagram.id) + QLatin1Char('/')
                                                             + c.id + QLatin1Char('/') + end);
    e.kind = ElementKind::ExternalEntity;
    e.name = c.name.isEmpty() ? QStringLiteral("Unattached %1 of a flow").arg(end)
                              : QStringLiteral("Unattached %1 of \"%2\"").arg(end, c.name);
    e.description = QStringLiteral("Stands in for the free end of a Threat Dragon data flow.");
    const QRectF rect(at - QPointF(kPlaceholderSize.width(), kPlaceholderSize.height()) / 2,
                      kPlaceholderSize);
    bool byCentre = false;
    e.zone = zoneFor(s, rect, &byCentre);
    s.diagram.placements.insert(e.id, {rect, {}});
    m_data.elements.insert(e.id, e);
    return e.id;
}

bool Importer::readFlowData(ForeignObject &data, const Cell &c, Flow &f)
{
    f.description = data.text(QStringLiteral("description"));
    f.protocol = data.text(QStringLiteral("protocol")).trimmed();
    const bool encrypted = data.isTrue(QStringLiteral("isEncrypted"));
    const bool publicNetwork = data.isTrue(QStringLiteral("isPublicNetwork"));
    const bool bidirectional = data.isTrue(QStringLiteral("isBidirectional"));
    readScope(data, c);
    if (encrypted)
        setProperty(f.properties, PropertyTarget::Flow, QStringLiteral("encrypted"), true,
                    c.subject);
    if (publicNetwork)
        setProperty(f.properties, PropertyTarget::Flow, QStringLiteral("publicNetwork"), true,
                    c.subject);
    if (!encrypted && pytm::protocolImpliesEncryption(f.protocol)
        && setProperty(f.properties, PropertyTarget::Flow, QStringLiteral("encrypted"), true,
                       c.subject))
        m_ctx.approximate(c.subject, QStringLiteral("protocol \"%1\" implies encryption; "
                                                    "encrypted set although isEncrypted is not")
                                         .arg(f.protocol));
    if (const QString t = pytm::transportForProtocol(f.protocol);
        !t.isEmpty()
        && setProperty(f.properties, PropertyTarget::Flow, QStringLiteral("transport"), t,
                       c.subject))
        m_ctx.approximate(
            c.subject,
            QStringLiteral("protocol \"%1\" read as transport \"%2\"").arg(f.protocol, t));
    return bidirectional;
}

void Importer::addFlow(DiagramState &s, const Cell &c)
{
    if (!m_ctx.countObject(c.path))
        return;
    std::optional<QPointF> at[2];
    QString why[2];
    Id ends[2]
        = {resolveEnd(s, c.source, &at[0], &why[0]), resolveEnd(s, c.target, &at[1], &why[1])};
    Flow f;
    f.name = c.name;
    ForeignObject data(m_ctx, c.data, c.dataPath);
    const bool bidirectional = readFlowData(data, c, f);
    const QString names[2] = {QStringLiteral("source"), QStringLiteral("target")};
    for (int k = 0; k < 2; ++k) {
        if (!ends[k].isNull() && !why[k].isEmpty())
            m_ctx.approximate(c.subject, QStringLiteral("the %1 end is %2").arg(names[k], why[k]));
    }
    QString droppedWhy;
    if (ends[0].isNull() && ends[1].isNull())
        droppedWhy = QStringLiteral("neither end is attached to an element (source %1; target "
                                    "%2); not imported")
                         .arg(why[0], why[1]);
    else if (ends[0] == ends[1])
        droppedWhy = QStringLiteral("both ends are \"%1\"; a flow connects two different "
                                    "elements, so it is not imported")
                         .arg(m_data.elements.value(ends[0]).name);
    if (!droppedWhy.isEmpty()) {
        m_ctx.drop(c.subject, droppedWhy);
        readThreats(data, c, {}, s.type);
        return;
    }
    for (int k = 0; k < 2; ++k) {
        if (!ends[k].isNull())
            continue;
        // No point known: put the stand-in beside the attached end.
        const QPointF place = at[k].value_or(s.diagram.placements.value(ends[1 - k]).rect.center()
                                             + QPointF(k ? 200 : -200, 0));
        ends[k] = addPlaceholder(s, c, k == 0, place);
        m_ctx.approximate(c.subject,
                          QStringLiteral("the %1 end is %2; connected to a new external "
                                         "entity \"%3\"")
                              .arg(names[k], why[k], m_data.elements.value(ends[k]).name));
    }
    f.id = m_ctx.stableId(QStringLiteral("flow"), idString(s.diagram.id) + QLatin1Char('/') + c.id);
    f.source = ends[0];
    f.target = ends[1];
    const Element &src = m_data.elements[f.source];
    const Element &dst = m_data.elements[f.target];
    readThreats(data, c,
                {{src.id, involvedKind(src.kind), src.name},
                 {f.id, QStringLiteral("flow"), f.name},
                 {dst.id, involvedKind(dst.kind), dst.name}},
                s.type);
    for (const QString &field : data.unread())
        m_ctx.drop(c.subject, field + QStringLiteral(" has no equivalent"));
    s.diagram.placements.insert(f.id, {QRectF(), c.vertices});
    m_data.flows.insert(f.id, f);
    if (!bidirectional)
        return;
    Flow back = f;
    back.id = m_ctx.stableId(QStringLiteral("flow-back"), idString(f.id));
    std::swap(back.source, back.target);
    QList<QPointF> bends = c.vertices;
    std::reverse(bends.begin(), bends.end());
    s.diagram.placements.insert(back.id, {QRectF(), bends});
    m_data.flows.insert(back.id, back);
    m_ctx.approximate(c.subject, QStringLiteral("bidirectional; imported as two flows, one each "
                                                "way (its threats stay with the first)"));
}

} // namespace tb::threatdragon
