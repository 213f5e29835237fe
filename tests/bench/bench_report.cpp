// Renders the risk register report of a large project: a register of 5,000 threats and a plan
// of 1,000 tasks, with a 200-element diagram, to PDF (and CSV and HTML for comparison). Prints
// wall time, pages and peak memory (VmHWM from /proc/self/status); the budget is 15 s and
// 500 MB for the PDF on a 2-core machine.
// Usage: bench_report [threats] [tasks] [folder]

#include "report/reportwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace tb;

namespace {

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLong() : -1;
}

ProjectData bigProject(int threats, int tasks)
{
    static const char *const words[] = {"firmware", "update", "cloud", "session", "token",
                                        "bridge",   "radio",  "log",   "key",     "account"};
    ProjectData d;
    d.id = newId();
    d.product.name = QStringLiteral("Bench Lock");
    d.product.version = QStringLiteral("9.9");
    d.product.manufacturer = QStringLiteral("Bench GmbH");
    d.product.intendedPurpose = QStringLiteral("A synthetic product for the report benchmark.");
    Diagram dia;
    dia.id = newId();
    dia.name = QStringLiteral("System");
    QList<Id> elements;
    for (int i = 0; i < 200; ++i) {
        Element e;
        e.id = newId();
        e.kind = ElementKind(i % 3);
        e.name = QStringLiteral("Element %1").arg(i);
        d.elements.insert(e.id, e);
        dia.placements.insert(e.id, Placement{QRectF((i % 20) * 220, (i / 20) * 150, 160, 80), {}});
        elements.append(e.id);
    }
    d.diagrams.insert(dia.id, dia);
    QList<Id> threatIds;
    for (int i = 0; i < threats; ++i) {
        Threat t;
        t.id = newId();
        t.templateId = QStringLiteral("bench.template.%1").arg(i % 40);
        t.category = StrideCategory(i % 6);
        const Element &e = d.elements[elements[i % elements.size()]];
        t.involved = {Involved{e.id, QStringLiteral("process"), e.name}};
        // Titles of varied length, some long enough to wrap to the cell's limit.
        QString title = QStringLiteral("Threat %1:").arg(i);
        for (int w = 0; w < 4 + (i % 17); ++w)
            title += u' ' + QLatin1String(words[(i + w) % 10]);
        t.title = title;
        t.likelihood = 1 + i % 4;
        t.impact = 1 + (i / 3) % 4;
        t.status = ThreatStatus(i % 6);
        t.annex = {QStringLiteral("I(2)(d)"), QStringLiteral("I(2)(f)")};
        d.threats.insert(t.id, t);
        threatIds.append(t.id);
    }
    for (int i = 0; i < tasks; ++i) {
        MitigationTask k;
        k.id = newId();
        k.title = QStringLiteral("Task %1: harden the %2").arg(i).arg(QLatin1String(words[i % 10]));
        k.owner = QStringLiteral("Team %1").arg(i % 7);
        k.due = QDate(2027, 1, 1).addDays(i % 365);
        k.status = TaskStatus(i % 6);
        for (int j = 0; j < 5; ++j)
            k.threats.append(threatIds[(i * 5 + j) % threatIds.size()]);
        k.evidence
            = {Evidence{QStringLiteral("url"), QStringLiteral("https://ci.example/%1").arg(i), {}}};
        d.tasks.insert(k.id, k);
    }
    return d;
}

void run(const ProjectData &d, ReportFormat format, const QString &path, const char *name)
{
    QElapsedTimer timer;
    timer.start();
    const Result<void> r = writeReport(d, {}, path, format);
    const double secs = timer.nsecsElapsed() / 1e9;
    if (!r) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(r.error().text()));
        std::exit(3);
    }
    std::printf("%-5s %8.2f s  %9.1f KB  peak RSS so far %7.1f MB\n", name, secs,
                QFileInfo(path).size() / 1024.0, peakRssKb() / 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int threats = args.size() > 1 ? args[1].toInt() : 5000;
    const int tasks = args.size() > 2 ? args[2].toInt() : 1000;
    QTemporaryDir tmp;
    const QString folder = args.size() > 3 ? args[3] : tmp.path();
    const ProjectData d = bigProject(threats, tasks);
    std::printf("register of %d threats, plan of %d tasks, 200-element diagram\n", threats, tasks);
    std::printf("baseline peak RSS %.1f MB\n", peakRssKb() / 1024.0);
    // The PDF first, so its peak is not hidden by the other formats'.
    run(d, ReportFormat::Pdf, folder + QStringLiteral("/bench.pdf"), "pdf");
    run(d, ReportFormat::Csv, folder + QStringLiteral("/bench.csv"), "csv");
    run(d, ReportFormat::Html, folder + QStringLiteral("/bench.html"), "html");
    return 0;
}
