// Builds a large project through the edit funnel, one committed transaction per edit, then
// measures opening and exporting it. Usage: bench_funnel [elements] [flows] [folder]

#include "core/project.h"
#include "core/propertycatalog.h"
#include "io/canonicaljson.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace tb;

namespace {

void die(const Error &e)
{
    std::fprintf(stderr, "bench_funnel: %s\n", qPrintable(e.text()));
    std::exit(3);
}

template<typename T>
T must(Result<T> r)
{
    if (!r)
        die(r.error());
    return std::move(r).value();
}

void report(const char *what, qint64 count, qint64 nsecs)
{
    const double secs = nsecs / 1e9;
    std::printf("%-34s %8lld in %8.3f s  = %9.0f /s\n", what, static_cast<long long>(count), secs,
                count / secs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int elements = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int flows = argc > 2 ? std::atoi(argv[2]) : 30000;
    QTemporaryDir tmp(argc > 3 ? QString::fromLocal8Bit(argv[3]) + QStringLiteral("/benchXXXXXX")
                               : QDir::tempPath() + QStringLiteral("/benchXXXXXX"));
    const QString path = tmp.filePath(QStringLiteral("bench.threatbench"));
    QRandomGenerator rng(42);

    ProjectData blank = Project::blank(QStringLiteral("Benchmark product"));
    const Id diagram = blank.diagrams.keys().first();
    QList<Id> ids;
    QElapsedTimer timer;
    {
        std::unique_ptr<ProjectStore> store = must(ProjectStore::create(path, blank));
        Project project(blank);
        project.setSink(store.get());
        QList<Id> zones;
        for (int z = 0; z < 20; ++z) {
            const Id id = newId();
            must(project.apply(AddBoundary{{id,
                                            BoundaryKind::Zone,
                                            QStringLiteral("Zone %1").arg(z),
                                            {},
                                            z % 6,
                                            z >= 10 ? zones[z - 10] : Id(),
                                            {}},
                                           {{diagram, {QRectF(z * 500, 0, 480, 4000), {}}}}}));
            zones.append(id);
        }
        timer.start();
        for (int i = 0; i < elements; ++i) {
            const Id id = newId();
            const auto kind = static_cast<ElementKind>(i % 3);
            must(project.apply(
                AddElement{{id,
                            kind,
                            QStringLiteral("Element %1").arg(i),
                            {},
                            {},
                            zones[i % zones.size()],
                            {{QStringLiteral("physicalAccess"), i % 2 == 0}},
                            {},
                            {}},
                           {{diagram, {QRectF((i % 100) * 200, (i / 100) * 100, 150, 60), {}}}}}));
            ids.append(id);
        }
        for (int i = 0; i < flows; ++i) {
            const Id a = ids[rng.bounded(elements)];
            Id b = ids[rng.bounded(elements)];
            while (b == a)
                b = ids[rng.bounded(elements)];
            must(project.apply(ConnectFlow{{newId(),
                                            a,
                                            b,
                                            QStringLiteral("Flow %1").arg(i),
                                            {},
                                            QStringLiteral("HTTPS"),
                                            {{QStringLiteral("encrypted"), i % 3 != 0}},
                                            {}},
                                           {{diagram, {{}, {{1.5 * i, 2.0 * i}}}}}}));
        }
        const qint64 addNs = timer.nsecsElapsed();
        report("add elements+flows (1 tx each)", elements + flows, addNs);

        timer.restart();
        const int renames = 5000;
        for (int i = 0; i < renames; ++i)
            must(project.apply(SetAttribute{ids[i % elements], QStringLiteral("name"),
                                            QStringLiteral("Renamed %1").arg(i)}));
        report("rename on the big project", renames, timer.nsecsElapsed());
    }
    const qint64 size = QFileInfo(path).size();
    std::printf("project file: %.1f MiB\n", size / 1048576.0);

    timer.restart();
    std::unique_ptr<ProjectStore> reopened = must(ProjectStore::open(path));
    const qint64 openNs = timer.nsecsElapsed();
    std::printf("%-34s %8.3f s (%lld elements, %lld flows)\n", "open (verify + load)", openNs / 1e9,
                static_cast<long long>(reopened->loaded().elements.size()),
                static_cast<long long>(reopened->loaded().flows.size()));

    const QString json = tmp.filePath(QStringLiteral("bench.threatbench.json"));
    timer.restart();
    if (Result<void> r = exportCanonicalJsonFile(reopened->loaded(), json); !r)
        die(r.error());
    const qint64 exportNs = timer.nsecsElapsed();
    std::printf("%-34s %8.3f s (%.1f MiB)\n", "export canonical JSON", exportNs / 1e9,
                QFileInfo(json).size() / 1048576.0);

    timer.restart();
    ProjectData back = must(importCanonicalJsonFile(json, PropertyCatalog::builtIn()));
    std::printf("%-34s %8.3f s\n", "import canonical JSON (validated)", timer.nsecsElapsed() / 1e9);
    if (!(back == reopened->loaded()))
        die(makeError(QStringLiteral("exported data does not read back equal")));
    return 0;
}
