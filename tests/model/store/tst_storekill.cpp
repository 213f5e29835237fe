// THE KILL TEST: a child process streams single-edit transactions into a project and is killed
// with SIGKILL at some moment; the file must open, pass integrity_check and hold exactly the
// first k edits, k at least what the child had reported committed.
//
// The child is this executable again, run with TB_STORE_CHILD=stream (see main()).

#include "storetestdata.h"

#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

using namespace tb;
using namespace tb::test;

namespace {

QString elementName(int i)
{
    return QStringLiteral("e%1").arg(i, 6, 10, QLatin1Char('0'));
}

// The child's store on `path`; null, after saying why on stderr, when it cannot be opened.
std::unique_ptr<ProjectStore> openInChild(const QString &path)
{
    auto store = ProjectStore::open(path);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().text()));
        return nullptr;
    }
    return std::move(store).value();
}

// Starts this executable again as the child `role` (see main()) working on `path`.
void startChild(QProcess &child, const QString &role, const QString &path)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TB_STORE_CHILD"), role);
    env.insert(QStringLiteral("TB_STORE_PATH"), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
}

// Child: adds e<n>, e<n+1>, ... each in its own transaction, reporting each commit, until killed.
int streamEdits(const QString &path)
{
    const std::unique_ptr<ProjectStore> store = openInChild(path);
    if (!store)
        return 3;
    Project project(store->loaded());
    project.setSink(store.get());
    const Id diagram = project.data().diagrams.begin().key();
    for (auto i = static_cast<int>(project.data().elements.size()); i < 1000000; ++i) {
        Element e;
        e.id = newId();
        e.name = elementName(i);
        const Placement p{QRectF((i % 100) * 120, (i / 100) * 80, 100, 60), {}};
        if (Result<Edit> r = project.apply(AddElement{e, at(diagram, p)}); !r) {
            std::fprintf(stderr, "edit %d failed: %s\n", i, qPrintable(r.error().text()));
            return 3;
        }
        std::printf("committed %d\n", i + 1); // printed only once the commit returned
        std::fflush(stdout);
    }
    return 0;
}

constexpr int kBatch = 30000; // above the store's bulk threshold: written behind a rollback journal

// Child: adds batches of kBatch elements, each one edit (one transaction), until killed.
int streamBatches(const QString &path)
{
    const std::unique_ptr<ProjectStore> store = openInChild(path);
    if (!store)
        return 3;
    Project project(store->loaded());
    project.setSink(store.get());
    for (auto n = static_cast<int>(project.data().elements.size()); n < 10 * kBatch; n += kBatch) {
        Batch batch{QStringLiteral("batch"), {}};
        for (int i = n; i < n + kBatch; ++i) {
            Element e;
            e.id = newId();
            e.name = elementName(i);
            batch.edits.push_back(AddElement{e, {}});
        }
        std::printf("writing %d\n", n + kBatch);
        std::fflush(stdout);
        if (Result<Edit> r = project.apply(batch); !r) {
            std::fprintf(stderr, "batch failed: %s\n", qPrintable(r.error().text()));
            return 3;
        }
        std::printf("committed %d\n", n + kBatch);
        std::fflush(stdout);
    }
    return 0;
}

// Child: renames every element through a tiny page cache, so the main file is changed in
// place before the commit, then dies without committing.
int leaveHotJournal(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        return 3;
    const char *steps[] = {"PRAGMA journal_mode = DELETE", "PRAGMA cache_size = 2", "BEGIN",
                           "UPDATE elements SET name = 'renamed ' || name || hex(randomblob(64))"};
    for (const char *sql : steps) {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
            return 3;
        }
    }
    std::_Exit(9); // no commit, no rollback, no close: as a crash leaves it
}

// The highest "committed N" in the child's output so far.
int lastReported(const QByteArray &output)
{
    int last = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            last = std::max(last, line.mid(10).toInt());
    }
    return last;
}

} // namespace

class tst_StoreKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidStream_data();
    void killMidStream();
    void killMidBigBatch_data();
    void killMidBigBatch();
    void hotJournalIsRolledBack();
};

void tst_StoreKill::killMidStream_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addRow("after 150") << 150;
    QTest::addRow("after 600") << 600;
    QTest::addRow("after 2000") << 2000; // past several WAL checkpoints
}

void tst_StoreKill::killMidStream()
{
    QFETCH(int, threshold);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stream.threatbench"));
    QVERIFY(ProjectStore::create(path, Project::blank(QStringLiteral("Stream"))).ok());

    // Two rounds on the same file: the second resumes from what survived the first kill.
    int expectedAtLeast = 0;
    for (int round = 0; round < 2; ++round) {
        QProcess child;
        startChild(child, QStringLiteral("stream"), path);
        QVERIFY(child.waitForStarted());
        QByteArray output;
        while (lastReported(output) < expectedAtLeast + threshold) {
            QVERIFY2(child.waitForReadyRead(20000), child.readAllStandardError().constData());
            output += child.readAllStandardOutput();
        }
        // Land the kill at an arbitrary point: mid-transaction, mid-checkpoint, mid-print.
        QThread::usleep(QRandomGenerator::global()->bounded(20000));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();
        const int reported = lastReported(output);

        const auto store = ProjectStore::open(path); // takes over the dead child's lock
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().text()));
        const ProjectData &data = store.value()->loaded();
        const auto k = static_cast<int>(data.elements.size());
        QVERIFY2(k >= reported, qPrintable(QStringLiteral("%1 < %2").arg(k).arg(reported)));
        QSet<QString> names;
        for (const Element &e : data.elements)
            names.insert(e.name);
        for (int i = 0; i < k; ++i)
            QVERIFY2(names.contains(elementName(i)), qPrintable(elementName(i)));
        QCOMPARE(data.diagrams.begin()->placements.size(), k);
        QCOMPARE(rawQuery(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
        qInfo("round %d: child reported %d, file holds %d", round, reported, k);
        expectedAtLeast = k;
    }
}

void tst_StoreKill::killMidBigBatch_data()
{
    QTest::addColumn<int>("delayMs"); // after the child starts writing its second batch
    QTest::addRow("at once") << 0;
    QTest::addRow("after 40 ms") << 40;
    QTest::addRow("after 150 ms") << 150;
    QTest::addRow("after 400 ms") << 400;
}

// Read-only opening of a file a writer left behind: refused with a message and no change, or
// (when the writer had not touched the main file yet) the state before the batch.
void checkViewer(const QString &path, int before)
{
    const QByteArray bytes = fileBytes(path);
    const auto viewer = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    if (viewer)
        QCOMPARE(static_cast<int>(viewer.value()->loaded().elements.size()), before);
    else
        QVERIFY2(viewer.error().text().contains(QStringLiteral("open the project for editing")),
                 qPrintable(viewer.error().text()));
    QCOMPARE(fileBytes(path), bytes);
}

// A big batch goes behind a rollback journal: wherever the kill lands, the file holds whole
// batches only, and opening it for editing undoes the one cut short.
void tst_StoreKill::killMidBigBatch()
{
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batches.threatbench"));
    QVERIFY(ProjectStore::create(path, Project::blank(QStringLiteral("Batches"))).ok());
    QProcess child;
    startChild(child, QStringLiteral("batches"), path);
    QVERIFY(child.waitForStarted());
    QByteArray output;
    const QByteArray second = "writing " + QByteArray::number(2 * kBatch);
    while (!output.contains(second)) {
        QVERIFY2(child.waitForReadyRead(60000), child.readAllStandardError().constData());
        output += child.readAllStandardOutput();
    }
    QThread::msleep(delayMs);
    child.kill();
    QVERIFY(child.waitForFinished());
    output += child.readAllStandardOutput();
    const int reported = lastReported(output);
    QVERIFY(reported >= kBatch);

    const bool cut = QFileInfo::exists(path + QStringLiteral("-journal"));
    if (cut)
        checkViewer(path, reported);
    {
        const auto store = ProjectStore::open(path); // takes over the dead child's lock
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().text()));
        const auto k = static_cast<int>(store.value()->loaded().elements.size());
        QVERIFY2(k >= reported && k % kBatch == 0,
                 qPrintable(QStringLiteral("%1 elements, %2 reported").arg(k).arg(reported)));
        qInfo("killed with%s a journal: child reported %d, file holds %d", cut ? "" : "out",
              reported, k);
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QCOMPARE(rawQuery(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
    QCOMPARE(rawQuery(path, "PRAGMA journal_mode"), QStringList{QStringLiteral("wal")});
}

// The worst moment, made certain: a writer that has already changed the main file in place
// (its cache spilled) dies before committing, leaving a hot journal.
void tst_StoreKill::hotJournalIsRolledBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hot.threatbench"));
    ProjectData data = Project::blank(QStringLiteral("Hot"));
    for (int i = 0; i < 2000; ++i) {
        Element e;
        e.id = newId();
        e.name = elementName(i);
        data.elements.insert(e.id, e);
    }
    QVERIFY(ProjectStore::create(path, data).ok());
    QProcess child;
    startChild(child, QStringLiteral("hot"), path);
    QVERIFY(child.waitForFinished(60000));
    QVERIFY2(child.exitCode() == 9, child.readAllStandardError().constData());
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-journal")));

    // The main file is half changed: a viewer cannot read it, and must not touch it.
    const QByteArray bytes = fileBytes(path);
    const auto viewer = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(!viewer.ok());
    QVERIFY2(viewer.error().text().contains(QStringLiteral("open the project for editing")),
             qPrintable(viewer.error().text()));
    QCOMPARE(fileBytes(path), bytes);
    const auto store = ProjectStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().text()));
    QCOMPARE(store.value()->loaded().elements.size(), 2000);
    for (const Element &e : store.value()->loaded().elements)
        QVERIFY2(e.name.startsWith(QLatin1Char('e')), qPrintable(e.name));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QCOMPARE(rawQuery(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("TB_STORE_CHILD") == QLatin1String("stream"))
        return streamEdits(qEnvironmentVariable("TB_STORE_PATH"));
    if (qEnvironmentVariable("TB_STORE_CHILD") == QLatin1String("hot"))
        return leaveHotJournal(qEnvironmentVariable("TB_STORE_PATH"));
    if (qEnvironmentVariable("TB_STORE_CHILD") == QLatin1String("batches"))
        return streamBatches(qEnvironmentVariable("TB_STORE_PATH"));
    tst_StoreKill tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_storekill.moc"
