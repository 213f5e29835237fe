#pragma once

#include "engine/derivation.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace tb {

class Document;

/// Derives the threat register off the UI thread: the engine runs on a worker thread over an
/// immutable snapshot of the project, and its merge comes back to the UI thread as one undoable
/// Document::apply(). In automatic mode, edits that change what derivation reads (elements,
/// flows, boundaries, assets, placements, product) start a run after a short pause; a newer run
/// cancels and supersedes a running one. Triage made while a run was under way is never
/// overwritten: the merge is redone against the current register first.
class DerivationWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DerivationWorker)

public:
    explicit DerivationWorker(QObject *parent = nullptr);
    /// Cancels a running derivation and waits for its thread.
    ~DerivationWorker() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }
    void setLibrary(std::shared_ptr<const TemplateLibrary> library);

    bool isAutomatic() const { return m_automatic; }
    void setAutomatic(bool automatic);
    /// The pause after the last edit before an automatic run (ms).
    int delay() const;
    void setDelay(int ms);
    /// Edits applied per event-loop turn when a big merge comes back (default 200): each turn
    /// must stay well under the 50 ms the UI thread may be busy.
    int chunkSize() const { return m_chunkSize; }
    void setChunkSize(int edits) { m_chunkSize = std::max(1, edits); }
    bool isRunning() const { return m_running; }
    /// What the last applied derivation did.
    MergeCounts lastCounts() const { return m_counts; }

public Q_SLOTS:
    /// Starts a derivation now, superseding one that runs.
    void deriveNow();
    /// Starts a derivation after the pause, restarting the pause if one is pending.
    void schedule();
    /// Stops a running or pending derivation; nothing is applied.
    void cancel();

Q_SIGNALS:
    void started();
    void progressChanged(int percent);
    /// A derivation was merged into the register (changed: whether an edit was applied).
    void finished(const tb::MergeCounts &counts, bool changed);
    void failed(const QString &message);
    void runningChanged(bool running);
    void automaticChanged(bool automatic);

private:
    struct Outcome;
    void follow(const Edit &edit);
    void start(std::shared_ptr<QList<Threat>> derived);
    void done(quint64 generation, const std::shared_ptr<Outcome> &outcome);
    void applyChunk(quint64 generation);
    void stopChunks();
    void setRunning(bool running);

    QPointer<Document> m_document;
    std::shared_ptr<const TemplateLibrary> m_library;
    QTimer *m_timer;
    bool m_automatic = true;
    bool m_running = false;
    bool m_applying = false;      // our own edit is being applied
    bool m_registerDirty = false; // someone edited the register since the snapshot
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QPointer<QThread>> m_threads;
    MergeCounts m_counts;
    std::deque<Edit> m_chunks; // slices of a big merge still to apply
    std::shared_ptr<QList<Threat>> m_chunkDerived;
    bool m_macroOpen = false;
    int m_chunkSize = 200;
};

} // namespace tb
