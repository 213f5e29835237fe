// ProjectStore as the sink of a Project: write-through, read-only mode, failures, Save As,
// the lock within one process, and the write rate.

#include "storetestdata.h"

#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace tb;
using namespace tb::test;

class tst_ProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesThroughAndReopens();
    void readOnlyStoreRefusesWrites();
    void failedWriteRollsBackAndIsIo();
    void saveAsCopies();
    void saveAsReplacesTarget();
    void saveAsRefusesSelfAndLockedTarget();
    void secondOpenInProcessIsLocked();
    void manyWritesStayFast();
    void bigBatchLeavesWalMode_data();
    void bigBatchLeavesWalMode();

private:
    static Element element(const QString &name)
    {
        Element e;
        e.id = newId();
        e.name = name;
        return e;
    }
};

void tst_ProjectStore::writesThroughAndReopens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.threatbench"));
    ProjectData expected;
    {
        auto store = ProjectStore::create(path, schemaV1Data());
        QVERIFY(store.ok());
        Project project(store.value()->loaded());
        project.setSink(store.value().get());
        const Element e = element(QStringLiteral("Worker"));
        QVERIFY(project.apply(AddElement{e, at(fixedId(10), {QRectF(1, 2, 3, 4), {}})}).ok());
        QVERIFY(project
                    .apply(SetAttribute{project.data().id, QStringLiteral("name"),
                                        QStringLiteral("Renamed")})
                    .ok());
        QVERIFY(project.apply(RemoveFlow{fixedId(51)}).ok());
        expected = project.data();
    }
    const auto reopened = ProjectStore::open(path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->loaded(), expected);
    QCOMPARE(reopened.value()->path(), path);
}

void tst_ProjectStore::readOnlyStoreRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.threatbench"));
    QVERIFY(ProjectStore::create(path, schemaV1Data()).ok());
    const QByteArray before = fileBytes(path);

    {
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        QVERIFY(store.value()->isReadOnly());
        QCOMPARE(store.value()->loaded(), schemaV1Data());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock"))); // read-only takes no lock

        Project project(store.value()->loaded());
        project.setSink(store.value().get());
        const Result<Edit> r = project.apply(AddElement{element(QStringLiteral("X")), {}});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("read-only")));
        QCOMPARE(project.data(), schemaV1Data()); // undone in memory too

        // Save As works from a read-only store.
        const QString copy = dir.filePath(QStringLiteral("copy.threatbench"));
        QVERIFY(store.value()->saveAs(copy).ok());
        const auto copied = ProjectStore::open(copy, ProjectStore::Mode::ReadOnly);
        QVERIFY(copied.ok());
        QCOMPARE(copied.value()->loaded(), schemaV1Data());
    }
    QCOMPARE(fileBytes(path), before);
    // Nobody was writing, so the read-only opens left no -wal/-shm behind.
    QCOMPARE(dirEntries(dir.path()),
             (QStringList{QStringLiteral("copy.threatbench"), QStringLiteral("p.threatbench")}));
}

void tst_ProjectStore::failedWriteRollsBackAndIsIo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.threatbench"));
    auto store = ProjectStore::create(path, schemaV1Data());
    QVERIFY(store.ok());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());

    // Another connection drops the flows table: the next write that touches flows fails
    // after the element row of the same batch was written, so that row must roll back.
    QVERIFY(rawQuery(path, "DROP TABLE flows").isEmpty());
    Element e = element(QStringLiteral("Lost"));
    Flow f{newId(), fixedId(40), e.id, QStringLiteral("Lost flow"), {}, {}, {}, {}};
    Batch batch{QStringLiteral("both"), {}};
    batch.edits.push_back(AddElement{e, {}});
    batch.edits.push_back(ConnectFlow{f, {}});
    const Result<Edit> r = project.apply(batch);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Io);
    QVERIFY2(r.error().message.contains(QLatin1String("flows")), qPrintable(r.error().text()));
    QCOMPARE(project.data(), schemaV1Data());
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM elements"), QStringList{QStringLiteral("3")});

    // The store still works for edits that avoid the broken table.
    QVERIFY(project.apply(AddElement{element(QStringLiteral("Kept")), {}}).ok());
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM elements"), QStringList{QStringLiteral("4")});
}

void tst_ProjectStore::saveAsCopies()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.threatbench"));
    const QString copy = dir.filePath(QStringLiteral("copy.threatbench"));
    auto store = ProjectStore::create(path, schemaV1Data());
    QVERIFY(store.ok());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
    QVERIFY(project.apply(AddElement{element(QStringLiteral("Before copy")), {}}).ok());

    const Result<void> saved = store.value()->saveAs(copy);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().text()));
    QCOMPARE(dirEntries(dir.path()),
             (QStringList{QStringLiteral("copy.threatbench"), QStringLiteral("p.threatbench"),
                          QStringLiteral("p.threatbench-shm"), QStringLiteral("p.threatbench-wal"),
                          QStringLiteral("p.threatbench.lock")}));
    QCOMPARE(rawQuery(copy, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
    {
        const auto opened = ProjectStore::open(copy);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->loaded(), project.data());
    }
    // The original store goes on writing to the original file only.
    QVERIFY(project.apply(AddElement{element(QStringLiteral("After copy")), {}}).ok());
    const auto original = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(original.ok());
    QCOMPARE(original.value()->loaded(), project.data());
    const auto copied = ProjectStore::open(copy, ProjectStore::Mode::ReadOnly);
    QCOMPARE(copied.value()->loaded().elements.size(), project.data().elements.size() - 1);
}

void tst_ProjectStore::saveAsReplacesTarget()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.threatbench"));
    const QString target = dir.filePath(QStringLiteral("target.threatbench"));
    QVERIFY(writeBytes(target, "an older file"));
    QVERIFY(writeBytes(target + QStringLiteral("-wal"), "a stale WAL must not be replayed"));
    auto store = ProjectStore::create(path, schemaV1Data());
    QVERIFY(store.ok());
    QVERIFY(store.value()->saveAs(target).ok());
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".lock")));
    const auto opened = ProjectStore::open(target);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->loaded(), schemaV1Data());
}

void tst_ProjectStore::saveAsRefusesSelfAndLockedTarget()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.threatbench"));
    const QString other = dir.filePath(QStringLiteral("other.threatbench"));
    auto store = ProjectStore::create(path, schemaV1Data());
    QVERIFY(store.ok());
    const Result<void> self = store.value()->saveAs(path);
    QVERIFY(!self.ok());
    QCOMPARE(self.error().kind, ErrorKind::BadInput);

    auto otherStore = ProjectStore::create(other, Project::blank(QStringLiteral("Other")));
    QVERIFY(otherStore.ok());
    const QByteArray otherBytes = fileBytes(other);
    const Result<void> locked = store.value()->saveAs(other);
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().kind, ErrorKind::Locked);
    QCOMPARE(fileBytes(other), otherBytes);
}

void tst_ProjectStore::secondOpenInProcessIsLocked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.threatbench"));
    auto first = ProjectStore::create(path, schemaV1Data());
    QVERIFY(first.ok());
    const auto second = ProjectStore::open(path);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, ErrorKind::Locked);
    const QString pid = QString::number(QCoreApplication::applicationPid());
    QVERIFY2(second.error().message.contains(QStringLiteral("process ") + pid),
             qPrintable(second.error().text()));
    QVERIFY(second.error().message.contains(QLatin1String("read-only")));
    const auto readOnly = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(readOnly.ok());
    QCOMPARE(readOnly.value()->loaded(), schemaV1Data());
}

void tst_ProjectStore::manyWritesStayFast()
{
    // A smoke check of the write path at scale; tests/bench measures it properly.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.threatbench"));
    ProjectData data = Project::blank(QStringLiteral("Big"));
    for (int i = 0; i < 2000; ++i) {
        const Element e = element(QStringLiteral("e%1").arg(i));
        data.elements.insert(e.id, e);
    }
    auto store = ProjectStore::create(path, data);
    QVERIFY(store.ok());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
    const Id target = data.elements.begin().key();
    QElapsedTimer timer;
    timer.start();
    constexpr int kEdits = 1000;
    for (int i = 0; i < kEdits; ++i) {
        QVERIFY(project
                    .apply(SetAttribute{target, QStringLiteral("description"),
                                        QStringLiteral("rev %1").arg(i)})
                    .ok());
    }
    qInfo("%d single-edit transactions in %lld ms", kEdits, timer.elapsed());
    const auto reopened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QCOMPARE(reopened.value()->loaded(), project.data());
}

void tst_ProjectStore::bigBatchLeavesWalMode_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("viewerOpen"); // a reader on another connection keeps the WAL
    QTest::addRow("small batch") << 500 << false;
    QTest::addRow("big batch") << 25000 << false;
    QTest::addRow("big batch, viewer open") << 25000 << true;
}

// A big batch is written behind a rollback journal (one write instead of WAL + checkpoint);
// afterwards the file is in WAL mode again, with no journal left, and holds every row; undoing
// it (another big batch) works the same way.
void tst_ProjectStore::bigBatchLeavesWalMode()
{
    QFETCH(int, rows);
    QFETCH(bool, viewerOpen);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batch.threatbench"));
    auto store = ProjectStore::create(path, schemaV1Data());
    QVERIFY(store.ok());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
    Result<std::unique_ptr<ProjectStore>> viewer = makeError(QStringLiteral("none"));
    if (viewerOpen) {
        viewer = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY(viewer.ok());
    }
    Batch batch{QStringLiteral("many"), {}};
    for (int i = 0; i < rows; ++i)
        batch.edits.push_back(AddElement{element(QStringLiteral("b%1").arg(i)), {}});
    const Result<Edit> undo = project.apply(batch);
    QVERIFY(undo.ok());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QCOMPARE(rawQuery(path, "PRAGMA journal_mode"), QStringList{QStringLiteral("wal")});
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM elements"),
             QStringList{QString::number(schemaV1Data().elements.size() + rows)});
    const ProjectData after = project.data();
    QVERIFY(project.apply(undo.value()).ok());
    QCOMPARE(project.data(), schemaV1Data());
    store.value().reset();
    viewer = makeError(QStringLiteral("closed"));
    const auto reopened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->loaded(), schemaV1Data());
    QVERIFY(after != schemaV1Data());
}

QTEST_GUILESS_MAIN(tst_ProjectStore)
#include "tst_projectstore.moc"
