// Threat Dragon cells: v1 (JointJS "type", fields on the cell) and v2 (X6 "shape", fields in
// "data") read alike; nodes become elements, boxes zones, curves line boundaries.

#include "threatdragonimportprivate.h"

#include <QJsonArray>

#include <cmath>

namespace tb::threatdragon {

namespace {

constexpr QSizeF kDefaultSize(120, 60);

CellKind kindOf(const QString &shape)
{
    static const QHash<QString, CellKind> kinds{
        {QStringLiteral("actor"), CellKind::Actor},
        {QStringLiteral("process"), CellKind::Process},
        {QStringLiteral("store"), CellKind::Store},
        {QStringLiteral("flow"), CellKind::Flow},
        {QStringLiteral("trust-boundary-box"), CellKind::Box},
        {QStringLiteral("trust-boundary-curve"), CellKind::Curve},
        {QStringLiteral("trust-broundary-curve"), CellKind::Curve}, // misspelt in real files
        {QStringLiteral("td-text-block"), CellKind::Text},
        {QStringLiteral("tm.actor"), CellKind::Actor},
        {QStringLiteral("tm.process"), CellKind::Process},
        {QStringLiteral("tm.store"), CellKind::Store},
        {QStringLiteral("tm.flow"), CellKind::Flow},
        {QStringLiteral("tm.boundarybox"), CellKind::Box},
        {QStringLiteral("tm.boundary"), CellKind::Curve},
        {QStringLiteral("tm.text"), CellKind::Text},
    };
    return kinds.value(shape.toLower(), CellKind::Unknown);
}

// Display text: attrs.text.text (nodes), attrs.label.text (boxes), or the first label (flows).
QString displayText(const QJsonObject &cell)
{
    const QJsonObject attrs = cell.value(QLatin1String("attrs")).toObject();
    for (const char *key : {"text", "label", "labelText"}) {
        const QJsonValue t
            = attrs.value(QLatin1String(key)).toObject().value(QLatin1String("text"));
        if (t.isString() && !t.toString().trimmed().isEmpty())
            return t.toString();
    }
    const QJsonValue label = cell.value(QLatin1String("labels")).toArray().at(0);
    if (label.isString())
        return label.toString();
    const QJsonObject labelAttrs = label.toObject().value(QLatin1String("attrs")).toObject();
    for (const char *key : {"text", "labelText"}) {
        const QJsonValue t
            = labelAttrs.value(QLatin1String(key)).toObject().value(QLatin1String("text"));
        if (t.isString())
            return t.toString();
    }
    return {};
}

bool inRange(double v)
{
    return std::abs(v) <= kMaxCoordinate;
}

} // namespace

std::optional<Cell> Importer::readCell(const QJsonValue &value, const QString &path, bool v1,
                                       const QString &label)
{
    if (!value.isObject()) {
        m_ctx.fail(path, QStringLiteral("expected an object"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    ForeignObject cell(m_ctx, value, path);
    Cell c;
    c.path = path;
    c.shape = cell.text(v1 ? QStringLiteral("type") : QStringLiteral("shape"));
    c.id = cell.text(QStringLiteral("id"));
    c.v1 = v1;
    c.data = v1 ? value : o.value(QLatin1String("data"));
    c.dataPath = v1 ? path : path + QStringLiteral(".data");
    if (!v1 && !c.data.isObject() && !c.data.isUndefined() && !c.data.isNull())
        m_ctx.fail(cell.pathOf(QStringLiteral("data")), QStringLiteral("expected an object"));
    const QJsonObject data = c.data.toObject();
    c.kind = kindOf(c.shape);
    if (c.kind == CellKind::Unknown && data.value(QLatin1String("type")).isString())
        c.kind = kindOf(data.value(QLatin1String("type")).toString());
    const QJsonValue name = data.value(QLatin1String("name"));
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        m_ctx.fail(c.dataPath + QStringLiteral(".name"), QStringLiteral("expected text"));
    c.name = name.toString().trimmed().isEmpty() ? displayText(o) : name.toString();
    c.name = c.name.simplified(); // Threat Dragon breaks long labels over lines
    if (c.id.isEmpty() && m_ctx.ok() && c.kind != CellKind::Text && c.kind != CellKind::Unknown)
        m_ctx.fail(cell.pathOf(QStringLiteral("id")), QStringLiteral("missing; expected the "
                                                                     "cell's id"));
    c.subject = label + QLatin1Char(' ') + path.mid(path.lastIndexOf(QLatin1Char('.')) + 1);
    if (!c.name.isEmpty())
        c.subject += QStringLiteral(" \"%1\"").arg(c.name);
    if (c.kind != CellKind::Text && c.kind != CellKind::Unknown)
        readGeometry(cell, c, v1);
    if (!m_ctx.ok())
        return std::nullopt;
    return c;
}

void Importer::readGeometry(ForeignObject &cell, Cell &c, bool v1)
{
    const auto point = [&](ForeignObject &o, const QString &what) -> std::optional<QPointF> {
        const std::optional<double> x = o.number(QStringLiteral("x"));
        const std::optional<double> y = o.number(QStringLiteral("y"));
        if (!m_ctx.ok())
            return std::nullopt;
        if (x.has_value() != y.has_value() || (!x && !what.isEmpty())) {
            m_ctx.fail(o.path(), QStringLiteral("expected %1 with both x and y").arg(what));
            return std::nullopt;
        }
        if (x && (!inRange(*x) || !inRange(*y))) {
            m_ctx.fail(o.path(), QStringLiteral("coordinates beyond ±%1").arg(kMaxCoordinate));
            return std::nullopt;
        }
        return x ? std::optional<QPointF>(QPointF(*x, *y)) : std::nullopt;
    };
    if (c.kind == CellKind::Flow || c.kind == CellKind::Curve) {
        c.source = readEnd(cell, QStringLiteral("source"), v1);
        c.target = readEnd(cell, QStringLiteral("target"), v1);
        for (const auto &[v, path] : cell.array(QStringLiteral("vertices"))) {
            ForeignObject p(m_ctx, v, path);
            if (const std::optional<QPointF> pt = point(p, QStringLiteral("a point")))
                c.vertices.append(*pt);
            if (!m_ctx.ok())
                return;
        }
        return;
    }
    ForeignObject position = cell.object(QStringLiteral("position"));
    const std::optional<QPointF> at = point(position, QStringLiteral("a position"));
    ForeignObject size = cell.object(QStringLiteral("size"));
    const std::optional<double> w = size.number(QStringLiteral("width"));
    const std::optional<double> h = size.number(QStringLiteral("height"));
    if (!m_ctx.ok() || !at)
        return;
    if ((w && !inRange(*w)) || (h && !inRange(*h)))
        return m_ctx.fail(size.path(), QStringLiteral("size beyond %1").arg(kMaxCoordinate));
    c.rect = QRectF(*at, kDefaultSize);
    if (w && h && *w >= 1 && *h >= 1)
        c.rect.setSize(QSizeF(*w, *h));
    else
        m_ctx.approximate(c.subject, QStringLiteral("no usable size; drawn %1 × %2")
                                         .arg(kDefaultSize.width())
                                         .arg(kDefaultSize.height()));
}

End Importer::readEnd(ForeignObject &cell, const QString &key, bool v1)
{
    ForeignObject o = cell.object(key);
    End end;
    end.cell = o.text(v1 ? QStringLiteral("id") : QStringLiteral("cell"));
    const std::optional<double> x = o.number(QStringLiteral("x"));
    const std::optional<double> y = o.number(QStringLiteral("y"));
    if (x.has_value() != y.has_value())
        m_ctx.fail(o.path(), QStringLiteral("expected both x and y"));
    else if (x && (!inRange(*x) || !inRange(*y)))
        m_ctx.fail(o.path(), QStringLiteral("coordinates beyond ±%1").arg(kMaxCoordinate));
    else if (x)
        end.point = QPointF(*x, *y);
    return end;
}

Id Importer::claimCell(DiagramState &s, const Cell &c, const QString &kind)
{
    const Id id = m_ctx.stableId(kind, idString(s.diagram.id) + QLatin1Char('/') + c.id);
    if (s.byCell.contains(c.id))
        m_ctx.approximate(c.subject, QStringLiteral("the id \"%1\" is also used by an earlier "
                                                    "cell; flows naming it attach to that one")
                                         .arg(c.id));
    else
        s.byCell.insert(c.id, id);
    return id;
}

} // namespace tb::threatdragon
