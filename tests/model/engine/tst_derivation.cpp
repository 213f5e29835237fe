// Derivation on a small library: what fires, stable ids, triage kept across re-derivation,
// stale threats marked for review, explanations, and a bad library's complete problem list.

#include "core/propertycatalog.h"
#include "engine/derivation.h"
#include "sampleproject.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace tb;
using tb::test::sampleIds;
using tb::test::sampleProject;

class tst_Derivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firesWhereItShould();
    void idsAreStable();
    void triageSurvivesRederivation();
    void deletedElementMeansNeedsReview();
    void manualThreatsAreLeftAlone();
    void explainsItself();
    void badLibraryListsEveryProblem_data();
    void badLibraryListsEveryProblem();
    void progressAndCancel();
    void changesOnlyHoldWhatDiffers();
    void undoOfDerivationIsCompact();

private:
    QList<Threat> derive(const ProjectData &d) const
    {
        return deriveThreats(d, m_library, PropertyCatalog::builtIn());
    }
    static void must(ProjectData &d, const Edit &e)
    {
        Result<Edit> r = applyEdit(d, PropertyCatalog::builtIn(), e);
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
    }
    void deriveInto(ProjectData &d, MergeCounts *counts = nullptr) const
    {
        const MergeResult m = mergeDerivation(d, derive(d));
        if (counts)
            *counts = m.counts;
        if (m.changes)
            must(d, m.edit);
    }
    static const Threat *byTemplate(const ProjectData &d, const QString &templateId)
    {
        for (const Threat &t : d.threats) {
            if (t.templateId == templateId)
                return &t;
        }
        return nullptr;
    }

    TemplateLibrary m_library;
};

void tst_Derivation::initTestCase()
{
    const LibraryLoad load = loadTemplateLibrary({test::dataPath(QStringLiteral("templates/good"))},
                                                 PropertyCatalog::builtIn());
    for (const Error &e : load.problems)
        qWarning("%s", qPrintable(e.text()));
    QVERIFY(load.problems.isEmpty());
    QCOMPARE(load.library.templates.size(), 3);
    m_library = load.library;
}

void tst_Derivation::firesWhereItShould()
{
    const QList<Threat> threats = derive(sampleProject());
    QCOMPARE(threats.size(), 2);
    QStringList seen;
    for (const Threat &t : threats)
        seen.append(t.templateId + QLatin1Char(' ') + t.title);
    seen.sort();
    QCOMPARE(
        seen,
        QStringList({QStringLiteral(
                         "test.flow.cleartext Eavesdropping on Store code from Cloud API to Lock "
                         "database across Database subnet"),
                     QStringLiteral("test.process.spoofing Spoofing callers of Spare worker")}));
    const Threat &flow
        = threats[threats[0].templateId == QLatin1String("test.flow.cleartext") ? 0 : 1];
    QCOMPARE(flow.involved.size(), 3);
    QCOMPARE(flow.involved[1].kind, QStringLiteral("flow"));
    QCOMPARE(flow.involved[2].kind, QStringLiteral("data-store"));
    QCOMPARE(flow.description,
             QStringLiteral("Store code carries data in clear text over unspecified protocol."));
    QCOMPARE(flow.annex, QStringList{QStringLiteral("I(2)(e)")});
    QCOMPARE(flow.status, ThreatStatus::New);
    QCOMPARE(flow.likelihood, 3);
}

void tst_Derivation::idsAreStable()
{
    const QList<Threat> a = derive(sampleProject());
    const QList<Threat> b = derive(sampleProject());
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].id, b[i].id);
        QList<Id> ids;
        for (const Involved &inv : a[i].involved)
            ids.append(inv.id);
        QCOMPARE(a[i].id, derivedThreatId(a[i].templateId, ids));
    }
}

void tst_Derivation::triageSurvivesRederivation()
{
    ProjectData d = sampleProject();
    MergeCounts counts;
    deriveInto(d, &counts);
    QCOMPARE(counts.added, 2);
    const Threat spoof = *byTemplate(d, QStringLiteral("test.process.spoofing"));
    must(d, SetThreatStatus{spoof.id, ThreatStatus::Accepted,
                            QStringLiteral("Internal worker, no network")});
    must(d, SetAttribute{spoof.id, QStringLiteral("likelihood"), 1});
    // Edit the model: rename, and open a path to the secret store.
    must(d,
         SetAttribute{sampleIds().spare, QStringLiteral("name"), QStringLiteral("Batch worker")});
    must(d, SetProperty{sampleIds().app, QStringLiteral("authentication"), QStringLiteral("none")});
    deriveInto(d, &counts);
    QCOMPARE(counts.added, 2); // the path threat, and spoofing of the now unauthenticated API
    QCOMPARE(counts.kept, 2);
    QCOMPARE(counts.needsReview, 0);
    const Threat &after = d.threats[spoof.id];
    QCOMPARE(after.status, ThreatStatus::Accepted);
    QCOMPARE(after.justification, QStringLiteral("Internal worker, no network"));
    QCOMPARE(after.likelihood, 1);
    QCOMPARE(after.title, QStringLiteral("Spoofing callers of Batch worker"));
    const Threat *path = byTemplate(d, QStringLiteral("test.path.secret-store"));
    QVERIFY(path);
    QCOMPARE(path->title,
             QStringLiteral("Unauthenticated path Resident \u2192 Cloud API \u2192 Lock database"));
    QCOMPARE(path->involved.size(), 5);
    // A third derivation changes nothing.
    const MergeResult again = mergeDerivation(d, derive(d));
    QVERIFY(!again.changes);
    QCOMPARE(again.counts.kept, 4);
}

void tst_Derivation::deletedElementMeansNeedsReview()
{
    ProjectData d = sampleProject();
    deriveInto(d);
    const Threat cleartext = *byTemplate(d, QStringLiteral("test.flow.cleartext"));
    must(d, SetThreatStatus{cleartext.id, ThreatStatus::Transferred,
                            QStringLiteral("Hoster encrypts")});
    must(d, RemoveFlow{sampleIds().save});
    MergeCounts counts;
    deriveInto(d, &counts);
    QCOMPARE(counts.needsReview, 1);
    QVERIFY(d.threats.contains(cleartext.id)); // never silently deleted
    const Threat &stale = d.threats[cleartext.id];
    QCOMPARE(stale.status, ThreatStatus::NeedsReview);
    QVERIFY(!stale.holds);
    QCOMPARE(stale.justification, QStringLiteral("Hoster encrypts"));
    QCOMPARE(stale.title, cleartext.title);
    deriveInto(d, &counts);
    QCOMPARE(counts.needsReview, 0); // reported once, not again
}

void tst_Derivation::manualThreatsAreLeftAlone()
{
    ProjectData d = sampleProject();
    Threat manual;
    manual.id = newId();
    manual.title = QStringLiteral("Insider copies the key database");
    manual.category = StrideCategory::InformationDisclosure;
    manual.annex = {QStringLiteral("I(2)(e)")};
    must(d, AddThreat{manual});
    deriveInto(d);
    deriveInto(d);
    QCOMPARE(d.threats[manual.id], manual);
}

void tst_Derivation::explainsItself()
{
    ProjectData d = sampleProject();
    deriveInto(d);
    const Threat t = *byTemplate(d, QStringLiteral("test.flow.cleartext"));
    Result<QJsonObject> why = explainThreat(d, m_library, PropertyCatalog::builtIn(), t.id);
    QVERIFY(why.ok());
    QCOMPARE(why->value(QStringLiteral("holds")).toBool(), true);
    QCOMPARE(why->value(QStringLiteral("template")).toString(),
             QStringLiteral("test.flow.cleartext"));
    QStringList lines;
    for (const QJsonValue &l : why->value(QStringLiteral("trace")).toArray())
        lines.append(l.toObject().value(QStringLiteral("text")).toString());
    QCOMPARE(lines, QStringList({QStringLiteral("all of"),
                                 QStringLiteral("flow.encrypted eq false: actual false"),
                                 QStringLiteral("crossesBoundary of flow eq true: actual true")}));
    const QJsonObject flowFacts = why->value(QStringLiteral("involved"))
                                      .toArray()[1]
                                      .toObject()
                                      .value(QStringLiteral("facts"))
                                      .toObject();
    QCOMPARE(flowFacts.value(QStringLiteral("firstBoundary")).toString(),
             QStringLiteral("Database subnet"));
    must(d, SetProperty{sampleIds().save, QStringLiteral("encrypted"), true});
    why = explainThreat(d, m_library, PropertyCatalog::builtIn(), t.id);
    QCOMPARE(why->value(QStringLiteral("holds")).toBool(), false);
    QVERIFY(!explainThreat(d, m_library, PropertyCatalog::builtIn(), newId()).ok());
}

void tst_Derivation::badLibraryListsEveryProblem_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addRow("unknown property")
        << "one.json: template \"bad.unknown-prop\": $.templates[0].condition.prop: unknown "
           "property \"colour\"";
    QTest::addRow("wrong type") << "template \"bad.wrong-type\": $.templates[1].condition: "
                                   "flow.encrypted: expected true or false";
    QTest::addRow("unknown fact") << "template \"bad.unknown-fact\": "
                                     "$.templates[2].condition.fact: unknown fact \"isHaunted\"";
    QTest::addRow("version") << "template \"bad.fields\": $.templates[3].version";
    QTest::addRow("category") << "$.templates[3].category: expected a STRIDE category";
    QTest::addRow("placeholder") << "$.templates[3].title: unknown placeholder {flow.name}";
    QTest::addRow("empty capec") << "$.templates[3].capec: expected at least one reference";
    QTest::addRow("rating") << "$.templates[3].likelihood: expected a whole number from 1 to 4";
    QTest::addRow("old annex id") << "\"I.1.3.a\" is not a CRA Annex I id";
    QTest::addRow("unknown mitigation")
        << "template \"bad.mitigation\": .mitigations: unknown mitigation \"test.mit.nowhere\"";
    QTest::addRow("syntax") << "two.json: line 2: not valid JSON";
}

void tst_Derivation::badLibraryListsEveryProblem()
{
    QFETCH(QString, expected);
    const LibraryLoad load = loadTemplateLibrary({test::dataPath(QStringLiteral("templates/bad"))},
                                                 PropertyCatalog::builtIn());
    QStringList all;
    for (const Error &e : load.problems)
        all.append(e.text());
    QVERIFY2(std::any_of(all.cbegin(), all.cend(),
                         [&](const QString &p) { return p.contains(expected); }),
             qPrintable(all.join(QLatin1Char('\n'))));
    QVERIFY(load.library.templates.isEmpty()); // nothing half-valid is kept
}

void tst_Derivation::progressAndCancel()
{
    QList<int> seen;
    const QList<Threat> all = deriveThreats(sampleProject(), m_library, PropertyCatalog::builtIn(),
                                            [&](int p) { seen.append(p); });
    QCOMPARE(seen.last(), 100);
    std::atomic_bool cancel{true};
    QVERIFY(deriveThreats(sampleProject(), m_library, PropertyCatalog::builtIn(), {}, &cancel)
                .isEmpty());
    QVERIFY(!all.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Derivation)
// deriveChanges() keeps only new and changed threats but sees every id, and merging it does
// what merging the whole list does.
void tst_Derivation::changesOnlyHoldWhatDiffers()
{
    ProjectData d = sampleProject();
    const QList<Threat> all = derive(d);
    DerivedChanges first = deriveChanges(d, m_library, PropertyCatalog::builtIn());
    QCOMPARE(first.threats, all); // nothing in the register yet: everything is new
    QCOMPARE(qsizetype(first.ids.size()), all.size());
    QVERIFY(std::is_sorted(first.ids.cbegin(), first.ids.cend(), idLess));
    deriveInto(d);

    DerivedChanges none = deriveChanges(d, m_library, PropertyCatalog::builtIn());
    QVERIFY(none.threats.isEmpty());
    QCOMPARE(qsizetype(none.ids.size()), all.size());
    int categories = 0;
    for (int n : none.byCategory)
        categories += n;
    QCOMPARE(categories, int(all.size()));
    QVERIFY(!mergeDerivation(d, std::move(none)).changes);

    // Renaming an element changes the texts of its threats only; triage stays.
    const Threat spoof = *byTemplate(d, QStringLiteral("test.process.spoofing"));
    must(d, SetThreatStatus{spoof.id, ThreatStatus::Accepted, QStringLiteral("Low exposure")});
    const Id renamed = spoof.involved.first().id;
    must(d, SetAttribute{renamed, QStringLiteral("name"), QStringLiteral("Renamed worker")});
    DerivedChanges some = deriveChanges(d, m_library, PropertyCatalog::builtIn());
    QVERIFY(!some.threats.isEmpty());
    QVERIFY(some.threats.size() < all.size());
    for (const Threat &t : std::as_const(some.threats)) {
        const bool involves = std::any_of(t.involved.cbegin(), t.involved.cend(),
                                          [&](const Involved &i) { return i.id == renamed; });
        QVERIFY2(involves, qPrintable(t.title));
    }
    const MergeResult viaChanges = mergeDerivation(d, std::move(some));
    const MergeResult viaList = mergeDerivation(d, derive(d));
    QCOMPARE(viaChanges.counts.added, viaList.counts.added);
    QCOMPARE(viaChanges.counts.kept, viaList.counts.kept);
    QCOMPARE(viaChanges.counts.refreshed, viaList.counts.refreshed);
    QCOMPARE(viaChanges.counts.byCategory, viaList.counts.byCategory);
    QVERIFY(viaChanges.edit == viaList.edit);
    must(d, viaChanges.edit);
    QCOMPARE(d.threats[spoof.id].status, ThreatStatus::Accepted);
    QVERIFY(d.threats[spoof.id].title.contains(QLatin1String("Renamed worker")));
}

// Undoing a first derivation holds one edit with the ids, not one edit per threat, and still
// restores the project exactly.
void tst_Derivation::undoOfDerivationIsCompact()
{
    ProjectData d = sampleProject();
    const ProjectData before = d;
    const MergeResult m = mergeDerivation(d, derive(d));
    QVERIFY(m.counts.added > 1);
    Result<Edit> inverse = applyEdit(d, PropertyCatalog::builtIn(), m.edit);
    QVERIFY2(inverse.ok(), qPrintable(inverse.error().text()));
    const Batch &undo = std::get<Batch>(inverse->v);
    QCOMPARE(undo.edits.size(), std::size_t(1));
    QCOMPARE(std::get<RemoveThreats>(undo.edits.front().v).ids.size(), qsizetype(m.counts.added));
    const ProjectData derived = d;
    Result<Edit> redo = applyEdit(d, PropertyCatalog::builtIn(), *inverse);
    QVERIFY2(redo.ok(), qPrintable(redo.error().text()));
    QVERIFY(d == before);
    QVERIFY(applyEdit(d, PropertyCatalog::builtIn(), *redo).ok());
    QVERIFY(d == derived);
}

#include "tst_derivation.moc"
