// OTM layout: diagram representations place zones and components; IriusRisk writes a child's
// position relative to its parent, other tools absolute, so each is read whichever way puts it
// inside its parent. Without any positions, zones are laid out as nested grids.

#include "gridlayout.h"
#include "otmimportprivate.h"

#include <cmath>

namespace tb::otm {

namespace {
constexpr QSizeF kElementSize(150, 64);
constexpr double kGap = 50;
constexpr double kPadding = 30;
constexpr double kTitle = 30; // room for a zone's name above its contents

bool inRange(double v)
{
    return std::abs(v) <= kMaxCoordinate;
}
} // namespace

void Importer::readPlacements(ForeignObject &o, const Id &id, const QString &subject)
{
    for (const auto &[v, path] : o.array(QStringLiteral("representations"))) {
        if (!v.isObject())
            return m_ctx.fail(path, QStringLiteral("expected an object"));
        ForeignObject r(m_ctx, v, path);
        const QString rep = r.text(QStringLiteral("representation"));
        ForeignObject position = r.object(QStringLiteral("position"));
        const std::optional<double> x = position.number(QStringLiteral("x"));
        const std::optional<double> y = position.number(QStringLiteral("y"));
        ForeignObject size = r.object(QStringLiteral("size"));
        const std::optional<double> w = size.number(QStringLiteral("width"));
        const std::optional<double> h = size.number(QStringLiteral("height"));
        const bool code = r.has(QStringLiteral("file")) || r.has(QStringLiteral("codeSnippet"));
        r.skip({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("file"),
                QStringLiteral("line"), QStringLiteral("codeSnippet"), QStringLiteral("package")});
        if (!m_ctx.ok())
            return;
        for (const std::optional<double> &n : {x, y, w, h}) {
            if (n && !inRange(*n))
                return m_ctx.fail(
                    path, QStringLiteral("position or size beyond ±%1").arg(kMaxCoordinate));
        }
        const Id diagram = m_diagramIds.value(rep);
        if (code)
            ++m_dropTally[QStringLiteral("code locations have no equivalent")];
        if (x.has_value() != y.has_value())
            m_ctx.fail(position.path(), QStringLiteral("expected both x and y"));
        else if (x && diagram.isNull())
            m_ctx.drop(subject, QStringLiteral("representation \"%1\" is no diagram of this file; "
                                               "its position is ignored")
                                    .arg(rep));
        else if (x && !m_given[diagram].contains(id)) {
            QSizeF s = kElementSize;
            if (w && h && *w >= 1 && *h >= 1)
                s = QSizeF(*w, *h);
            else
                ++m_approxTally[QStringLiteral("positions without a usable size drawn 150 x 64")];
            m_given[diagram].insert(id, QRectF(QPointF(*x, *y), s));
        }
        reportRest(r, subject);
    }
}

void Importer::layout()
{
    bool anyGiven = false;
    for (const Id &d : std::as_const(m_diagramOrder))
        anyGiven = anyGiven || !m_given.value(d).isEmpty();
    if (!anyGiven) {
        if (m_diagramOrder.isEmpty()) {
            Diagram g;
            g.id = m_ctx.stableId(QStringLiteral("diagram"), QStringLiteral("auto"));
            g.name = m_data.product.name;
            m_diagramOrder.append(g.id);
            m_data.diagrams.insert(g.id, g);
        }
        Diagram &g = m_data.diagrams[m_diagramOrder.first()];
        autoLayout(g);
        if (!m_elementOrder.isEmpty() || !m_zoneOrder.isEmpty())
            m_ctx.approximate(QStringLiteral("layout"),
                              QStringLiteral("the file places nothing on a diagram; laid out on "
                                             "\"%1\" as nested grids")
                                  .arg(g.name));
        return;
    }
    bool first = true;
    for (const Id &d : std::as_const(m_diagramOrder)) {
        if (m_given.value(d).isEmpty())
            continue;
        placeGiven(m_data.diagrams[d], m_given.value(d));
        if (!first)
            continue;
        first = false;
        // Components placed on no diagram at all go in a row below the first one.
        QRectF all;
        for (const Placement &p : std::as_const(m_data.diagrams[d].placements))
            all = all.united(p.rect);
        double x = all.left();
        for (const Id &e : std::as_const(m_elementOrder)) {
            bool placed = false;
            for (const Id &other : std::as_const(m_diagramOrder))
                placed = placed || m_data.diagrams[other].placements.contains(e);
            if (placed)
                continue;
            m_data.diagrams[d].placements.insert(
                e, {QRectF(QPointF(x, all.bottom() + kGap), kElementSize), {}});
            x += kElementSize.width() + kGap;
            ++m_approxTally[QStringLiteral("components without a position drawn in a row below "
                                           "the first diagram")];
        }
    }
    for (const Id &d : std::as_const(m_diagramOrder)) {
        Diagram &g = m_data.diagrams[d];
        for (const Id &f : std::as_const(m_flowOrder)) {
            const Flow &flow = m_data.flows[f];
            if (g.placements.contains(flow.source) && g.placements.contains(flow.target))
                g.placements.insert(f, {});
        }
    }
}

void Importer::placeGiven(Diagram &diagram, const QHash<Id, QRectF> &given)
{
    QHash<Id, QRectF> absolute;
    int relative = 0;
    const auto resolve = [&](const Id &start) {
        QList<Id> chain; // start and its placed, unresolved ancestors, innermost first
        QSet<Id> seen;   // zones and components may name each other as parents
        for (Id at = start; given.contains(at) && !absolute.contains(at) && !seen.contains(at);
             at = m_layoutParent.value(at)) {
            chain.append(at);
            seen.insert(at);
        }
        for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
            const QRectF raw = given.value(*it);
            const auto parent = absolute.constFind(m_layoutParent.value(*it));
            QRectF r = raw;
            if (parent != absolute.cend() && !parent->contains(raw)
                && parent->contains(raw.translated(parent->topLeft()))) {
                r = raw.translated(parent->topLeft());
                ++relative;
            }
            absolute.insert(*it, r);
        }
    };
    for (const QList<Id> *order : {&m_zoneOrder, &m_elementOrder}) {
        for (const Id &id : *order)
            resolve(id);
    }
    for (auto it = absolute.cbegin(); it != absolute.cend(); ++it)
        diagram.placements.insert(it.key(), {*it, {}});
    if (relative > 0)
        m_ctx.approximate(QStringLiteral("layout"),
                          QStringLiteral("%1 position(s) on \"%2\" read as relative to their "
                                         "parent, as IriusRisk writes them")
                              .arg(relative)
                              .arg(diagram.name));
    // Zones drawn nowhere but holding drawn things: a frame around them, innermost first.
    QHash<Id, QList<Id>> members;
    for (const Id &e : std::as_const(m_elementOrder))
        members[m_data.elements.value(e).zone].append(e);
    for (const Id &z : std::as_const(m_zoneOrder))
        members[m_data.boundaries.value(z).parent].append(z);
    const QHash<Id, int> depth = zoneDepths(m_data, m_zoneOrder);
    QList<Id> zones = m_zoneOrder;
    std::stable_sort(zones.begin(), zones.end(),
                     [&](const Id &a, const Id &b) { return depth.value(a) > depth.value(b); });
    for (const Id &z : std::as_const(zones)) {
        if (diagram.placements.contains(z))
            continue;
        QRectF inside;
        for (const Id &m : members.value(z)) {
            if (diagram.placements.contains(m))
                inside = inside.united(diagram.placements.value(m).rect);
        }
        if (!inside.isNull())
            diagram.placements.insert(
                z, {inside.adjusted(-kPadding, -kPadding - kTitle, kPadding, kPadding), {}});
    }
}

} // namespace tb::otm
