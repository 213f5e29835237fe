// File > Import shows the import report: counts, what was approximated and what was dropped,
// each with where it came from, as `threatbench-cli import` prints it.

#include "dialogs/importreportdialog.h"
#include "document/document.h"
#include "mainwindow/mainwindow.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tb;

namespace {

// A Threat Dragon v2 model: one flow ends on a free point (approximated: a stand-in external
// entity is made) and one has both ends free (dropped).
const char kTinyThreatDragon[] = R"({
  "version": "2.3.0",
  "summary": {"title": "Tiny door", "owner": "", "description": "", "id": 0},
  "detail": {"contributors": [], "diagrams": [{
    "id": 0, "title": "Main", "diagramType": "STRIDE", "version": "2.3.0",
    "cells": [
      {"position": {"x": 40, "y": 40}, "size": {"width": 120, "height": 60}, "shape": "actor",
       "id": "a-user", "zIndex": 1, "data": {"type": "tm.Actor", "name": "Resident"}},
      {"position": {"x": 300, "y": 40}, "size": {"width": 120, "height": 120},
       "shape": "process", "id": "p-lock", "zIndex": 1,
       "data": {"type": "tm.Process", "name": "Lock"}},
      {"shape": "flow", "id": "f-open", "source": {"cell": "a-user"},
       "target": {"cell": "p-lock"}, "data": {"type": "tm.Flow", "name": "Open"}},
      {"shape": "flow", "id": "f-log", "source": {"cell": "p-lock"},
       "target": {"x": 700, "y": 90}, "data": {"type": "tm.Flow", "name": "Log"}},
      {"shape": "flow", "id": "f-stray", "source": {"x": 500, "y": 400},
       "target": {"x": 600, "y": 450}, "data": {"type": "tm.Flow", "name": "Stray"}}
    ]}]}
})";

QStringList items(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

} // namespace

class tst_ImportReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportAfterImport_data();
    void reportAfterImport();
    void secondImportReplacesReport();
    void failedImportShowsNoReport();

private:
    QTemporaryDir m_dir;
};

void tst_ImportReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep recent files out of the user's settings
    QApplication::setOrganizationName(QStringLiteral("ThreatbenchTest"));
    QApplication::setApplicationName(QStringLiteral("tst_importreportdialog"));
    QVERIFY(m_dir.isValid());
    QFile tiny(m_dir.filePath(QStringLiteral("tiny.json")));
    QVERIFY(tiny.open(QIODevice::WriteOnly));
    tiny.write(kTinyThreatDragon);
}

void tst_ImportReportDialog::reportAfterImport_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("elements");
    QTest::addColumn<QString>("approximated"); // one line the report must list
    QTest::addColumn<QString>("dropped");

    QTest::addRow("tiny, free-ended flows")
        << m_dir.filePath(QStringLiteral("tiny.json")) << 3
        << QStringLiteral("diagrams[0] \"Main\" cells[3] \"Log\": the target end is a free point "
                          "at (700, 90); connected to a new external entity \"Unattached target "
                          "of \"Log\"\"")
        << QStringLiteral("diagrams[0] \"Main\" cells[4] \"Stray\": neither end is attached to "
                          "an element (source a free point at (500, 400); target a free point at "
                          "(600, 450)); not imported");
    QTest::addRow("webshop") << test::dataPath(QStringLiteral("threat-dragon/webshop.json")) << 10
                             << QStringLiteral("diagrams[0] \"Checkout\" cells[4] \"Web Shop\": "
                                               "privilegeLevel \"root\" read as runsAsPrivileged")
                             << QStringLiteral("model: owner \"Shop team\" has no equivalent");
}

// The dialog lists exactly what the CLI prints for the same file, and closes with its button.
void tst_ImportReportDialog::reportAfterImport()
{
    QFETCH(QString, input);
    QFETCH(int, elements);
    QFETCH(QString, approximated);
    QFETCH(QString, dropped);
    const QString target = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
        + QStringLiteral(".threatbench"));

    // What the CLI says about this file, written to the same target (then removed for the GUI).
    const test::CliRun cli
        = test::runCli({QStringLiteral("import"), input, QStringLiteral("-o"), target});
    QCOMPARE(cli.exitCode, 0);
    QVERIFY(QFile::remove(target));
    QStringList cliLines;
    for (const QString &line : QString::fromUtf8(cli.err).split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.startsWith(QLatin1String("QStandardPaths:")))
            cliLines.append(line);
    }

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.importModelFile(input, target));
    QCOMPARE(window.document()->data().elements.size(), elements);
    QPointer<ImportReportDialog> dialog
        = window.findChild<ImportReportDialog *>(QStringLiteral("importReportDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    const QStringList approx = items(dialog->approximatedList());
    const QStringList drops = items(dialog->droppedList());
    QVERIFY2(approx.contains(approximated), qPrintable(approx.join(QLatin1Char('\n'))));
    QVERIFY2(drops.contains(dropped), qPrintable(drops.join(QLatin1Char('\n'))));
    QVERIFY(!approx.contains(dropped));
    QStringList fromCli;
    for (const QString &line : cliLines) {
        if (line.startsWith(QLatin1String("approximated: ")))
            fromCli.append(line.mid(14));
    }
    QCOMPARE(approx, fromCli);
    QCOMPARE(drops.size() + approx.size() + 1, cliLines.size());

    // The tabs carry the counts; the counts table matches the project.
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("importReportTabs"));
    QVERIFY(tabs);
    QVERIFY(tabs->tabText(0).contains(QString::number(approx.size())));
    QVERIFY(tabs->tabText(1).contains(QString::number(drops.size())));
    QCOMPARE(tabs->currentIndex(), 1); // drops first: they lose information
    const auto counts
        = dialog->findChild<QWidget *>(QStringLiteral("importCounts"))->findChildren<QLabel *>();
    const auto elementsLabel = std::find_if(counts.cbegin(), counts.cend(), [](QLabel *l) {
        return l->accessibleName() == ImportReportDialog::tr("Elements:");
    });
    QVERIFY(elementsLabel != counts.cend());
    QCOMPARE((*elementsLabel)->text(), QString::number(elements));

    // Copy as Text gives the CLI's lines, word for word.
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyReport"));
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text().trimmed().split(QLatin1Char('\n')), cliLines);

    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY(!dialog); // closed and deleted
}

// A second import's report replaces the first's; Escape closes it.
void tst_ImportReportDialog::secondImportReplacesReport()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString input = m_dir.filePath(QStringLiteral("tiny.json"));
    QVERIFY(window.importModelFile(input, m_dir.filePath(QStringLiteral("first.threatbench"))));
    QVERIFY(window.importModelFile(input, m_dir.filePath(QStringLiteral("second.threatbench"))));
    const auto dialogs = window.findChildren<ImportReportDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QPointer<ImportReportDialog> dialog = dialogs.first();
    QVERIFY(dialog->text().contains(QStringLiteral("second.threatbench")));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
}

// A file that cannot be imported opens no project and no report (the error box is answered).
void tst_ImportReportDialog::failedImportShowsNoReport()
{
    MainWindow window;
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"not\": \"a model\"}");
    f.close();
    QTimer closer;
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, &window, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    closer.start();
    QVERIFY(!window.importModelFile(bad, m_dir.filePath(QStringLiteral("bad.threatbench"))));
    QVERIFY(!window.document());
    QVERIFY(!window.findChild<ImportReportDialog *>());
}

QTEST_MAIN(tst_ImportReportDialog)
#include "tst_importreportdialog.moc"
