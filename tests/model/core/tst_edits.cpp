// Every edit kind through the funnel: apply, inverse, re-apply; refused edits change nothing.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "sampleproject.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace tb;
using tb::test::sampleIds;
using tb::test::sampleProject;

Q_DECLARE_METATYPE(tb::Edit)

class tst_Edits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void refused_data();
    void refused();
    void notifiesOncePerEdit();
    void failingSinkUndoesEdit();
    void readOnlyRefusesEdits();
    void validateFindsCycles();
    void splitBatch_data();
    void splitBatch();
};

namespace {

Placement rect(double x, double y, double w = 100, double h = 60)
{
    return Placement{QRectF(x, y, w, h), {}};
}

Id fixedId(int n)
{
    return parseId(QStringLiteral("10000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

// Threats with ids from fixedId(first), on the sample's app process.
QList<Threat> threats(int first, int count)
{
    QList<Threat> out;
    for (int i = 0; i < count; ++i) {
        Threat t;
        t.id = fixedId(first + i);
        t.templateId = QStringLiteral("stride.spoofing-process");
        t.title = QStringLiteral("Threat %1").arg(first + i);
        t.involved = {{sampleIds().app, QStringLiteral("process"), QStringLiteral("Cloud API")}};
        t.likelihood = 1 + i % 4;
        out.append(t);
    }
    return out;
}

} // namespace

void tst_Edits::roundTrip_data()
{
    const auto &ids = sampleIds();
    QTest::addColumn<Edit>("edit");
    QTest::addRow("addDiagram") << Edit(
        AddDiagram{{fixedId(1), QStringLiteral("Firmware"), {{ids.user, rect(10, 10)}}, {}}});
    QTest::addRow("addDiagram/detail of an element")
        << Edit(AddDiagram{{fixedId(3), QStringLiteral("App detail"), {}, ids.app}});
    QTest::addRow("removeDiagram") << Edit(RemoveDiagram{ids.diagram});
    QTest::addRow("addElement") << Edit(AddElement{{fixedId(2),
                                                    ElementKind::DataStore,
                                                    QStringLiteral("Audit log"),
                                                    {},
                                                    QStringLiteral("log-store"),
                                                    ids.zone,
                                                    {{QStringLiteral("storesLogs"), true}},
                                                    {ids.asset},
                                                    {}},
                                                   {{ids.diagram, rect(400, 300)}}});
    QTest::addRow("removeElement") << Edit(RemoveElement{ids.spare});
    QTest::addRow("connectFlow") << Edit(
        ConnectFlow{{fixedId(3),
                     ids.store,
                     ids.app,
                     QStringLiteral("Read code"),
                     {},
                     QStringLiteral("SQL"),
                     {{QStringLiteral("transport"), QStringLiteral("ip")}},
                     {}},
                    {{ids.diagram, {{}, {{600, 300}, {400, 300}}}}}});
    QTest::addRow("removeFlow") << Edit(RemoveFlow{ids.login});
    QTest::addRow("addBoundary/zone")
        << Edit(AddBoundary{{fixedId(4), BoundaryKind::Zone, QStringLiteral("Home"), {}, 1, {}, {}},
                            {{ids.diagram, rect(-20, 100, 200, 200)}}});
    QTest::addRow("addBoundary/line") << Edit(
        AddBoundary{{fixedId(5), BoundaryKind::Line, QStringLiteral("BLE range"), {}, 0, {}, {}},
                    {{ids.diagram, {{}, {{0, 0}, {10, 10}, {20, 0}}}}}});
    QTest::addRow("removeBoundary") << Edit(RemoveBoundary{ids.line});
    QTest::addRow("addDataAsset") << Edit(AddDataAsset{
        {fixedId(6), QStringLiteral("Telemetry"), {}, QStringLiteral("internal"), 1, 2, 1}});
    QTest::addRow("removeDataAsset/after unlinking")
        << Edit(Batch{QStringLiteral("Delete asset"),
                      {SetAttribute{ids.login, QStringLiteral("assets"), QJsonArray()},
                       SetAttribute{ids.store, QStringLiteral("assets"), QJsonArray()},
                       RemoveDataAsset{ids.asset}}});
    Component zlib;
    zlib.id = fixedId(7);
    zlib.type = QStringLiteral("library");
    zlib.name = QStringLiteral("zlib");
    zlib.version = QStringLiteral("1.3.1");
    zlib.licenses = {QStringLiteral("Zlib")};
    zlib.dependsOn = {ids.library};
    QTest::addRow("addComponent") << Edit(AddComponent{zlib});
    Component upgraded = sampleProject().components[ids.library];
    upgraded.version = QStringLiteral("3.0.15");
    upgraded.supplier = QStringLiteral("OpenSSL Foundation");
    QTest::addRow("updateComponent") << Edit(UpdateComponent{upgraded});
    Component standalone = sampleProject().components[ids.service];
    standalone.dependsOn.clear();
    QTest::addRow("removeComponent/after detaching") << Edit(Batch{
        QStringLiteral("Drop component"),
        {SetAttribute{ids.app, QStringLiteral("components"), QJsonArray{idString(ids.library)}},
         RemoveComponent{ids.service}}});
    QTest::addRow("setSbomInfo") << Edit(
        SetSbomInfo{{QStringLiteral("CycloneDX"), QStringLiteral("1.6"),
                     QStringLiteral("urn:uuid:1"), QStringLiteral("b.json"), QDate(2026, 2, 1),
                     QStringLiteral("Lock"), QStringLiteral("2")}});
    QTest::addRow("setSbomInfo/forget") << Edit(SetSbomInfo{});
    QTest::addRow("addThreats") << Edit(AddThreats{threats(500, 3)});
    QTest::addRow("addThreats/in a batch with an update")
        << Edit(Batch{QStringLiteral("Derive threats"),
                      {AddThreats{threats(500, 1)}, AddThreats{threats(600, 2)},
                       SetAttribute{ids.app, QStringLiteral("name"), QStringLiteral("API")}}});
    const QList<std::tuple<const char *, Id, const char *, QJsonValue>> attributes = {
        {"element/components", ids.store, "components", QJsonArray{idString(ids.library)}},
        {"element/components cleared", ids.app, "components", QJsonArray()},
        {"product/name", sampleProject().id, "name", QStringLiteral("Lock 2")},
        {"product/version", sampleProject().id, "version", QStringLiteral("2.0")},
        {"product/manufacturer", sampleProject().id, "manufacturer", QStringLiteral("ACME")},
        {"product/intendedPurpose", sampleProject().id, "intendedPurpose", QStringLiteral("Doors")},
        {"product/craClass", sampleProject().id, "craClass", QStringLiteral("critical")},
        {"product/supportEnd", sampleProject().id, "supportEnd", QStringLiteral("2031-12-31")},
        {"diagram/name", ids.diagram, "name", QStringLiteral("Overview")},
        {"element/name", ids.app, "name", QStringLiteral("API")},
        {"element/description", ids.app, "description", QStringLiteral("REST")},
        {"element/stencil", ids.app, "stencil", QStringLiteral("cloud-function")},
        {"element/stencil cleared", ids.app, "stencil", QJsonValue::Null},
        {"element/kind", ids.spare, "kind", QStringLiteral("store")},
        {"element/zone", ids.user, "zone", idString(ids.innerZone)},
        {"element/zone cleared", ids.app, "zone", QJsonValue::Null},
        {"element/assets", ids.store, "assets", QJsonArray()},
        {"flow/name", ids.login, "name", QStringLiteral("Unlock")},
        {"flow/description", ids.login, "description", QStringLiteral("Tap")},
        {"flow/protocol", ids.login, "protocol", QStringLiteral("MQTT")},
        {"flow/source", ids.save, "source", idString(ids.user)},
        {"flow/target", ids.login, "target", idString(ids.store)},
        {"flow/assets", ids.save, "assets", QJsonArray{idString(ids.asset)}},
        {"boundary/name", ids.zone, "name", QStringLiteral("Vendor cloud")},
        {"boundary/description", ids.line, "description", QStringLiteral("Edge")},
        {"boundary/trustLevel", ids.zone, "trustLevel", 5},
        {"boundary/parent", ids.innerZone, "parent", QJsonValue::Null},
        {"asset/name", ids.asset, "name", QStringLiteral("Codes")},
        {"asset/classification", ids.asset, "classification", QStringLiteral("confidential")},
        {"asset/confidentiality", ids.asset, "confidentiality", 3},
        {"asset/integrity", ids.asset, "integrity", 1},
        {"asset/availability", ids.asset, "availability", 0},
    };
    for (const auto &[name, target, field, value] : attributes)
        QTest::addRow("setAttribute/%s", name)
            << Edit(SetAttribute{target, QLatin1String(field), value});
    QTest::addRow("setProperty/bool")
        << Edit(SetProperty{ids.save, QStringLiteral("encrypted"), true});
    QTest::addRow("setProperty/enum") << Edit(
        SetProperty{ids.app, QStringLiteral("authentication"), QStringLiteral("password-mfa")});
    QTest::addRow("setProperty/multi")
        << Edit(SetProperty{ids.app, QStringLiteral("exposedInterfaces"),
                            QJsonArray{QStringLiteral("http"), QStringLiteral("mqtt")}});
    QTest::addRow("setProperty/number")
        << Edit(SetProperty{ids.app, QStringLiteral("maxRequestsPerSecond"), 50});
    QTest::addRow("setProperty/text")
        << Edit(SetProperty{ids.zone, QStringLiteral("networkSegment"), QStringLiteral("vpc-1")});
    QTest::addRow("setProperty/unset")
        << Edit(SetProperty{ids.login, QStringLiteral("encrypted"), QJsonValue::Null});
    QTest::addRow("moveItems/move and reshape")
        << Edit(MoveItems{ids.diagram,
                          {{ids.user, rect(5, 5)},
                           {ids.login, Placement{{}, {{50, 50}, {60, 70}}}},
                           {ids.line, Placement{{}, {{0, 0}, {1, 1}}}}}});
    QTest::addRow("moveItems/place and unplace")
        << Edit(MoveItems{ids.diagram, {{ids.spare, rect(0, 400)}, {ids.store, std::nullopt}}});
    QTest::addRow("batch/delete element with its flows")
        << Edit(Batch{QStringLiteral("Delete"),
                      {RemoveFlow{ids.login}, RemoveFlow{ids.save}, RemoveElement{ids.app}}});
    QTest::addRow("batch/empty") << Edit(Batch{});
    QTest::addRow("setProjectSetting/report options")
        << Edit(SetProjectSetting{QStringLiteral("report.options"),
                                  QJsonObject{{QStringLiteral("paper"), QStringLiteral("letter")},
                                              {QStringLiteral("language"), QStringLiteral("fr")}}});
}

void tst_Edits::roundTrip()
{
    QFETCH(Edit, edit);
    ProjectData data = sampleProject();
    const ProjectData before = data;
    const PropertyCatalog &catalog = PropertyCatalog::builtIn();

    Result<Edit> inverse = applyEdit(data, catalog, edit);
    QVERIFY2(inverse.ok(), qPrintable(inverse.error().text()));
    const ProjectData after = data;
    if (!std::holds_alternative<Batch>(edit.v) || !std::get<Batch>(edit.v).edits.empty())
        QVERIFY(after != before);
    QVERIFY(Project::validate(after, catalog).ok());

    Result<Edit> redo = applyEdit(data, catalog, inverse.value());
    QVERIFY2(redo.ok(), qPrintable(redo.error().text()));
    QVERIFY(data == before);

    Result<Edit> again = applyEdit(data, catalog, redo.value());
    QVERIFY2(again.ok(), qPrintable(again.error().text()));
    QVERIFY(data == after);
}

void tst_Edits::refused_data()
{
    const auto &ids = sampleIds();
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("expected");
    QTest::addRow("unknown id/remove") << Edit(RemoveElement{fixedId(99)}) << "no such element";
    QList<Threat> twice = threats(500, 3);
    twice[2].id = twice[0].id;
    QTest::addRow("addThreats/same id twice")
        << Edit(AddThreats{twice})
        << QStringLiteral("threat 3 of 3, threat %1: id is already used")
               .arg(idString(twice[0].id));
    QList<Threat> untitled = threats(500, 4);
    untitled[2].title = QStringLiteral(" ");
    QTest::addRow("addThreats/empty title")
        << Edit(AddThreats{untitled})
        << QStringLiteral("threat 3 of 4, threat %1: title must not be empty")
               .arg(idString(untitled[2].id));
    QList<Threat> taken = threats(500, 2);
    taken[1].id = ids.app;
    QTest::addRow("addThreats/id of an element")
        << Edit(AddThreats{taken}) << QStringLiteral("threat 2 of 2");
    QTest::addRow("unknown id/attribute")
        << Edit(SetAttribute{fixedId(99), QStringLiteral("name"), QStringLiteral("x")})
        << "no such object";
    QTest::addRow("duplicate id") << Edit(AddElement{
        {ids.app, ElementKind::Process, QStringLiteral("Twin"), {}, {}, {}, {}, {}, {}}, {}})
                                  << "already used";
    QTest::addRow("empty name") << Edit(AddElement{
        {fixedId(1), ElementKind::Process, QStringLiteral("  "), {}, {}, {}, {}, {}, {}}, {}})
                                << "name must not be empty";
    QTest::addRow("flow to missing element") << Edit(
        ConnectFlow{{fixedId(1), ids.app, fixedId(98), QStringLiteral("x"), {}, {}, {}, {}}, {}})
                                             << "target element";
    QTest::addRow("flow to itself") << Edit(
        ConnectFlow{{fixedId(1), ids.app, ids.app, QStringLiteral("x"), {}, {}, {}, {}}, {}})
                                    << "two different elements";
    QTest::addRow("remove element with flows") << Edit(RemoveElement{ids.app}) << "attached flow";
    QTest::addRow("diagram detailing a flow")
        << Edit(AddDiagram{{fixedId(3), QStringLiteral("Flow detail"), {}, ids.login}})
        << "not an element";
    QTest::addRow("flow to deleted element") << Edit(Batch{
        {},
        {RemoveElement{ids.spare},
         ConnectFlow{{fixedId(1), ids.app, ids.spare, QStringLiteral("x"), {}, {}, {}, {}}, {}}}})
                                             << "does not exist";
    QTest::addRow("wrong property type")
        << Edit(SetProperty{ids.login, QStringLiteral("encrypted"), QStringLiteral("yes")})
        << "expected true or false";
    QTest::addRow("enum value not allowed")
        << Edit(SetProperty{ids.app, QStringLiteral("authentication"), QStringLiteral("magic")})
        << "expected one of";
    QTest::addRow("property of another kind")
        << Edit(SetProperty{ids.user, QStringLiteral("encrypted"), true}) << "does not apply";
    QTest::addRow("unknown property")
        << Edit(SetProperty{ids.app, QStringLiteral("colour"), QStringLiteral("red")})
        << "unknown property";
    QTest::addRow("number out of range")
        << Edit(SetProperty{ids.app, QStringLiteral("maxRequestsPerSecond"), -1}) << "out of range";
    QTest::addRow("setting/unknown key") << Edit(
        SetProjectSetting{QStringLiteral("report.colours"), QJsonObject{{QStringLiteral("x"), 1}}})
                                         << "report.colours: unknown project setting";
    QTest::addRow("setting/bad section") << Edit(SetProjectSetting{
        QStringLiteral("report.options"),
        QJsonObject{{QStringLiteral("sections"), QJsonArray{QStringLiteral("cover"), 3}}}})
                                         << "report.options: sections[1]: expected text";
    QTest::addRow("setting/unknown section") << Edit(SetProjectSetting{
        QStringLiteral("report.options"),
        QJsonObject{{QStringLiteral("sections"), QJsonArray{QStringLiteral("annexes")}}}})
                                             << "unknown section \"annexes\"";
    QTest::addRow("setting/bad paper")
        << Edit(SetProjectSetting{QStringLiteral("report.options"),
                                  QJsonObject{{QStringLiteral("paper"), QStringLiteral("a3")}}})
        << "report.options: paper: expected one of a4, letter";
    QTest::addRow("setting/unknown field") << Edit(SetProjectSetting{
        QStringLiteral("report.options"), QJsonObject{{QStringLiteral("colour"), true}}})
                                           << "report.options: colour: unknown field";
    QTest::addRow("boundary cycle")
        << Edit(SetAttribute{ids.zone, QStringLiteral("parent"), idString(ids.innerZone)})
        << "cycle";
    QTest::addRow("zone inside itself")
        << Edit(SetAttribute{ids.zone, QStringLiteral("parent"), idString(ids.zone)}) << "cycle";
    QTest::addRow("element in a line boundary")
        << Edit(SetAttribute{ids.app, QStringLiteral("zone"), idString(ids.line)}) << "not a zone";
    QTest::addRow("trust level out of range")
        << Edit(SetAttribute{ids.zone, QStringLiteral("trustLevel"), 9}) << "from 0 to 5";
    QTest::addRow("unknown field")
        << Edit(SetAttribute{ids.app, QStringLiteral("colour"), QStringLiteral("red")})
        << "no field";
    QTest::addRow("stencil of another kind")
        << Edit(SetAttribute{ids.app, QStringLiteral("stencil"), QStringLiteral("database")})
        << "is for a store";
    QTest::addRow("assets on a process")
        << Edit(SetAttribute{ids.app, QStringLiteral("assets"), QJsonArray{idString(ids.asset)}})
        << "only data stores";
    QTest::addRow("remove zone with members") << Edit(RemoveBoundary{ids.zone}) << "still contains";
    QTest::addRow("remove asset in use") << Edit(RemoveDataAsset{ids.asset}) << "still carried";
    QTest::addRow("remove attached component")
        << Edit(RemoveComponent{ids.service}) << "still contains it";
    QTest::addRow("remove component depended on")
        << Edit(Batch{{},
                      {SetAttribute{ids.app, QStringLiteral("components"), QJsonArray()},
                       RemoveComponent{ids.library}}})
        << "still depends on it";
    QTest::addRow("attach unknown component")
        << Edit(
               SetAttribute{ids.app, QStringLiteral("components"), QJsonArray{idString(ids.asset)}})
        << QString(QStringLiteral("component ") + idString(ids.asset)
                   + QStringLiteral(" does not exist"));
    QTest::addRow("attach component twice")
        << Edit(SetAttribute{ids.user, QStringLiteral("components"),
                             QJsonArray{idString(ids.library), idString(ids.library)}})
        << "listed twice";
    Component selfish = sampleProject().components[ids.library];
    selfish.dependsOn = {ids.library};
    QTest::addRow("component depends on itself")
        << Edit(UpdateComponent{selfish}) << "cannot depend on itself";
    Component dangling = sampleProject().components[ids.library];
    dangling.id = fixedId(8);
    dangling.dependsOn = {fixedId(95)};
    QTest::addRow("component depends on nothing")
        << Edit(AddComponent{dangling}) << "is not a component";
    Component nameless = dangling;
    nameless.dependsOn.clear();
    nameless.name = QStringLiteral(" ");
    QTest::addRow("component without name") << Edit(AddComponent{nameless}) << "name must not";
    QTest::addRow("component as a whole")
        << Edit(SetAttribute{ids.library, QStringLiteral("version"), QStringLiteral("4")})
        << "updateComponent";
    QTest::addRow("sbom without date")
        << Edit(SetSbomInfo{{QStringLiteral("CycloneDX"), {}, {}, {}, {}, {}, {}}})
        << "date it was imported";
    QTest::addRow("bad date") << Edit(
        SetAttribute{sampleProject().id, QStringLiteral("supportEnd"), QStringLiteral("soon")})
                              << "YYYY-MM-DD";
    QTest::addRow("element without rectangle")
        << Edit(MoveItems{ids.diagram, {{ids.user, Placement{{}, {{1, 1}}}}}}) << "rectangle";
    QTest::addRow("line with one point")
        << Edit(MoveItems{ids.diagram, {{ids.line, Placement{{}, {{1, 1}}}}}}) << "two points";
    QTest::addRow("place on missing diagram")
        << Edit(MoveItems{fixedId(97), {{ids.user, rect(0, 0)}}}) << "no such diagram";
    QTest::addRow("batch fails half way")
        << Edit(Batch{{},
                      {SetAttribute{ids.app, QStringLiteral("name"), QStringLiteral("Renamed")},
                       RemoveElement{fixedId(96)}}})
        << "edit 2 of batch";
}

void tst_Edits::refused()
{
    QFETCH(Edit, edit);
    QFETCH(QString, expected);
    Project project(sampleProject());
    QSignalSpy spy(&project, &Project::edited);
    const ProjectData before = project.data();
    Result<Edit> r = project.apply(edit);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().text().contains(expected), qPrintable(r.error().text()));
    QVERIFY(project.data() == before);
    QCOMPARE(spy.count(), 0);
}

void tst_Edits::notifiesOncePerEdit()
{
    Project project(sampleProject());
    QSignalSpy spy(&project, &Project::edited);
    const Edit edit = SetAttribute{sampleIds().app, QStringLiteral("name"), QStringLiteral("X")};
    QVERIFY(project.apply(edit).ok());
    QCOMPARE(spy.count(), 1);
    const auto change = spy.at(0).at(1).value<Change>();
    QVERIFY(change.objects.contains(sampleIds().app));
}

namespace {
struct FailingSink final : EditSink
{
    int calls = 0;
    Result<void> write(const ProjectData &, const Change &) override
    {
        ++calls;
        return makeError(QStringLiteral("disk full"), QStringLiteral("x.threatbench"),
                         ErrorKind::Io);
    }
};
} // namespace

void tst_Edits::failingSinkUndoesEdit()
{
    Project project(sampleProject());
    FailingSink sink;
    project.setSink(&sink);
    QSignalSpy spy(&project, &Project::edited);
    const ProjectData before = project.data();
    Result<Edit> r = project.apply(RemoveFlow{sampleIds().login});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Io);
    QCOMPARE(sink.calls, 1);
    QVERIFY(project.data() == before);
    QCOMPARE(spy.count(), 0);
}

void tst_Edits::readOnlyRefusesEdits()
{
    Project project(sampleProject());
    project.setReadOnly(true);
    QVERIFY(!project.apply(RemoveFlow{sampleIds().login}).ok());
    QVERIFY(project.data() == sampleProject());
}

void tst_Edits::validateFindsCycles()
{
    const PropertyCatalog &catalog = PropertyCatalog::builtIn();
    ProjectData data = sampleProject();
    QVERIFY(Project::validate(data, catalog).ok());
    data.boundaries[sampleIds().zone].parent = sampleIds().innerZone;
    const Result<void> r = Project::validate(data, catalog);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("cycle")));
}

void tst_Edits::splitBatch_data()
{
    QTest::addColumn<int>("added");   // threats in the AddThreats list
    QTest::addColumn<int>("renames"); // single edits after it
    QTest::addColumn<int>("perPart");
    QTest::addColumn<int>("parts");
    QTest::addRow("fits in one part") << 3 << 1 << 10 << 1;
    QTest::addRow("list cut in three") << 25 << 0 << 10 << 3;
    QTest::addRow("exactly full parts") << 20 << 0 << 10 << 2;
    QTest::addRow("list and edits share a part") << 15 << 5 << 10 << 2;
    QTest::addRow("one change per part") << 4 << 2 << 1 << 6;
    QTest::addRow("zero means one") << 2 << 0 << 0 << 2;
    QTest::addRow("empty batch") << 0 << 0 << 10 << 0;
}

void tst_Edits::splitBatch()
{
    QFETCH(int, added);
    QFETCH(int, renames);
    QFETCH(int, perPart);
    QFETCH(int, parts);
    const PropertyCatalog &catalog = PropertyCatalog::builtIn();
    Batch whole{QStringLiteral("Derive threats"), {}};
    if (added > 0)
        whole.edits.push_back(AddThreats{threats(500, added)});
    for (int i = 0; i < renames; ++i)
        whole.edits.push_back(
            SetAttribute{sampleIds().app, QStringLiteral("name"), QStringLiteral("API %1").arg(i)});

    const std::vector<Batch> cut = tb::splitBatch(whole, std::size_t(perPart));
    QCOMPARE(int(cut.size()), parts);
    ProjectData byParts = sampleProject();
    for (const Batch &part : cut) {
        QCOMPARE(part.text, whole.text);
        int size = 0;
        for (const Edit &e : part.edits)
            size += std::holds_alternative<AddThreats>(e.v)
                        ? int(std::get<AddThreats>(e.v).threats.size())
                        : 1;
        QVERIFY(size >= 1 && size <= std::max(perPart, 1));
        QVERIFY(applyEdit(byParts, catalog, part).ok());
    }
    ProjectData atOnce = sampleProject();
    QVERIFY(applyEdit(atOnce, catalog, whole).ok());
    QVERIFY(byParts == atOnce);
}

QTEST_GUILESS_MAIN(tst_Edits)
#include "tst_edits.moc"
