// File > Export Technical File: the folder `threatbench-cli techfile` writes, written on a
// worker thread; the report afterwards; cancel and failures leave the folder as it was.

#include "document/document.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/techfileexport.h"
#include "panelfixture.h"

#include "clirunner.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace tb;

namespace {

const QStringList kFiles{QStringLiteral("annex-vii-technical-documentation-outline.md"),
                         QStringLiteral("annex-vii-technical-documentation-outline.html"),
                         QStringLiteral("annex-vii-technical-documentation-outline.pdf"),
                         QStringLiteral("eu-declaration-of-conformity-draft.md"),
                         QStringLiteral("eu-declaration-of-conformity-draft.html"),
                         QStringLiteral("eu-declaration-of-conformity-draft.pdf"),
                         QStringLiteral("annex-ii-user-information-checklist.md"),
                         QStringLiteral("annex-ii-user-information-checklist.html"),
                         QStringLiteral("annex-ii-user-information-checklist.pdf"),
                         QStringLiteral("risk-register.pdf")};

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList everything(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class tst_TechFileExport : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_opened.append(url); } // QDesktopServices handler

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writesWhatTheCliWrites();
    void reportOpensTheFolder();
    void cancelLeavesFolderAsItWas();
    void unwritableFolderIsSaid();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_project;
    QList<QUrl> m_opened;
};

void tst_TechFileExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ThreatbenchTest"));
    QApplication::setApplicationName(QStringLiteral("tst_techfileexport"));
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("lock.threatbench"));
    QVERIFY(uitest::openAssessedExample(m_dir, QStringLiteral("lock.threatbench")));
}

void tst_TechFileExport::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_project));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportTechFile"));
    QVERIFY(action && action->isEnabled());
}

void tst_TechFileExport::cleanup()
{
    m_window.reset();
    QSettings().remove(QStringLiteral("mainWindow"));
}

// The same files, the same Markdown and the same counts as the CLI for the same project; a
// file of the same name already there is replaced; no staging folder is left behind.
void tst_TechFileExport::writesWhatTheCliWrites()
{
    const QString gui = m_dir.filePath(QStringLiteral("gui-techfile"));
    QVERIFY(QDir().mkpath(gui));
    QFile old(QDir(gui).filePath(QStringLiteral("risk-register.pdf")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("stale");
    old.close();

    const TechFileExport result = exportTechFileTo(m_window.get(), *m_window->document(), gui);
    QCOMPARE(result.error, QString());
    QVERIFY(!result.cancelled);
    QCOMPARE(result.written.files, kFiles);
    QStringList expected = kFiles;
    expected.sort();
    QCOMPARE(everything(gui), expected);
    for (const QString &f : kFiles) {
        if (f.endsWith(QLatin1String(".pdf")))
            QVERIFY2(read(QDir(gui).filePath(f)).startsWith("%PDF-"), qPrintable(f));
    }

    const QString cliDir = m_dir.filePath(QStringLiteral("cli-techfile"));
    const test::CliRun cli
        = test::runCli({QStringLiteral("techfile"), m_project, QStringLiteral("-o"), cliDir});
    QCOMPARE(cli.exitCode, 0);
    for (const QString &f : kFiles) {
        if (f.endsWith(QLatin1String(".md")))
            QCOMPARE(read(QDir(gui).filePath(f)), read(QDir(cliDir).filePath(f)));
    }
    const QRegularExpressionMatch counts
        = QRegularExpression(QStringLiteral("(\\d+) gap\\(s\\) listed and (\\d+) blank"))
              .match(QString::fromUtf8(cli.err));
    QVERIFY2(counts.hasMatch(), cli.err.constData());
    QCOMPARE(result.written.gaps, counts.captured(1).toInt());
    QCOMPARE(result.written.blanks, counts.captured(2).toInt());
    QVERIFY(result.written.gaps > 0 && result.written.blanks > 0);
}

// What was written, with gaps and blanks, and a button that opens the folder.
void tst_TechFileExport::reportOpensTheFolder()
{
    const QString dir = m_dir.filePath(QStringLiteral("report-techfile"));
    const TechFileExport result = exportTechFileTo(m_window.get(), *m_window->document(), dir);
    QCOMPARE(result.error, QString());
    QMessageBox *box = techFileWrittenBox(m_window.get(), dir, result.written);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY2(box->text().contains(QStringLiteral("10 file(s)")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QDir::toNativeSeparators(dir)));
    QVERIFY(box->informativeText().contains(QString::number(result.written.gaps)));
    QVERIFY(box->informativeText().contains(QString::number(result.written.blanks)));
    QCOMPARE(box->detailedText().split(QLatin1Char('\n')), kFiles);

    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
    m_opened.clear();
    box->open();
    QVERIFY(QTest::qWaitForWindowExposed(box));
    auto *open = box->findChild<QPushButton *>(QStringLiteral("openTechFileFolder"));
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(dir)});
}

// Cancel while the worker writes: the window's event loop runs (the timer fires), and the
// target folder ends up exactly as before.
void tst_TechFileExport::cancelLeavesFolderAsItWas()
{
    const QString dir = m_dir.filePath(QStringLiteral("cancelled-techfile"));
    QVERIFY(QDir().mkpath(dir));
    bool cancelled = false;
    QTimer::singleShot(0, m_window.get(), [this, &cancelled] {
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("techFileProgress"));
        // Its Cancel button (the dialog itself shows only after 300 ms).
        if (auto *button = progress ? progress->findChild<QPushButton *>() : nullptr) {
            button->click();
            cancelled = true;
        }
    });
    const TechFileExport result = exportTechFileTo(m_window.get(), *m_window->document(), dir);
    QVERIFY(cancelled);
    QVERIFY(result.cancelled);
    QCOMPARE(result.error, QString());
    QCOMPARE(everything(dir), QStringList());
}

// A folder that cannot be made is said, naming it; nothing crashes.
void tst_TechFileExport::unwritableFolderIsSaid()
{
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString dir = file + QStringLiteral("/techfile");
    const TechFileExport result = exportTechFileTo(m_window.get(), *m_window->document(), dir);
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(dir)), qPrintable(result.error));
    QVERIFY(result.written.files.isEmpty());
}

QTEST_MAIN(tst_TechFileExport)
#include "tst_techfileexport.moc"
