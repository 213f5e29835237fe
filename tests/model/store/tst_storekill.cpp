// THE KILL TEST: a child process streams single-edit transactions into a project and is killed
// with SIGKILL at some moment; the file must open, pass integrity_check and hold exactly the
// first k edits, k at least what the child had reported committed.
//
// The child is this executable again, run with TB_STORE_CHILD=stream (see main()).

#include "storetestdata.h"

#include "store/projectstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>

using namespace tb;
using namespace tb::test;

namespace {

QString elementName(int i)
{
    return QStringLiteral("e%1").arg(i, 6, 10, QLatin1Char('0'));
}

// Child: adds e<n>, e<n+1>, ... each in its own transaction, reporting each commit, until killed.
int streamEdits(const QString &path)
{
    auto store = ProjectStore::open(path);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().text()));
        return 3;
    }
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
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
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TB_STORE_CHILD"), QStringLiteral("stream"));
        env.insert(QStringLiteral("TB_STORE_PATH"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("TB_STORE_CHILD") == QLatin1String("stream"))
        return streamEdits(qEnvironmentVariable("TB_STORE_PATH"));
    tst_StoreKill tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_storekill.moc"
