// Every edit kind through tb::Project with the store as its sink: after each edit, its undo and
// its redo, a second (read-only) open of the file must load exactly project.data().

#include "storetestdata.h"

#include "store/projectstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace tb;
using namespace tb::test;

namespace {

struct Step
{
    const char *label;
    Edit edit;
};

QJsonValue ids(std::initializer_list<Id> list)
{
    QJsonArray a;
    for (const Id &id : list)
        a.append(idString(id));
    return a;
}

Element makeElement(const Id &id, ElementKind kind, const QString &name)
{
    Element e;
    e.id = id;
    e.kind = kind;
    e.name = name;
    return e;
}

Threat makeThreat(const Id &id, const QString &title)
{
    Threat t;
    t.id = id;
    t.title = title;
    return t;
}

// Ids 100+ are objects the steps create; the project and its main diagram come from blank().
std::vector<Step> steps(const Id &project, const Id &main)
{
    const Id second = fixedId(100), asset = fixedId(101), zone = fixedId(102), line = fixedId(103),
             inner = fixedId(104), proc = fixedId(110), store = fixedId(111), ext = fixedId(112),
             plain = fixedId(113), flow = fixedId(120), back = fixedId(121), batchEl = fixedId(130),
             batchFlow = fixedId(131);
    const auto setAttr = [](const Id &target, const char *field, QJsonValue v) {
        return Edit(SetAttribute{target, QLatin1String(field), std::move(v)});
    };
    const auto setProp = [](const Id &target, const char *key, QJsonValue v) {
        return Edit(SetProperty{target, QLatin1String(key), std::move(v)});
    };

    Element p = makeElement(proc, ElementKind::Process, QStringLiteral("API"));
    p.zone = zone;
    p.properties = {{QStringLiteral("exposedInterfaces"), QJsonArray{QStringLiteral("http")}},
                    {QStringLiteral("maxRequestsPerSecond"), 120},
                    {QStringLiteral("authentication"), QStringLiteral("token")}};
    Element s = makeElement(store, ElementKind::DataStore, QStringLiteral("DB"));
    s.assets = {asset};
    Flow f{
        flow,
        ext,
        proc,
        QStringLiteral("Request"),
        QStringLiteral("d"),
        QStringLiteral("HTTP"),
        {{QStringLiteral("encrypted"), false}, {QStringLiteral("transport"), QStringLiteral("ip")}},
        {asset}};
    Batch batch{QStringLiteral("Add a worker"), {}};
    batch.edits.push_back(
        AddElement{makeElement(batchEl, ElementKind::Process, QStringLiteral("Worker")),
                   at(main, {QRectF(0, 300, 80, 40), {}})});
    batch.edits.push_back(ConnectFlow{
        {batchFlow, proc, batchEl, QStringLiteral("Job"), {}, {}, {}, {}}, at(main, {{}, {}})});
    batch.edits.push_back(
        MoveItems{main, {{proc, Placement{QRectF(10, 10, 100, 50), {}}}, {ext, std::nullopt}}});

    // The threat register: one threat with every field set, one added by hand, and a
    // derivation-sized batch.
    const Id threat = fixedId(140), manual = fixedId(141);
    Threat full;
    full.id = threat;
    full.templateId = QStringLiteral("tampering.flow");
    full.involved = {{ext, QStringLiteral("external-entity"), QStringLiteral("User \"admin\"")},
                     {flow, QStringLiteral("flow"), QStringLiteral("Request\n→ API 😀")},
                     {proc, QStringLiteral("process"), QStringLiteral("API")}};
    full.category = StrideCategory::Tampering;
    full.title = QStringLiteral("Request tampered in transit");
    full.description = QStringLiteral("Plain HTTP:\tanyone on the path \\ can change it.");
    full.capec = {94, 117, 2147483647};
    full.cwe = {319};
    full.annex = {QStringLiteral("I(2)(e)"), QStringLiteral("I(2)(f)"), QStringLiteral("II(3)")};
    full.mitigations = {QStringLiteral("tls"), QStringLiteral("message-signing")};
    full.likelihood = 4;
    full.impact = 3;
    full.status = ThreatStatus::Transferred;
    full.justification = QStringLiteral("The carrier's VPN covers it.");
    full.holds = false;
    Threat updated = full;
    updated.templateId = QStringLiteral("tampering.flow.v2");
    updated.involved = {{flow, QStringLiteral("flow"), QStringLiteral("Login")}};
    updated.title = QStringLiteral("Login tampered");
    updated.description.clear();
    updated.capec = {}; // not clear(): Qt 6.4 memcmp()s an emptied list with a null one (UBSan)
    updated.cwe = {319, 345};
    updated.annex = {QStringLiteral("I(1)")};
    updated.mitigations.clear();
    updated.status = ThreatStatus::NeedsReview;
    updated.justification.clear();
    updated.holds = true;
    Batch derive{QStringLiteral("Derive threats"), {}};
    for (int i = 0; i < 2000; ++i) {
        Threat t = full;
        t.id = fixedId(10000 + i);
        t.templateId = QStringLiteral("template-%1").arg(i % 40);
        t.title = QStringLiteral("Derived threat %1").arg(i);
        t.category = static_cast<StrideCategory>(i % 6);
        t.status = i % 2 ? ThreatStatus::New : ThreatStatus::Mitigated;
        t.justification.clear();
        t.likelihood = 1 + i % 4;
        t.capec = {i + 1};
        derive.edits.push_back(AddThreat{std::move(t)});
    }
    // The same as one list: how a derivation's new threats travel.
    AddThreats deriveList;
    for (const Edit &e : derive.edits) {
        Threat t = std::get<AddThreat>(e.v).threat;
        t.id = fixedId(20000 + int(deriveList.threats.size()));
        deriveList.threats.append(std::move(t));
    }
    // Mitigation tasks: one with every field set (awkward text included), one by hand with
    // nothing but a title, and an update that changes or empties every field.
    const Id task = fixedId(150), handTask = fixedId(151), batchTask = fixedId(152);
    MitigationTask fullTask;
    fullTask.id = task;
    fullTask.mitigationId = QStringLiteral("tls");
    fullTask.title = QStringLiteral("Use TLS “everywhere” 😀");
    fullTask.description = QStringLiteral("Line 1\n\tline \"2\" \\ \u0001 end");
    fullTask.owner = QStringLiteral("Zoë");
    fullTask.due = QDate(2026, 1, 15);
    fullTask.status = TaskStatus::InProgress;
    fullTask.justification = QStringLiteral("Carried over.");
    fullTask.evidence = {
        {QStringLiteral("url"), QStringLiteral("https://ci/run?id=1&x=\"y\""), QDate(2025, 12, 1)},
        {QStringLiteral("file"), QStringLiteral("C:\\docs\\tls.pdf"), QDate(1999, 12, 31)},
        {QStringLiteral("document"), QStringLiteral("Wolke ☁\nzwei"), QDate(2025, 1, 1)}};
    fullTask.threats = {threat, manual};
    fullTask.annex = {QStringLiteral("I(2)(e)"), QStringLiteral("II(3)")};
    MitigationTask updatedTask = fullTask;
    updatedTask.mitigationId.clear();
    updatedTask.title = QStringLiteral("Not worth it");
    updatedTask.description.clear();
    updatedTask.owner = QStringLiteral("nobody");
    updatedTask.due = QDate();
    updatedTask.status = TaskStatus::WontDo;
    updatedTask.justification = QStringLiteral("The carrier's VPN \"covers\" it.");
    updatedTask.evidence
        = {{QStringLiteral("note"), QStringLiteral("Decided in review"), QDate(2026, 2, 2)}};
    updatedTask.threats = {manual};
    updatedTask.annex = {}; // not clear(): see updated.capec
    MitigationTask byHand;
    byHand.id = handTask;
    byHand.title = QStringLiteral("By hand");
    MitigationTask inBatch;
    inBatch.id = batchTask;
    inBatch.title = QStringLiteral("Batched");
    inBatch.status = TaskStatus::Verified;
    inBatch.evidence = {{QStringLiteral("test"), QStringLiteral("t"), QDate(2025, 5, 5)}};
    Batch taskBatch{QStringLiteral("Decide"), {}};
    taskBatch.edits.push_back(AddTask{inBatch});
    taskBatch.edits.push_back(SetRequirementApplicability{QStringLiteral("I(2)(m)"), true,
                                                          QStringLiteral("No data to delete.")});
    taskBatch.edits.push_back(SetRequirementApplicability{QStringLiteral("II(7)"), false, {}});

    Batch underive{QStringLiteral("Remove derived threats"), {}};
    for (int i = 0; i < 2000; i += 3)
        underive.edits.push_back(RemoveThreat{fixedId(10000 + i)});

    return {
        {"add diagram", AddDiagram{{second, QStringLiteral("Second"), {}, proc}}},
        {"add data asset",
         AddDataAsset{{asset, QStringLiteral("Tokens"), {}, QStringLiteral("secret"), 3, 4, 1}}},
        {"add zone", AddBoundary{{zone,
                                  BoundaryKind::Zone,
                                  QStringLiteral("Cloud"),
                                  {},
                                  2,
                                  {},
                                  {{QStringLiteral("networkSegment"), QStringLiteral("dmz")}}},
                                 at(main, {QRectF(0, 0, 500, 400), {}})}},
        {"add nested zone",
         AddBoundary{{inner, BoundaryKind::Zone, QStringLiteral("Inner"), {}, 3, zone, {}}, {}}},
        {"add line", AddBoundary{{line, BoundaryKind::Line, QStringLiteral("Edge"), {}, 0, {}, {}},
                                 at(main, {{}, {QPointF(-5, 0), QPointF(-5, 400.5)}})}},
        {"add process",
         AddElement{p,
                    {{main, {QRectF(20, 20, 100, 50), {}}}, {second, {QRectF(1, 1, 2, 2), {}}}}}},
        {"add store", AddElement{s, at(main, {QRectF(200, 20, 100, 50), {}})}},
        {"add external",
         AddElement{makeElement(ext, ElementKind::ExternalEntity, QStringLiteral("User")),
                    at(main, {QRectF(-100, 20, 60, 40), {}})}},
        {"add plain",
         AddElement{makeElement(plain, ElementKind::Process, QStringLiteral("Plain")), {}}},
        {"connect flow", ConnectFlow{f, at(main, {{}, {QPointF(1, 2), QPointF(3.5, 4)}})}},
        {"connect back",
         ConnectFlow{{back, proc, ext, QStringLiteral("Reply"), {}, {}, {}, {}}, {}}},
        {"product name", setAttr(project, "name", QStringLiteral("Lamp “Pro”"))},
        {"product version", setAttr(project, "version", QStringLiteral("2.0"))},
        {"product manufacturer", setAttr(project, "manufacturer", QStringLiteral("Acme"))},
        {"product purpose", setAttr(project, "intendedPurpose", QStringLiteral("Light"))},
        {"product class", setAttr(project, "craClass", QStringLiteral("critical"))},
        {"product support end", setAttr(project, "supportEnd", QStringLiteral("2031-12-31"))},
        {"product support end unset", setAttr(project, "supportEnd", QJsonValue::Null)},
        {"element name", setAttr(proc, "name", QStringLiteral("Cloud API"))},
        {"element description", setAttr(proc, "description", QStringLiteral("line 1\nline 2"))},
        {"element stencil", setAttr(ext, "stencil", QStringLiteral("browser"))},
        {"element kind", setAttr(plain, "kind", QStringLiteral("store"))},
        {"element zone", setAttr(store, "zone", idString(inner))},
        {"element assets", setAttr(store, "assets", ids({}))},
        {"flow name", setAttr(flow, "name", QStringLiteral("Login"))},
        {"flow protocol", setAttr(flow, "protocol", QStringLiteral("HTTPS"))},
        {"flow target", setAttr(back, "target", idString(store))},
        {"flow assets", setAttr(flow, "assets", ids({}))},
        {"boundary trust", setAttr(zone, "trustLevel", 5)},
        {"boundary description", setAttr(line, "description", QStringLiteral("the internet"))},
        {"boundary parent", setAttr(inner, "parent", QJsonValue::Null)},
        {"asset needs", setAttr(asset, "confidentiality", 0)},
        {"asset classification", setAttr(asset, "classification", QStringLiteral("internal"))},
        {"diagram name", setAttr(second, "name", QStringLiteral("Deployment"))},
        {"property set", setProp(proc, "authentication", QStringLiteral("client-certificate"))},
        {"property multi", setProp(proc, "exposedInterfaces",
                                   QJsonArray{QStringLiteral("mqtt"), QStringLiteral("ssh")})},
        {"property number", setProp(proc, "maxRequestsPerSecond", 0.25)},
        {"property unset", setProp(proc, "maxRequestsPerSecond", QJsonValue::Null)},
        {"flow property", setProp(flow, "encrypted", true)},
        {"zone property", setProp(zone, "networkSegment", QStringLiteral("lan"))},
        {"move items",
         MoveItems{main,
                   {{proc, Placement{QRectF(25.5, 20, 110, 55), {}}},
                    {flow, Placement{{}, {QPointF(7, 7)}}},
                    {line, Placement{{}, {QPointF(0, 0), QPointF(1, 1), QPointF(2, 0)}}},
                    {store, std::nullopt}}}},
        {"place on second", MoveItems{second, {{ext, Placement{QRectF(5, 5, 5, 5), {}}}}}},
        {"batch", batch},
        {"add threat", AddThreat{full}},
        {"add threat by hand", AddThreat{makeThreat(manual, QStringLiteral("By hand"))}},
        {"update threat", UpdateThreat{updated}},
        {"threat status", SetThreatStatus{manual, ThreatStatus::NotApplicable,
                                          QStringLiteral("No such \"feature\"\nhere.")}},
        {"threat status without justification",
         SetThreatStatus{threat, ThreatStatus::Mitigated, {}}},
        {"threat likelihood", setAttr(threat, "likelihood", 1)},
        {"threat impact", setAttr(threat, "impact", 4)},
        {"threat title", setAttr(manual, "title", QStringLiteral("Flooded “API”"))},
        {"threat description", setAttr(manual, "description", QStringLiteral("a\\b\u0001c"))},
        {"add task", AddTask{fullTask}},
        {"add task by hand", AddTask{byHand}},
        {"update task", UpdateTask{updatedTask}},
        {"update task back", UpdateTask{fullTask}},
        {"requirement not applicable",
         SetRequirementApplicability{QStringLiteral("II(7)"), true,
                                     QStringLiteral("Updates are \"free\";\nalways.")}},
        {"requirement justification",
         SetRequirementApplicability{QStringLiteral("II(7)"), true, QStringLiteral("Changed.")}},
        {"second requirement not applicable",
         SetRequirementApplicability{QStringLiteral("I(1)"), true, QStringLiteral("Ré ☁")}},
        {"requirement applicable again",
         SetRequirementApplicability{QStringLiteral("I(1)"), false, {}}},
        {"tasks and decisions in a batch", taskBatch},
        {"remove task by hand", RemoveTask{handTask}},
        {"remove task", RemoveTask{task}},
        {"derive threats", derive},
        {"derive threats as one list", deriveList},
        {"remove some derived threats", underive},
        {"remove threat", RemoveThreat{threat}},
        {"remove flow", RemoveFlow{flow}},
        {"remove flows of batch",
         Batch{QStringLiteral("r"), {RemoveFlow{batchFlow}, RemoveFlow{back}}}},
        {"remove element", RemoveElement{batchEl}},
        {"remove store", RemoveElement{store}},
        {"empty zone", setAttr(proc, "zone", QJsonValue::Null)},
        {"remove zone", RemoveBoundary{zone}},
        {"remove line", RemoveBoundary{line}},
        {"remove data asset", RemoveDataAsset{asset}},
        {"remove diagram with placements", RemoveDiagram{second}},
    };
}

} // namespace

class tst_StoreRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEditKind();

private:
    // Opens the file again (read-only, beside the writer) and compares with `expected`.
    static bool fileHolds(const QString &path, const ProjectData &expected, QString *why)
    {
        const auto other = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        if (!other) {
            *why = other.error().text();
            return false;
        }
        *why = QStringLiteral("loaded data differs");
        return other.value()->loaded() == expected;
    }
};

void tst_StoreRoundTrip::everyEditKind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round.threatbench"));
    const ProjectData blank = Project::blank(QStringLiteral("Round trip"));
    auto store = ProjectStore::create(path, blank);
    QVERIFY(store.ok());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
    QString why;

    for (const Step &step : steps(blank.id, blank.diagrams.begin().key())) {
        const ProjectData before = project.data();
        const Result<Edit> inverse = project.apply(step.edit);
        QVERIFY2(inverse.ok(), qPrintable(QLatin1String(step.label) + QStringLiteral(": ")
                                          + (inverse ? QString() : inverse.error().text())));
        QVERIFY2(project.data() != before, step.label);
        QVERIFY2(fileHolds(path, project.data(), &why),
                 qPrintable(QLatin1String(step.label) + QStringLiteral(": ") + why));
        const ProjectData after = project.data();

        QVERIFY2(project.apply(inverse.value()).ok(), step.label); // undo
        QCOMPARE(project.data(), before);
        QVERIFY2(fileHolds(path, before, &why),
                 qPrintable(QLatin1String(step.label) + QStringLiteral(": ") + why));
        QVERIFY2(project.apply(step.edit).ok(), step.label); // redo
        QCOMPARE(project.data(), after);
        QVERIFY2(fileHolds(path, after, &why),
                 qPrintable(QLatin1String(step.label) + QStringLiteral(": ") + why));
    }

    const ProjectData last = project.data();
    project.setSink(nullptr);
    std::move(store).value().reset(); // close the writer
    const auto reopened = ProjectStore::open(path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->loaded(), last);
    QCOMPARE(rawQuery(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
}

QTEST_GUILESS_MAIN(tst_StoreRoundTrip)
#include "tst_storeroundtrip.moc"
