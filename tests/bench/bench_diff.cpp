// The semantic diff on two synthetic models that differ in about 1% of their objects.
// Usage: bench_diff [elements flows]   (default: 10000 30000; target: diff <= 1 s)

#include "core/project.h"
#include "io/projectdiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>

using namespace tb;

namespace {

// Elements in zones and on the diagram, flows with properties, a threat per 20 elements.
ProjectData synthetic(int elements, int flows)
{
    QRandomGenerator rng(7);
    ProjectData d = Project::blank(QStringLiteral("Synthetic"));
    Diagram &diagram = d.diagrams.begin().value();
    QList<Id> zones;
    for (int z = 0; z < std::max(4, elements / 500); ++z) {
        const Id id = newId();
        d.boundaries.insert(
            id,
            Boundary{id, BoundaryKind::Zone, QStringLiteral("Zone %1").arg(z), {}, z % 6, {}, {}});
        zones.append(id);
    }
    QList<Id> ids;
    for (int i = 0; i < elements; ++i) {
        Element e;
        e.id = newId();
        e.kind = static_cast<ElementKind>(i % 3);
        e.name = QStringLiteral("Element %1").arg(i);
        e.zone = zones[rng.bounded(static_cast<int>(zones.size()))];
        if (e.kind == ElementKind::Process)
            e.properties.insert(QStringLiteral("authentication"), QStringLiteral("token"));
        d.elements.insert(e.id, e);
        diagram.placements.insert(e.id,
                                  Placement{QRectF(i % 100 * 150, i / 100 * 100, 100, 60), {}});
        ids.append(e.id);
    }
    for (int i = 0; i < flows; ++i) {
        Flow f;
        f.id = newId();
        f.source = ids[rng.bounded(static_cast<int>(ids.size()))];
        f.target = ids[rng.bounded(static_cast<int>(ids.size()))];
        f.name = QStringLiteral("Flow %1").arg(i);
        f.properties.insert(QStringLiteral("encrypted"), i % 3 != 0);
        d.flows.insert(f.id, f);
    }
    for (int i = 0; i < elements / 20; ++i) {
        Threat t;
        t.id = newId();
        t.title = QStringLiteral("Threat %1").arg(i);
        t.involved = {{ids[i * 20], QStringLiteral("process"), d.elements[ids[i * 20]].name}};
        t.annex = {QStringLiteral("I(2)(d)")};
        d.threats.insert(t.id, t);
    }
    return d;
}

// About 1% of the objects: renames, property changes, removals and additions.
int mutate(ProjectData &d)
{
    int touched = 0;
    QList<Id> elements = ProjectData::sortedIds(d.elements);
    for (int i = 0; i < elements.size() / 100; ++i) {
        Element &e = d.elements[elements[i * 97 % elements.size()]];
        if (i % 2)
            e.name += QStringLiteral(" (renamed)");
        else
            e.properties.insert(QStringLiteral("authentication"), QStringLiteral("none"));
        ++touched;
    }
    QList<Id> flows = ProjectData::sortedIds(d.flows);
    for (int i = 0; i < flows.size() / 200; ++i) {
        d.flows.remove(flows[i * 89 % flows.size()]);
        Flow f{newId(), elements[i], elements[i + 1], QStringLiteral("New flow %1").arg(i), {}, {},
               {},      {}};
        d.flows.insert(f.id, f);
        touched += 2;
    }
    QList<Id> threats = ProjectData::sortedIds(d.threats);
    for (int i = 0; i < threats.size() / 100; ++i) {
        d.threats[threats[i]].status = ThreatStatus::Accepted;
        d.threats[threats[i]].justification = QStringLiteral("Bench");
        ++touched;
    }
    return touched;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int elements = args.size() > 2 ? args[1].toInt() : 10000;
    const int flows = args.size() > 2 ? args[2].toInt() : 30000;
    const ProjectData before = synthetic(elements, flows);
    ProjectData after = before;
    const int touched = mutate(after);

    QElapsedTimer timer;
    timer.start();
    const ProjectDiff diff = diffProjects(before, after);
    const qint64 diffMs = timer.restart();
    const QString text = diffToText(diff);
    const qint64 textMs = timer.restart();
    const QByteArray json = QJsonDocument(diffToJson(diff)).toJson();
    const qint64 jsonMs = timer.elapsed();

    std::printf("%d elements, %d flows, %lld threats; %d objects changed\n", elements, flows,
                static_cast<long long>(before.threats.size()), touched);
    std::printf("diff %lld ms, text %lld ms (%lld lines), json %lld ms (%lld bytes)\n",
                static_cast<long long>(diffMs), static_cast<long long>(textMs),
                static_cast<long long>(text.count(QLatin1Char('\n'))),
                static_cast<long long>(jsonMs), static_cast<long long>(json.size()));
    return diffMs <= 1000 ? 0 : 1;
}
