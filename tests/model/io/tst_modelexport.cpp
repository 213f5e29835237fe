// Exports to Threat Dragon v2 and OTM, read back by our own importers. Each round trip states
// exactly what the format keeps:
// - Threat Dragon keeps: diagrams; element names, kinds and rectangles; zones (by what is drawn
//   inside them) and line boundaries with their points; flows with their ends, names, protocol,
//   bend points and the encrypted and public-network flags; store flags (logs, credentials,
//   encrypted at rest) and the web-application stencil; threats with title, category, impact
//   (as severity), description, and status (accepted and transferred become not applicable,
//   needs-review becomes new), the justification or linked task titles as mitigation text.
// - OTM keeps: elements with kind (stencils when OTM's type maps back), rectangles per diagram,
//   zones with nesting and trust level, data assets with C/I/A needs, flows with ends, protocol
//   and carried data (the protocol only when it reads as one: OTM keeps it as a tag), threats with
//   title, category, likelihood, impact and status (needs-review becomes new), tasks with title and
//   status and their links to threats. Line boundaries, properties, bend points and justifications
//   are not kept.
// Everything else is listed in Exported::lost.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "importtestutil.h"
#include "io/canonicaljson.h"
#include "io/modelexport.h"
#include "io/otmimport.h"
#include "io/threatdragonimport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tb;
using namespace tb::test;

class tst_ModelExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalIsUnchanged();
    void threatDragonRoundTrip();
    void threatDragonStatuses_data();
    void threatDragonStatuses();
    void otmRoundTrip();
    void lostIsListed();
    void exportIsStable();
    void unknownFormat();
    void failedWriteLeavesNothing();
};

namespace {

const ProjectData &example()
{
    static const ProjectData data = [] {
        QFile f(QStringLiteral(THREATBENCH_SOURCE_DIR)
                + QStringLiteral("/templates/examples/smart-door-lock-assessed.threatbench.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no example project");
        Result<ProjectData> r
            = readCanonicalJson(f.readAll(), QStringLiteral("example"), PropertyCatalog::builtIn());
        if (!r)
            qFatal("%s", qPrintable(r.error().text()));
        return r.value();
    }();
    return data;
}

ProjectData roundTrip(const QString &format)
{
    const Result<Exported> out = exportModel(example(), format);
    if (!out)
        qFatal("%s", qPrintable(out.error().text()));
    const Result<Imported> in = format == QLatin1String("otm")
                                    ? importOtm(out->bytes, QStringLiteral("rt.json"))
                                    : importThreatDragon(out->bytes, QStringLiteral("rt.json"));
    if (!in)
        qFatal("%s", qPrintable(in.error().text()));
    return in->data;
}

QString nameOf(const ProjectData &d, const Id &id)
{
    if (d.elements.contains(id))
        return d.elements.value(id).name;
    if (d.boundaries.contains(id))
        return d.boundaries.value(id).name;
    return d.flows.value(id).name;
}

// "kind name [zone]" of every element, sorted.
QStringList elementLines(const ProjectData &d)
{
    QStringList out;
    for (const Element &e : d.elements)
        out.append(QStringLiteral("%1 %2 [%3]").arg(kindName(e.kind), e.name, nameOf(d, e.zone)));
    out.sort();
    return out;
}

// With flags: the protocol and the encrypted flag too.
QStringList flowLines(const ProjectData &d, bool withFlags)
{
    QStringList out;
    for (const Flow &f : d.flows) {
        QString line
            = QStringLiteral("%1 -> %2: %3").arg(nameOf(d, f.source), nameOf(d, f.target), f.name);
        if (withFlags)
            line += QStringLiteral(" (%1) enc=%2")
                        .arg(f.protocol)
                        .arg(f.properties.value(QLatin1String("encrypted")).toBool());
        out.append(line);
    }
    out.sort();
    return out;
}

QStringList threatLines(const ProjectData &d, bool likelihood)
{
    QStringList out;
    for (const Threat &t : d.threats) {
        out.append(QStringLiteral("%1 | %2 | i%3%4 | %5")
                       .arg(t.title, categoryKey(t.category))
                       .arg(t.impact)
                       .arg(likelihood ? QStringLiteral(" l%1").arg(t.likelihood) : QString())
                       .arg(threatStatusName(t.status)));
    }
    out.sort();
    return out;
}

ThreatStatus afterThreatDragon(ThreatStatus s)
{
    switch (s) {
    case ThreatStatus::Accepted:
    case ThreatStatus::Transferred:
        return ThreatStatus::NotApplicable;
    case ThreatStatus::NeedsReview:
        return ThreatStatus::New;
    default:
        return s;
    }
}

// The example with statuses as a format keeps them.
ProjectData expectedStatuses(ThreatStatus (*map)(ThreatStatus))
{
    ProjectData d = example();
    for (Threat &t : d.threats)
        t.status = map(t.status);
    return d;
}

QRectF rectOf(const ProjectData &d, const QString &name)
{
    const Element *e = named(d.elements, name);
    const Boundary *b = e ? nullptr : named(d.boundaries, name);
    const Id id = e ? e->id : b->id;
    return d.diagrams.cbegin()->placements.value(id).rect;
}

} // namespace

void tst_ModelExport::canonicalIsUnchanged()
{
    const Result<Exported> out = exportModel(example(), QStringLiteral("threatbench-json"));
    QVERIFY(out.ok());
    QVERIFY(out->lost.isEmpty());
    const Result<ProjectData> back
        = readCanonicalJson(out->bytes, QStringLiteral("x"), PropertyCatalog::builtIn());
    QVERIFY(back.ok());
    QVERIFY(back.value() == example());
}

void tst_ModelExport::threatDragonRoundTrip()
{
    const ProjectData back = roundTrip(QStringLiteral("threat-dragon"));
    const ProjectData &d = example();
    QCOMPARE(back.product.name, d.product.name);
    QCOMPARE(back.product.intendedPurpose, d.product.intendedPurpose);
    QCOMPARE(back.diagrams.size(), d.diagrams.size());
    QCOMPARE(back.diagrams.cbegin()->name, d.diagrams.cbegin()->name);
    QCOMPARE(elementLines(back), elementLines(d));
    QCOMPARE(flowLines(back, true), flowLines(d, true));
    for (const Element &e : d.elements)
        QCOMPARE(rectOf(back, e.name), rectOf(d, e.name));
    for (const Boundary &b : d.boundaries) {
        const Boundary *mine = named(back.boundaries, b.name);
        QVERIFY2(mine, qPrintable(b.name));
        QCOMPARE(mine->kind, b.kind);
        QCOMPARE(nameOf(back, mine->parent), nameOf(d, b.parent));
        QCOMPARE(back.diagrams.cbegin()->placements.value(mine->id),
                 d.diagrams.cbegin()->placements.value(b.id));
    }
    QCOMPARE(threatLines(back, false), threatLines(expectedStatuses(afterThreatDragon), false));
    for (const Element &e : d.elements) { // the flags Threat Dragon has
        const Element *mine = named(back.elements, e.name);
        for (const char *key : {"storesLogs", "encryptedAtRest"}) {
            if (e.kind == ElementKind::DataStore)
                QCOMPARE(mine->properties.value(QLatin1String(key)).toBool(),
                         e.properties.value(QLatin1String(key)).toBool());
        }
        if (e.stencil == QLatin1String("web-application"))
            QCOMPARE(mine->stencil, e.stencil);
    }
}

void tst_ModelExport::threatDragonStatuses_data()
{
    QTest::addColumn<ThreatStatus>("status");
    QTest::addColumn<ThreatStatus>("back");
    QTest::addColumn<bool>("justified");
    QTest::addRow("new") << ThreatStatus::New << ThreatStatus::New << false;
    QTest::addRow("needs review") << ThreatStatus::NeedsReview << ThreatStatus::New << false;
    QTest::addRow("mitigated") << ThreatStatus::Mitigated << ThreatStatus::Mitigated << false;
    QTest::addRow("accepted") << ThreatStatus::Accepted << ThreatStatus::NotApplicable << true;
    QTest::addRow("transferred") << ThreatStatus::Transferred << ThreatStatus::NotApplicable
                                 << true;
    QTest::addRow("not applicable")
        << ThreatStatus::NotApplicable << ThreatStatus::NotApplicable << true;
}

void tst_ModelExport::threatDragonStatuses()
{
    QFETCH(ThreatStatus, status);
    QFETCH(ThreatStatus, back);
    QFETCH(bool, justified);
    ProjectData d = example();
    Threat &t = d.threats[ProjectData::sortedIds(d.threats).first()];
    t.status = status;
    t.justification = justified ? QStringLiteral("Because of the wall.") : QString();
    const Exported out = exportThreatDragon(d);
    const Result<Imported> in = importThreatDragon(out.bytes, QStringLiteral("s.json"));
    QVERIFY(in.ok());
    const Threat *mine = named(in->data.threats, t.title);
    QVERIFY(mine);
    QCOMPARE(mine->status, back);
    if (justified)
        QCOMPARE(mine->justification, QStringLiteral("Because of the wall."));
    QCOMPARE(out.lost.join(QLatin1Char('\n')).contains(t.title), status != back);
}

void tst_ModelExport::otmRoundTrip()
{
    const ProjectData back = roundTrip(QStringLiteral("otm"));
    const ProjectData &d = example();
    QCOMPARE(back.product.name, d.product.name);
    QCOMPARE(elementLines(back), elementLines(d));
    QCOMPARE(flowLines(back, false), flowLines(d, false));
    for (const Element &e : d.elements)
        QCOMPARE(rectOf(back, e.name), rectOf(d, e.name));
    int zones = 0;
    for (const Boundary &b : d.boundaries) {
        const Boundary *mine = named(back.boundaries, b.name);
        if (b.kind == BoundaryKind::Line) {
            QVERIFY(!mine); // OTM has no lines
            continue;
        }
        ++zones;
        QVERIFY2(mine, qPrintable(b.name));
        QCOMPARE(mine->trustLevel, b.trustLevel);
        QCOMPARE(nameOf(back, mine->parent), nameOf(d, b.parent));
    }
    QCOMPARE(back.boundaries.size(), zones);
    QCOMPARE(back.assets.size(), d.assets.size());
    for (const DataAsset &a : d.assets) {
        const DataAsset *mine = named(back.assets, a.name);
        QVERIFY(mine);
        QCOMPARE(mine->confidentiality, a.confidentiality);
        QCOMPARE(mine->integrity, a.integrity);
        QCOMPARE(mine->availability, a.availability);
    }
    for (const Flow &f : d.flows) {
        const Flow *mine = named(back.flows, f.name);
        QCOMPARE(mine->assets.size(), f.assets.size());
    }
    const auto keepsNewOnly = [](ThreatStatus s) {
        return s == ThreatStatus::NeedsReview ? ThreatStatus::New : s;
    };
    QCOMPARE(threatLines(back, true), threatLines(expectedStatuses(keepsNewOnly), true));
    QCOMPARE(back.tasks.size(), d.tasks.size());
    for (const MitigationTask &t : d.tasks) {
        const MitigationTask *mine = named(back.tasks, t.title);
        QVERIFY2(mine, qPrintable(t.title));
        QCOMPARE(mine->status, t.status);
        QCOMPARE(mine->threats.size(), t.threats.size());
    }
}

void tst_ModelExport::lostIsListed()
{
    const Exported td = exportThreatDragon(example());
    const QString tdLost = td.lost.join(QLatin1Char('\n'));
    for (const char *needle : {"data assets (Threat Dragon has none)", "status accepted written as",
                               "trust levels of boundaries", "property transport",
                               "threats' CAPEC, CWE and Annex I references"})
        QVERIFY2(tdLost.contains(QLatin1String(needle)), needle);
    const Exported otm = exportOtm(example());
    const QString otmLost = otm.lost.join(QLatin1Char('\n'));
    for (const char *needle : {"line boundary \"Bluetooth radio link\": OTM has no lines",
                               "element properties", "threat justifications"})
        QVERIFY2(otmLost.contains(QLatin1String(needle)), needle);
}

void tst_ModelExport::exportIsStable()
{
    for (const char *format : {"threat-dragon", "otm"}) {
        const Result<Exported> a = exportModel(example(), QLatin1String(format));
        const Result<Exported> b = exportModel(example(), QLatin1String(format));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->bytes, b->bytes);
    }
}

void tst_ModelExport::unknownFormat()
{
    const Result<Exported> r = exportModel(example(), QStringLiteral("visio"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QLatin1String("threat-dragon")));
}

void tst_ModelExport::failedWriteLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/sub/out.json"));
    const Result<void> r = writeExportFile("{}", path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Io);
    QVERIFY(!QFile::exists(path));
    const QString ok = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(writeExportFile("{}", ok).ok());
    QFile f(ok);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{}"));
}

QTEST_GUILESS_MAIN(tst_ModelExport)
#include "tst_modelexport.moc"
