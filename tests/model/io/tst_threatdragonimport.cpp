// Threat Dragon import: cells map as documented, boxes hold what is drawn inside them, curves
// become line boundaries, free flow ends are handled and reported, threats and mitigation texts
// become threats and tasks, and no input crashes it.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "importtestutil.h"
#include "io/modelimport.h"
#include "io/threatdragonimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tb;
using namespace tb::test;

class tst_ThreatDragonImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void zoneContainment_data();
    void zoneContainment();
    void curveBoundaries();
    void freeEndedFlows();
    void propertyMapping_data();
    void propertyMapping();
    void droppedFlagsAreReported();
    void bidirectionalFlowIsTwoFlows();
    void threatsAndTasks();
    void statusMapping_data();
    void statusMapping();
    void categoryMapping_data();
    void categoryMapping();
    void collidingIds();
    void versionOne();
    void stableOutput();
    void errors_data();
    void errors();
    void robustAgainstOddInput();
    void robustAgainstMutations();
    void detection_data();
    void detection();
};

namespace {

Result<Imported> importFixture(const QString &name)
{
    return importThreatDragon(readData(QStringLiteral("threat-dragon/") + name), name);
}

const ProjectData &webshop()
{
    static const ProjectData data = [] {
        const Result<Imported> r = importFixture(QStringLiteral("webshop.json"));
        if (!r)
            qFatal("%s", qPrintable(r.error().text()));
        return r->data;
    }();
    return data;
}

const ImportReport &webshopReport()
{
    static const ImportReport report = importFixture(QStringLiteral("webshop.json"))->report;
    return report;
}

// A one-diagram model holding one process with the given threat fields.
QByteArray withThreat(const QJsonObject &threat,
                      const QString &diagramType = QStringLiteral("STRIDE"))
{
    const QJsonObject process{
        {QStringLiteral("shape"), QStringLiteral("process")},
        {QStringLiteral("id"), QStringLiteral("p")},
        {QStringLiteral("position"),
         QJsonObject{{QStringLiteral("x"), 0}, {QStringLiteral("y"), 0}}},
        {QStringLiteral("size"),
         QJsonObject{{QStringLiteral("width"), 100}, {QStringLiteral("height"), 60}}},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("name"), QStringLiteral("P")},
                                             {QStringLiteral("threats"), QJsonArray{threat}}}}};
    const QJsonObject diagram{{QStringLiteral("title"), QStringLiteral("D")},
                              {QStringLiteral("diagramType"), diagramType},
                              {QStringLiteral("cells"), QJsonArray{process}}};
    const QJsonObject root{
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("title"), QStringLiteral("m")}}},
        {QStringLiteral("detail"), QJsonObject{{QStringLiteral("diagrams"), QJsonArray{diagram}}}}};
    return QJsonDocument(root).toJson();
}

} // namespace

void tst_ThreatDragonImport::counts()
{
    const ImportReport &rep = webshopReport();
    QCOMPARE(rep.format, QStringLiteral("threat-dragon"));
    // 5 + 3 drawn elements, 2 stand-ins for free flow ends; the stray flow is dropped and the
    // bidirectional one doubled; 3 boxes and a curve; 8 threats; 3 distinct mitigation texts.
    QCOMPARE(rep.elements, 10);
    QCOMPARE(rep.flows, 8);
    QCOMPARE(rep.boundaries, 4);
    QCOMPARE(rep.threats, 8);
    QCOMPARE(rep.tasks, 3);
    const ProjectData &d = webshop();
    QCOMPARE(d.product.name, QStringLiteral("Web shop"));
    QCOMPARE(d.product.intendedPurpose,
             QStringLiteral("A small web shop drawn for the importer tests."));
    QCOMPARE(d.diagrams.size(), 2);
    QVERIFY(named(d.diagrams, QStringLiteral("Checkout")));
    QVERIFY(named(d.diagrams, QStringLiteral("Administration")));
    QVERIFY(Project::validate(d, PropertyCatalog::builtIn()).ok());
    QVERIFY(reportHas(rep, QStringLiteral("\"Drawn for the tests\": free text on the diagram")));
    QVERIFY(reportHas(rep, QStringLiteral("model: owner \"Shop team\" has no equivalent")));
}

void tst_ThreatDragonImport::zoneContainment_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("zone"); // empty: outside every zone
    QTest::addRow("actor in Internet") << "Customer"
                                       << "Internet";
    QTest::addRow("process in backend") << "Web Shop"
                                        << "Shop backend";
    QTest::addRow("store in nested box") << "Orders DB"
                                         << "Data tier";
    QTest::addRow("log in nested box") << "Audit Log"
                                       << "Data tier";
    QTest::addRow("centre inside") << "Payment adapter"
                                   << "Shop backend";
    QTest::addRow("outside every box") << "Admin"
                                       << "";
    QTest::addRow("stand-in far out") << "Unattached target of \"Callback\""
                                      << "";
}

void tst_ThreatDragonImport::zoneContainment()
{
    QFETCH(QString, element);
    QFETCH(QString, zone);
    const ProjectData &d = webshop();
    const Element *e = named(d.elements, element);
    QVERIFY(e);
    QCOMPARE(d.boundaries.value(e->zone).name, zone);
}

void tst_ThreatDragonImport::curveBoundaries()
{
    const ProjectData &d = webshop();
    const Boundary *backend = named(d.boundaries, QStringLiteral("Shop backend"));
    const Boundary *tier = named(d.boundaries, QStringLiteral("Data tier"));
    QVERIFY(backend && tier);
    QCOMPARE(tier->parent, backend->id);
    QCOMPARE(backend->trustLevel, 2);
    QCOMPARE(tier->trustLevel, 3);
    QCOMPARE(named(d.boundaries, QStringLiteral("Internet"))->trustLevel, 0);
    QVERIFY(reportHas(webshopReport(), QStringLiteral("\"Payment adapter\": overlaps the edge")));

    // The misspelt "trust-broundary-curve" real files hold is a curve all the same.
    const Boundary *line = named(d.boundaries, QStringLiteral("Trust boundary"));
    QVERIFY(line);
    QCOMPARE(line->kind, BoundaryKind::Line);
    QVERIFY(line->parent.isNull());
    const Diagram *checkout = named(d.diagrams, QStringLiteral("Checkout"));
    const QList<QPointF> points{{350, 0}, {360, 250}, {350, 520}};
    QCOMPARE(checkout->placements.value(line->id).points, points);
    QVERIFY(checkout->placements.value(line->id).rect.isNull());
}

void tst_ThreatDragonImport::freeEndedFlows()
{
    const ProjectData &d = webshop();
    const ImportReport &rep = webshopReport();
    // A free end over an element attaches to it.
    const Flow *browse = named(d.flows, QStringLiteral("Browse"));
    QVERIFY(browse);
    QCOMPARE(d.elements.value(browse->source).name, QStringLiteral("Customer"));
    QVERIFY(
        reportHas(rep, QStringLiteral("\"Browse\": the source end is a free point at (100, 130), "
                                      "over \"Customer\"; attached to it")));
    // A free end over nothing, or naming a missing cell, gets a stand-in external entity.
    for (const char *name : {"Callback", "Reports"}) {
        const Flow *f = named(d.flows, QLatin1String(name));
        QVERIFY(f);
        const Element &stand = d.elements.value(f->target);
        QCOMPARE(stand.kind, ElementKind::ExternalEntity);
        QCOMPARE(stand.name,
                 QStringLiteral("Unattached target of \"%1\"").arg(QLatin1String(name)));
        QVERIFY(reportHas(
            rep, QStringLiteral("connected to a new external entity \"%1\"").arg(stand.name)));
    }
    const Diagram *checkout = named(d.diagrams, QStringLiteral("Checkout"));
    const Element *callback
        = named(d.elements, QStringLiteral("Unattached target of \"Callback\""));
    QCOMPARE(checkout->placements.value(callback->id).rect.center(), QPointF(1200, 600));
    QVERIFY(
        reportHas(rep, QStringLiteral("\"no-such-cell\", which is no element of this diagram")));
    // Neither end attached: the flow is dropped and said so; its threat is kept.
    QVERIFY(!named(d.flows, QStringLiteral("Stray")));
    QVERIFY(reportHas(rep, QStringLiteral("\"Stray\": neither end is attached to an element")));
    const Threat *stray = named(d.threats, QStringLiteral("Stray threat"));
    QVERIFY(stray);
    QVERIFY(stray->involved.isEmpty());
}

void tst_ThreatDragonImport::propertyMapping_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // JSON text; empty = not set
    QTest::addRow("isEncrypted") << "Store order"
                                 << "encrypted"
                                 << "true";
    QTest::addRow("HTTPS implies encrypted") << "Order"
                                             << "encrypted"
                                             << "true";
    QTest::addRow("isPublicNetwork") << "Order"
                                     << "publicNetwork"
                                     << "true";
    QTest::addRow("plain flow") << "Audit"
                                << "encrypted"
                                << "";
    QTest::addRow("storesCredentials") << "Orders DB"
                                       << "storesCredentials"
                                       << "true";
    QTest::addRow("store isEncrypted") << "Orders DB"
                                       << "encryptedAtRest"
                                       << "true";
    QTest::addRow("isALog") << "Audit Log"
                            << "storesLogs"
                            << "true";
    QTest::addRow("privilegeLevel root") << "Web Shop"
                                         << "runsAsPrivileged"
                                         << "true";
    QTest::addRow("isWebApplication") << "Web Shop"
                                      << "stencil"
                                      << "\"web-application\"";
    QTest::addRow("isALog stencil") << "Audit Log"
                                    << "stencil"
                                    << "\"log-store\"";
    QTest::addRow("description") << "Web Shop"
                                 << "description"
                                 << "\"Sells things.\"";
}

void tst_ThreatDragonImport::propertyMapping()
{
    QFETCH(QString, object);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const ProjectData &d = webshop();
    QJsonValue actual(QJsonValue::Undefined);
    if (const Element *e = named(d.elements, object)) {
        actual = key == QLatin1String("stencil")       ? QJsonValue(e->stencil)
                 : key == QLatin1String("description") ? QJsonValue(e->description)
                                                       : e->properties.value(key, actual);
    } else {
        const Flow *f = named(d.flows, object);
        QVERIFY(f);
        actual = f->properties.value(key, actual);
    }
    QCOMPARE(jsonText(actual), value);
}

void tst_ThreatDragonImport::droppedFlagsAreReported()
{
    const ImportReport &rep = webshopReport();
    QVERIFY(reportHas(
        rep, QStringLiteral("\"Customer\": providesAuthentication (true) has no equivalent")));
    QVERIFY(reportHas(rep,
                      QStringLiteral("\"Web Shop\": handlesCardPayment (true) has no equivalent")));
    QVERIFY(reportHas(rep, QStringLiteral("\"Orders DB\": isSigned (true) has no equivalent")));
    QVERIFY(reportHas(rep, QStringLiteral("\"Payment adapter\": out of scope in Threat Dragon "
                                          "(\"Run by the bank\")")));
    QVERIFY(reportHas(rep, QStringLiteral("\"Order\": protocol \"HTTPS\" implies encryption")));
}

void tst_ThreatDragonImport::bidirectionalFlowIsTwoFlows()
{
    const ProjectData &d = webshop();
    QList<const Flow *> both;
    for (const Flow &f : d.flows) {
        if (f.name == QLatin1String("Store order"))
            both.append(&f);
    }
    QCOMPARE(both.size(), 2);
    QCOMPARE(both[0]->source, both[1]->target);
    QCOMPARE(both[0]->target, both[1]->source);
    const Diagram *checkout = named(d.diagrams, QStringLiteral("Checkout"));
    QList<QPointF> back = checkout->placements.value(both[1]->id).points;
    std::reverse(back.begin(), back.end());
    QCOMPARE(checkout->placements.value(both[0]->id).points, back);
}

void tst_ThreatDragonImport::threatsAndTasks()
{
    const ProjectData &d = webshop();
    const Threat *sql = named(d.threats, QStringLiteral("SQL injection"));
    const Threat *eaves = named(d.threats, QStringLiteral("Eavesdropping"));
    const Threat *backup = named(d.threats, QStringLiteral("Backup theft"));
    const Threat *disk = named(d.threats, QStringLiteral("Disk full"));
    QVERIFY(sql && eaves && backup && disk);
    QVERIFY(sql->templateId.isEmpty());
    QCOMPARE(sql->category, StrideCategory::Tampering);
    QCOMPARE(sql->status, ThreatStatus::New);
    QCOMPARE(sql->impact, 3); // High
    QCOMPARE(sql->likelihood, 2);
    QCOMPARE(sql->involved.size(), 1);
    QCOMPARE(sql->involved.first().name, QStringLiteral("Web Shop"));
    QCOMPARE(sql->involved.first().kind, QStringLiteral("process"));
    // A flow's threat involves its source, the flow and its target, as derived ones do.
    QCOMPARE(eaves->involved.size(), 3);
    QCOMPARE(eaves->involved[1].kind, QStringLiteral("flow"));
    QCOMPARE(eaves->category, StrideCategory::InformationDisclosure);
    QCOMPARE(eaves->impact, 1); // Low
    QVERIFY(eaves->description.endsWith(QLatin1String("Threat Dragon score: 7.5")));
    // Accepted: the mitigation text is the reason, not a task.
    QCOMPARE(backup->status, ThreatStatus::Accepted);
    QCOMPARE(backup->impact, 4); // Critical
    QCOMPARE(backup->justification, QStringLiteral("Backups are handled by the hosting provider"));
    // N/A with Threat Dragon's prompt as the text: a justification is written, the prompt dropped.
    QCOMPARE(disk->status, ThreatStatus::NotApplicable);
    QVERIFY(disk->description.isEmpty());
    QVERIFY(!disk->justification.isEmpty());

    const MitigationTask *tls = named(d.tasks, QStringLiteral("Use TLS everywhere"));
    const MitigationTask *queries = named(d.tasks, QStringLiteral("Use parameterised queries"));
    QVERIFY(tls && queries);
    QCOMPARE(tls->status, TaskStatus::Implemented); // its threats are mitigated
    QCOMPARE(tls->threats.size(), 2);               // the same text on two threats: one task
    QVERIFY(tls->threats.contains(eaves->id));
    QCOMPARE(queries->status, TaskStatus::Proposed);
    QCOMPARE(queries->threats, QList<Id>{sql->id});
    for (const MitigationTask &t : d.tasks)
        QVERIFY2(!t.threats.contains(backup->id), qPrintable(t.title));
}

void tst_ThreatDragonImport::statusMapping_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("expected"); // ThreatStatus
    QTest::addColumn<bool>("reported");
    using S = ThreatStatus;
    QTest::addRow("Open") << "Open" << int(S::New) << false;
    QTest::addRow("Mitigated") << "Mitigated" << int(S::Mitigated) << false;
    QTest::addRow("NotApplicable") << "NotApplicable" << int(S::NotApplicable) << false;
    QTest::addRow("N/A") << "N/A" << int(S::NotApplicable) << false;
    QTest::addRow("Accepted") << "Accepted" << int(S::Accepted) << false;
    QTest::addRow("Transferred") << "Transferred" << int(S::Transferred) << false;
    QTest::addRow("Avoided") << "Avoided" << int(S::Mitigated) << true;
    QTest::addRow("Eliminated") << "Eliminated" << int(S::Mitigated) << true;
    QTest::addRow("lower case") << "mitigated" << int(S::Mitigated) << false;
    QTest::addRow("unknown") << "Pondering" << int(S::New) << true;
    QTest::addRow("empty") << "" << int(S::New) << true;
}

void tst_ThreatDragonImport::statusMapping()
{
    QFETCH(QString, status);
    QFETCH(int, expected);
    QFETCH(bool, reported);
    const QJsonObject threat{{QStringLiteral("title"), QStringLiteral("T")},
                             {QStringLiteral("status"), status},
                             {QStringLiteral("type"), QStringLiteral("Spoofing")},
                             {QStringLiteral("mitigation"), QStringLiteral("Because.")}};
    const Result<Imported> r = importThreatDragon(withThreat(threat), QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->data.threats.size(), 1);
    QCOMPARE(int(r->data.threats.cbegin()->status), expected);
    QCOMPARE(reportHas(r->report, QStringLiteral(" read as \"")), reported);
}

void tst_ThreatDragonImport::categoryMapping_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("expected"); // StrideCategory
    QTest::addColumn<bool>("exact");
    using C = StrideCategory;
    QTest::addRow("Spoofing") << "Spoofing" << int(C::Spoofing) << true;
    QTest::addRow("Information disclosure")
        << "Information disclosure" << int(C::InformationDisclosure) << true;
    QTest::addRow("Denial of service") << "Denial of service" << int(C::DenialOfService) << true;
    QTest::addRow("Elevation of privilege")
        << "Elevation of privilege" << int(C::ElevationOfPrivilege) << true;
    QTest::addRow("CIA Integrity") << "Integrity" << int(C::Tampering) << false;
    QTest::addRow("LINDDUN Non-repudiation") << "Non-repudiation" << int(C::Repudiation) << false;
    QTest::addRow("LINDDUN Linkability") << "Linkability" << int(C::InformationDisclosure) << false;
    QTest::addRow("DIE Distributed") << "Distributed" << int(C::DenialOfService) << false;
    QTest::addRow("unknown, on a process") << "Ethics" << int(C::Spoofing) << false;
}

void tst_ThreatDragonImport::categoryMapping()
{
    QFETCH(QString, type);
    QFETCH(int, expected);
    QFETCH(bool, exact);
    const QJsonObject threat{{QStringLiteral("title"), QStringLiteral("T")},
                             {QStringLiteral("status"), QStringLiteral("Open")},
                             {QStringLiteral("type"), type}};
    const Result<Imported> r = importThreatDragon(withThreat(threat, QStringLiteral("LINDDUN")),
                                                  QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    const Threat &t = *r->data.threats.cbegin();
    QCOMPARE(int(t.category), expected);
    // The original type is never lost: kept in the description when it is not STRIDE.
    QCOMPARE(t.description.contains(QStringLiteral("type: ") + type), !exact);
    QCOMPARE(reportHas(r->report, QStringLiteral("is not a STRIDE category")), !exact);
}

void tst_ThreatDragonImport::collidingIds()
{
    const ProjectData &d = webshop();
    QVERIFY(
        reportHas(webshopReport(), QStringLiteral("\"Backup tool\": the id \"dup\" is also used "
                                                  "by an earlier cell")));
    const Flow *manage = named(d.flows, QStringLiteral("Manage"));
    QVERIFY(manage);
    QCOMPARE(d.elements.value(manage->target).name, QStringLiteral("Console"));
    QVERIFY(named(d.elements, QStringLiteral("Backup tool")));
}

void tst_ThreatDragonImport::versionOne()
{
    const Result<Imported> r = importFixture(QStringLiteral("legacy-v1.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    const ProjectData &d = r->data;
    QCOMPARE(r->report.elements, 3);
    QCOMPARE(r->report.flows, 2);
    QCOMPARE(r->report.boundaries, 1);
    QCOMPARE(r->report.threats, 2);
    QCOMPARE(r->report.tasks, 2);
    QVERIFY(named(d.elements, QStringLiteral("Web App"))); // the label's line break is a space
    const Flow *request = named(d.flows, QStringLiteral("Request"));
    QVERIFY(request);
    QCOMPARE(d.elements.value(request->source).name, QStringLiteral("Browser"));
    QCOMPARE(request->properties.value(QStringLiteral("encrypted")), QJsonValue(true));
    QCOMPARE(request->protocol, QStringLiteral("HTTP/S"));
    QCOMPARE(named(d.elements, QStringLiteral("Database"))
                 ->properties.value(QStringLiteral("storesCredentials")),
             QJsonValue(true));
    QCOMPARE(named(d.boundaries, QStringLiteral("Trust boundary"))->kind, BoundaryKind::Line);
    QCOMPARE(named(d.threats, QStringLiteral("Sniffing"))->status, ThreatStatus::Mitigated);
    QVERIFY(reportHas(r->report, QStringLiteral("privilegeLevel \"executionContext =Limited\" has "
                                                "no equivalent")));
}

void tst_ThreatDragonImport::stableOutput()
{
    const Result<Imported> again = importFixture(QStringLiteral("webshop.json"));
    QVERIFY(again.ok());
    QVERIFY(again->data == webshop());
    QCOMPARE(again->report.approximated, webshopReport().approximated);
    QCOMPARE(again->report.dropped, webshopReport().dropped);
}

void tst_ThreatDragonImport::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"summary": {"title": "m"}, "detail": {"diagrams": [)";
    const QByteArray cellHead = head + R"({"title": "D", "cells": [)";
    const auto row = [](const char *tag, const QByteArray &input, const char *where,
                        const char *message) {
        QTest::addRow("%s", tag) << input << QString::fromUtf8(where) << QString::fromUtf8(message);
    };
    row("truncated", head + R"({"title": "D", "cel)", "bad.json: line 1, column ",
        "not valid JSON");
    row("not an object", "[1]", "bad.json: $", "expected an object");
    row("no detail", R"({"summary": {"title": "m"}})", "bad.json: $.detail", "missing");
    row("title type", R"({"summary": {"title": 5}, "detail": {"diagrams": []}})",
        "bad.json: $.summary.title", "expected text");
    row("diagrams type", R"({"summary": {}, "detail": {"diagrams": {}}})",
        "bad.json: $.detail.diagrams", "expected a list");
    row("diagram type", head + "7]}}", "bad.json: $.detail.diagrams[0]", "expected an object");
    row("cell type", cellHead + "null]}]}}", "bad.json: $.detail.diagrams[0].cells[0]",
        "expected an object");
    row("missing id", cellHead + R"({"shape": "actor", "position": {"x": 0, "y": 0}}]}]}})",
        "bad.json: $.detail.diagrams[0].cells[0].id", "missing");
    row("position type",
        cellHead + R"({"shape": "actor", "id": "a", "position": {"x": "0", "y": 0}}]}]}})",
        "bad.json: $.detail.diagrams[0].cells[0].position.x", "expected a number");
    row("no position", cellHead + R"({"shape": "store", "id": "a"}]}]}})",
        "bad.json: $.detail.diagrams[0].cells[0].position", "expected a position");
    row("huge coordinate",
        cellHead + R"({"shape": "actor", "id": "a", "position": {"x": 1e12, "y": 0}}]}]}})",
        "bad.json: $.detail.diagrams[0].cells[0].position", "coordinates beyond");
    row("name type",
        cellHead
            + R"({"shape": "actor", "id": "a", "position": {"x": 0, "y": 0}, "data": {"name": []}}]}]}})",
        "bad.json: $.detail.diagrams[0].cells[0].data.name", "expected text");
    row("flag type",
        cellHead
            + R"({"shape": "store", "id": "a", "position": {"x": 0, "y": 0}, "data": {"isALog": "yes"}}]}]}})",
        "bad.json: $.detail.diagrams[0].cells[0].data.isALog", "expected true or false");
    row("flow end type", cellHead + R"({"shape": "flow", "id": "f", "source": {"cell": 3}}]}]}})",
        "bad.json: $.detail.diagrams[0].cells[0].source.cell", "expected text");
    row("vertex", cellHead + R"({"shape": "flow", "id": "f", "vertices": [{"x": 1}]}]}]}})",
        "bad.json: $.detail.diagrams[0].cells[0].vertices[0]", "both x and y");
    row("threats type",
        cellHead
            + R"({"shape": "actor", "id": "a", "position": {"x": 0, "y": 0}, "data": {"threats": {}}}]}]}})",
        "bad.json: $.detail.diagrams[0].cells[0].data.threats", "expected a list");
    row("threat status type",
        cellHead
            + R"({"shape": "actor", "id": "a", "position": {"x": 0, "y": 0}, "data": {"threats": [{"status": 1}]}}]}]}})",
        "bad.json: $.detail.diagrams[0].cells[0].data.threats[0].status", "expected text");
    QByteArray deep = cellHead + R"({"shape": "actor", "id": "a", "position": )";
    deep += QByteArray(2000, '[') + QByteArray(2000, ']') + "}]}]}}";
    row("deeply nested", deep, "bad.json: line 1, column ", "not valid JSON");
    QByteArray many = cellHead;
    for (int i = 0; i <= 200000; ++i)
        many += "{},";
    many += "{}]}]}}";
    row("too many cells", many, "bad.json: $.detail.diagrams[0].cells", "at most 200000");
    row("oversized", QByteArray(129 * 1024 * 1024, ' '), "bad.json: $", "at most 128 MiB");
}

void tst_ThreatDragonImport::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<Imported> r = importThreatDragon(input, QStringLiteral("bad.json"));
    QVERIFY(!r.ok());
    if (where.endsWith(QLatin1String("column ")))
        QVERIFY2(r.error().where.startsWith(where), qPrintable(r.error().where));
    else
        QCOMPARE(r.error().where, where);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().text()));
}

void tst_ThreatDragonImport::robustAgainstOddInput()
{
    QList<QByteArray> inputs{"",
                             "null",
                             "{}",
                             "[]",
                             "{\"summary\": null, \"detail\": null}",
                             R"({"summary": {}, "detail": {}})"};
    const QByteArray full = readData(QStringLiteral("threat-dragon/legacy-v1.json"));
    for (qsizetype n = 0; n < full.size(); n += 7)
        inputs.append(full.left(n));
    for (const QByteArray &input : std::as_const(inputs)) {
        const Result<Imported> r = importThreatDragon(input, QStringLiteral("odd.json"));
        if (r.ok())
            QVERIFY(Project::validate(r->data, PropertyCatalog::builtIn()).ok());
        else
            QVERIFY2(r.error().where.startsWith(QLatin1String("odd.json")),
                     qPrintable(r.error().text()));
    }
}

void tst_ThreatDragonImport::robustAgainstMutations()
{
    // Every value in turn replaced by each JSON type or removed: a clean error or a valid project.
    for (const char *fixture : {"legacy-v1.json", "webshop.json"}) {
        const MutationCounts c
            = checkMutations(readData(QStringLiteral("threat-dragon/") + QLatin1String(fixture)),
                             [](const QByteArray &bytes) {
                                 return importThreatDragon(bytes, QStringLiteral("m.json"));
                             });
        QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.join(QLatin1Char('\n'))));
        QVERIFY(c.imported > 0 && c.refused > 0);
    }
}

void tst_ThreatDragonImport::detection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format"); // empty: not recognised
    QTest::addRow("v2") << readData(QStringLiteral("threat-dragon/webshop.json"))
                        << "threat-dragon";
    QTest::addRow("v1") << readData(QStringLiteral("threat-dragon/legacy-v1.json"))
                        << "threat-dragon";
    QTest::addRow("minimal") << QByteArray(R"({"summary": {}, "detail": {"diagrams": []}})")
                             << "threat-dragon";
    QTest::addRow("OTM") << readData(QStringLiteral("otm/doorlock.otm.json")) << "otm";
    QTest::addRow("pytm") << readData(QStringLiteral("pytm/webapp.json")) << "pytm";
    QTest::addRow("no diagrams") << QByteArray(R"({"summary": {}, "detail": {}})") << "";
    QTest::addRow("garbage") << QByteArray("\x01garbage") << "";
}

void tst_ThreatDragonImport::detection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QCOMPARE(looksLikeThreatDragon(bytes), format == QLatin1String("threat-dragon"));
    const Result<QString> detected = detectImportFormat(bytes, QStringLiteral("x.json"));
    QCOMPARE(detected.ok() ? detected.value() : QString(), format);
    QVERIFY(importFormats().contains(QStringLiteral("threat-dragon")));
}

QTEST_GUILESS_MAIN(tst_ThreatDragonImport)
#include "tst_threatdragonimport.moc"
