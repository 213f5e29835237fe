#include "projectinfo.h"

#include "graph/dfdgraph.h"
#include "objectjson.h"

namespace tb {

QJsonObject projectInfo(const ProjectData &data)
{
    QJsonObject byKind{{QStringLiteral("external"), 0},
                       {QStringLiteral("process"), 0},
                       {QStringLiteral("store"), 0}};
    for (const Element &e : data.elements)
        byKind[kindName(e.kind)] = byKind[kindName(e.kind)].toInt() + 1;
    QJsonObject boundaryKinds{{QStringLiteral("zone"), 0}, {QStringLiteral("line"), 0}};
    for (const Boundary &b : data.boundaries)
        boundaryKinds[kindName(b.kind)] = boundaryKinds[kindName(b.kind)].toInt() + 1;
    qsizetype crossing = 0;
    {
        const DfdGraph graph(data);
        crossing = graph.flowsCrossingBoundaries().size();
    }
    QJsonObject info;
    info.insert(QStringLiteral("id"), idString(data.id));
    info.insert(QStringLiteral("product"), toJson(data.product));
    info.insert(QStringLiteral("diagrams"), data.diagrams.size());
    info.insert(QStringLiteral("elements"), data.elements.size());
    info.insert(QStringLiteral("flows"), data.flows.size());
    info.insert(QStringLiteral("boundaries"), data.boundaries.size());
    info.insert(QStringLiteral("dataAssets"), data.assets.size());
    QJsonObject threatsByStatus, threatsByCategory;
    for (const Threat &t : data.threats) {
        const QString s = threatStatusName(t.status), c = categoryKey(t.category);
        threatsByStatus[s] = threatsByStatus[s].toInt() + 1;
        threatsByCategory[c] = threatsByCategory[c].toInt() + 1;
    }
    info.insert(QStringLiteral("threats"), data.threats.size());
    QJsonObject tasksByStatus;
    for (const MitigationTask &t : data.tasks)
        tasksByStatus[taskStatusName(t.status)]
            = tasksByStatus[taskStatusName(t.status)].toInt() + 1;
    info.insert(QStringLiteral("tasks"), data.tasks.size());
    info.insert(QStringLiteral("requirementsNotApplicable"), data.decisions.size());
    info.insert(QStringLiteral("elementsByKind"), byKind);
    info.insert(QStringLiteral("boundariesByKind"), boundaryKinds);
    info.insert(QStringLiteral("threatsByStatus"), threatsByStatus);
    info.insert(QStringLiteral("threatsByCategory"), threatsByCategory);
    info.insert(QStringLiteral("tasksByStatus"), tasksByStatus);
    info.insert(QStringLiteral("flowsCrossingBoundaries"), crossing);
    return info;
}

} // namespace tb
