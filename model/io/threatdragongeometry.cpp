// Threat Dragon boxes hold no list of members: what a box contains is what is drawn inside it.
// Boxes nest the same way, and trust levels follow from the nesting and the names.

#include "pytmimportprivate.h"
#include "threatdragonimportprivate.h"

namespace tb::threatdragon {

namespace {
double area(const QRectF &r)
{
    return r.width() * r.height();
}
} // namespace

Id Importer::zoneFor(const DiagramState &s, const QRectF &rect, bool *byCentre) const
{
    // The smallest box holding the whole rectangle; failing that, the smallest holding its centre.
    Id whole, centre;
    double wholeArea = 0, centreArea = 0;
    for (const Id &box : s.boxes) {
        const QRectF r = s.diagram.placements.value(box).rect;
        if (r.contains(rect) && (whole.isNull() || area(r) < wholeArea)) {
            whole = box;
            wholeArea = area(r);
        } else if (r.contains(rect.center()) && (centre.isNull() || area(r) < centreArea)) {
            centre = box;
            centreArea = area(r);
        }
    }
    *byCentre = whole.isNull() && !centre.isNull();
    return whole.isNull() ? centre : whole;
}

Id Importer::elementAt(const DiagramState &s, QPointF point) const
{
    Id hit;
    double hitArea = 0;
    for (const Id &node : s.nodes) {
        const QRectF r = s.diagram.placements.value(node).rect;
        if (r.contains(point) && (hit.isNull() || area(r) < hitArea)) {
            hit = node;
            hitArea = area(r);
        }
    }
    return hit;
}

void Importer::assignZones(DiagramState &s)
{
    // Larger boxes first (cell order breaks ties), so a parent always comes before its children
    // and two boxes can never contain each other.
    QList<Id> order = s.boxes;
    std::stable_sort(order.begin(), order.end(), [&](const Id &a, const Id &b) {
        return area(s.diagram.placements.value(a).rect) > area(s.diagram.placements.value(b).rect);
    });
    QHash<Id, QString> why;
    for (qsizetype i = 0; i < order.size(); ++i) {
        Boundary &b = m_data.boundaries[order[i]];
        const QRectF r = s.diagram.placements.value(b.id).rect;
        for (qsizetype j = i - 1; j >= 0; --j) { // the smallest enclosing box is the latest
            if (s.diagram.placements.value(order[j]).rect.contains(r)) {
                b.parent = order[j];
                break;
            }
        }
        const bool hasParent = !b.parent.isNull();
        const int parentLevel = hasParent ? m_data.boundaries.value(b.parent).trustLevel : 0;
        QString reason;
        b.trustLevel = pytm::guessTrustLevel(b.name, parentLevel, hasParent, &reason);
        why.insert(b.id, reason);
    }
    for (const Id &box : std::as_const(s.boxes)) {
        const Boundary &b = m_data.boundaries.value(box);
        QString where;
        if (!b.parent.isNull())
            where = QStringLiteral("drawn inside \"%1\"; ")
                        .arg(m_data.boundaries.value(b.parent).name);
        m_ctx.approximate(s.label + QStringLiteral(" zone \"%1\"").arg(b.name),
                          QStringLiteral("%1Threat Dragon has no trust levels; set to %2 (%3)")
                              .arg(where, QString::number(b.trustLevel), why.value(box)));
    }
    for (const Id &node : std::as_const(s.nodes)) {
        Element &e = m_data.elements[node];
        bool byCentre = false;
        e.zone = zoneFor(s, s.diagram.placements.value(node).rect, &byCentre);
        if (byCentre)
            m_ctx.approximate(s.label + QStringLiteral(" element \"%1\"").arg(e.name),
                              QStringLiteral("overlaps the edge of zone \"%1\"; placed in it as "
                                             "its centre is inside")
                                  .arg(m_data.boundaries.value(e.zone).name));
    }
}

} // namespace tb::threatdragon
