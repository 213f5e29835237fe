// Threagile import: technical assets, links, trust boundaries, data assets and tracked risks map
// as documented, dangling references and nesting cycles are reported, and malformed YAML (syntax,
// aliases, depth, wrong types) is refused with its line and column.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "importtestutil.h"
#include "io/modelimport.h"
#include "io/threagileimport.h"
#include "io/yamlreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tb;
using namespace tb::test;

class tst_ThreagileImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void kindsAndStencils_data();
    void kindsAndStencils();
    void zones();
    void flows();
    void dataAssets();
    void risks_data();
    void risks();
    void report();
    void layout();
    void stableOutput();
    void yamlScalars();
    void errors_data();
    void errors();
    void robustAgainstTruncation();
    void robustAgainstMutations();
    void detection_data();
    void detection();
};

namespace {

const Imported &parcels()
{
    static const Imported imported = [] {
        Result<Imported> r = importThreagile(readData(QStringLiteral("threagile/parcels.yaml")),
                                             QStringLiteral("parcels.yaml"));
        if (!r)
            qFatal("%s", qPrintable(r.error().text()));
        return r.value();
    }();
    return imported;
}

const ProjectData &data()
{
    return parcels().data;
}

const Element &element(const QString &name)
{
    const Element *e = named(data().elements, name);
    if (!e)
        qFatal("no element %s", qPrintable(name));
    return *e;
}

const Boundary &boundary(const QString &name)
{
    const Boundary *b = named(data().boundaries, name);
    if (!b)
        qFatal("no boundary %s", qPrintable(name));
    return *b;
}

const DataAsset &asset(const QString &name)
{
    const DataAsset *a = named(data().assets, name);
    if (!a)
        qFatal("no data asset %s", qPrintable(name));
    return *a;
}

} // namespace

void tst_ThreagileImport::counts()
{
    const ProjectData &d = data();
    QCOMPARE(d.product.name, QStringLiteral("Parcel tracking"));
    QCOMPARE(d.product.intendedPurpose, QStringLiteral("Tracks parcels from warehouse to door."));
    QCOMPARE(d.elements.size(), 5);
    QCOMPARE(d.flows.size(), 3); // the link to a missing asset is dropped
    QCOMPARE(d.boundaries.size(), 3);
    QCOMPARE(d.assets.size(), 2);
    QCOMPARE(d.threats.size(), 4);
    QCOMPARE(d.diagrams.size(), 1);
    QCOMPARE(parcels().report.format, QStringLiteral("threagile"));
    QVERIFY(Project::validate(d, PropertyCatalog::builtIn()).ok());
}

void tst_ThreagileImport::kindsAndStencils_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ElementKind>("kind");
    QTest::addColumn<QString>("stencil");
    QTest::addRow("browser") << "Customer browser" << ElementKind::ExternalEntity << "browser";
    QTest::addRow("REST service") << "Parcel API" << ElementKind::Process << "web-application";
    QTest::addRow("database") << "Parcel DB" << ElementKind::DataStore << "database";
    QTest::addRow("IoT") << "Label printer" << ElementKind::Process << "iot-device";
    QTest::addRow("no counterpart") << "Batch job" << ElementKind::Process << "";
}

void tst_ThreagileImport::kindsAndStencils()
{
    QFETCH(QString, name);
    QFETCH(ElementKind, kind);
    QFETCH(QString, stencil);
    QCOMPARE(element(name).kind, kind);
    QCOMPARE(element(name).stencil, stencil);
}

void tst_ThreagileImport::zones()
{
    const Boundary &cloud = boundary(QStringLiteral("Cloud"));
    const Boundary &tier = boundary(QStringLiteral("Data tier"));
    const Boundary &warehouse = boundary(QStringLiteral("Warehouse"));
    QVERIFY(cloud.parent.isNull()); // the nesting back into "Data tier" would be a cycle
    QCOMPARE(tier.parent, cloud.id);
    QVERIFY(warehouse.parent.isNull());
    QVERIFY(tier.trustLevel > cloud.trustLevel);
    QCOMPARE(element(QStringLiteral("Parcel API")).zone, cloud.id);
    QCOMPARE(element(QStringLiteral("Batch job")).zone, cloud.id);
    QCOMPARE(element(QStringLiteral("Parcel DB")).zone, tier.id);
    QCOMPARE(element(QStringLiteral("Label printer")).zone, warehouse.id);
    QVERIFY(element(QStringLiteral("Customer browser")).zone.isNull());
    QVERIFY(cloud.description.contains(QLatin1String("network-cloud-provider")));
}

void tst_ThreagileImport::flows()
{
    const Flow *track = named(data().flows, QStringLiteral("Track parcel"));
    const Flow *store = named(data().flows, QStringLiteral("Store parcel"));
    const Flow *print = named(data().flows, QStringLiteral("Print label"));
    QVERIFY(track && store && print);
    QCOMPARE(track->source, element(QStringLiteral("Customer browser")).id);
    QCOMPARE(track->target, element(QStringLiteral("Parcel API")).id);
    QCOMPARE(track->protocol, QStringLiteral("https"));
    QCOMPARE(track->properties.value(QStringLiteral("encrypted")), QJsonValue(true));
    QCOMPARE(track->properties.value(QStringLiteral("authenticated")), QJsonValue(true));
    // Sent and received data both ride on the one flow.
    QCOMPARE(track->assets, (QList<Id>{asset(QStringLiteral("Customer address")).id,
                                       asset(QStringLiteral("Parcel label")).id}));
    QCOMPARE(store->properties.value(QStringLiteral("encrypted")), QJsonValue(true));
    QCOMPARE(store->properties.value(QStringLiteral("mutualAuthentication")), QJsonValue(true));
    QCOMPARE(print->properties.value(QStringLiteral("encrypted")), QJsonValue(true)); // VPN
    QCOMPARE(print->assets, QList<Id>{asset(QStringLiteral("Parcel label")).id});
    QCOMPARE(
        element(QStringLiteral("Parcel API")).properties.value(QStringLiteral("internetFacing")),
        QJsonValue(true));
    QCOMPARE(
        element(QStringLiteral("Parcel DB")).properties.value(QStringLiteral("encryptedAtRest")),
        QJsonValue(true));
}

void tst_ThreagileImport::dataAssets()
{
    const DataAsset &address = asset(QStringLiteral("Customer address"));
    QCOMPARE(address.classification, QStringLiteral("confidential"));
    QCOMPARE(address.confidentiality, 3);
    QCOMPARE(address.integrity, 3);
    QCOMPARE(address.availability, 1);
    const DataAsset &label = asset(QStringLiteral("Parcel label"));
    QCOMPARE(label.confidentiality, 1);
    QCOMPARE(label.integrity, 2);
    QCOMPARE(label.availability, 0);
    QCOMPARE(element(QStringLiteral("Parcel DB")).assets, (QList<Id>{address.id, label.id}));
}

void tst_ThreagileImport::risks_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<ThreatStatus>("status");
    QTest::addColumn<StrideCategory>("category");
    QTest::addColumn<int>("involved");
    QTest::addColumn<QString>("justification");
    QTest::addRow("mitigated") << "sql-nosql-injection" << ThreatStatus::Mitigated
                               << StrideCategory::Tampering << 2 << "";
    QTest::addRow("accepted") << "unencrypted-communication" << ThreatStatus::Accepted
                              << StrideCategory::InformationDisclosure << 1
                              << "The printer network is isolated";
    QTest::addRow("false positive, no reason")
        << "missing-vault" << ThreatStatus::NotApplicable << StrideCategory::InformationDisclosure
        << 1 << "Marked \"false-positive\" in Threagile, without a reason.";
    QTest::addRow("in discussion") << "cross-site-scripting" << ThreatStatus::NeedsReview
                                   << StrideCategory::Spoofing << 1 << "";
}

void tst_ThreagileImport::risks()
{
    QFETCH(QString, title);
    QFETCH(ThreatStatus, status);
    QFETCH(StrideCategory, category);
    QFETCH(int, involved);
    QFETCH(QString, justification);
    const Threat *t = named(data().threats, title);
    QVERIFY(t);
    QCOMPARE(t->status, status);
    QCOMPARE(t->category, category);
    QCOMPARE(t->involved.size(), involved);
    QCOMPARE(t->justification, justification);
}

void tst_ThreagileImport::report()
{
    const ImportReport &r = parcels().report;
    for (const char *needle :
         {"the target \"carrier-gateway\" is no technical asset", "names \"ghost\"",
          "\"nothing-like-this\", which is no data asset", "would make a cycle",
          "shared runtimes have no equivalent", "owner (\"Team Parcel\")",
          "availability \"very-high\"", "technology \"scheduler\"",
          "out of scope in Threagile (\"Vendor firmware\")", "runs over a VPN",
          "listed on the same flow"})
        QVERIFY2(reportHas(r, QLatin1String(needle)), needle);
}

void tst_ThreagileImport::layout()
{
    const Diagram &d = *data().diagrams.cbegin();
    for (const Element &e : data().elements)
        QVERIFY2(d.placements.value(e.id).rect.isValid(), qPrintable(e.name));
    // Laid out as grids: each element drawn inside its zone's frame.
    for (const Element &e : data().elements) {
        if (!e.zone.isNull())
            QVERIFY(d.placements.value(e.zone).rect.contains(d.placements.value(e.id).rect));
    }
}

void tst_ThreagileImport::stableOutput()
{
    const Result<Imported> again = importThreagile(
        readData(QStringLiteral("threagile/parcels.yaml")), QStringLiteral("parcels.yaml"));
    QVERIFY(again.ok());
    QVERIFY(again->data == data());
}

void tst_ThreagileImport::yamlScalars()
{
    const Result<YamlDocument> doc
        = readYaml("a: 1\nb: -2.5e3\nc: true\nd: ~\ne: '1'\nf: 2020-03-31\ng: >\n  folded\n  text\n"
                   "h: [x, {y: null}]\n",
                   QStringLiteral("s.yaml"));
    QVERIFY2(doc.ok(), qPrintable(doc.error().text()));
    const QJsonObject o = doc->root.toObject();
    QCOMPARE(o.value(QLatin1String("a")), QJsonValue(1));
    QCOMPARE(o.value(QLatin1String("b")), QJsonValue(-2500));
    QCOMPARE(o.value(QLatin1String("c")), QJsonValue(true));
    QVERIFY(o.value(QLatin1String("d")).isNull());
    QCOMPARE(o.value(QLatin1String("e")), QJsonValue(QStringLiteral("1")));
    QCOMPARE(o.value(QLatin1String("f")), QJsonValue(QStringLiteral("2020-03-31")));
    QCOMPARE(o.value(QLatin1String("g")), QJsonValue(QStringLiteral("folded text\n")));
    QCOMPARE(yamlPosition(*doc, QStringLiteral("$.h[1].y")), QStringLiteral("line 10, column 12"));
}

void tst_ThreagileImport::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where"); // a prefix of Error::where
    QTest::addColumn<QString>("message");
    QTest::addRow("syntax") << QByteArray("title: x\ntechnical_assets:\n  a: [1, 2\n")
                            << "bad.yaml: line "
                            << "not valid YAML";
    QTest::addRow("alias") << QByteArray("base: &b {id: x}\ntechnical_assets:\n  a: *b\n")
                           << "bad.yaml: line 1, column 7"
                           << "anchors";
    QTest::addRow("billion laughs")
        << QByteArray("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n") << "bad.yaml: line 1"
        << "not supported";
    QTest::addRow("merge key") << QByteArray("a:\n  <<: {x: 1}\n") << "bad.yaml: line 2, column 3"
                               << "merge keys";
    QTest::addRow("custom tag") << QByteArray("a: !python/object x\n") << "bad.yaml: line 1"
                                << "tag";
    QTest::addRow("duplicate key")
        << QByteArray("title: a\ntitle: b\n") << "bad.yaml: line 2, column 1"
        << "appears twice";
    QTest::addRow("two documents") << QByteArray("title: a\n---\ntitle: b\n") << "bad.yaml: line 2"
                                   << "more than one YAML document";
    QTest::addRow("too deep") << QByteArray(QByteArray("[").repeated(100)
                                            + QByteArray("]").repeated(100))
                              << "bad.yaml: line 1"
                              << "deeper than 64";
    QTest::addRow("not a mapping") << QByteArray("- a\n- b\n") << "bad.yaml: line 1"
                                   << "expected a mapping";
    QTest::addRow("assets as list") << QByteArray("title: x\ntechnical_assets:\n  - a\n")
                                    << "bad.yaml: line 3, column 3 ($.technical_assets)"
                                    << "expected a mapping of names";
    QTest::addRow("wrong type") << QByteArray(
        "technical_assets:\n  A:\n    id: a\n    type: process\n    internet: "
        "maybe\n") << "bad.yaml: line 5, column 15 ($.technical_assets.A.internet)"
                                << "expected true or false";
    QTest::addRow("unknown type") << QByteArray(
        "technical_assets:\n  A:\n    id: a\n    type: robot\n")
                                  << "bad.yaml: line 4, column 11"
                                  << "\"robot\" is not external-entity";
    QTest::addRow("missing id") << QByteArray("technical_assets:\n  A:\n    type: process\n")
                                << "bad.yaml: line 3, column 5 ($.technical_assets.A.id)"
                                << "missing";
    QTest::addRow("link not a mapping")
        << QByteArray("technical_assets:\n  A:\n    id: a\n    type: process\n"
                      "    communication_links: 5\n")
        << "bad.yaml: line 5, column 26"
        << "expected a mapping of names to links";
    QTest::addRow("empty") << QByteArray() << "bad.yaml"
                           << "no YAML document";
    QTest::addRow("binary") << QByteArray("title: \xff\xfe\x01\n", 11) << "bad.yaml: line 1"
                            << "not valid YAML";
    QTest::addRow("oversized") << QByteArray(33 * 1024 * 1024, '#') << "bad.yaml"
                               << "at most 32 MiB";
}

void tst_ThreagileImport::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<Imported> r = importThreagile(input, QStringLiteral("bad.yaml"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().where.startsWith(where), qPrintable(r.error().text()));
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().text()));
}

void tst_ThreagileImport::robustAgainstTruncation()
{
    const QByteArray full = readData(QStringLiteral("threagile/parcels.yaml"));
    int imported = 0, refused = 0;
    for (qsizetype n = 0; n < full.size(); n += 13) {
        const Result<Imported> r = importThreagile(full.left(n), QStringLiteral("cut.yaml"));
        if (r.ok()) {
            ++imported;
            QVERIFY(Project::validate(r->data, PropertyCatalog::builtIn()).ok());
        } else {
            ++refused;
            QVERIFY2(r.error().where.startsWith(QLatin1String("cut.yaml")),
                     qPrintable(r.error().text()));
        }
    }
    QVERIFY(imported > 0 && refused > 0);
}

void tst_ThreagileImport::robustAgainstMutations()
{
    // Every value in turn replaced by each type or removed (JSON is YAML too): a clean error
    // naming a line, or a valid project.
    const Result<YamlDocument> doc
        = readYaml(readData(QStringLiteral("threagile/parcels.yaml")), QStringLiteral("p"));
    QVERIFY(doc.ok());
    QList<QVariantList> paths;
    detail::collectPaths(doc->root, paths, {});
    const QList<QJsonValue> values{QJsonValue(),
                                   0,
                                   -1,
                                   QStringLiteral(""),
                                   QStringLiteral("x"),
                                   true,
                                   QJsonArray(),
                                   QJsonArray{1, QStringLiteral("x")},
                                   QJsonObject(),
                                   QJsonObject{{QStringLiteral("a"), 1}}};
    int imported = 0, refused = 0;
    QStringList failures;
    for (const QVariantList &path : std::as_const(paths)) {
        for (qsizetype k = 0; k <= values.size(); ++k) {
            const bool remove = k == values.size();
            const QJsonValue mutated
                = detail::replaced(doc->root, path, 0, remove ? QJsonValue() : values[k], remove);
            const Result<Imported> r
                = importThreagile(QJsonDocument(mutated.toObject()).toJson(), QStringLiteral("m"));
            if (r.ok()) {
                ++imported;
                if (Result<void> v = Project::validate(r->data, PropertyCatalog::builtIn()); !v)
                    failures.append(v.error().text());
            } else {
                ++refused;
                if (!r.error().where.startsWith(QLatin1String("m: line ")))
                    failures.append(r.error().text());
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(QLatin1Char('\n'))));
    QVERIFY(imported > 0 && refused > 0);
}

void tst_ThreagileImport::detection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format"); // empty: not recognised
    QTest::addRow("fixture") << readData(QStringLiteral("threagile/parcels.yaml")) << "threagile";
    QTest::addRow("minimal") << QByteArray("technical_assets: {}\n") << "threagile";
    QTest::addRow("other YAML") << QByteArray("name: x\nitems: [1]\n") << "";
    QTest::addRow("mentions the key in text")
        << QByteArray("description: \"technical_assets: none\"\n") << "";
}

void tst_ThreagileImport::detection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    const Result<QString> r = detectImportFormat(bytes, QStringLiteral("x"));
    QCOMPARE(r.ok() ? r.value() : QString(), format);
}

QTEST_GUILESS_MAIN(tst_ThreagileImport)
#include "tst_threagileimport.moc"
