// Edit files: every edit kind survives JSON, and bad lines say where and why.

#include "io/editjson.h"
#include "io/jsonwriter.h"
#include "sampleproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tb;
using tb::test::sampleIds;

Q_DECLARE_METATYPE(tb::Edit)

class tst_EditJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void missingIdsAreGenerated();
    void errors_data();
    void errors();
};

void tst_EditJson::roundTrip_data()
{
    const auto &ids = sampleIds();
    const Id a = newId(), b = newId();
    QTest::addColumn<Edit>("edit");
    QTest::addRow("addDiagram") << Edit(
        AddDiagram{{a,
                    QStringLiteral("D"),
                    {{ids.user, {QRectF(1, 2, 3, 4), {}}}, {ids.login, {{}, {{1, 2}}}}},
                    ids.app}});
    QTest::addRow("removeDiagram") << Edit(RemoveDiagram{a});
    QTest::addRow("addElement") << Edit(AddElement{{a,
                                                    ElementKind::DataStore,
                                                    QStringLiteral("S"),
                                                    QStringLiteral("d"),
                                                    QStringLiteral("database"),
                                                    ids.zone,
                                                    {{QStringLiteral("encryptedAtRest"), true}},
                                                    {ids.asset},
                                                    {}},
                                                   {{ids.diagram, {QRectF(0.5, 1, 10, 10), {}}}}});
    QTest::addRow("removeElement") << Edit(RemoveElement{a});
    QTest::addRow("connectFlow") << Edit(
        ConnectFlow{{a,
                     ids.user,
                     ids.app,
                     QStringLiteral("F"),
                     {},
                     QStringLiteral("HTTPS"),
                     {{QStringLiteral("transport"), QStringLiteral("ip")}},
                     {ids.asset}},
                    {{ids.diagram, {{}, {}}}}});
    QTest::addRow("removeFlow") << Edit(RemoveFlow{a});
    QTest::addRow("addBoundary") << Edit(
        AddBoundary{{a, BoundaryKind::Line, QStringLiteral("L"), {}, 0, {}, {}},
                    {{ids.diagram, {{}, {{0, 0}, {1, 1}}}}}});
    QTest::addRow("removeBoundary") << Edit(RemoveBoundary{a});
    QTest::addRow("addDataAsset") << Edit(AddDataAsset{{a, QStringLiteral("A"), {}, {}, 1, 2, 3}});
    QTest::addRow("removeDataAsset") << Edit(RemoveDataAsset{a});
    QTest::addRow("setAttribute") << Edit(
        SetAttribute{a, QStringLiteral("zone"), QJsonValue::Null});
    QTest::addRow("setProperty") << Edit(
        SetProperty{a, QStringLiteral("exposedInterfaces"), QJsonArray{QStringLiteral("ble")}});
    QTest::addRow("setProperty/unset")
        << Edit(SetProperty{a, QStringLiteral("encrypted"), QJsonValue::Null});
    QTest::addRow("moveItems") << Edit(
        MoveItems{ids.diagram, {{a, Placement{QRectF(1, 1, 2, 2), {}}}, {b, std::nullopt}}});
    QTest::addRow("batch") << Edit(
        Batch{QStringLiteral("Two"), {RemoveFlow{a}, Batch{{}, {RemoveElement{b}}}}});
    QTest::addRow("addComponent") << Edit(AddComponent{{a,
                                                        QStringLiteral("ref-1"),
                                                        QStringLiteral("library"),
                                                        QStringLiteral("org.example"),
                                                        QStringLiteral("json \"lib\""),
                                                        QStringLiteral("1.2"),
                                                        QStringLiteral("pkg:maven/x/y@1.2"),
                                                        QStringLiteral("Example ☁"),
                                                        {QStringLiteral("MIT OR Apache-2.0")},
                                                        {b}}});
    QTest::addRow("addComponent/minimal")
        << Edit(AddComponent{{a, {}, {}, {}, QStringLiteral("x"), {}, {}, {}, {}, {}}});
    QTest::addRow("updateComponent") << Edit(
        UpdateComponent{{a, {}, {}, {}, QStringLiteral("x"), QStringLiteral("2"), {}, {}, {}, {}}});
    QTest::addRow("removeComponent") << Edit(RemoveComponent{a});
    QTest::addRow("setSbomInfo") << Edit(
        SetSbomInfo{{QStringLiteral("CycloneDX"), QStringLiteral("1.4"),
                     QStringLiteral("urn:uuid:9"), QStringLiteral("bom.json"), QDate(2026, 11, 28),
                     QStringLiteral("Lock"), QStringLiteral("1")}});
    QTest::addRow("setSbomInfo/forget") << Edit(SetSbomInfo{});
    QTest::addRow("removeThreats") << Edit(RemoveThreats{{a, b}});
    Threat first;
    first.id = a;
    first.templateId = QStringLiteral("stride.tampering-flow");
    first.title = QStringLiteral("Tampering “Login”");
    first.description = QStringLiteral("Line\n\"two\"");
    first.involved = {{ids.login, QStringLiteral("flow"), QStringLiteral("Login")}};
    first.category = StrideCategory::Tampering;
    first.capec = {94};
    first.cwe = {345};
    first.annex = {QStringLiteral("I(2)(f)")};
    first.mitigations = {QStringLiteral("mit.tls")};
    first.likelihood = 3;
    Threat second;
    second.id = b;
    second.title = QStringLiteral("By hand");
    second.status = ThreatStatus::Accepted;
    second.justification = QStringLiteral("Known.");
    QTest::addRow("addThreats") << Edit(AddThreats{{first, second}});
    QTest::addRow("addThreats/none") << Edit(AddThreats{});
    QTest::addRow("setProjectSetting") << Edit(SetProjectSetting{
        QStringLiteral("report.options"),
        QJsonObject{{QStringLiteral("minRisk"), QStringLiteral("high")},
                    {QStringLiteral("sections"), QJsonArray{QStringLiteral("register")}}}});
}

void tst_EditJson::roundTrip()
{
    QFETCH(Edit, edit);
    const QByteArray line = writeCompactJson(editToJson(edit));
    QVERIFY(!line.contains('\n'));
    Result<Edit> back = editFromJson(QJsonDocument::fromJson(line).object(), QStringLiteral("e:1"));
    QVERIFY2(back.ok(), qPrintable(back.error().text()));
    QVERIFY(back.value() == edit);
}

void tst_EditJson::missingIdsAreGenerated()
{
    const QJsonObject o
        = QJsonDocument::fromJson(
              R"({"op": "addElement", "element": {"kind": "process", "name": "P"}})")
              .object();
    Result<Edit> e = editFromJson(o, QStringLiteral("e:1"));
    QVERIFY2(e.ok(), qPrintable(e.error().text()));
    QVERIFY(!std::get<AddElement>(e->v).element.id.isNull());
}

void tst_EditJson::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("unknown op") << QByteArray(R"({"op": "explode"})") << "e:7: $.op: unknown op";
    QTest::addRow("no op") << QByteArray(R"({"id": "x"})") << "unknown op \"\"";
    QTest::addRow("bad id") << QByteArray(R"({"op": "removeFlow", "id": "nope"})")
                            << "$.id: expected an id";
    QTest::addRow("stray key") << QByteArray(
        R"({"op": "removeFlow", "id": "00000000-0000-4000-8000-000000000001", "x": 1})")
                               << "$.x: unknown field";
    QTest::addRow("bad kind") << QByteArray(
        R"({"op": "addElement", "element": {"kind": "robot", "name": "R"}})")
                              << "$.element.kind: expected one of";
    QTest::addRow("bad placement") << QByteArray(
        R"({"op": "addElement", "element": {"kind": "process", "name": "P"}, "placements": [{"diagram": "00000000-0000-4000-8000-000000000001", "rect": [1]}]})")
                                   << "$.placements[0].rect";
    QTest::addRow("setAttribute without value") << QByteArray(
        R"({"op": "setAttribute", "target": "00000000-0000-4000-8000-000000000001", "field": "name"})")
                                                << "$.value: missing";
    QTest::addRow("move without geometry") << QByteArray(
        R"({"op": "moveItems", "diagram": "00000000-0000-4000-8000-000000000001", "items": [{"id": "00000000-0000-4000-8000-000000000002"}]})")
                                           << "$.items[0].rect";
    QTest::addRow("component licence not text")
        << QByteArray(R"({"op": "addComponent", "component": {"name": "x", "licenses": [3]}})")
        << "$.component.licenses[0]: expected a licence";
    QTest::addRow("sbom bad date") << QByteArray(
        R"({"op": "setSbomInfo", "sbom": {"format": "CycloneDX", "imported": "yesterday"}})")
                                   << "$.sbom.imported: expected a date";
    QTest::addRow("batch item not an object")
        << QByteArray(R"({"op": "batch", "edits": [1]})") << "$.edits[0]: expected an edit";
    QTest::addRow("setting body not an object")
        << QByteArray(R"({"op": "setProjectSetting", "key": "report.options", "body": [1]})")
        << "$.body: expected an object";
    QTest::addRow("addThreats without threats")
        << QByteArray(R"({"op": "addThreats"})") << "$.threats: missing";
    QTest::addRow("addThreats item not an object") << QByteArray(
        R"({"op": "addThreats", "threats": [{"title": "T", "category": "spoofing"}, 7]})")
                                                   << "$.threats[1]: expected an object";
    QTest::addRow("addThreats bad status") << QByteArray(
        R"({"op": "addThreats", "threats": [{"title": "T", "category": "spoofing", "status": "x"}]})")
                                           << "$.threats[0].status";
    QTest::addRow("setting without key")
        << QByteArray(R"({"op": "setProjectSetting", "body": {}})") << "$.key: missing";
}

void tst_EditJson::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Result<Edit> e = editFromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("e:7"));
    QVERIFY(!e.ok());
    QVERIFY2(e.error().text().startsWith(QStringLiteral("e:7: $")), qPrintable(e.error().text()));
    QVERIFY2(e.error().text().contains(expected), qPrintable(e.error().text()));
}

QTEST_GUILESS_MAIN(tst_EditJson)
#include "tst_editjson.moc"
