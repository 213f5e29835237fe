// Import of a synthetic model in each format: 10,000 elements in 20 zones, 29,994 flows (each
// element to its next three), a threat per 10 flows where the format has threats.
// Usage: bench_import [elements]   (default: 10000; target: each import <= 2 s)

#include "core/project.h"
#include "core/propertycatalog.h"
#include "io/canonicaljson.h"
#include "io/modelexport.h"
#include "io/otmimport.h"
#include "io/pytmimport.h"
#include "io/threagileimport.h"
#include "io/threatdragonimport.h"
#include "io/tm7import.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>

using namespace tb;

namespace {

constexpr int kZones = 20;

constexpr int kFlowsPerElement = 3;

// The targets of element i's flows: its next kFlowsPerElement neighbours.
QList<int> targetsOf(int i, int elements)
{
    QList<int> out;
    for (int s = 1; s <= kFlowsPerElement && i + s < elements; ++s)
        out.append(i + s);
    return out;
}

// A flow's number: unique, and the same in every format.
int flowNumber(int source, int target)
{
    return source * kFlowsPerElement + (target - source - 1);
}

ProjectData synthetic(int elements)
{
    ProjectData d = Project::blank(QStringLiteral("Synthetic"));
    Diagram &diagram = d.diagrams.begin().value();
    const int perRow = 100;
    const int rows = (elements + perRow - 1) / perRow;
    const int rowsPerZone = (rows + kZones - 1) / kZones;
    QList<Id> zones;
    for (int z = 0; z < kZones; ++z) {
        const Id id = newId();
        d.boundaries.insert(
            id,
            Boundary{id, BoundaryKind::Zone, QStringLiteral("Zone %1").arg(z), {}, z % 6, {}, {}});
        diagram.placements.insert(id, Placement{QRectF(-20, z * rowsPerZone * 100 - 20,
                                                       perRow * 150 + 40, rowsPerZone * 100 + 10),
                                                {}});
        zones.append(id);
    }
    QList<Id> ids;
    for (int i = 0; i < elements; ++i) {
        Element e;
        e.id = newId();
        e.kind = static_cast<ElementKind>(i % 3);
        e.name = QStringLiteral("Element %1").arg(i);
        e.zone = zones[std::min(kZones - 1, i / perRow / rowsPerZone)];
        d.elements.insert(e.id, e);
        diagram.placements.insert(
            e.id, Placement{QRectF(i % perRow * 150, i / perRow * 100, 100, 60), {}});
        ids.append(e.id);
    }
    for (int i = 0; i < elements; ++i) {
        for (const int target : targetsOf(i, elements)) {
            const int n = flowNumber(i, target);
            Flow f;
            f.id = newId();
            f.source = ids[i];
            f.target = ids[target];
            f.name = QStringLiteral("Flow %1").arg(n);
            f.protocol = QStringLiteral("HTTPS");
            d.flows.insert(f.id, f);
            diagram.placements.insert(f.id, Placement{});
            if (n % 10 == 0) {
                Threat t;
                t.id = newId();
                t.title = QStringLiteral("Threat %1").arg(n);
                t.involved = {{f.id, QStringLiteral("flow"), f.name}};
                t.annex = {QStringLiteral("I(2)(d)")};
                d.threats.insert(t.id, t);
            }
        }
    }
    return d;
}

QByteArray tm7Of(int elements)
{
    const QByteArray ns = " xmlns=\"http://schemas.datacontract.org/2004/07/ThreatModeling.Model."
                          "Abstracts\"";
    const auto attr = [](const QByteArray &display, const QByteArray &value) -> QByteArray {
        return "<a:anyType i:type=\"b:StringDisplayAttribute\"><b:DisplayName>" + display
               + "</b:DisplayName><b:Name/><b:Value i:type=\"c:string\">" + value
               + "</b:Value></a:anyType>";
    };
    const auto list = [](const QByteArray &display, int selected) -> QByteArray {
        return "<a:anyType i:type=\"b:ListDisplayAttribute\"><b:DisplayName>" + display
               + "</b:DisplayName><b:Name>x</b:Name><b:Value i:type=\"a:ArrayOfstring\"><a:string>"
                 "No</a:string><a:string>Yes</a:string></b:Value><b:SelectedIndex>"
               + QByteArray::number(selected) + "</b:SelectedIndex></a:anyType>";
    };
    const char *generic[] = {"GE.EI", "GE.P", "GE.DS"};
    const auto guid = [](int n) -> QByteArray {
        return QByteArray::number(n, 16).rightJustified(8, '0') + "-0000-4000-8000-000000000000";
    };
    QByteArray borders, lines, threats;
    for (int z = 0; z < kZones; ++z) {
        const int top = z * (elements / kZones / 100) * 100 - 20;
        borders += "<a:KeyValueOfguidanyType><a:Key>" + guid(900000 + z)
                   + "</a:Key><a:Value "
                     "i:type=\"BorderBoundary\"><GenericTypeId"
                   + ns + ">GE.TB.B</GenericTypeId><Guid" + ns + ">" + guid(900000 + z)
                   + "</Guid><Properties" + ns + ">" + attr("Name", "Zone " + QByteArray::number(z))
                   + "</Properties><TypeId" + ns + ">GE.TB.B</TypeId><Height" + ns + ">"
                   + QByteArray::number(elements / kZones / 100 * 100 + 10) + "</Height><Left" + ns
                   + ">-20</Left><Top" + ns + ">" + QByteArray::number(top) + "</Top><Width" + ns
                   + ">15040</Width></a:Value></a:KeyValueOfguidanyType>";
    }
    for (int i = 0; i < elements; ++i) {
        borders += "<a:KeyValueOfguidanyType><a:Key>" + guid(i)
                   + "</a:Key><a:Value i:type=\"StencilEllipse\">"
                     "<GenericTypeId"
                   + ns + ">" + generic[i % 3] + "</GenericTypeId><Guid" + ns + ">" + guid(i)
                   + "</Guid><Properties" + ns + ">"
                   + attr("Name", "Element " + QByteArray::number(i)) + list("Encrypted", i % 2)
                   + "</Properties><TypeId" + ns + ">" + generic[i % 3] + "</TypeId><Height" + ns
                   + ">60</Height><Left" + ns + ">" + QByteArray::number(i % 100 * 150)
                   + "</Left><Top" + ns + ">" + QByteArray::number(i / 100 * 100) + "</Top><Width"
                   + ns + ">100</Width></a:Value></a:KeyValueOfguidanyType>";
        for (const int target : targetsOf(i, elements)) {
            const int n = flowNumber(i, target);
            const QByteArray flowGuid = guid(500000 + n);
            lines += "<a:KeyValueOfguidanyType><a:Key>" + flowGuid
                     + "</a:Key><a:Value "
                       "i:type=\"Connector\"><GenericTypeId"
                     + ns + ">GE.DF</GenericTypeId><Guid" + ns + ">" + flowGuid
                     + "</Guid><Properties" + ns + ">"
                     + attr("Name", "Flow " + QByteArray::number(n)) + "</Properties><TypeId" + ns
                     + ">GE.DF</TypeId><HandleX" + ns + ">0</HandleX><HandleY" + ns
                     + ">0</HandleY>"
                       "<SourceGuid"
                     + ns + ">" + guid(i) + "</SourceGuid><SourceX" + ns + ">0</SourceX><SourceY"
                     + ns + ">0</SourceY><TargetGuid" + ns + ">" + guid(target)
                     + "</TargetGuid><TargetX" + ns + ">0</TargetX><TargetY" + ns
                     + ">0</TargetY></a:Value></a:KeyValueOfguidanyType>";
            if (n % 10 == 0)
                threats += "<a:KeyValueOfstringThreatpc_P0_PhOB><a:Key>T" + QByteArray::number(n)
                           + "</a:Key><a:Value><b:FlowGuid>" + flowGuid
                           + "</b:FlowGuid>"
                             "<b:Priority>High</"
                             "b:Priority><b:Properties><a:KeyValueOfstringstring><a:Key>Title"
                             "</a:Key><a:Value>Threat "
                           + QByteArray::number(n)
                           + "</a:Value></a:KeyValueOfstringstring>"
                             "</b:Properties><b:State>NeedsInvestigation</b:State><b:TypeId>T1</"
                             "b:TypeId></a:Value></a:KeyValueOfstringThreatpc_P0_PhOB>";
        }
    }
    return "<ThreatModel xmlns=\"http://schemas.datacontract.org/2004/07/ThreatModeling.Model\" "
           "xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:a=\"arrays\" "
           "xmlns:b=\"kb\"><DrawingSurfaceList><DrawingSurfaceModel><Borders>"
           + borders + "</Borders><Header>Synthetic</Header><Lines>" + lines
           + "</Lines></DrawingSurfaceModel></DrawingSurfaceList><MetaInformation><ThreatModelName>"
             "Synthetic</ThreatModelName></MetaInformation><ThreatInstances>"
           + threats + "</ThreatInstances></ThreatModel>";
}

QByteArray threagileOf(int elements)
{
    QByteArray y = "title: Synthetic\ntechnical_assets:\n";
    const char *types[] = {"external-entity", "process", "datastore"};
    for (int i = 0; i < elements; ++i) {
        y += "  Element " + QByteArray::number(i) + ":\n    id: e" + QByteArray::number(i)
             + "\n    type: " + types[i % 3]
             + "\n    technology: web-server\n    internet: false\n";
        const QList<int> targets = targetsOf(i, elements);
        if (!targets.isEmpty())
            y += "    communication_links:\n";
        for (const int target : targets)
            y += "      Flow " + QByteArray::number(flowNumber(i, target)) + ":\n        target: e"
                 + QByteArray::number(target) + "\n        protocol: https\n";
    }
    y += "trust_boundaries:\n";
    for (int z = 0; z < kZones; ++z) {
        y += "  Zone " + QByteArray::number(z) + ":\n    id: z" + QByteArray::number(z)
             + "\n    type: network-on-prem\n    technical_assets_inside:\n";
        for (int i = z; i < elements; i += kZones)
            y += "      - e" + QByteArray::number(i) + "\n";
    }
    return y;
}

QByteArray pytmOf(int elements)
{
    QJsonArray boundaries, items, flows;
    for (int z = 0; z < kZones; ++z)
        boundaries.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Zone %1").arg(z)}});
    const char *classes[] = {"Actor", "Process", "Datastore"};
    for (int i = 0; i < elements; ++i) {
        items.append(
            QJsonObject{{QStringLiteral("__class__"), QLatin1String(classes[i % 3])},
                        {QStringLiteral("name"), QStringLiteral("Element %1").arg(i)},
                        {QStringLiteral("inBoundary"), QStringLiteral("Zone %1").arg(i % kZones)}});
        for (const int target : targetsOf(i, elements))
            flows.append(QJsonObject{
                {QStringLiteral("name"), QStringLiteral("Flow %1").arg(flowNumber(i, target))},
                {QStringLiteral("source"), QStringLiteral("Element %1").arg(i)},
                {QStringLiteral("sink"), QStringLiteral("Element %1").arg(target)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Synthetic")},
                                     {QStringLiteral("boundaries"), boundaries},
                                     {QStringLiteral("elements"), items},
                                     {QStringLiteral("flows"), flows}})
        .toJson(QJsonDocument::Compact);
}

void run(const char *format, const QByteArray &bytes,
         const std::function<Result<Imported>(const QByteArray &)> &import)
{
    qint64 best = -1;
    Result<Imported> last = makeError(QStringLiteral("not run"));
    for (int k = 0; k < 3; ++k) {
        QElapsedTimer timer;
        timer.start();
        last = import(bytes);
        const qint64 ms = timer.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
    }
    if (!last) {
        std::printf("%-17s FAILED: %s\n", format, qPrintable(last.error().text()));
        return;
    }
    std::printf("%-17s %6.1f MiB  %6lld ms  (%d elements, %d flows, %d boundaries, %d threats)\n",
                format, bytes.size() / 1048576.0, static_cast<long long>(best),
                last->report.elements, last->report.flows, last->report.boundaries,
                last->report.threats);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int elements = argc > 1 ? std::max(10, QByteArray(argv[1]).toInt()) : 10000;
    std::printf("Import of %d elements, best of 3 (target: <= 2000 ms each)\n", elements);
    const ProjectData data = synthetic(elements);
    const QString name = QStringLiteral("bench");
    run("threatbench-json", writeCanonicalJson(data), [&](const QByteArray &b) -> Result<Imported> {
        Result<ProjectData> r = readCanonicalJson(b, name, PropertyCatalog::builtIn());
        if (!r)
            return r.error();
        Imported out{r.value(), {}};
        out.report.elements = static_cast<int>(out.data.elements.size());
        out.report.flows = static_cast<int>(out.data.flows.size());
        out.report.boundaries = static_cast<int>(out.data.boundaries.size());
        out.report.threats = static_cast<int>(out.data.threats.size());
        return out;
    });
    run("threat-dragon", exportThreatDragon(data).bytes,
        [&](const QByteArray &b) { return importThreatDragon(b, name); });
    run("otm", exportOtm(data).bytes, [&](const QByteArray &b) { return importOtm(b, name); });
    // The OTM importer reads at most 20,000 objects in all; without threats the model fits.
    ProjectData noThreats = data;
    noThreats.threats.clear();
    run("otm (no threats)", exportOtm(noThreats).bytes,
        [&](const QByteArray &b) { return importOtm(b, name); });
    run("tm7", tm7Of(elements), [&](const QByteArray &b) { return importTm7(b, name); });
    run("threagile", threagileOf(elements),
        [&](const QByteArray &b) { return importThreagile(b, name); });
    run("pytm", pytmOf(elements), [&](const QByteArray &b) { return importPytm(b, name); });
    return 0;
}
