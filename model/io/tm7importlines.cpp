// TMT lines: connectors become flows, line boundaries polylines. A connector end that hangs free
// is attached to the element under it or to a stand-in external entity, and both are reported.

#include "pytmimportprivate.h"
#include "tm7importprivate.h"

namespace tb::tm7 {

namespace {

constexpr QSizeF kPlaceholderSize(100, 100);
constexpr int kCurveSegments = 8;

bool isNullGuid(const QString &guid)
{
    return guid.isEmpty() || QUuid::fromString(guid).isNull();
}

// The protocol a TMCore flow stencil names; empty for the generic flow.
QString protocolFor(const Shape &shape)
{
    if (!shape.type.startsWith(QLatin1String("SE.DF.")))
        return {};
    return shape.label;
}

} // namespace

Id Importer::elementAt(const Surface &s, QPointF point) const
{
    Id hit;
    double hitArea = 0;
    for (const Id &node : s.nodes) {
        const QRectF r = s.diagram.placements.value(node).rect;
        const double area = r.width() * r.height();
        if (r.contains(point) && (hit.isNull() || area < hitArea)) {
            hit = node;
            hitArea = area;
        }
    }
    return hit;
}

void Importer::addLine(Surface &s, const XmlNode &entry)
{
    const std::optional<Shape> shape = readShape(entry, s);
    if (!shape)
        return;
    if (shape->generic == QLatin1String("GE.DF"))
        return addFlow(s, *shape, *shape->node);
    if (shape->generic == QLatin1String("GE.TB.L"))
        return addLineBoundary(s, *shape, *shape->node);
    m_ctx.drop(shape->subject, QStringLiteral("generic type \"%1\" is not a data flow or line "
                                              "boundary; not imported")
                                   .arg(shape->generic));
}

Id Importer::resolveEnd(Surface &s, const Shape &shape, const XmlNode &value, bool source)
{
    const QString end = source ? QStringLiteral("source") : QStringLiteral("target");
    const QString guid
        = value.childText(source ? QLatin1String("SourceGuid") : QLatin1String("TargetGuid"))
              .toLower();
    const std::optional<double> x
        = number(value, source ? QLatin1String("SourceX") : QLatin1String("TargetX"));
    const std::optional<double> y
        = number(value, source ? QLatin1String("SourceY") : QLatin1String("TargetY"));
    if (!m_ctx.ok())
        return {};
    QString why;
    if (!isNullGuid(guid)) {
        const Id id = m_byGuid.value(guid);
        if (m_data.elements.contains(id) && s.diagram.placements.contains(id))
            return id; // an element of this diagram
        why = m_data.boundaries.contains(id)
                  ? QStringLiteral("attached to the trust boundary \"%1\"")
                        .arg(m_data.boundaries.value(id).name)
                  : QStringLiteral("attached to %1, which is no element of this diagram").arg(guid);
    } else {
        why = QStringLiteral("not attached");
    }
    if (!x || !y)
        return {};
    // Finding the element under a point scans the diagram: keep the number of scans bounded.
    if (++m_freeEnds > kMaxFreeEnds) {
        fail(value, QStringLiteral("more than %1 flow ends attached to nothing").arg(kMaxFreeEnds));
        return {};
    }
    const QPointF at(*x, *y);
    if (const Id hit = elementAt(s, at); !hit.isNull()) {
        m_ctx.approximate(shape.subject,
                          QStringLiteral("the %1 end is %2, over \"%3\"; attached to it")
                              .arg(end, why, m_data.elements.value(hit).name));
        return hit;
    }
    Element e;
    e.id = m_ctx.stableId(QStringLiteral("placeholder"), shape.guid + QLatin1Char('/') + end);
    e.kind = ElementKind::ExternalEntity;
    e.name = shape.name.isEmpty() ? QStringLiteral("Unattached %1 of a flow").arg(end)
                                  : QStringLiteral("Unattached %1 of \"%2\"").arg(end, shape.name);
    e.description = QStringLiteral("Stands in for the free end of a Threat Modeling Tool data "
                                   "flow.");
    const QRectF rect(at - QPointF(kPlaceholderSize.width(), kPlaceholderSize.height()) / 2,
                      kPlaceholderSize);
    bool byCentre = false;
    e.zone = zoneFor(s, rect, &byCentre);
    s.diagram.placements.insert(e.id, {rect, {}});
    m_data.elements.insert(e.id, e);
    m_ctx.approximate(shape.subject,
                      QStringLiteral("the %1 end is %2 at (%3, %4); connected to a new external "
                                     "entity \"%5\"")
                          .arg(end, why)
                          .arg(at.x())
                          .arg(at.y())
                          .arg(e.name));
    return e.id;
}

void Importer::addFlow(Surface &s, const Shape &shape, const XmlNode &value)
{
    const Id source = resolveEnd(s, shape, value, true);
    const Id target = resolveEnd(s, shape, value, false);
    const std::optional<double> hx = number(value, QLatin1String("HandleX"));
    const std::optional<double> hy = number(value, QLatin1String("HandleY"));
    if (!m_ctx.ok())
        return;
    if (source.isNull() || target.isNull())
        return m_ctx.drop(shape.subject, QStringLiteral("an end is attached to nothing and has no "
                                                        "position; not imported"));
    if (source == target)
        return m_ctx.drop(shape.subject,
                          QStringLiteral("both ends are \"%1\"; a flow connects two different "
                                         "elements, so it is not imported")
                              .arg(m_data.elements.value(source).name));
    Flow f;
    f.id = m_ctx.stableId(QStringLiteral("flow"), shape.guid);
    f.source = source;
    f.target = target;
    f.name = shape.name;
    f.protocol = protocolFor(shape);
    QString noStencil;
    mapAttributes(shape, PropertyTarget::Flow, f.properties, &noStencil);
    if (!f.properties.contains(QStringLiteral("encrypted"))
        && pytm::protocolImpliesEncryption(f.protocol)
        && PropertyCatalog::builtIn().check(PropertyTarget::Flow, QStringLiteral("encrypted"),
                                            true)) {
        f.properties.insert(QStringLiteral("encrypted"), true);
        m_ctx.approximate(shape.subject, QStringLiteral("protocol \"%1\" implies encryption; "
                                                        "encrypted set")
                                             .arg(f.protocol));
    }
    if (const QString t = pytm::transportForProtocol(f.protocol);
        !t.isEmpty()
        && PropertyCatalog::builtIn().check(PropertyTarget::Flow, QStringLiteral("transport"), t)) {
        f.properties.insert(QStringLiteral("transport"), t);
        m_ctx.approximate(
            shape.subject,
            QStringLiteral("protocol \"%1\" read as transport \"%2\"").arg(f.protocol, t));
    }
    QList<QPointF> bends;
    if (hx && hy) {
        bends.append(QPointF(*hx, *hy));
        ++m_flowHandles;
    }
    if (!m_byGuid.contains(shape.guid))
        m_byGuid.insert(shape.guid, f.id);
    else
        m_ctx.approximate(shape.subject, QStringLiteral("the guid %1 is also used by an earlier "
                                                        "object; threats naming it go to that one")
                                             .arg(shape.guid));
    s.diagram.placements.insert(f.id, {QRectF(), bends});
    m_subjects.insert(f.id, shape.subject);
    m_data.flows.insert(f.id, f);
}

void Importer::addLineBoundary(Surface &s, const Shape &shape, const XmlNode &value)
{
    QPointF p[3];
    const char *names[3][2]
        = {{"SourceX", "SourceY"}, {"HandleX", "HandleY"}, {"TargetX", "TargetY"}};
    for (int i = 0; i < 3; ++i) {
        const std::optional<double> x = number(value, QLatin1String(names[i][0]));
        const std::optional<double> y = number(value, QLatin1String(names[i][1]));
        if (!m_ctx.ok())
            return;
        if (!x || !y) {
            if (i == 1) { // no handle: a straight line
                p[1] = QPointF(qQNaN(), qQNaN());
                continue;
            }
            return m_ctx.drop(shape.subject,
                              QStringLiteral("no <%1> and <%2>; a line boundary "
                                             "needs both ends, so it is not "
                                             "imported")
                                  .arg(QLatin1String(names[i][0]), QLatin1String(names[i][1])));
        }
        p[i] = QPointF(*x, *y);
    }
    QList<QPointF> points;
    if (std::isnan(p[1].x())) {
        points = {p[0], p[2]};
    } else {
        // TMT draws a curve through its handle: the quadratic Bezier passing through the handle
        // at its middle, sampled as a polyline.
        const QPointF control = 2 * p[1] - (p[0] + p[2]) / 2;
        for (int i = 0; i <= kCurveSegments; ++i) {
            const double t = double(i) / kCurveSegments;
            points.append((1 - t) * (1 - t) * p[0] + 2 * (1 - t) * t * control + t * t * p[2]);
        }
    }
    Boundary b;
    b.id = m_ctx.stableId(QStringLiteral("boundary"), shape.guid);
    b.kind = BoundaryKind::Line;
    b.name = shape.name.isEmpty() ? QStringLiteral("Trust boundary") : shape.name;
    QString why;
    b.trustLevel = pytm::guessTrustLevel(b.name, 0, false, &why);
    QString noStencil;
    mapAttributes(shape, PropertyTarget::Line, b.properties, &noStencil);
    m_ctx.approximate(shape.subject,
                      QStringLiteral("a line boundary drawn as a curve, kept as a polyline of %1 "
                                     "points; the Threat Modeling Tool has no trust levels, set "
                                     "to %2 (%3)")
                          .arg(points.size())
                          .arg(b.trustLevel)
                          .arg(why));
    if (!m_byGuid.contains(shape.guid))
        m_byGuid.insert(shape.guid, b.id);
    s.diagram.placements.insert(b.id, {QRectF(), points});
    m_subjects.insert(b.id, shape.subject);
    m_data.boundaries.insert(b.id, b);
}

} // namespace tb::tm7
