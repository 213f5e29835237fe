#include "core/project.h"
#include "derive/derivationworker.h"
#include "panelfixture.h"
#include "uisample.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tb;

class tst_DerivationWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void derivesOnWorkerAndApplies();
    void automaticAfterEditsDebounced();
    void toggleOffStopsAutomaticRuns();
    void newerRunSupersedes();
    void triageDuringRunIsKept();
    void undoDoesNotRederive();
    void cancelAppliesNothing();
    void bigMergeInSlicesIsOneUndoStep();
    void editBetweenSlicesStaysSeparate();

private:
    bool deriveOnce();

    QTemporaryDir m_dir;
    uitest::UiSampleIds m_ids;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<DerivationWorker> m_worker;
};

void tst_DerivationWorker::init()
{
    static int serial = 0;
    Project sample(Project::blank(QStringLiteral("Sample")));
    QVERIFY(uitest::buildUiSample(sample, &m_ids));
    auto doc = Document::create(m_dir.filePath(QStringLiteral("w%1.threatbench").arg(++serial)),
                                sample.data());
    QVERIFY(doc);
    m_doc = std::move(doc).value();
    m_worker = std::make_unique<DerivationWorker>();
    m_worker->setLibrary(uitest::builtInLibrary());
    m_worker->setDocument(m_doc.get());
    m_worker->setDelay(50);
}

void tst_DerivationWorker::cleanup()
{
    m_worker.reset();
    m_doc.reset();
}

bool tst_DerivationWorker::deriveOnce()
{
    QSignalSpy finished(m_worker.get(), &DerivationWorker::finished);
    m_worker->deriveNow();
    return finished.wait(20000) && !m_worker->isRunning();
}

void tst_DerivationWorker::derivesOnWorkerAndApplies()
{
    QSignalSpy started(m_worker.get(), &DerivationWorker::started);
    QSignalSpy progress(m_worker.get(), &DerivationWorker::progressChanged);
    QSignalSpy finished(m_worker.get(), &DerivationWorker::finished);
    QVERIFY(m_doc->data().threats.isEmpty());
    m_worker->deriveNow();
    QCOMPARE(started.count(), 1);
    QVERIFY(m_worker->isRunning());
    // Nothing is applied before the event loop hears back from the worker.
    QVERIFY(m_doc->data().threats.isEmpty());
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_worker->isRunning());
    QVERIFY(finished.at(0).at(1).toBool());
    QVERIFY(!m_doc->data().threats.isEmpty());
    QCOMPARE(m_worker->lastCounts().added, m_doc->data().threats.size());
    QVERIFY(!progress.isEmpty());
    // One undoable step, named as the CLI names it.
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Derive threats"));
    // Deriving again changes nothing and adds no undo step.
    QVERIFY(deriveOnce());
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void tst_DerivationWorker::automaticAfterEditsDebounced()
{
    QVERIFY(deriveOnce());
    const qsizetype before = m_doc->data().threats.size();
    QSignalSpy started(m_worker.get(), &DerivationWorker::started);
    QSignalSpy finished(m_worker.get(), &DerivationWorker::finished);
    // A burst of edits: one run, after the pause.
    Element e
        = uitest::makeElement(ElementKind::Process, QStringLiteral("Key Service"), {}, m_ids.home);
    QVERIFY(m_doc->apply(AddElement{e, {{m_ids.diagram, {QRectF(340, 260, 120, 50), {}}}}}));
    QVERIFY(
        m_doc->apply(ConnectFlow{uitest::makeFlow(m_ids.owner, e.id, QStringLiteral("Request key")),
                                 {{m_ids.diagram, {QRectF(), {}}}}}));
    QCOMPARE(started.count(), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(started.count(), 1);
    QVERIFY(m_doc->data().threats.size() > before);
    bool aboutKeyStore = false;
    for (const Threat &t : m_doc->data().threats)
        for (const Involved &i : t.involved)
            aboutKeyStore = aboutKeyStore || i.id == e.id;
    QVERIFY(aboutKeyStore);
}

void tst_DerivationWorker::toggleOffStopsAutomaticRuns()
{
    QSignalSpy toggled(m_worker.get(), &DerivationWorker::automaticChanged);
    m_worker->setAutomatic(false);
    QCOMPARE(toggled.count(), 1);
    QSignalSpy started(m_worker.get(), &DerivationWorker::started);
    QVERIFY(m_doc->apply(
        SetAttribute{m_ids.cloud, QStringLiteral("name"), QStringLiteral("Cloud Gateway")}));
    QTest::qWait(300);
    QCOMPARE(started.count(), 0);
    QVERIFY(m_doc->data().threats.isEmpty());
    m_worker->setAutomatic(true);
    QVERIFY(m_doc->apply(
        SetAttribute{m_ids.cloud, QStringLiteral("name"), QStringLiteral("Cloud API")}));
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
}

void tst_DerivationWorker::newerRunSupersedes()
{
    QSignalSpy finished(m_worker.get(), &DerivationWorker::finished);
    m_worker->deriveNow();
    // The user goes on editing: the first run is superseded and never applied.
    Element e = uitest::makeElement(ElementKind::Process, QStringLiteral("Pairing Service"), {},
                                    m_ids.home);
    QVERIFY(m_doc->apply(AddElement{e, {{m_ids.diagram, {QRectF(340, 260, 120, 50), {}}}}}));
    QVERIFY(m_doc->apply(ConnectFlow{uitest::makeFlow(m_ids.owner, e.id, QStringLiteral("Pair")),
                                     {{m_ids.diagram, {}}}}));
    m_worker->deriveNow();
    QVERIFY(finished.wait(20000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 3); // the two edits and one derivation
    bool aboutNew = false;
    for (const Threat &t : m_doc->data().threats)
        for (const Involved &i : t.involved)
            aboutNew = aboutNew || i.id == e.id;
    QVERIFY(aboutNew);
}

void tst_DerivationWorker::triageDuringRunIsKept()
{
    QVERIFY(deriveOnce());
    // A threat about the firmware, whose texts name it.
    Id target;
    for (const Threat &t : m_doc->data().threats)
        if (t.involved.size() == 1 && t.involved.first().id == m_ids.firmware
            && t.title.contains(QLatin1String("Lock Firmware")))
            target = t.id;
    QVERIFY(!target.isNull());
    m_worker->setAutomatic(false);
    QVERIFY(m_doc->apply(
        SetAttribute{m_ids.firmware, QStringLiteral("name"), QStringLiteral("Lock MCU")}));
    QSignalSpy finished(m_worker.get(), &DerivationWorker::finished);
    m_worker->deriveNow();
    // Triage while the worker derives on the old register.
    QVERIFY(m_doc->apply(
        SetThreatStatus{target, ThreatStatus::Accepted, QStringLiteral("Physical access only")}));
    QVERIFY(finished.wait(20000));
    const Threat &t = m_doc->data().threats[target];
    QCOMPARE(t.status, ThreatStatus::Accepted);
    QCOMPARE(t.justification, QStringLiteral("Physical access only"));
    QVERIFY2(t.title.contains(QLatin1String("Lock MCU")), qPrintable(t.title));
}

void tst_DerivationWorker::undoDoesNotRederive()
{
    QVERIFY(deriveOnce());
    QSignalSpy started(m_worker.get(), &DerivationWorker::started);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->data().threats.isEmpty());
    QTest::qWait(300);
    QCOMPARE(started.count(), 0);
    QVERIFY(m_doc->data().threats.isEmpty());
}

void tst_DerivationWorker::cancelAppliesNothing()
{
    QSignalSpy finished(m_worker.get(), &DerivationWorker::finished);
    QSignalSpy running(m_worker.get(), &DerivationWorker::runningChanged);
    m_worker->deriveNow();
    m_worker->cancel();
    QVERIFY(!m_worker->isRunning());
    QCOMPARE(running.count(), 2);
    QTest::qWait(500);
    QCOMPARE(finished.count(), 0);
    QVERIFY(m_doc->data().threats.isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void tst_DerivationWorker::bigMergeInSlicesIsOneUndoStep()
{
    m_worker->setChunkSize(5);
    QSignalSpy finished(m_worker.get(), &DerivationWorker::finished);
    m_worker->deriveNow();
    QVERIFY(finished.wait(20000));
    const qsizetype derived = m_doc->data().threats.size();
    QVERIFY(derived > 10); // several slices
    QCOMPARE(m_worker->lastCounts().added, derived);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Derive threats"));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->data().threats.isEmpty());
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->data().threats.size(), derived);
}

void tst_DerivationWorker::editBetweenSlicesStaysSeparate()
{
    m_worker->setChunkSize(3);
    m_worker->setAutomatic(false);
    QSignalSpy finished(m_worker.get(), &DerivationWorker::finished);
    // Edit as soon as the first slice is in: the rest is merged again and applied after it.
    bool edited = false;
    QString editText;
    connect(m_doc->project(), &Project::edited, this, [&] {
        if (edited || m_doc->data().threats.isEmpty())
            return;
        edited = true;
        QTimer::singleShot(0, this, [&] {
            const Id first = ProjectData::sortedIds(m_doc->data().threats).first();
            QVERIFY(m_doc->apply(SetThreatStatus{first, ThreatStatus::Mitigated, {}}));
            editText = m_doc->undoStack()->undoText();
        });
    });
    m_worker->deriveNow();
    QVERIFY(finished.wait(20000));
    QVERIFY(edited);
    QVERIFY(editText.contains(QLatin1String("status"), Qt::CaseInsensitive)
            || editText.contains(QLatin1String("mitigated"), Qt::CaseInsensitive));
    // The derivation's first part, the user's edit, the rest of the derivation.
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QCOMPARE(m_doc->undoStack()->text(1), editText);
    // Nothing lost: a fresh derivation finds nothing to add, and the triage stays.
    QCOMPARE(
        m_doc->data().threats.size(),
        deriveThreats(m_doc->data(), *uitest::builtInLibrary(), PropertyCatalog::builtIn()).size());
    int mitigated = 0;
    for (const Threat &t : m_doc->data().threats)
        mitigated += t.status == ThreatStatus::Mitigated ? 1 : 0;
    QCOMPARE(mitigated, 1);
}

QTEST_MAIN(tst_DerivationWorker)
#include "tst_derivationworker.moc"
