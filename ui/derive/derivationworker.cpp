#include "derivationworker.h"

#include "core/overloaded.h"
#include "core/project.h"
#include "core/propertycatalog.h"
#include "document/document.h"

#include <QThread>
#include <QTimer>
#include <QUndoStack>

namespace tb {

struct DerivationWorker::Outcome
{
    std::shared_ptr<QList<Threat>> derived;
    MergeResult merge;
    bool cancelled = false;
};

namespace {
// Does the edit change what derivation reads? Triage (threats, tasks, treatments, decisions,
// the EBIOS study) does not, so undoing a derivation or triaging never starts a run.
bool changesInput(const Edit &edit, const ProjectData &data)
{
    return std::visit(Overloaded{
                          [](const AddThreat &) { return false; },
                          [](const AddThreats &) { return false; },
                          [](const RemoveThreat &) { return false; },
                          [](const RemoveThreats &) { return false; },
                          [](const UpdateThreat &) { return false; },
                          [](const SetThreatStatus &) { return false; },
                          [](const AddTask &) { return false; },
                          [](const RemoveTask &) { return false; },
                          [](const UpdateTask &) { return false; },
                          [](const SetRequirementApplicability &) { return false; },
                          [](const SetTreatment &) { return false; },
                          [](const PutStudyItem &) { return false; },
                          [](const RemoveStudyItem &) { return false; },
                          [](const SetStudySettings &) { return false; },
                          [](const SetProjectSetting &) { return false; },
                          [&data](const SetAttribute &e) {
                              const ObjectType type = data.typeOf(e.target);
                              return type != ObjectType::Threat && type != ObjectType::Task;
                          },
                          [&data](const Batch &b) {
                              return std::any_of(
                                  b.edits.cbegin(), b.edits.cend(),
                                  [&data](const Edit &e) { return changesInput(e, data); });
                          },
                          [](const auto &) { return true; },
                      },
                      edit.v);
}
} // namespace

DerivationWorker::DerivationWorker(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(600);
    connect(m_timer, &QTimer::timeout, this, &DerivationWorker::deriveNow);
}

DerivationWorker::~DerivationWorker()
{
    if (m_cancel)
        *m_cancel = true;
    for (const QPointer<QThread> &t : std::as_const(m_threads)) {
        if (t)
            t->wait();
    }
}

void DerivationWorker::setDocument(Document *document)
{
    if (m_document == document)
        return;
    cancel();
    followDocument(m_document, document, this, [this](const Edit &edit) { follow(edit); });
}

void DerivationWorker::setLibrary(std::shared_ptr<const TemplateLibrary> library)
{
    m_library = std::move(library);
}

void DerivationWorker::setAutomatic(bool automatic)
{
    if (m_automatic == automatic)
        return;
    m_automatic = automatic;
    if (!automatic)
        m_timer->stop();
    Q_EMIT automaticChanged(automatic);
}

int DerivationWorker::delay() const
{
    return m_timer->interval();
}

void DerivationWorker::setDelay(int ms)
{
    m_timer->setInterval(ms);
}

void DerivationWorker::follow(const Edit &edit)
{
    if (m_applying)
        return;
    if (!m_chunks.empty()) {
        // Someone edits between two steps of a big merge: close our undo step before theirs is
        // pushed, and merge what is left against the register as it now is.
        stopChunks();
        start(m_chunkDerived);
    } else if (m_running) {
        m_registerDirty = true;
    }
    if (m_automatic && changesInput(edit, m_document->data()))
        schedule();
}

void DerivationWorker::schedule()
{
    if (m_document && !m_document->isReadOnly())
        m_timer->start();
}

void DerivationWorker::cancel()
{
    m_timer->stop();
    stopChunks();
    ++m_generation;
    if (m_cancel)
        *m_cancel = true;
    m_cancel.reset();
    setRunning(false);
}

void DerivationWorker::deriveNow()
{
    m_timer->stop();
    if (!m_document || !m_library || m_document->isReadOnly())
        return;
    start(nullptr);
}

void DerivationWorker::start(std::shared_ptr<QList<Threat>> derived)
{
    stopChunks();
    if (m_cancel)
        *m_cancel = true; // the running one is superseded
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_registerDirty = false;
    // Copying the project is cheap (implicitly shared containers) and freezes this state. The
    // worker drops it as soon as it is done, so the next edit on the UI thread does not have to
    // detach (deep-copy) containers still shared with it.
    auto snapshot = std::make_shared<ProjectData>(m_document->data());
    std::shared_ptr<const TemplateLibrary> library = m_library;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QPointer<DerivationWorker> self(this);
    auto progress = std::make_shared<std::atomic_int>(-1);

    QThread *thread = QThread::create([=]() mutable {
        auto outcome = std::make_shared<Outcome>();
        outcome->derived = derived;
        if (!outcome->derived) {
            auto report = [&](int percent) {
                if (progress->exchange(percent) == percent)
                    return;
                QMetaObject::invokeMethod(
                    self,
                    [self, generation, percent] {
                        if (self && self->m_generation == generation)
                            Q_EMIT self->progressChanged(percent);
                    },
                    Qt::QueuedConnection);
            };
            outcome->derived = std::make_shared<QList<Threat>>(deriveThreats(
                *snapshot, *library, PropertyCatalog::builtIn(), report, cancel.get()));
        }
        outcome->cancelled = *cancel;
        if (!outcome->cancelled)
            outcome->merge = mergeDerivation(*snapshot, *outcome->derived);
        snapshot.reset();
        QMetaObject::invokeMethod(
            self,
            [self, generation, outcome] {
                if (self)
                    self->done(generation, outcome);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("derivation"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    const bool was = m_running;
    setRunning(true);
    if (!was || !derived)
        Q_EMIT started();
    thread->start(QThread::LowPriority);
}

void DerivationWorker::done(quint64 generation, const std::shared_ptr<Outcome> &outcome)
{
    if (generation != m_generation || outcome->cancelled || !m_document)
        return; // superseded or cancelled
    if (m_registerDirty) {
        // The register changed under the merge: merge the same derivation again, on the worker.
        start(outcome->derived);
        return;
    }
    m_cancel.reset();
    m_counts = outcome->merge.counts;
    if (!outcome->merge.changes) {
        setRunning(false);
        Q_EMIT finished(m_counts, false);
        return;
    }
    const auto *batch = std::get_if<Batch>(&outcome->merge.edit.v);
    std::vector<Batch> slices;
    if (batch)
        slices = splitBatch(*batch, std::size_t(m_chunkSize));
    if (slices.size() <= 1) {
        setRunning(false);
        m_applying = true;
        const Result<void> r = m_document->apply(outcome->merge.edit);
        m_applying = false;
        if (!r) {
            Q_EMIT failed(r.error().text());
            return;
        }
        Q_EMIT finished(m_counts, true);
        return;
    }
    // A big merge (the first derivation of a big model): one undo step, applied in slices.
    for (Batch &slice : slices)
        m_chunks.push_back(std::move(slice));
    m_chunkDerived = outcome->derived;
    m_document->undoStack()->beginMacro(batch->text);
    m_macroOpen = true;
    applyChunk(generation);
}

void DerivationWorker::applyChunk(quint64 generation)
{
    if (generation != m_generation || m_chunks.empty() || !m_document)
        return;
    m_applying = true;
    const Result<void> r = m_document->apply(m_chunks.front());
    m_applying = false;
    m_chunks.pop_front();
    if (!r) {
        stopChunks();
        setRunning(false);
        Q_EMIT failed(r.error().text());
        return;
    }
    if (!m_chunks.empty()) {
        QTimer::singleShot(0, this, [this, generation] { applyChunk(generation); });
        return;
    }
    stopChunks();
    setRunning(false);
    Q_EMIT finished(m_counts, true);
}

void DerivationWorker::stopChunks()
{
    m_chunks.clear();
    m_chunkDerived.reset();
    if (m_macroOpen && m_document)
        m_document->undoStack()->endMacro();
    m_macroOpen = false;
}

void DerivationWorker::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

} // namespace tb
