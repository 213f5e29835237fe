// Importing a CycloneDX SBOM into a project: components keep their ids (and attachments) across
// SBOM versions, gone ones are detached and removed, and it is all one undoable edit.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "cra/annexcatalog.h"
#include "cra/coverage.h"
#include "io/canonicaljson.h"
#include "io/sbomimport.h"
#include "sampleproject.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace tb;
using tb::test::sampleIds;

class tst_SbomImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstImportAddsEverything();
    void reimportChangesNothing();
    void newVersionKeepsIdAndAttachment();
    void goneComponentsAreDetachedAndRemoved();
    void twoVersionsOfOneLibrary();
    void undoRestoresThePreviousSbom();
    void partTwoOneCountsTheSbom();

private:
    static QByteArray firmware()
    {
        QFile f(test::dataPath(QStringLiteral("sbom/smartlock-firmware.cdx.json")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static Sbom parse(const QByteArray &bytes)
    {
        Result<Sbom> s = parseCycloneDx(bytes, QStringLiteral("bom.json"));
        if (!s)
            qFatal("%s", qPrintable(s.error().text()));
        return s.value();
    }
    // Applies a plan through the funnel; returns the inverse.
    static Edit apply(Project &p, const SbomImportPlan &plan)
    {
        Result<Edit> r = p.apply(plan.batch);
        if (!r)
            qFatal("%s", qPrintable(r.error().text()));
        return r.value();
    }
    static const Component *named(const ProjectData &d, const QString &name)
    {
        for (auto it = d.components.cbegin(); it != d.components.cend(); ++it) {
            if (it->name == name)
                return &*it;
        }
        return nullptr;
    }
    static ProjectData withoutComponents()
    {
        ProjectData d = test::sampleProject();
        d.elements[sampleIds().app].components.clear();
        d.components.clear();
        d.sbom = {};
        return d;
    }
    static const QDate kToday;
};

const QDate tst_SbomImport::kToday(2026, 11, 28);

void tst_SbomImport::firstImportAddsEverything()
{
    Project p(withoutComponents());
    const SbomImportPlan plan
        = planSbomImport(p.data(), parse(firmware()), QStringLiteral("fw.cdx.json"), kToday);
    QCOMPARE(plan.added, 9);
    QCOMPARE(plan.updated + plan.unchanged + plan.removed, 0);
    QCOMPARE(plan.components.size(), 9);
    apply(p, plan);
    const ProjectData &d = p.data();
    QCOMPARE(d.components.size(), 9);
    QCOMPARE(d.sbom.source, QStringLiteral("fw.cdx.json"));
    QCOMPARE(d.sbom.specVersion, QStringLiteral("1.6"));
    QCOMPARE(d.sbom.rootName, QStringLiteral("LockOS"));
    QCOMPARE(d.sbom.imported, kToday);
    const Component *app = named(d, QStringLiteral("lock-controller"));
    QVERIFY(app);
    QCOMPARE(app->group, QStringLiteral("com.example.locks"));
    QCOMPARE(app->supplier, QStringLiteral("Example Locks GmbH"));
    // Its dependencies, named in the SBOM by bom-ref and by purl, are components now.
    QStringList deps;
    for (const Id &id : app->dependsOn)
        deps.append(d.components[id].name);
    deps.sort();
    QCOMPARE(deps, QStringList({QStringLiteral("keypad-pin"), QStringLiteral("mbedtls"),
                                QStringLiteral("motor-driver"), QStringLiteral("nimble"),
                                QStringLiteral("tinycbor")}));
    QCOMPARE(named(d, QStringLiteral("mbedtls"))->supplier, QStringLiteral("Trusted Firmware"));
    QVERIFY(named(d, QStringLiteral("tinycbor"))->supplier.isEmpty());
    // The project stays valid and round-trips through the canonical JSON.
    QVERIFY(Project::validate(d, PropertyCatalog::builtIn()).ok());
    const QByteArray json = writeCanonicalJson(d);
    Result<ProjectData> back
        = readCanonicalJson(json, QStringLiteral("x.json"), PropertyCatalog::builtIn());
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().text()));
    QCOMPARE(writeCanonicalJson(back.value()), json);
}

void tst_SbomImport::reimportChangesNothing()
{
    Project p(withoutComponents());
    apply(p, planSbomImport(p.data(), parse(firmware()), QStringLiteral("fw.cdx.json"), kToday));
    const ProjectData before = p.data();
    const SbomImportPlan again
        = planSbomImport(before, parse(firmware()), QStringLiteral("fw.cdx.json"), kToday);
    QCOMPARE(again.unchanged, 9);
    QCOMPARE(again.added + again.updated + again.removed, 0);
    apply(p, again);
    QCOMPARE(p.data(), before);
}

void tst_SbomImport::newVersionKeepsIdAndAttachment()
{
    Project p(withoutComponents());
    apply(p, planSbomImport(p.data(), parse(firmware()), QStringLiteral("fw.cdx.json"), kToday));
    const Id tls = named(p.data(), QStringLiteral("mbedtls"))->id;
    const Id app = sampleIds().app;
    QVERIFY(
        p.apply(SetAttribute{app, QStringLiteral("components"), QJsonArray{idString(tls)}}).ok());

    QByteArray next = firmware();
    next.replace("mbedtls@3.5.2", "mbedtls@3.6.1").replace("\"3.5.2\"", "\"3.6.1\"");
    const SbomImportPlan plan
        = planSbomImport(p.data(), parse(next), QStringLiteral("fw-2.cdx.json"), kToday);
    QCOMPARE(plan.updated, 1);
    QCOMPARE(plan.unchanged, 8);
    QCOMPARE(plan.added + plan.removed, 0);
    apply(p, plan);
    QCOMPARE(named(p.data(), QStringLiteral("mbedtls"))->id, tls);
    QCOMPARE(p.data().components[tls].version, QStringLiteral("3.6.1"));
    QCOMPARE(p.data().elements[app].components, QList<Id>{tls});
    // Those depending on it still do, through the same id.
    QVERIFY(named(p.data(), QStringLiteral("mcuboot"))->dependsOn.contains(tls));
}

void tst_SbomImport::goneComponentsAreDetachedAndRemoved()
{
    // The sample project holds lock-api and openssl, both in the Cloud API.
    Project p(test::sampleProject());
    const SbomImportPlan plan
        = planSbomImport(p.data(), parse(firmware()), QStringLiteral("fw.cdx.json"), kToday);
    QCOMPARE(plan.added, 9);
    QCOMPARE(plan.removed, 2);
    QCOMPARE(plan.detached, QStringList({QStringLiteral("Cloud API: acme/lock-api@2.1"),
                                         QStringLiteral("Cloud API: openssl@3.0.13")}));
    apply(p, plan);
    QCOMPARE(p.data().components.size(), 9);
    QVERIFY(!p.data().components.contains(sampleIds().service));
    QVERIFY(!p.data().components.contains(sampleIds().library));
    QVERIFY(p.data().elements[sampleIds().app].components.isEmpty());
}

void tst_SbomImport::twoVersionsOfOneLibrary()
{
    const QByteArray bom = R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
        {"type": "library", "name": "zlib", "version": "1.2.13", "purl": "pkg:generic/zlib@1.2.13"},
        {"type": "library", "name": "zlib", "version": "1.3.1", "purl": "pkg:generic/zlib@1.3.1"}
    ]})";
    Project p(withoutComponents());
    const SbomImportPlan plan
        = planSbomImport(p.data(), parse(bom), QStringLiteral("two.json"), kToday);
    QCOMPARE(plan.added, 2);
    apply(p, plan);
    QCOMPARE(p.data().components.size(), 2);
    const SbomImportPlan again
        = planSbomImport(p.data(), parse(bom), QStringLiteral("two.json"), kToday);
    QCOMPARE(again.unchanged, 2);
}

void tst_SbomImport::undoRestoresThePreviousSbom()
{
    Project p(test::sampleProject());
    const ProjectData before = p.data();
    const Edit inverse
        = apply(p, planSbomImport(p.data(), parse(firmware()), QStringLiteral("fw.json"), kToday));
    QVERIFY(p.data() != before);
    QVERIFY(p.apply(inverse).ok());
    QCOMPARE(p.data(), before);
}

void tst_SbomImport::partTwoOneCountsTheSbom()
{
    const auto partTwoOne = [](const ProjectData &d) {
        for (const RequirementCoverage &c : computeCoverage(d, AnnexCatalog::builtIn())) {
            if (c.id == QLatin1String("II(1)"))
                return c;
        }
        return RequirementCoverage{};
    };
    Project p(withoutComponents());
    QCOMPARE(partTwoOne(p.data()).verdict, Verdict::Gap); // always applies
    QVERIFY(partTwoOne(p.data()).evidence.isEmpty());
    apply(p, planSbomImport(p.data(), parse(firmware()), QStringLiteral("fw.cdx.json"), kToday));
    // Some components name no supplier: evidence, but not complete.
    RequirementCoverage c = partTwoOne(p.data());
    QCOMPARE(c.verdict, Verdict::Partial);
    QCOMPARE(c.evidence.size(), 1);
    QVERIFY2(c.evidence.first().contains(QLatin1String("fw.cdx.json (CycloneDX 1.6")),
             qPrintable(c.evidence.first()));
    QVERIFY(c.evidence.first().contains(QLatin1String("9 component(s)")));
    // Every version and supplier named: covered.
    for (Component comp : p.data().components) {
        if (comp.supplier.isEmpty() || comp.version.isEmpty()) {
            comp.supplier = comp.supplier.isEmpty() ? QStringLiteral("Example Locks GmbH")
                                                    : comp.supplier;
            comp.version = comp.version.isEmpty() ? QStringLiteral("1.0") : comp.version;
            QVERIFY(p.apply(UpdateComponent{comp}).ok());
        }
    }
    QCOMPARE(partTwoOne(p.data()).verdict, Verdict::Covered);
    // An open task on it holds it back again.
    MitigationTask scan;
    scan.id = newId();
    scan.title = QStringLiteral("Scan the SBOM against advisories weekly");
    scan.annex = {QStringLiteral("II(1)")};
    QVERIFY(p.apply(AddTask{scan}).ok());
    QCOMPARE(partTwoOne(p.data()).verdict, Verdict::Partial);
}

QTEST_GUILESS_MAIN(tst_SbomImport)
#include "tst_sbomimport.moc"
