// Microsoft Threat Modeling Tool import: stencils map to kinds and stencils, border boundaries
// hold what is drawn inside them, line boundaries become polylines, attributes and threat states
// map as documented, and hostile XML (DTDs, truncation, depth, sizes, wrong types) is refused
// with the line and column.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "importtestutil.h"
#include "io/modelimport.h"
#include "io/tm7import.h"

#include <QTest>

using namespace tb;
using namespace tb::test;

class tst_Tm7Import : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void kindsAndStencils_data();
    void kindsAndStencils();
    void zones();
    void lineBoundary();
    void flowGeometry();
    void properties_data();
    void properties();
    void freeEndGetsStandIn();
    void threats_data();
    void threats();
    void mitigatedJustificationIsTask();
    void report();
    void stableOutput();
    void errors_data();
    void errors();
    void robustAgainstTruncation();
    void robustAgainstMutations();
    void detection_data();
    void detection();
};

namespace {

Result<Imported> importFixture()
{
    return importTm7(readData(QStringLiteral("tm7/webshop.tm7")), QStringLiteral("webshop.tm7"));
}

const Imported &webshop()
{
    static const Imported imported = [] {
        Result<Imported> r = importFixture();
        if (!r)
            qFatal("%s", qPrintable(r.error().text()));
        return r.value();
    }();
    return imported;
}

const ProjectData &data()
{
    return webshop().data;
}

const Element &element(const QString &name)
{
    const Element *e = named(data().elements, name);
    if (!e)
        qFatal("no element %s", qPrintable(name));
    return *e;
}

const Diagram &diagram(const QString &name)
{
    const Diagram *d = named(data().diagrams, name);
    if (!d)
        qFatal("no diagram %s", qPrintable(name));
    return *d;
}

// A minimal model around one drawing surface's Borders content.
QByteArray model(const QByteArray &borders, const QByteArray &lines = {})
{
    return "<ThreatModel xmlns=\"http://schemas.datacontract.org/2004/07/ThreatModeling.Model\" "
           "xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><DrawingSurfaceList>"
           "<DrawingSurfaceModel><Borders>"
           + borders + "</Borders><Header>D</Header><Lines>" + lines
           + "</Lines></DrawingSurfaceModel></DrawingSurfaceList></ThreatModel>";
}

QByteArray process(const QByteArray &geometry, const QByteArray &properties = {})
{
    return "<KeyValueOfguidanyType><Key>11111111-2222-4333-8444-555566667777</Key><Value "
           "i:type=\"StencilEllipse\"><GenericTypeId>GE.P</GenericTypeId>"
           "<Guid>11111111-2222-4333-8444-555566667777</Guid><Properties>"
           + properties + "</Properties><TypeId>GE.P</TypeId>" + geometry
           + "</Value></KeyValueOfguidanyType>";
}

const QByteArray kGeometry = "<Height>100</Height><Left>10</Left><Top>10</Top><Width>100</Width>";

} // namespace

void tst_Tm7Import::counts()
{
    const ProjectData &d = data();
    QCOMPARE(d.product.name, QStringLiteral("Web shop"));
    QCOMPARE(d.product.intendedPurpose, QStringLiteral("Sells things & ships them."));
    QCOMPARE(d.diagrams.size(), 2);
    QCOMPARE(d.elements.size(), 7); // 6 stencils and the stand-in for a free flow end
    QCOMPARE(d.flows.size(), 5);
    QCOMPARE(d.boundaries.size(), 3); // two border boundaries, one line boundary
    QCOMPARE(d.threats.size(), 6);
    QCOMPARE(d.tasks.size(), 1);
    QCOMPARE(webshop().report.format, QStringLiteral("tm7"));
    QCOMPARE(webshop().report.elements, 7);
    QCOMPARE(diagram(QStringLiteral("Checkout")).placements.size(), 5 + 4 + 3);
    QCOMPARE(diagram(QStringLiteral("Back office")).placements.size(), 3);
    QVERIFY(Project::validate(d, PropertyCatalog::builtIn()).ok());
}

void tst_Tm7Import::kindsAndStencils_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ElementKind>("kind");
    QTest::addColumn<QString>("stencil");
    QTest::addRow("browser") << "Customer browser" << ElementKind::ExternalEntity << "browser";
    QTest::addRow("web app") << "Shop front" << ElementKind::Process << "web-application";
    QTest::addRow("SQL") << "Orders DB" << ElementKind::DataStore << "database";
    QTest::addRow("logs") << "Audit trail" << ElementKind::DataStore << "log-store";
    QTest::addRow("custom stencil") << "Nightly export" << ElementKind::Process << "";
    QTest::addRow("human user") << "Accountant" << ElementKind::ExternalEntity << "user";
}

void tst_Tm7Import::kindsAndStencils()
{
    QFETCH(QString, name);
    QFETCH(ElementKind, kind);
    QFETCH(QString, stencil);
    QCOMPARE(element(name).kind, kind);
    QCOMPARE(element(name).stencil, stencil);
}

void tst_Tm7Import::zones()
{
    const Boundary *cloud = named(data().boundaries, QStringLiteral("Shop cloud"));
    const Boundary *backend = named(data().boundaries, QStringLiteral("Backend"));
    QVERIFY(cloud && backend);
    QCOMPARE(cloud->kind, BoundaryKind::Zone);
    QVERIFY(cloud->parent.isNull());
    QCOMPARE(backend->parent, cloud->id);
    QVERIFY(backend->trustLevel > cloud->trustLevel);
    QCOMPARE(element(QStringLiteral("Shop front")).zone, cloud->id);
    QCOMPARE(element(QStringLiteral("Orders DB")).zone, backend->id);
    QCOMPARE(element(QStringLiteral("Audit trail")).zone, backend->id);
    QVERIFY(element(QStringLiteral("Customer browser")).zone.isNull());
    QCOMPARE(diagram(QStringLiteral("Checkout")).placements.value(backend->id).rect,
             QRectF(550, 250, 320, 260));
}

void tst_Tm7Import::lineBoundary()
{
    const Boundary *line = named(data().boundaries, QStringLiteral("Internet Boundary"));
    QVERIFY(line);
    QCOMPARE(line->kind, BoundaryKind::Line);
    QCOMPARE(line->trustLevel, 0);
    const QList<QPointF> points
        = diagram(QStringLiteral("Checkout")).placements.value(line->id).points;
    QCOMPARE(points.size(), 9);
    QCOMPARE(points.first(), QPointF(250, 20));
    QCOMPARE(points.last(), QPointF(250, 480));
    QCOMPARE(points.at(4), QPointF(270, 250)); // the curve passes through its handle
    // The HTTPS flow from the browser (x 150) to the shop front (x 350) crosses it at x ~ 250.
    QVERIFY(points.at(2).x() > 250 && points.at(2).x() < 270);
}

void tst_Tm7Import::flowGeometry()
{
    const Flow *order = named(data().flows, QStringLiteral("Place order"));
    QVERIFY(order);
    QCOMPARE(order->source, element(QStringLiteral("Customer browser")).id);
    QCOMPARE(order->target, element(QStringLiteral("Shop front")).id);
    QCOMPARE(order->protocol, QStringLiteral("HTTPS"));
    QCOMPARE(diagram(QStringLiteral("Checkout")).placements.value(order->id).points,
             QList<QPointF>{QPointF(250, 220)});
}

void tst_Tm7Import::properties_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: not set
    QTest::addRow("Running As Administrator") << "Shop front"
                                              << "runsAsPrivileged" << QJsonValue(true);
    QTest::addRow("Sanitizes Input Yes") << "Shop front"
                                         << "sanitizesInput" << QJsonValue(true);
    QTest::addRow("Stores Credentials") << "Orders DB"
                                        << "storesCredentials" << QJsonValue(true);
    QTest::addRow("Encrypted") << "Orders DB"
                               << "encryptedAtRest" << QJsonValue(true);
    QTest::addRow("Shared has none") << "Orders DB"
                                     << "backedUp" << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("Stores Log Data") << "Audit trail"
                                     << "storesLogs" << QJsonValue(true);
    QTest::addRow("static confidentiality") << "Place order"
                                            << "encrypted" << QJsonValue(true);
    QTest::addRow("destination authenticated") << "Place order"
                                               << "authenticated" << QJsonValue(true);
    QTest::addRow("JSON payload") << "Place order"
                                  << "dataFormat" << QJsonValue(QStringLiteral("json"));
    QTest::addRow("generic flow") << "Store order"
                                  << "encrypted" << QJsonValue(QJsonValue::Undefined);
}

void tst_Tm7Import::properties()
{
    QFETCH(QString, object);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const Element *e = named(data().elements, object);
    const Flow *f = named(data().flows, object);
    QVERIFY(e || f);
    const Properties &props = e ? e->properties : f->properties;
    QCOMPARE(props.value(key, QJsonValue(QJsonValue::Undefined)), value);
}

void tst_Tm7Import::freeEndGetsStandIn()
{
    const Flow *webhook = named(data().flows, QStringLiteral("Webhook"));
    QVERIFY(webhook);
    const Element &standIn = data().elements.value(webhook->source);
    QCOMPARE(standIn.kind, ElementKind::ExternalEntity);
    QCOMPARE(standIn.name, QStringLiteral("Unattached source of \"Webhook\""));
    QCOMPARE(diagram(QStringLiteral("Checkout")).placements.value(standIn.id).rect.center(),
             QPointF(1000, 600));
    QCOMPARE(webhook->target, element(QStringLiteral("Shop front")).id);
    QVERIFY(reportHas(webshop().report, QStringLiteral("connected to a new external entity")));
}

void tst_Tm7Import::threats_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<ThreatStatus>("status");
    QTest::addColumn<StrideCategory>("category");
    QTest::addColumn<int>("impact");
    QTest::addColumn<QString>("justification");
    QTest::addColumn<int>("involved");
    QTest::addRow("auto-generated") << "Spoofing the shop front" << ThreatStatus::New
                                    << StrideCategory::Spoofing << 3 << "" << 3;
    QTest::addRow("mitigated") << "SQL injection into Orders DB" << ThreatStatus::Mitigated
                               << StrideCategory::Tampering << 2 << "" << 3;
    QTest::addRow("not applicable")
        << "Orders DB disclosure" << ThreatStatus::NotApplicable
        << StrideCategory::InformationDisclosure << 1 << "The database holds no personal data" << 3;
    QTest::addRow("needs investigation, category from type id")
        << "Audit log can be denied" << ThreatStatus::NeedsReview << StrideCategory::Repudiation
        << 3 << "" << 3;
    QTest::addRow("not applicable without reason")
        << "Accountant elevates" << ThreatStatus::NotApplicable
        << StrideCategory::ElevationOfPrivilege << 3
        << "Marked \"NotApplicable\" in the Threat Modeling Tool, without a reason." << 3;
    QTest::addRow("dangling flow, odd state") << "Threat about a deleted flow" << ThreatStatus::New
                                              << StrideCategory::Spoofing << 2 << "" << 0;
}

void tst_Tm7Import::threats()
{
    QFETCH(QString, title);
    QFETCH(ThreatStatus, status);
    QFETCH(StrideCategory, category);
    QFETCH(int, impact);
    QFETCH(QString, justification);
    QFETCH(int, involved);
    const Threat *t = named(data().threats, title);
    QVERIFY(t);
    QCOMPARE(t->status, status);
    QCOMPARE(t->category, category);
    QCOMPARE(t->impact, impact);
    QCOMPARE(t->justification, justification);
    QCOMPARE(t->involved.size(), involved);
    QVERIFY(t->templateId.isEmpty());
}

void tst_Tm7Import::mitigatedJustificationIsTask()
{
    const Threat *t = named(data().threats, QStringLiteral("SQL injection into Orders DB"));
    const MitigationTask *task
        = named(data().tasks, QStringLiteral("Parameterised queries everywhere"));
    QVERIFY(t && task);
    QCOMPARE(task->status, TaskStatus::Implemented);
    QCOMPARE(task->threats, QList<Id>{t->id});
    const Threat *review = named(data().threats, QStringLiteral("Audit log can be denied"));
    QVERIFY(review->description.contains(QLatin1String("Ask ops about retention")));
    QCOMPARE(named(data().threats, QStringLiteral("Spoofing the shop front"))->description,
             QStringLiteral("The browser may be spoofed."));
}

void tst_Tm7Import::report()
{
    const ImportReport &r = webshop().report;
    for (const char *needle :
         {"a free text annotation has no equivalent", "Owner \"Shop team\"", "1 note(s)",
          "Team \"Ops\"", "Isolation Level \"Sandbox\"", "Shared \"Yes\"",
          "Contains Cookies \"Yes\"", "embedded knowledge base",
          "out of scope in the Threat Modeling Tool (\"run by the hoster\")",
          "\"Batch Scheduler\" (SE.P.Custom.Scheduler) has no Threatbench counterpart",
          "state \"Frozen\" read as", "priority \"Urgent\"", "polyline of 9 points"})
        QVERIFY2(reportHas(r, QLatin1String(needle)), needle);
    QVERIFY(!reportHas(r, QStringLiteral("Authenticates Itself"))); // at its default
}

void tst_Tm7Import::stableOutput()
{
    const Result<Imported> again = importFixture();
    QVERIFY(again.ok());
    QVERIFY(again->data == data());
    QCOMPARE(again->report.approximated, webshop().report.approximated);
}

void tst_Tm7Import::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where"); // a prefix of Error::where
    QTest::addColumn<QString>("message");
    QTest::addRow("doctype") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE ThreatModel [\n"
                                           "<!ENTITY a \"aaaaaaaaaa\">]>\n<ThreatModel>&a;"
                                           "</ThreatModel>")
                             << "bad.tm7: line 3"
                             << "DOCTYPE";
    QTest::addRow("external entity")
        << QByteArray("<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><ThreatModel/>")
        << "bad.tm7: line 1"
        << "DOCTYPE";
    QTest::addRow("undeclared entity")
        << QByteArray("<ThreatModel>&secret;</ThreatModel>") << "bad.tm7: line 1"
        << "";
    QTest::addRow("truncated") << model(process(kGeometry)).left(300) << "bad.tm7: line 1"
                               << "ends early";
    QTest::addRow("wrong root") << QByteArray("<Model/>") << "bad.tm7: line 1, column 8"
                                << "starts with <ThreatModel>";
    QTest::addRow("not XML") << QByteArray("{\"a\": 1}") << "bad.tm7: line 1"
                             << "XML";
    QTest::addRow("empty") << QByteArray() << "bad.tm7: line 1"
                           << "";
    QTest::addRow("no surfaces") << QByteArray("<ThreatModel></ThreatModel>") << "bad.tm7: line 1"
                                 << "no <DrawingSurfaceList>";
    QTest::addRow("too deep") << QByteArray("<ThreatModel>" + QByteArray("<a>").repeated(100)
                                            + QByteArray("</a>").repeated(100) + "</ThreatModel>")
                              << "bad.tm7: line 1"
                              << "deeper than 64";
    QTest::addRow("not a number") << model(
        process("<Height>100</Height><Left>ten</Left><Top>1</Top><Width>100</Width>"))
                                  << "bad.tm7: line 1, column "
                                  << "expected a number, not \"ten\"";
    QTest::addRow("huge coordinate")
        << model(process("<Height>100</Height><Left>1e300</Left><Top>1</Top><Width>1</Width>"))
        << "bad.tm7: line 1, column "
        << "beyond";
    QTest::addRow("no position") << model(process("<Height>100</Height>")) << "bad.tm7: line 1"
                                 << "missing <Left> or <Top>";
    QTest::addRow("bad selected index")
        << model(process(kGeometry,
                         "<anyType i:type=\"b:ListDisplayAttribute\"><DisplayName>Running "
                         "As</DisplayName><Value><string>A</string></Value>"
                         "<SelectedIndex>7</SelectedIndex></anyType>"))
        << "bad.tm7: line 1"
        << "SelectedIndex \"7\" is not one of the 1 values of \"Running As\"";
    QTest::addRow("bad boolean") << model(
        process(kGeometry, "<anyType i:type=\"b:BooleanDisplayAttribute\"><DisplayName>Out "
                           "Of Scope</DisplayName><Value>maybe</Value></anyType>"))
                                 << "bad.tm7: line 1"
                                 << "expected true or false";
    QTest::addRow("no guid") << model(
        "<KeyValueOfguidanyType><Value><GenericTypeId>GE.P</GenericTypeId>"
        "</Value></KeyValueOfguidanyType>")
                             << "bad.tm7: line 1"
                             << "missing <Guid>";
    QTest::addRow("huge text") << model(
        process(kGeometry, "<x>" + QByteArray(2 * 1024 * 1024, 'a') + "</x>"))
                               << "bad.tm7: line 1"
                               << "more than 1048576 characters";
    const QByteArray box = "<KeyValueOfguidanyType><Value><GenericTypeId>GE.TB.B</GenericTypeId>"
                           "<Guid>b</Guid>"
                           + kGeometry + "</Value></KeyValueOfguidanyType>";
    QTest::addRow("too many boxes") << model(box.repeated(2001)) << "bad.tm7: line 1"
                                    << "more than 2000 border boundaries";
    QTest::addRow("oversized") << QByteArray(129 * 1024 * 1024, ' ') << "bad.tm7: line 1"
                               << "at most 128 MiB";
}

void tst_Tm7Import::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<Imported> r = importTm7(input, QStringLiteral("bad.tm7"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().where.startsWith(where), qPrintable(r.error().text()));
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().text()));
}

void tst_Tm7Import::robustAgainstTruncation()
{
    // Every prefix of the fixture: a clean error naming a place, or (rarely) a valid project.
    const QByteArray full = readData(QStringLiteral("tm7/webshop.tm7"));
    int refused = 0;
    for (qsizetype n = 0; n < full.size(); n += 97) {
        const Result<Imported> r = importTm7(full.left(n), QStringLiteral("cut.tm7"));
        if (r.ok()) {
            QVERIFY(Project::validate(r->data, PropertyCatalog::builtIn()).ok());
        } else {
            ++refused;
            QVERIFY2(r.error().where.startsWith(QLatin1String("cut.tm7: line ")),
                     qPrintable(r.error().text()));
        }
    }
    QVERIFY(refused > 0);
}

void tst_Tm7Import::robustAgainstMutations()
{
    // Every text in turn replaced by odd values: a clean error naming a line, or a valid project.
    const QByteArray full = readData(QStringLiteral("tm7/webshop.tm7"));
    const QList<QByteArray> values{"", "x", "-5", "00000000-0000-0000-0000-000000000000"};
    int imported = 0, refused = 0;
    QStringList failures;
    for (qsizetype at = full.indexOf('>'); at >= 0; at = full.indexOf('>', at + 1)) {
        const qsizetype end = full.indexOf('<', at);
        if (end <= at + 1)
            continue;
        for (const QByteArray &v : values) {
            const QByteArray mutated = full.left(at + 1) + v + full.mid(end);
            const Result<Imported> r = importTm7(mutated, QStringLiteral("m.tm7"));
            if (r.ok()) {
                ++imported;
                if (Result<void> valid = Project::validate(r->data, PropertyCatalog::builtIn());
                    !valid)
                    failures.append(valid.error().text());
            } else {
                ++refused;
                if (!r.error().where.startsWith(QLatin1String("m.tm7: line ")))
                    failures.append(r.error().text());
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(QLatin1Char('\n'))));
    QVERIFY(imported > 0 && refused > 0);
}

void tst_Tm7Import::detection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format"); // empty: not recognised
    QTest::addRow("fixture") << readData(QStringLiteral("tm7/webshop.tm7")) << "tm7";
    QTest::addRow("with declaration and BOM")
        << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ThreatModel/>")
        << "tm7";
    QTest::addRow("other XML") << QByteArray("<svg/>") << "";
    QTest::addRow("Threat Dragon")
        << readData(QStringLiteral("threat-dragon/webshop.json")) << "threat-dragon";
}

void tst_Tm7Import::detection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    const Result<QString> r = detectImportFormat(bytes, QStringLiteral("x"));
    QCOMPARE(r.ok() ? r.value() : QString(), format);
}

QTEST_GUILESS_MAIN(tst_Tm7Import)
#include "tst_tm7import.moc"
