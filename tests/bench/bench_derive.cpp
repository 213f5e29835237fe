// Derivation with the whole built-in library on synthetic models.
// Usage: bench_derive [elements flows]...   (default: 10000 30000 100000 300000)

#include "core/project.h"
#include "core/propertycatalog.h"
#include "engine/derivation.h"
#include "engine/graphfacts.h"
#include "linearreference.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace tb;
using tb::bench::linearReferenceMs;

namespace {

// Peak RSS since the last reset (VmHWM); resetPeak() starts a new phase (Linux clear_refs 5).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// Processor time of the whole process, to tell computing from waiting on the disk.
qint64 cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000LL
           + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

double peakMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// A model shaped like real products: zones of mixed trust, every kind and stencil, properties
// set on about half the elements and flows.
ProjectData synthetic(int elements, int flows)
{
    QRandomGenerator rng(7);
    ProjectData d = Project::blank(QStringLiteral("Synthetic"));
    const PropertyCatalog &c = PropertyCatalog::builtIn();
    QList<Id> zones;
    for (int z = 0; z < std::max(4, elements / 500); ++z) {
        const Id id = newId();
        d.boundaries.insert(id, Boundary{id,
                                         BoundaryKind::Zone,
                                         QStringLiteral("Zone %1").arg(z),
                                         {},
                                         z % 6,
                                         z >= 4 && z % 3 == 0 ? zones[z / 2] : Id(),
                                         {}});
        zones.append(id);
    }
    const Id secret = newId();
    d.assets.insert(
        secret,
        DataAsset{secret, QStringLiteral("Secrets"), {}, QStringLiteral("secret"), 4, 4, 2});
    QList<Id> ids;
    for (int i = 0; i < elements; ++i) {
        Element e;
        e.id = newId();
        e.kind = static_cast<ElementKind>(i % 3);
        e.name = QStringLiteral("Element %1").arg(i);
        QList<const Stencil *> fitting;
        for (const Stencil &s : c.stencils()) {
            if (s.kind == e.kind)
                fitting.append(&s);
        }
        if (i % 2 && !fitting.isEmpty())
            e.stencil = fitting[i % fitting.size()]->id;
        if (i % 5)
            e.zone = zones[rng.bounded(static_cast<int>(zones.size()))];
        if (e.kind == ElementKind::Process)
            e.properties.insert(QStringLiteral("authentication"),
                                i % 4 ? QStringLiteral("token") : QStringLiteral("none"));
        if (e.kind == ElementKind::DataStore && i % 2) {
            e.properties.insert(QStringLiteral("encryptedAtRest"), i % 4 == 1);
            e.assets.append(secret);
        }
        d.elements.insert(e.id, e);
        ids.append(e.id);
    }
    for (int i = 0; i < flows; ++i) {
        Flow f;
        f.id = newId();
        f.source = ids[rng.bounded(elements)];
        do
            f.target = ids[rng.bounded(elements)];
        while (f.target == f.source);
        f.name = QStringLiteral("Flow %1").arg(i);
        f.protocol = QStringLiteral("HTTPS");
        if (i % 2)
            f.properties.insert(QStringLiteral("encrypted"), i % 4 == 1);
        if (i % 7 == 0)
            f.properties.insert(QStringLiteral("carriesCredentials"), true);
        d.flows.insert(f.id, f);
    }
    return d;
}

// One size's headline figures, for the growth table at the end.
struct Figures
{
    int elements = 0;
    long long threats = 0;
    qint64 compute = 0;
    qint64 deriveAndStore = 0;
};

void measureCompute(const ProjectData &data, const TemplateLibrary &library, Figures &out)
{
    QElapsedTimer t;
    t.start();
    {
        const GraphFacts facts(data);
        std::printf("graph facts alone            %7lld ms\n", t.elapsed());
    }
    resetPeak();
    t.restart();
    QList<Threat> threats = deriveThreats(data, library, PropertyCatalog::builtIn());
    const qint64 compute = t.elapsed();
    out.compute = compute;
    out.threats = threats.size();
    std::printf("derive (compute only)        %7lld ms  %lld threats\n", compute,
                static_cast<long long>(threats.size()));
    std::printf("peak memory after compute    %7.0f MiB\n", peakMiB());
    threats = {};
    t.restart();
    threats = deriveThreats(data, library, PropertyCatalog::builtIn());
    std::printf("derive again (warm)          %7lld ms\n", t.elapsed());
}

void measureStore(const ProjectData &data, const TemplateLibrary &library, Figures &out)
{
    resetPeak();
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("bench.threatbench"));
    auto store = ProjectStore::create(path, data);
    if (!store) {
        std::printf("create failed: %s\n", qPrintable(store.error().text()));
        return;
    }
    Project project(data);
    project.setSink(store.value().get());
    QElapsedTimer t;
    t.start();
    // As threatbench-cli derive does: only changes are held, and handed over to the merge.
    DerivedChanges changes = deriveChanges(project.data(), library, PropertyCatalog::builtIn());
    const qint64 derived = t.elapsed();
    MergeResult merge = mergeDerivation(project.data(), std::move(changes));
    const qint64 merged = t.elapsed();
    const qint64 cpuBefore = cpuMs();
    Result<Edit> applied = project.apply(merge.edit);
    const qint64 stored = t.elapsed();
    const qint64 applyCpu = cpuMs() - cpuBefore;
    if (out.threats == 0)
        out.threats = merge.counts.added;
    merge = {};
    out.deriveAndStore = t.elapsed();
    std::printf("derive and store (first)     %7lld ms  %s\n", t.elapsed(),
                applied ? "ok" : qPrintable(applied.error().text()));
    std::printf("  derive %lld ms, merge %lld ms, apply and write %lld ms (processor %lld ms), "
                "free %lld ms\n",
                derived, merged - derived, stored - merged, applyCpu, t.elapsed() - stored);
    std::printf("peak memory, derive and store %6.0f MiB\n", peakMiB());
    std::printf("  project file %.0f MiB, WAL %.0f MiB\n", QFileInfo(path).size() / 1048576.0,
                QFileInfo(path + QStringLiteral("-wal")).size() / 1048576.0);
    resetPeak();
    t.restart();
    const MergeResult again = mergeDerivation(
        project.data(), deriveChanges(project.data(), library, PropertyCatalog::builtIn()));
    if (again.changes)
        (void)project.apply(again.edit);
    std::printf("re-derive and store          %7lld ms  (%d kept, %d new)\n", t.elapsed(),
                again.counts.kept, again.counts.added);
    std::printf("peak memory, re-derive       %7.0f MiB\n", peakMiB());
}

// storeFirst: derive and store before the compute-only runs, so that it too starts with none
// of the memory an earlier step just gave back (see derive-growth.sh).
Figures run(int elements, int flows, const TemplateLibrary &library, bool storeFirst)
{
    Figures out{elements, 0, 0, 0};
    std::printf("\n== %d elements, %d flows, %lld templates ==\n", elements, flows,
                static_cast<long long>(library.templates.size()));
    const ProjectData data = synthetic(elements, flows);
    if (storeFirst) {
        measureStore(data, library, out);
        measureCompute(data, library, out);
    } else {
        measureCompute(data, library, out);
        measureStore(data, library, out);
    }
    return out;
}

// Linear growth keeps the time per threat flat: each size against the first.
void printGrowth(const QList<Figures> &all)
{
    if (all.size() < 2)
        return;
    std::printf("\n== growth (time per threat, relative to %d elements) ==\n",
                all.first().elements);
    const auto perThreat = [](qint64 ms, long long threats) {
        return threats ? double(ms) / double(threats) : 0.0;
    };
    for (const Figures &f : all) {
        std::printf("%7d elements %9lld threats  compute x%.2f  derive and store x%.2f\n",
                    f.elements, f.threats,
                    perThreat(f.compute, f.threats)
                        / perThreat(all.first().compute, all.first().threats),
                    perThreat(f.deriveAndStore, f.threats)
                        / perThreat(all.first().deriveAndStore, all.first().threats));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // bench_derive --reference RECORDS...: the yardstick alone, one process per size
    // (tests/bench/derive-growth.sh), so that each starts with the machine in the same state.
    if (argc > 1 && qstrcmp(argv[1], "--reference") == 0) {
        const QTemporaryDir tmp;
        for (int i = 2; i < argc; ++i) {
            const qint64 records = std::atoll(argv[i]);
            std::printf("linear reference %lld records %lld ms\n", records,
                        linearReferenceMs(records, tmp.path()));
        }
        return 0;
    }
    const LibraryLoad load = builtInTemplateLibrary(PropertyCatalog::builtIn());
    for (const Error &e : load.problems)
        std::fprintf(stderr, "template problem: %s\n", qPrintable(e.text()));
    const bool storeFirst = argc > 1 && qstrcmp(argv[1], "--store-first") == 0;
    QList<std::pair<int, int>> sizes;
    for (int i = storeFirst ? 2 : 1; i + 1 < argc; i += 2)
        sizes.append({std::atoi(argv[i]), std::atoi(argv[i + 1])});
    if (sizes.isEmpty())
        sizes = {{10000, 30000}, {100000, 300000}};
    QList<Figures> all;
    for (const auto &[e, f] : sizes)
        all.append(run(e, f, load.library, storeFirst));
    printGrowth(all);
    return 0;
}
