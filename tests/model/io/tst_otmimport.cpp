// Open Threat Model import: zones, components, dataflows, threats and mitigations map as
// documented, references that dangle or repeat are reported, layouts are read or made, and no
// input crashes it.

#include "importtestutil.h"
#include "io/modelimport.h"
#include "io/otmimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tb;
using namespace tb::test;

class tst_OtmImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void trustZones();
    void componentKinds_data();
    void componentKinds();
    void componentZones_data();
    void componentZones();
    void dataflows();
    void danglingAndCollidingIds();
    void threatsAndTasks();
    void assets();
    void positionsFromRepresentations();
    void layoutWithoutPositions();
    void stableOutput();
    void longChains();
    void errors_data();
    void errors();
    void robustAgainstMutations();
    void numbersOutOfRangeAreBounded();
    void detection();
};

namespace {

Result<Imported> importFixture(const QString &name)
{
    return importOtm(readData(QStringLiteral("otm/") + name), name);
}

const Imported &parcels()
{
    static const Imported imported = [] {
        Result<Imported> r = importFixture(QStringLiteral("parcels.otm.json"));
        if (!r)
            qFatal("%s", qPrintable(r.error().text()));
        return std::move(r).value();
    }();
    return imported;
}

// A model with zone "Z" holding one component of the given type.
QByteArray oneComponent(const QString &type)
{
    const QJsonObject root{
        {QStringLiteral("otmVersion"), QStringLiteral("0.2.0")},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), QStringLiteral("m")},
                                                {QStringLiteral("id"), QStringLiteral("m")}}},
        {QStringLiteral("trustZones"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("z")},
             {QStringLiteral("name"), QStringLiteral("Z")},
             {QStringLiteral("risk"), QJsonObject{{QStringLiteral("trustRating"), 50}}}}}},
        {QStringLiteral("components"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c")},
                                {QStringLiteral("name"), QStringLiteral("C")},
                                {QStringLiteral("type"), type},
                                {QStringLiteral("parent"), QJsonObject{{QStringLiteral("trustZone"),
                                                                        QStringLiteral("z")}}}}}}};
    return QJsonDocument(root).toJson();
}

} // namespace

void tst_OtmImport::counts()
{
    const ImportReport &rep = parcels().report;
    QCOMPARE(rep.format, QStringLiteral("otm"));
    // 7 components; 4 dataflows imported, one of them both ways, 2 dropped; 3 zones; 2 assets;
    // 4 applied threats and 1 applied to nothing; 3 mitigations.
    QCOMPARE(rep.elements, 7);
    QCOMPARE(rep.flows, 5);
    QCOMPARE(rep.boundaries, 3);
    QCOMPARE(rep.dataAssets, 2);
    QCOMPARE(rep.threats, 5);
    QCOMPARE(rep.tasks, 3);
    const ProjectData &d = parcels().data;
    QCOMPARE(d.product.name, QStringLiteral("Parcel tracker"));
    QCOMPARE(d.product.intendedPurpose,
             QStringLiteral("Tracks parcels; written for the importer tests."));
    QCOMPARE(d.diagrams.size(), 1);
    QCOMPARE(d.diagrams.cbegin()->name, QStringLiteral("Architecture"));
    QVERIFY(Project::validate(d, PropertyCatalog::builtIn()).ok());
    QVERIFY(
        reportHas(rep, QStringLiteral("owner \"Ops team <ops@example.com>\" has no equivalent")));
    QVERIFY(reportHas(rep, QStringLiteral("representations other than diagrams")));
}

void tst_OtmImport::trustZones()
{
    const ProjectData &d = parcels().data;
    const Boundary *internet = named(d.boundaries, QStringLiteral("Internet"));
    const Boundary *cloud = named(d.boundaries, QStringLiteral("Cloud"));
    const Boundary *subnet = named(d.boundaries, QStringLiteral("Private subnet"));
    QVERIFY(internet && cloud && subnet);
    QCOMPARE(internet->trustLevel, 1); // trustRating 10 of 100
    QCOMPARE(cloud->trustLevel, 3);    // 60
    QCOMPARE(subnet->trustLevel, 5);   // 100
    QCOMPARE(subnet->parent, cloud->id);
    QVERIFY(internet->parent.isNull());
    QCOMPARE(internet->kind, BoundaryKind::Zone);
    QVERIFY(reportHas(parcels().report, QStringLiteral("trust ratings (0-100) scaled to trust "
                                                       "levels 0-5 (3×)")));
}

void tst_OtmImport::componentKinds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("kind"); // ElementKind
    QTest::addColumn<QString>("stencil");
    using K = ElementKind;
    QTest::addRow("web-client") << "web-client" << int(K::ExternalEntity) << "browser";
    QTest::addRow("generic-client") << "generic-client" << int(K::ExternalEntity) << "";
    QTest::addRow("user") << "user" << int(K::ExternalEntity) << "user";
    QTest::addRow("mobile-client") << "mobile-client" << int(K::Process) << "mobile-app";
    QTest::addRow("web-service") << "web-service" << int(K::Process) << "web-application";
    QTest::addRow("load-balancer") << "load-balancer" << int(K::Process) << "gateway";
    QTest::addRow("sqs") << "sqs" << int(K::Process) << "message-broker";
    QTest::addRow("aws-lambda-function")
        << "aws-lambda-function" << int(K::Process) << "cloud-function";
    QTest::addRow("iot-device") << "iot-device" << int(K::Process) << "iot-device";
    QTest::addRow("postgresql") << "postgresql" << int(K::DataStore) << "database";
    QTest::addRow("rds") << "rds" << int(K::DataStore) << "database";
    QTest::addRow("s3") << "s3" << int(K::DataStore) << "cloud-storage";
    QTest::addRow("redis") << "redis" << int(K::DataStore) << "cache";
    QTest::addRow("CloudWatch logs") << "CloudWatch-Logs" << int(K::DataStore) << "log-store";
    QTest::addRow("unknown") << "empty-component" << int(K::Process) << "";
    QTest::addRow("no type") << "" << int(K::Process) << "";
}

void tst_OtmImport::componentKinds()
{
    QFETCH(QString, type);
    QFETCH(int, kind);
    QFETCH(QString, stencil);
    const Result<Imported> r = importOtm(oneComponent(type), QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    const Element &e = *r->data.elements.cbegin();
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.stencil, stencil);
    QVERIFY(reportHas(r->report, QStringLiteral("components of type \"%1\" read as").arg(type)));
}

void tst_OtmImport::componentZones_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("zone");
    QTest::addRow("in a zone") << "Tracking API"
                               << "Cloud";
    QTest::addRow("in a nested zone") << "Parcel DB"
                                      << "Private subnet";
    QTest::addRow("inside a component") << "Worker"
                                        << "Cloud";
    QTest::addRow("external") << "Browser"
                              << "Internet";
}

void tst_OtmImport::componentZones()
{
    QFETCH(QString, component);
    QFETCH(QString, zone);
    const ProjectData &d = parcels().data;
    const Element *e = named(d.elements, component);
    QVERIFY(e);
    QCOMPARE(d.boundaries.value(e->zone).name, zone);
}

void tst_OtmImport::dataflows()
{
    const ProjectData &d = parcels().data;
    QList<const Flow *> track;
    for (const Flow &f : d.flows) {
        if (f.name == QLatin1String("Track parcel"))
            track.append(&f);
    }
    QCOMPARE(track.size(), 2); // bidirectional: one each way
    QCOMPARE(track[0]->source, track[1]->target);
    for (const Flow *f : std::as_const(track)) {
        QCOMPARE(f->protocol, QStringLiteral("HTTPS")); // taken from the tags
        QCOMPARE(f->properties.value(QStringLiteral("encrypted")), QJsonValue(true));
        QCOMPARE(f->assets, QList<Id>{named(d.assets, QStringLiteral("Parcel data"))->id});
    }
    const Flow *store = named(d.flows, QStringLiteral("Store parcel"));
    QVERIFY(store);
    QCOMPARE(store->protocol, QStringLiteral("jdbc"));
    QVERIFY(!store->properties.contains(QStringLiteral("encrypted")));
    QCOMPARE(d.elements.value(store->target).name, QStringLiteral("Parcel DB"));
    const Flow *consume = named(d.flows, QStringLiteral("Consume"));
    QCOMPARE(d.elements.value(consume->target).name, QStringLiteral("Worker"));
}

void tst_OtmImport::danglingAndCollidingIds()
{
    const ProjectData &d = parcels().data;
    const ImportReport &rep = parcels().report;
    QVERIFY(!named(d.flows, QStringLiteral("Ghost")));
    QVERIFY(reportHas(rep, QStringLiteral("dataflows[4] \"Ghost\": destination \"c-missing\" is no "
                                          "component; not imported")));
    QVERIFY(reportHas(rep, QStringLiteral("\"To zone\": destination \"tz-cloud\" is a trust zone, "
                                          "not a component")));
    QVERIFY(reportHas(rep, QStringLiteral("asset \"nope\"")));
    QVERIFY(reportHas(rep, QStringLiteral("threat \"thr-unknown\" is not defined in $.threats")));
    // A repeated id: both components are imported, references mean the first.
    QVERIFY(reportHas(rep, QStringLiteral("components[6] \"Shadow DB\": the id \"c-db\" is also "
                                          "used by components[4] \"Parcel DB\"")));
    QVERIFY(named(d.elements, QStringLiteral("Shadow DB")));
}

void tst_OtmImport::threatsAndTasks()
{
    const ProjectData &d = parcels().data;
    QList<const Threat *> injections;
    for (const Threat &t : d.threats) {
        if (t.title == QLatin1String("Injection"))
            injections.append(&t);
    }
    QCOMPARE(injections.size(), 2); // on the API, and on the dropped "Ghost" flow
    const Threat *onApi = injections[0]->involved.isEmpty() ? injections[1] : injections[0];
    QCOMPARE(onApi->involved.first().name, QStringLiteral("Tracking API"));
    QCOMPARE(onApi->category, StrideCategory::Tampering);
    QCOMPARE(onApi->cwe, QList<int>{89});
    QCOMPARE(onApi->likelihood, 3); // 50 of 100
    QCOMPARE(onApi->impact, 4);     // 100
    QCOMPARE(onApi->status, ThreatStatus::New);

    const Threat *leak = named(d.threats, QStringLiteral("Data leak"));
    QCOMPARE(leak->status, ThreatStatus::Mitigated);
    QCOMPARE(leak->category, StrideCategory::InformationDisclosure);
    QCOMPARE(leak->cwe, QList<int>{200});
    QVERIFY(leak->description.contains(QLatin1String("Customer addresses.")));
    QVERIFY(leak->description.contains(
        QLatin1String("OTM categories: Information Disclosure, Privacy")));
    const Threat *sniff = named(d.threats, QStringLiteral("Sniffing"));
    QCOMPARE(sniff->status, ThreatStatus::Accepted);
    QVERIFY(!sniff->justification.isEmpty());
    QCOMPARE(sniff->involved.size(), 3);
    QCOMPARE(sniff->likelihood, 2); // null: the default
    const Threat *orphan = named(d.threats, QStringLiteral("Orphan"));
    QVERIFY(orphan->involved.isEmpty());
    QVERIFY(reportHas(parcels().report, QStringLiteral("\"Orphan\": applied to no component")));

    const MitigationTask *validate = named(d.tasks, QStringLiteral("Validate input"));
    const MitigationTask *encrypt = named(d.tasks, QStringLiteral("Encrypt at rest"));
    const MitigationTask *pentest = named(d.tasks, QStringLiteral("Penetration test"));
    QVERIFY(validate && encrypt && pentest);
    // Required on one threat, implemented on another: the least advanced state wins.
    QCOMPARE(validate->status, TaskStatus::Planned);
    QCOMPARE(validate->threats.size(), 2);
    QVERIFY(validate->threats.contains(onApi->id) && validate->threats.contains(sniff->id));
    QVERIFY(validate->description.contains(QLatin1String("Risk reduction: 60%")));
    QCOMPARE(encrypt->status, TaskStatus::Implemented);
    QCOMPARE(encrypt->threats, QList<Id>{leak->id});
    QCOMPARE(pentest->status, TaskStatus::Proposed);
    QVERIFY(pentest->threats.isEmpty());
}

void tst_OtmImport::assets()
{
    const ProjectData &d = parcels().data;
    const DataAsset *parcelData = named(d.assets, QStringLiteral("Parcel data"));
    QVERIFY(parcelData);
    QCOMPARE(parcelData->confidentiality, 2); // 50 of 100
    QCOMPARE(parcelData->integrity, 4);
    QCOMPARE(parcelData->availability, 1);
    QCOMPARE(named(d.elements, QStringLiteral("Parcel DB"))->assets, QList<Id>{parcelData->id});
    QVERIFY(reportHas(parcels().report, QStringLiteral("assets processed by components")));
}

void tst_OtmImport::positionsFromRepresentations()
{
    const ProjectData &d = parcels().data;
    const Diagram &g = *d.diagrams.cbegin();
    const auto rectOf = [&](const QString &name) {
        const Element *e = named(d.elements, name);
        return e ? g.placements.value(e->id).rect
                 : g.placements.value(named(d.boundaries, name)->id).rect;
    };
    // Absolute where that lies inside the parent; else relative to it, as IriusRisk writes.
    QCOMPARE(rectOf(QStringLiteral("Tracking app")), QRectF(50, 50, 150, 64));
    QCOMPARE(rectOf(QStringLiteral("Tracking API")), QRectF(450, 50, 150, 64));
    QCOMPARE(rectOf(QStringLiteral("Private subnet")), QRectF(450, 250, 400, 300));
    QCOMPARE(rectOf(QStringLiteral("Parcel DB")), QRectF(550, 350, 150, 64));
    QVERIFY(reportHas(parcels().report, QStringLiteral("read as relative to their parent")));
    // Components placed nowhere get a row below the drawing rather than no place at all.
    QVERIFY(rectOf(QStringLiteral("Worker")).top() > rectOf(QStringLiteral("Cloud")).bottom());
    for (const Flow &f : d.flows)
        QVERIFY(g.placements.contains(f.id));
}

void tst_OtmImport::layoutWithoutPositions()
{
    const Result<Imported> r = importFixture(QStringLiteral("doorlock.otm.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    const ProjectData &d = r->data;
    QCOMPARE(d.diagrams.size(), 1);
    const Diagram &g = *d.diagrams.cbegin();
    QCOMPARE(g.name, QStringLiteral("Door lock"));
    QVERIFY(reportHas(r->report, QStringLiteral("laid out on \"Door lock\" as nested grids")));
    // Every element is drawn inside its zone, and every zone inside its parent.
    for (const Element &e : d.elements) {
        QVERIFY(!e.zone.isNull());
        QVERIFY2(g.placements.value(e.zone).rect.contains(g.placements.value(e.id).rect),
                 qPrintable(e.name));
    }
    const Boundary *device = named(d.boundaries, QStringLiteral("Lock device"));
    QCOMPARE(device->trustLevel, 4);
    QVERIFY(g.placements.value(device->parent).rect.contains(g.placements.value(device->id).rect));
    const Flow *unlock = named(d.flows, QStringLiteral("Unlock"));
    QCOMPARE(unlock->properties.value(QStringLiteral("transport")),
             QJsonValue(QStringLiteral("bluetooth-le")));
}

void tst_OtmImport::stableOutput()
{
    const Result<Imported> again = importFixture(QStringLiteral("parcels.otm.json"));
    QVERIFY(again.ok());
    QVERIFY(again->data == parcels().data);
    QCOMPARE(again->report.approximated, parcels().report.approximated);
    QCOMPARE(again->report.dropped, parcels().report.dropped);
}

void tst_OtmImport::longChains()
{
    // Deep nesting must cost neither the stack nor quadratic time.
    constexpr int kZones = 400;       // Project::validate walks zone chains
    constexpr int kComponents = 5000; // each inside the one before
    QJsonArray zones, components;
    for (int i = 0; i < kZones; ++i) {
        QJsonObject z{{QStringLiteral("id"), QStringLiteral("z%1").arg(i)},
                      {QStringLiteral("name"), QStringLiteral("Z%1").arg(i)}};
        if (i > 0)
            z.insert(QStringLiteral("parent"),
                     QJsonObject{{QStringLiteral("trustZone"), QStringLiteral("z%1").arg(i - 1)}});
        zones.append(z);
    }
    for (int i = 0; i < kComponents; ++i) {
        const QJsonObject parent
            = i == 0 ? QJsonObject{{QStringLiteral("trustZone"),
                                    QStringLiteral("z%1").arg(kZones - 1)}}
                     : QJsonObject{{QStringLiteral("component"), QStringLiteral("c%1").arg(i - 1)}};
        components.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("c%1").arg(i)},
                                      {QStringLiteral("name"), QStringLiteral("C%1").arg(i)},
                                      {QStringLiteral("type"), QStringLiteral("process")},
                                      {QStringLiteral("parent"), parent}});
    }
    const QJsonObject root{
        {QStringLiteral("otmVersion"), QStringLiteral("0.2.0")},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), QStringLiteral("deep")}}},
        {QStringLiteral("trustZones"), zones},
        {QStringLiteral("components"), components}};
    const Result<Imported> r = importOtm(QJsonDocument(root).toJson(), QStringLiteral("deep.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->report.boundaries, kZones);
    QCOMPARE(r->report.elements, kComponents);
    const Element *last = named(r->data.elements, QStringLiteral("C%1").arg(kComponents - 1));
    QCOMPARE(r->data.boundaries.value(last->zone).name, QStringLiteral("Z%1").arg(kZones - 1));
}

void tst_OtmImport::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"otmVersion": "0.2.0", "project": {"name": "m", "id": "m"}, )";
    const auto row = [](const char *tag, const QByteArray &input, const char *where,
                        const char *message) {
        QTest::addRow("%s", tag) << input << QString::fromUtf8(where) << QString::fromUtf8(message);
    };
    row("truncated", head + R"("components": [{"id": )", "bad.json: line 1, column ",
        "not valid JSON");
    row("no project", R"({"otmVersion": "0.2.0"})", "bad.json: $.project", "missing");
    row("project type", R"({"otmVersion": "0.2.0", "project": []})", "bad.json: $.project",
        "expected an object");
    row("name type", R"({"otmVersion": "0.2.0", "project": {"name": 1}})",
        "bad.json: $.project.name", "expected text");
    row("zones type", head + R"("trustZones": {}})", "bad.json: $.trustZones", "expected a list");
    row("rating type",
        head + R"("trustZones": [{"id": "z", "name": "Z", "risk": {"trustRating": "high"}}]})",
        "bad.json: $.trustZones[0].risk.trustRating", "expected a number");
    row("component type", head + R"("components": ["c"]})", "bad.json: $.components[0]",
        "expected an object");
    row("parent type", head + R"("components": [{"id": "c", "name": "C", "parent": "z"}]})",
        "bad.json: $.components[0].parent", "expected an object");
    row("component cycle",
        head + R"("components": [{"id": "a", "name": "A", "parent": {"component": "b"}},
                                 {"id": "b", "name": "B", "parent": {"component": "a"}}]})",
        "bad.json: $.components[1].parent.component", "components form a cycle: A -> B -> A");
    row("zone cycle",
        head + R"("trustZones": [{"id": "a", "name": "A", "parent": {"trustZone": "b"}},
                                 {"id": "b", "name": "B", "parent": {"trustZone": "a"}}]})",
        "bad.json: $.trustZones[1].parent.trustZone", "trust zones form a cycle");
    row("dataflow source type", head + R"("dataflows": [{"id": "f", "source": 1}]})",
        "bad.json: $.dataflows[0].source", "expected text");
    row("threat risk type",
        head + R"("threats": [{"id": "t", "name": "T", "risk": {"impact": []}}]})",
        "bad.json: $.threats[0].risk.impact", "expected a number");
    row("instance type", head + R"("components": [{"id": "c", "name": "C", "threats": [3]}]})",
        "bad.json: $.components[0].threats[0]", "expected an object");
    row("position", head + R"("representations": [{"id": "d", "name": "D", "type": "diagram"}],
        "components": [{"id": "c", "name": "C", "representations": [{"representation": "d", "position": {"x": 1e9, "y": 0}}]}]})",
        "bad.json: $.components[0].representations[0]", "beyond");
    QByteArray many = head + R"("components": [)";
    for (int i = 0; i <= 200000; ++i)
        many += "{},";
    many += "{}]}";
    row("too many", many, "bad.json: $.components", "at most 200000");
    row("oversized", QByteArray(129 * 1024 * 1024, ' '), "bad.json: $", "at most 128 MiB");
}

void tst_OtmImport::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<Imported> r = importOtm(input, QStringLiteral("bad.json"));
    QVERIFY(!r.ok());
    if (where.endsWith(QLatin1String("column ")))
        QVERIFY2(r.error().where.startsWith(where), qPrintable(r.error().where));
    else
        QCOMPARE(r.error().where, where);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().text()));
}

void tst_OtmImport::robustAgainstMutations()
{
    for (const char *fixture : {"doorlock.otm.json", "parcels.otm.json"}) {
        const MutationCounts c = checkMutations(
            readData(QStringLiteral("otm/") + QLatin1String(fixture)),
            [](const QByteArray &bytes) { return importOtm(bytes, QStringLiteral("m.json")); });
        QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.join(QLatin1Char('\n'))));
        QVERIFY(c.imported > 0 && c.refused > 0);
    }
}

// Found by fuzz_otm: a rating of 1e110 was converted to int (undefined behaviour). Any number a
// file holds is bounded to the scale first.
void tst_OtmImport::numbersOutOfRangeAreBounded()
{
    QByteArray bytes = readData(QStringLiteral("otm/parcels.otm.json"));
    QVERIFY(bytes.contains("\"trustRating\": 10\n"));
    bytes.replace("\"trustRating\": 10\n", "\"trustRating\": 1e300\n");
    bytes.replace("\"likelihood\": 50,", "\"likelihood\": 4e110,");
    bytes.replace("\"impact\": 100\n", "\"impact\": -1e300\n");
    const Result<Imported> r = importOtm(bytes, QStringLiteral("huge.json"));
    QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().text()));
    QCOMPARE(named(r->data.boundaries, QStringLiteral("Internet"))->trustLevel, 5);
    bool seen = false;
    for (const Threat &t : r->data.threats) {
        if (t.title != QLatin1String("Injection"))
            continue;
        QCOMPARE(t.likelihood, 4);
        QCOMPARE(t.impact, 1);
        seen = true;
    }
    QVERIFY(seen);
}

void tst_OtmImport::detection()
{
    QVERIFY(looksLikeOtm(readData(QStringLiteral("otm/parcels.otm.json"))));
    QVERIFY(looksLikeOtm(R"({"otmVersion": "0.1.0", "project": {}})"));
    QVERIFY(!looksLikeOtm(R"({"project": {}})"));
    QVERIFY(!looksLikeOtm(readData(QStringLiteral("threat-dragon/webshop.json"))));
    QCOMPARE(detectImportFormat(readData(QStringLiteral("otm/doorlock.otm.json")),
                                QStringLiteral("x.yaml"))
                 .value(),
             QStringLiteral("otm"));
    QVERIFY(importFormats().contains(QStringLiteral("otm")));
}

QTEST_GUILESS_MAIN(tst_OtmImport)
#include "tst_otmimport.moc"
