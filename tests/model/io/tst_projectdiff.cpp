// The semantic diff: one row per kind of change, made with real edits on the sample project.

#include "core/propertycatalog.h"
#include "io/projectdiff.h"
#include "sampleproject.h"

#include <QJsonArray>
#include <QTest>

Q_DECLARE_METATYPE(tb::Edit)

using namespace tb;

namespace {

Id fixedId(int n)
{
    return parseId(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

const Id kThreat = fixedId(100);
const Id kTask = fixedId(101);

void must(ProjectData &d, const Edit &e)
{
    const Result<Edit> r = applyEdit(d, PropertyCatalog::builtIn(), e);
    if (!r)
        QFAIL(qPrintable(r.error().text()));
}

Threat baseThreat()
{
    Threat t;
    t.id = kThreat;
    t.title = QStringLiteral("Token replay on Cloud API");
    t.annex = {QStringLiteral("I(2)(d)")};
    t.likelihood = 2;
    t.impact = 3;
    return t;
}

MitigationTask baseTask()
{
    MitigationTask t;
    t.id = kTask;
    t.title = QStringLiteral("Rotate tokens");
    t.threats = {kThreat};
    return t;
}

// The sample project with a threat and a task, so the register has something to change.
ProjectData base()
{
    ProjectData d = test::sampleProject();
    must(d, AddThreat{baseThreat()});
    must(d, AddTask{baseTask()});
    return d;
}

QStringList lines(const ProjectDiff &diff)
{
    return diffToText(diff).split(QLatin1Char('\n'));
}

} // namespace

class tst_ProjectDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical();
    void changes_data();
    void changes();
    void renameIsNotRemoveAndAdd();
    void verdictsAreComputedOnBothSides();
    void layoutLeavesOutAddedAndRemoved();
    void orderIsDeterministic();
    void jsonShape();
    void emptyModelShowsEverythingAdded();
};

void tst_ProjectDiff::identical()
{
    const ProjectDiff diff = diffProjects(base(), base());
    QVERIFY(diff.isIdentical());
    QCOMPARE(diffToText(diff), QStringLiteral("No differences.\n"));
    QCOMPARE(diffToJson(diff).value(QStringLiteral("identical")).toBool(), true);
}

void tst_ProjectDiff::changes_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("line");
    const test::SampleIds &ids = test::sampleIds();
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };

    QTest::addRow("element/property")
        << Edit(SetProperty{ids.app, s("authentication"), s("none")}) << s("elements")
        << s("~ process \"Cloud API\": property authentication: token -> none");
    QTest::addRow("element/added") << Edit(AddElement{
        {fixedId(200), ElementKind::Process, s("Worker"), {}, {}, ids.zone, {}, {}, {}}, {}})
                                   << s("elements") << s("+ process \"Worker\" (in Cloud)");
    QTest::addRow("element/removed")
        << Edit(RemoveElement{ids.spare}) << s("elements") << s("- process \"Spare worker\"");
    QTest::addRow("flow/property")
        << Edit(SetProperty{ids.login, s("encrypted"), false}) << s("flows")
        << s("~ flow \"Unlock request\": property encrypted: true -> false");
    QTest::addRow("flow/removed") << Edit(RemoveFlow{ids.save}) << s("flows")
                                  << s("- flow \"Store code\" (Cloud API -> Lock database)");
    QTest::addRow("boundary/trust") << Edit(SetAttribute{ids.zone, s("trustLevel"), 1})
                                    << s("boundaries") << s("~ zone \"Cloud\": trustLevel: 3 -> 1");
    QTest::addRow("asset/classification")
        << Edit(SetAttribute{ids.asset, s("classification"), s("internal")}) << s("dataAssets")
        << s("~ asset \"Door codes\": classification: secret -> internal");
    QTest::addRow("diagram/layout")
        << Edit(MoveItems{ids.diagram, {{ids.user, Placement{{10, 150, 100, 60}, {}}}}})
        << s("diagrams") << s("~ diagram \"Context\": layout: 1 moved");
    QTest::addRow("product/version")
        << Edit(SetAttribute{test::sampleProject().id, s("version"), s("1.1")}) << s("product")
        << s("~ product \"Sample lock\": version: 1.0 -> 1.1");
    Threat rated = baseThreat();
    rated.likelihood = 4;
    QTest::addRow("threat/likelihood")
        << Edit(UpdateThreat{rated}) << s("threats")
        << s("~ threat \"Token replay on Cloud API\": likelihood: 2 -> 4");
    QTest::addRow("threat/status")
        << Edit(SetThreatStatus{kThreat, ThreatStatus::Mitigated, {}}) << s("threats")
        << s("~ threat \"Token replay on Cloud API\": status: new -> mitigated");
    QTest::addRow("threat/treatment")
        << Edit(SetTreatment{{kThreat, TreatmentOption::Modify, s("Alice"), {}, 0, 0, {}}})
        << s("threats")
        << s("~ threat \"Token replay on Cloud API\": treatment option: none -> modify");
    Threat added;
    added.id = fixedId(102);
    added.title = s("Brute-force door codes");
    added.likelihood = 4;
    added.impact = 4;
    QTest::addRow("threat/added") << Edit(AddThreat{added}) << s("threats")
                                  << s("+ threat \"Brute-force door codes\" (new, critical)");
    QTest::addRow("threat/removed")
        << Edit(Batch{s("remove"), {RemoveTask{kTask}, RemoveThreat{kThreat}}}) << s("threats")
        << s("- threat \"Token replay on Cloud API\" (new, medium)");
    MitigationTask owned = baseTask();
    owned.owner = s("Alice");
    owned.evidence = {{s("url"), s("https://ci.example/1"), QDate(2026, 2, 1)}};
    QTest::addRow("task/owner") << Edit(UpdateTask{owned}) << s("tasks")
                                << s("~ task \"Rotate tokens\": owner: (none) -> Alice");
    QTest::addRow("task/evidence") << Edit(UpdateTask{owned}) << s("tasks")
                                   << s("~ task \"Rotate tokens\": evidence items: 0 -> 1");
    Component bumped = test::sampleProject().components.value(ids.library);
    bumped.version = s("3.0.14");
    QTest::addRow("component/version") << Edit(UpdateComponent{bumped}) << s("components")
                                       << s("~ component \"openssl\": version: 3.0.13 -> 3.0.14");
    BusinessValue value;
    value.id = fixedId(300);
    value.name = s("Door access");
    QTest::addRow("ebios/added") << Edit(PutStudyItem{value}) << s("ebios")
                                 << s("+ businessValue \"Door access\"");
}

void tst_ProjectDiff::changes()
{
    QFETCH(Edit, edit);
    QFETCH(QString, section);
    QFETCH(QString, line);
    ProjectData after = base();
    must(after, edit);
    const ProjectDiff diff = diffProjects(base(), after);
    QVERIFY(!diff.isIdentical());
    const DiffSection *s = diff.section(section);
    QVERIFY(s);
    QVERIFY(!s->isEmpty());
    QVERIFY2(lines(diff).contains(line), qPrintable(diffToText(diff)));
    // The other way round is the mirror image.
    const ProjectDiff reverse = diffProjects(after, base());
    const DiffSection *back = reverse.section(section);
    QCOMPARE(back->added.size(), s->removed.size());
    QCOMPARE(back->removed.size(), s->added.size());
    QCOMPARE(back->changed.size(), s->changed.size());
}

void tst_ProjectDiff::renameIsNotRemoveAndAdd()
{
    ProjectData after = base();
    must(after, SetAttribute{test::sampleIds().app, QStringLiteral("name"),
                             QStringLiteral("Cloud gateway")});
    const ProjectDiff diff = diffProjects(base(), after);
    const DiffSection *s = diff.section(QStringLiteral("elements"));
    QVERIFY(s->added.isEmpty() && s->removed.isEmpty());
    QCOMPARE(s->changed.size(), 1);
    QCOMPARE(s->changed.first().fields,
             QList<DiffField>({{QStringLiteral("name"), QStringLiteral("Cloud API"),
                                QStringLiteral("Cloud gateway")}}));
    // Flows that name it follow the new name.
    QVERIFY(diff.section(QStringLiteral("flows"))->isEmpty());
}

void tst_ProjectDiff::verdictsAreComputedOnBothSides()
{
    ProjectData after = base();
    must(after, SetThreatStatus{kThreat, ThreatStatus::Accepted, QStringLiteral("Low value")});
    const QStringList text = lines(diffProjects(base(), after));
    const auto verdict = std::find_if(text.cbegin(), text.cend(), [](const QString &l) {
        return l.startsWith(QLatin1String("~ I(2)(d) verdict: "));
    });
    QVERIFY2(verdict != text.cend(), qPrintable(text.join(QLatin1Char('\n'))));
    QVERIFY2(verdict->endsWith(QLatin1String(" -> covered")), qPrintable(*verdict));
    QVERIFY(text.contains(
        QStringLiteral("~ threat \"Token replay on Cloud API\": status: new -> accepted")));
}

void tst_ProjectDiff::layoutLeavesOutAddedAndRemoved()
{
    // The removed flow had bend points on the diagram; its removal says enough.
    ProjectData after = base();
    must(after, RemoveFlow{test::sampleIds().login});
    const ProjectDiff diff = diffProjects(base(), after);
    QVERIFY(diff.section(QStringLiteral("diagrams"))->isEmpty());
    QCOMPARE(diff.section(QStringLiteral("flows"))->removed.size(), 1);

    // A flow without a name is named by its ends.
    ProjectData unnamed = base();
    must(unnamed, SetAttribute{test::sampleIds().save, QStringLiteral("name"), QString()});
    QVERIFY(lines(diffProjects(unnamed, base()))
                .contains(QStringLiteral(
                    "~ flow \"Cloud API -> Lock database\": name: (none) -> Store code")));
}

void tst_ProjectDiff::orderIsDeterministic()
{
    ProjectData after = base();
    // Added in reverse name order and with ids in the other order: listed by name.
    for (const auto &[n, name] : {std::pair{201, "Zeta"}, {202, "Alpha"}, {203, "Mid"}})
        must(
            after,
            AddElement{
                {fixedId(n), ElementKind::Process, QString::fromUtf8(name), {}, {}, {}, {}, {}, {}},
                {}});
    const ProjectDiff diff = diffProjects(base(), after);
    QStringList names;
    for (const DiffEntry &e : diff.section(QStringLiteral("elements"))->added)
        names.append(e.name);
    QCOMPARE(names,
             QStringList({QStringLiteral("Alpha"), QStringLiteral("Mid"), QStringLiteral("Zeta")}));
    QCOMPARE(diffToText(diff), diffToText(diffProjects(base(), after)));
}

void tst_ProjectDiff::jsonShape()
{
    ProjectData after = base();
    must(after, SetProperty{test::sampleIds().app, QStringLiteral("authentication"),
                            QStringLiteral("none")});
    const QJsonObject o = diffToJson(diffProjects(base(), after));
    QCOMPARE(o.value(QStringLiteral("identical")).toBool(true), false);
    for (const char *key :
         {"product", "diagrams", "elements", "flows", "boundaries", "dataAssets", "threats",
          "tasks", "requirements", "components", "ebios", "riskCriteria"}) {
        const QJsonObject s = o.value(QLatin1String(key)).toObject();
        QVERIFY2(s.contains(QStringLiteral("added")) && s.contains(QStringLiteral("changed")), key);
    }
    const QJsonObject changed = o.value(QStringLiteral("elements"))
                                    .toObject()
                                    .value(QStringLiteral("changed"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(changed.value(QStringLiteral("id")).toString(), idString(test::sampleIds().app));
    QCOMPARE(changed.value(QStringLiteral("kind")).toString(), QStringLiteral("process"));
    const QJsonObject field = changed.value(QStringLiteral("changes")).toArray().first().toObject();
    QCOMPARE(field.value(QStringLiteral("field")).toString(),
             QStringLiteral("property authentication"));
    QCOMPARE(field.value(QStringLiteral("old")).toString(), QStringLiteral("token"));
    QCOMPARE(field.value(QStringLiteral("new")).toString(), QStringLiteral("none"));
}

void tst_ProjectDiff::emptyModelShowsEverythingAdded()
{
    const ProjectData model = base();
    const ProjectDiff diff = diffProjects(ProjectData{}, model);
    QCOMPARE(diff.section(QStringLiteral("elements"))->added.size(), model.elements.size());
    QCOMPARE(diff.section(QStringLiteral("flows"))->added.size(), model.flows.size());
    QCOMPARE(diff.section(QStringLiteral("components"))->added.size(), model.components.size());
    QCOMPARE(diff.section(QStringLiteral("threats"))->added.size(), 1);
}

QTEST_GUILESS_MAIN(tst_ProjectDiff)
#include "tst_projectdiff.moc"
