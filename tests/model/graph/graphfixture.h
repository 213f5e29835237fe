#pragma once

// Builds small projects by name for the graph tests, through the edit funnel (applyEdit), so
// every fixture is a project the application could hold.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "graph/dfdgraph.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace tb::test {

class GraphFixture
{
public:
    GraphFixture() : m_data(Project::blank(QStringLiteral("Graph test")))
    {
        m_diagram = m_data.diagrams.cbegin().key();
    }

    const ProjectData &data() const { return m_data; }
    const QString &error() const { return m_error; }
    Id diagram() const { return m_diagram; }
    Id id(const QString &name) const { return m_ids.value(name); }
    QString name(const Id &id) const { return m_names.value(id, QStringLiteral("?")); }

    Id addDiagram(const QString &name)
    {
        const Id id = remember(name);
        apply(AddDiagram{{id, name, {}, {}}});
        return id;
    }
    Id zone(const QString &name, int trust, const QString &parent = {})
    {
        Boundary b{remember(name), BoundaryKind::Zone, name, {}, trust, id(parent), {}};
        apply(AddBoundary{b, {}});
        return b.id;
    }
    Id line(const QString &name, const QList<QPointF> &points, Id on = {})
    {
        Boundary b{remember(name), BoundaryKind::Line, name, {}, 0, {}, {}};
        apply(AddBoundary{b, {{on.isNull() ? m_diagram : on, {{}, points}}}});
        return b.id;
    }
    /// An element centred on `centre` of the main diagram (or `on`); a null centre: not drawn.
    Id element(const QString &name, const QString &zone = {}, std::optional<QPointF> centre = {},
               Id on = {})
    {
        Element e{remember(name), ElementKind::Process, name, {}, {}, id(zone), {}, {}, {}};
        QList<PlacementAt> at;
        if (centre)
            at.append({on.isNull() ? m_diagram : on,
                       {QRectF(*centre - QPointF(10, 10), QSizeF(20, 20)), {}}});
        apply(AddElement{e, at});
        return e.id;
    }
    /// A flow named "A>B"; drawn on the main diagram with `bends` when `drawn`.
    Id flow(const QString &from, const QString &to, const QList<QPointF> &bends = {},
            bool drawn = true)
    {
        const QString name = from + QLatin1Char('>') + to;
        Flow f{remember(name), id(from), id(to), name, {}, {}, {}, {}};
        QList<PlacementAt> at;
        if (drawn)
            at.append({m_diagram, {{}, bends}});
        apply(ConnectFlow{f, at});
        return f.id;
    }
    /// Elements and flows from "A>B,B>C" (elements outside every zone, not drawn).
    void chain(const QString &spec)
    {
        for (const QString &pair : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList ends = pair.split(QLatin1Char('>'));
            for (const QString &end : ends) {
                if (!m_ids.contains(end))
                    element(end);
            }
            flow(ends.at(0), ends.at(1), {}, false);
        }
    }

    QStringList names(const QList<Id> &ids) const
    {
        QStringList out;
        for (const Id &i : ids)
            out.append(name(i));
        return out;
    }
    QList<Id> ids(const QStringList &names) const
    {
        QList<Id> out;
        for (const QString &n : names)
            out.append(id(n));
        return out;
    }

private:
    Id remember(const QString &name)
    {
        const Id id = newId();
        m_ids.insert(name, id);
        m_names.insert(id, name);
        return id;
    }
    void apply(const Edit &edit)
    {
        const Result<Edit> r = applyEdit(m_data, PropertyCatalog::builtIn(), edit);
        if (!r && m_error.isEmpty())
            m_error = editText(edit) + QStringLiteral(": ") + r.error().text();
    }

    ProjectData m_data;
    Id m_diagram;
    QString m_error;
    QHash<QString, Id> m_ids;
    QHash<Id, QString> m_names;
};

} // namespace tb::test
