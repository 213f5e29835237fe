// The Annex I matrix on the example product: what derivation traces, and how accepting
// mitigations, finishing tasks, accepting risks and declaring requirements not applicable move
// the verdicts.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "cra/acceptmitigation.h"
#include "cra/annexcatalog.h"
#include "cra/coverage.h"
#include "engine/derivation.h"
#include "io/canonicaljson.h"
#include "testsupport.h"

#include <QTest>

using namespace tb;

class tst_Coverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freshRegisterIsAllGaps();
    void acceptingAndImplementingCovers();
    void acceptedRiskCountsAsHandled();
    void notApplicableNeedsJustification();
    void partTwoChecklistTakesDirectTasks();
    void tasksRefuseUnknownLinks_data();
    void tasksRefuseUnknownLinks();
    void roundTripWithTasks();

private:
    static void must(ProjectData &d, const Edit &e)
    {
        Result<Edit> r = applyEdit(d, PropertyCatalog::builtIn(), e);
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
    }
    static RequirementCoverage of(const ProjectData &d, const QString &id)
    {
        for (const RequirementCoverage &c : computeCoverage(d, AnnexCatalog::builtIn())) {
            if (c.id == id)
                return c;
        }
        return {};
    }
    void acceptAllFor(ProjectData &d, const QString &annex)
    {
        QSet<QString> mitigations;
        for (const Threat &t : std::as_const(d.threats)) {
            if (t.annex.contains(annex))
                mitigations.unite(QSet<QString>(t.mitigations.cbegin(), t.mitigations.cend()));
        }
        QStringList sorted = mitigations.values();
        sorted.sort();
        for (const QString &m : std::as_const(sorted)) {
            Result<Edit> e = acceptMitigation(d, m_library, m);
            QVERIFY2(e.ok(), qPrintable(e.error().text()));
            must(d, e.value());
        }
    }

    TemplateLibrary m_library;
    ProjectData m_derived;
};

void tst_Coverage::initTestCase()
{
    m_library = builtInTemplateLibrary(PropertyCatalog::builtIn()).library;
    Result<ProjectData> example = importCanonicalJsonFile(
        test::sourcePath(QStringLiteral("templates/examples/smart-door-lock.threatbench.json")),
        PropertyCatalog::builtIn());
    QVERIFY(example.ok());
    m_derived = example.value();
    const MergeResult m = mergeDerivation(
        m_derived, deriveThreats(m_derived, m_library, PropertyCatalog::builtIn()));
    must(m_derived, m.edit);
}

void tst_Coverage::freshRegisterIsAllGaps()
{
    const QList<RequirementCoverage> all = computeCoverage(m_derived, AnnexCatalog::builtIn());
    QCOMPARE(all.size(), 22);
    for (const RequirementCoverage &c : all)
        QVERIFY2(c.verdict == Verdict::Gap || c.verdict == Verdict::NotAssessed, qPrintable(c.id));
    // What an expert expects to see traced on a smart lock.
    QVERIFY(of(m_derived, QStringLiteral("I(2)(d)")).threats.size() >= 10); // access control
    QVERIFY(of(m_derived, QStringLiteral("I(2)(e)")).threats.size() >= 5);  // confidentiality
    QVERIFY(of(m_derived, QStringLiteral("I(2)(f)")).threats.size() >= 5);  // integrity
    QVERIFY(of(m_derived, QStringLiteral("I(2)(h)")).threats.size() >= 5);  // availability
    QVERIFY(!of(m_derived, QStringLiteral("II(7)")).threats.isEmpty());     // update channel
    QCOMPARE(of(m_derived, QStringLiteral("I(1)")).threats.size(), m_derived.threats.size());
    QCOMPARE(of(m_derived, QStringLiteral("II(5)")).verdict, Verdict::Gap); // always applies
}

void tst_Coverage::acceptingAndImplementingCovers()
{
    ProjectData d = m_derived;
    const QString req = QStringLiteral("I(2)(e)");
    acceptAllFor(d, req);
    RequirementCoverage c = of(d, req);
    QCOMPARE(c.verdict, Verdict::Partial); // tasks planned, nothing done yet
    QVERIFY(!c.tasks.isEmpty());
    QCOMPARE(c.tasksByStatus.value(QStringLiteral("planned")), c.tasks.size());
    // Accepting the same mitigation twice extends its task instead of adding another.
    const qsizetype tasks = d.tasks.size();
    must(d, acceptMitigation(d, m_library, d.tasks.cbegin()->mitigationId).value());
    QCOMPARE(d.tasks.size(), tasks);
    for (const Id &id : c.tasks) {
        MitigationTask t = d.tasks[id];
        t.status = TaskStatus::Implemented;
        t.evidence.append({QStringLiteral("test"), QStringLiteral("pentest-2026-11 finding closed"),
                           QDate(2026, 11, 20)});
        must(d, UpdateTask{t});
    }
    c = of(d, req);
    QCOMPARE(c.verdict, Verdict::Covered);
    QVERIFY(c.unhandled.isEmpty());
    QCOMPARE(c.tasksByStatus.value(QStringLiteral("implemented")), c.tasks.size());
}

void tst_Coverage::acceptedRiskCountsAsHandled()
{
    ProjectData d = m_derived;
    const QString req = QStringLiteral("I(2)(i)");
    const RequirementCoverage before = of(d, req);
    QVERIFY(!before.threats.isEmpty());
    for (const Id &id : before.threats)
        must(d,
             SetThreatStatus{id, ThreatStatus::Accepted,
                             QStringLiteral("Botnet use limited by rate caps; accepted by CISO")});
    QCOMPARE(of(d, req).verdict, Verdict::Covered);
    // A threat marked mitigated with no finished task behind it does not cover anything.
    ProjectData e = m_derived;
    for (const Id &id : before.threats)
        must(e, SetThreatStatus{id, ThreatStatus::Mitigated, {}});
    QCOMPARE(of(e, req).verdict, Verdict::Gap);
}

void tst_Coverage::notApplicableNeedsJustification()
{
    ProjectData d = m_derived;
    QVERIFY(!applyEdit(d, PropertyCatalog::builtIn(),
                       SetRequirementApplicability{QStringLiteral("I(2)(g)"), true, {}})
                 .ok());
    QVERIFY(!applyEdit(
                 d, PropertyCatalog::builtIn(),
                 SetRequirementApplicability{QStringLiteral("I(2)(z)"), true, QStringLiteral("x")})
                 .ok());
    QVERIFY(d == m_derived);
    must(d,
         SetRequirementApplicability{QStringLiteral("I(2)(g)"), true,
                                     QStringLiteral("No personal data beyond the account e-mail")});
    QCOMPARE(of(d, QStringLiteral("I(2)(g)")).verdict, Verdict::NotApplicable);
    must(d, SetRequirementApplicability{QStringLiteral("I(2)(g)"), false, {}});
    QCOMPARE(of(d, QStringLiteral("I(2)(g)")).verdict, Verdict::Gap);
}

void tst_Coverage::partTwoChecklistTakesDirectTasks()
{
    ProjectData d = m_derived;
    MitigationTask cvd;
    cvd.id = newId();
    cvd.title = QStringLiteral("Publish a coordinated vulnerability disclosure policy");
    cvd.annex = {QStringLiteral("II(5)"), QStringLiteral("II(6)")};
    cvd.status = TaskStatus::InProgress;
    must(d, AddTask{cvd});
    QCOMPARE(of(d, QStringLiteral("II(5)")).verdict, Verdict::Partial);
    cvd.status = TaskStatus::Verified;
    cvd.evidence = {{QStringLiteral("url"), QStringLiteral("https://keystone.example/security/cvd"),
                     QDate(2026, 11, 1)}};
    must(d, UpdateTask{cvd});
    QCOMPARE(of(d, QStringLiteral("II(5)")).verdict, Verdict::Covered);
    QCOMPARE(of(d, QStringLiteral("II(6)")).verdict, Verdict::Covered);
    QCOMPARE(of(d, QStringLiteral("II(4)")).verdict, Verdict::Gap);
}

void tst_Coverage::tasksRefuseUnknownLinks_data()
{
    QTest::addColumn<QString>("what");
    QTest::addRow("unknown threat") << "threat";
    QTest::addRow("unknown requirement") << "annex";
    QTest::addRow("won't do without why") << "wontdo";
    QTest::addRow("evidence without date") << "evidence";
}

void tst_Coverage::tasksRefuseUnknownLinks()
{
    QFETCH(QString, what);
    ProjectData d = m_derived;
    MitigationTask t;
    t.id = newId();
    t.title = QStringLiteral("Something");
    if (what == QLatin1String("threat"))
        t.threats = {newId()};
    else if (what == QLatin1String("annex"))
        t.annex = {QStringLiteral("I.1.3.c")};
    else if (what == QLatin1String("wontdo"))
        t.status = TaskStatus::WontDo;
    else
        t.evidence = {{QStringLiteral("note"), QStringLiteral("done"), QDate()}};
    QVERIFY(!applyEdit(d, PropertyCatalog::builtIn(), AddTask{t}).ok());
    QVERIFY(d == m_derived);
}

void tst_Coverage::roundTripWithTasks()
{
    ProjectData d = m_derived;
    acceptAllFor(d, QStringLiteral("I(2)(f)"));
    must(d, SetRequirementApplicability{QStringLiteral("I(2)(i)"), true,
                                        QStringLiteral("Standalone product")});
    const QByteArray bytes = writeCanonicalJson(d);
    Result<ProjectData> back
        = readCanonicalJson(bytes, QStringLiteral("x.json"), PropertyCatalog::builtIn());
    QVERIFY2(back.ok(), qPrintable(back.error().text()));
    QVERIFY(back.value() == d);
    QCOMPARE(writeCanonicalJson(back.value()), bytes);
    // Removing a threat that a task answers is refused; unlink first.
    const MitigationTask task = *d.tasks.cbegin();
    QVERIFY(!applyEdit(d, PropertyCatalog::builtIn(), RemoveThreat{task.threats.first()}).ok());
}

QTEST_GUILESS_MAIN(tst_Coverage)
#include "tst_coverage.moc"
