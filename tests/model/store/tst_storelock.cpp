// Two processes and one project: the second is told who holds it and may open it read-only; a
// holder that died leaves a stale lock that the next open takes over.
//
// The holder is this executable again, run with TB_STORE_CHILD=hold (see main()).

#include "storetestdata.h"

#include "store/projectstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <iostream>
#include <string>

using namespace tb;
using namespace tb::test;

namespace {

// Child: holds the project open; "add <name>" on stdin adds an element; EOF closes and exits.
int holdProject(const QString &path)
{
    auto store = ProjectStore::open(path);
    if (!store) {
        std::printf("error %s\n", qPrintable(store.error().text()));
        return 3;
    }
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
    std::printf("ready\n");
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.rfind("add ", 0) == 0) {
            Element e;
            e.id = newId();
            e.name = QString::fromStdString(line.substr(4));
            std::fputs(project.apply(AddElement{e, {}}).ok() ? "added\n" : "failed\n", stdout);
            std::fflush(stdout);
        }
    }
    return 0;
}

} // namespace

class tst_StoreLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lockedByAnotherProcess();
    void deadHolderLeavesStaleLock();

private:
    // Starts a holder of m_path and waits until it has the project open.
    bool startHolder(QProcess &child);
    // Sends one line and waits for a reply line.
    static QByteArray ask(QProcess &child, const QByteArray &line);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_StoreLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("shared.threatbench"));
    QVERIFY(ProjectStore::create(m_path, schemaV1Data()).ok());
}

bool tst_StoreLock::startHolder(QProcess &child)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TB_STORE_CHILD"), QStringLiteral("hold"));
    env.insert(QStringLiteral("TB_STORE_PATH"), m_path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForStarted())
        return false;
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(20000))
            return false;
    }
    return child.readLine() == "ready\n";
}

QByteArray tst_StoreLock::ask(QProcess &child, const QByteArray &line)
{
    child.write(line + '\n');
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(20000))
            return {};
    }
    return child.readLine().trimmed();
}

void tst_StoreLock::lockedByAnotherProcess()
{
    QProcess child;
    QVERIFY(startHolder(child));

    const auto locked = ProjectStore::open(m_path);
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().kind, ErrorKind::Locked);
    const QString message = locked.error().message;
    QVERIFY2(message.contains(QStringLiteral("process %1 (tst_storelock) on %2")
                                  .arg(child.processId())
                                  .arg(QSysInfo::machineHostName())),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("read-only")), qPrintable(message));

    {
        // Read-only beside the live writer: loads, and sees what the writer commits later.
        const auto reader = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly);
        QVERIFY(reader.ok());
        QCOMPARE(reader.value()->loaded(), schemaV1Data());
        Project project(reader.value()->loaded());
        project.setReadOnly(true); // the caller's part
        project.setSink(reader.value().get());
        QVERIFY(!project.apply(RemoveFlow{fixedId(51)}).ok());
        QVERIFY(!reader.value()->write(project.data(), Change{true, {}, {}, {}, {}, {}}).ok());
    }
    QCOMPARE(ask(child, "add Written by the holder"), QByteArray("added"));
    {
        const auto reader = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly);
        QVERIFY(reader.ok());
        QCOMPARE(reader.value()->loaded().elements.size(), schemaV1Data().elements.size() + 1);
    }

    child.closeWriteChannel(); // the holder closes the project and exits
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitCode(), 0);
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".lock")));
    const auto reopened = ProjectStore::open(m_path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->loaded().elements.size(), schemaV1Data().elements.size() + 1);
}

void tst_StoreLock::deadHolderLeavesStaleLock()
{
    QProcess child;
    QVERIFY(startHolder(child));
    QCOMPARE(ProjectStore::open(m_path).error().kind, ErrorKind::Locked);
    child.kill();
    QVERIFY(child.waitForFinished());
    QVERIFY(QFileInfo::exists(m_path + QStringLiteral(".lock"))); // left behind by the dead

    const auto reopened = ProjectStore::open(m_path);
    QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().text()));
    QCOMPARE(reopened.value()->loaded(), schemaV1Data());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("TB_STORE_CHILD") == QLatin1String("hold"))
        return holdProject(qEnvironmentVariable("TB_STORE_PATH"));
    tst_StoreLock tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_storelock.moc"
