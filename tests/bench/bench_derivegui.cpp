// How long the UI thread stalls while the GUI derives a big model: the derivation worker runs
// the engine on a thread and applies its merge on the UI thread, with the threats, tasks, Annex I
// and risk map panels shown.
// Usage: bench_derivegui [elements flows]   (default: 2000 6000)
// Prints the longest gap between 1 ms timer ticks (an event-loop stall) in each phase.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "derive/derivationworker.h"
#include "document/document.h"
#include "engine/templatelibrary.h"
#include "panels/annexmatrixview.h"
#include "panels/riskmapview.h"
#include "panels/taskspanel.h"
#include "panels/threatspanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tb;

namespace {

// Zones of mixed trust, every element kind, properties on some, random flows.
ProjectData bigModel(int elements, int flows)
{
    QRandomGenerator rng(2026);
    ProjectData d = Project::blank(QStringLiteral("Bench"));
    const Id diagram = d.diagrams.keys().first();
    QList<Id> zones;
    for (int z = 0; z < 8; ++z) {
        Boundary b;
        b.id = newId();
        b.kind = BoundaryKind::Zone;
        b.name = QStringLiteral("Zone %1").arg(z);
        b.trustLevel = z % 5;
        d.boundaries.insert(b.id, b);
        zones.append(b.id);
    }
    QList<Id> ids;
    for (int i = 0; i < elements; ++i) {
        Element e;
        e.id = newId();
        e.kind = ElementKind(i % 3);
        e.name = QStringLiteral("Element %1").arg(i);
        e.zone = zones[rng.bounded(int(zones.size()))];
        if (e.kind == ElementKind::Process && i % 2)
            e.properties.insert(QStringLiteral("authentication"), QStringLiteral("none"));
        d.elements.insert(e.id, e);
        d.diagrams[diagram].placements.insert(
            e.id, Placement{QRectF((i % 50) * 160, (i / 50) * 110, 120, 60), {}});
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
        if (i % 3 == 0)
            f.properties.insert(QStringLiteral("encrypted"), false);
        d.flows.insert(f.id, f);
        d.diagrams[diagram].placements.insert(f.id, Placement{});
    }
    return d;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Times the CPU the UI thread spends handling each event. On a loaded machine a wall-clock gap
// also holds time the scheduler gave to other threads; this is the UI thread's own work.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (++m_depth > 1) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        const double start = threadCpuMs();
        const bool r = QApplication::notify(receiver, event);
        maxCpuMs = std::max(maxCpuMs, threadCpuMs() - start);
        --m_depth;
        return r;
    }
    double maxCpuMs = 0;

private:
    int m_depth = 0;
};

// Records the gaps between ticks of a 1 ms timer: each gap is time the event loop was busy.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.append((now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        static_cast<TimedApplication *>(QCoreApplication::instance())->maxCpuMs = 0;
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // The time since the last tick counts too: a stall right before stop() is still a stall.
    void stop()
    {
        m_timer.stop();
        m_gaps.append((m_clock.nsecsElapsed() - m_last) / 1e6);
    }
    void print(const char *phase, qint64 wallMs) const
    {
        auto *app = static_cast<TimedApplication *>(QCoreApplication::instance());
        QList<double> g = m_gaps;
        std::sort(g.begin(), g.end());
        const double max = g.isEmpty() ? 0 : g.last();
        const double p99 = g.isEmpty() ? 0 : g[qsizetype(double(g.size() - 1) * 0.99)];
        const auto over = std::count_if(g.cbegin(), g.cend(), [](double x) { return x > 50; });
        std::printf("%-36s wall %6lld ms  max stall %6.1f ms  p99 %5.1f ms  stalls>50ms %lld  "
                    "max UI CPU per event %5.1f ms\n",
                    phase, static_cast<long long>(wallMs), max, p99, static_cast<long long>(over),
                    app->maxCpuMs);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
};

bool waitFinished(DerivationWorker &worker, int timeoutMs)
{
    bool done = false;
    QEventLoop loop;
    QObject::connect(&worker, &DerivationWorker::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QObject::connect(&worker, &DerivationWorker::failed, &loop, [&](const QString &m) {
        std::printf("derivation failed: %s\n", qPrintable(m));
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done;
}

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    const int elements = argc > 2 ? std::atoi(argv[1]) : 2000;
    const int flows = argc > 2 ? std::atoi(argv[2]) : 6000;
    auto library = std::make_shared<const TemplateLibrary>(
        builtInTemplateLibrary(PropertyCatalog::builtIn()).library);
    std::printf("== %d elements, %d flows, %lld templates ==\n", elements, flows,
                static_cast<long long>(library->templates.size()));

    QTemporaryDir tmp;
    auto created = Document::create(tmp.filePath(QStringLiteral("bench.threatbench")),
                                    bigModel(elements, flows));
    if (!created) {
        std::printf("create failed: %s\n", qPrintable(created.error().text()));
        return 1;
    }
    std::unique_ptr<Document> doc = std::move(created).value();
    ThreatsPanel panel;
    TasksPanel tasks;
    AnnexMatrixView matrix;
    RiskMapView map;
    panel.setLibrary(library.get());
    // THREATBENCH_BENCH_NO_PANEL=1 measures the worker and the store alone.
    if (!qEnvironmentVariableIsSet("THREATBENCH_BENCH_NO_PANEL")) {
        panel.setDocument(doc.get());
        panel.resize(1400, 800);
        panel.show();
        tasks.setDocument(doc.get());
        tasks.show();
        matrix.setDocument(doc.get());
        matrix.show();
        map.setDocument(doc.get());
        map.show();
    }
    DerivationWorker worker;
    worker.setLibrary(library);
    worker.setDocument(doc.get());
    QApplication::processEvents();

    StallMeter meter;
    QElapsedTimer wall;
    meter.start();
    wall.start();
    worker.deriveNow();
    if (!waitFinished(worker, 600000))
        return 1;
    meter.stop();
    meter.print("first derivation (empty register)", wall.elapsed());
    std::printf("  threats in register: %lld (added %d)\n",
                static_cast<long long>(doc->data().threats.size()), worker.lastCounts().added);

    // An edit re-derives automatically after the pause; the register mostly stays.
    const Id element = ProjectData::sortedIds(doc->data().elements).first();
    meter.start();
    wall.start();
    if (!doc->apply(SetAttribute{element, QStringLiteral("name"), QStringLiteral("Renamed")}))
        return 1;
    if (!waitFinished(worker, 600000))
        return 1;
    meter.stop();
    meter.print("edit + automatic re-derivation", wall.elapsed());

    // Triage while a run is under way: the merge is redone on the worker.
    const Id threat = ProjectData::sortedIds(doc->data().threats).first();
    meter.start();
    wall.start();
    if (!doc->apply(SetAttribute{element, QStringLiteral("name"), QStringLiteral("Again")}))
        return 1;
    worker.deriveNow();
    if (!doc->apply(SetThreatStatus{threat, ThreatStatus::Mitigated, {}}))
        return 1;
    if (!waitFinished(worker, 600000))
        return 1;
    meter.stop();
    meter.print("re-derivation with triage meanwhile", wall.elapsed());

    // Selecting a threat fills the detail editor, including the engine's explanation.
    if (!qEnvironmentVariableIsSet("THREATBENCH_BENCH_NO_PANEL")) {
        wall.start();
        panel.selectThreat(ProjectData::sortedIds(doc->data().threats).last());
        std::printf("%-36s wall %6lld ms (synchronous)\n", "select a threat (detail + why)",
                    static_cast<long long>(wall.elapsed()));
    }

    meter.start();
    wall.start();
    doc->undoStack()->setIndex(0); // undo everything, including the big first merge
    meter.stop();
    app.maxCpuMs = double(wall.elapsed()); // one synchronous call, not an event
    meter.print("undo all (for comparison)", wall.elapsed());
    return 0;
}
