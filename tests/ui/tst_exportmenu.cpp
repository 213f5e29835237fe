// File > Export: the model in each format the CLI writes, read back by our own importer; what
// a format cannot hold is listed, never dropped silently; a failed write says why and leaves
// no file. Also: the EBIOS RM panel is docked and the line tool is in the Diagram menu.

#include "core/propertycatalog.h"
#include "document/document.h"
#include "io/modelimport.h"
#include "mainwindow/mainwindow.h"
#include "panels/ebiospanel.h"
#include "store/projectstore.h"
#include "uisample.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tb;

class tst_ExportMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuHoldsEveryFormat();
    void exportsReadBack_data();
    void exportsReadBack();
    void lostThingsListed();
    void failedWriteSaysWhy();
    void ebiosDockedAndLineToolInMenu();

private:
    QTemporaryDir m_dir;
    uitest::UiSampleIds m_ids;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

QMenu *menuNamed(QMenuBar *bar, const QString &text)
{
    for (QAction *a : bar->actions())
        if (a->text() == text)
            return a->menu();
    return nullptr;
}

QStringList texts(const QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            out.append(a->text());
    return out;
}

} // namespace

void tst_ExportMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ThreatbenchTest"));
    QApplication::setApplicationName(QStringLiteral("tst_exportmenu"));
    QVERIFY(m_dir.isValid());
}

void tst_ExportMenu::init()
{
    QSettings().remove(QStringLiteral("mainWindow"));
    QVERIFY(!uitest::openSampleInWindow(m_dir, &m_ids, &m_window).isEmpty());
}

void tst_ExportMenu::cleanup()
{
    m_window.reset();
}

void tst_ExportMenu::menuHoldsEveryFormat()
{
    QMenu *file = menuNamed(m_window->menuBar(), QStringLiteral("&File"));
    QVERIFY(file);
    auto *exportMenu = file->findChild<QMenu *>(QStringLiteral("exportMenu"));
    QVERIFY(exportMenu);
    for (const char *name : {"exportJson", "export-threat-dragon", "export-otm", "exportDiagram"}) {
        auto *action = exportMenu->findChild<QAction *>(QString::fromLatin1(name));
        if (!action) { // actions belong to the window; the menu only lists them
            for (QAction *a : exportMenu->actions())
                if (a->objectName() == QLatin1String(name))
                    action = a;
        }
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
    }
    QCOMPARE(texts(exportMenu).size(), 4);
}

void tst_ExportMenu::exportsReadBack_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("marker");
    QTest::newRow("threatbench-json") << "threatbench-json"
                                      << "m.threatbench.json" << QByteArray("\"Cloud API\"");
    QTest::newRow("threat-dragon") << "threat-dragon"
                                   << "m.threat-dragon.json" << QByteArray("\"tm.Process\"");
    QTest::newRow("otm") << "otm"
                         << "m.otm.json" << QByteArray("\"otmVersion\"");
}

void tst_ExportMenu::exportsReadBack()
{
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, marker);
    const QString path = m_dir.filePath(fileName);
    QVERIFY(m_window->exportModelAs(format, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY2(bytes.contains(marker), bytes.left(400).constData());
    // Our importer recognises the file by its content and finds the drawn elements again.
    const Result<Imported> back
        = importModel(path, QStringLiteral("auto"), PropertyCatalog::builtIn());
    QVERIFY2(back.ok(), back ? "" : qPrintable(back.error().text()));
    QStringList names;
    for (const Element &e : back->data.elements)
        names.append(e.name);
    QVERIFY2(names.contains(QStringLiteral("Cloud API")), qPrintable(names.join(u',')));
    QCOMPARE(back->data.elements.size(), m_window->document()->data().elements.size());
}

void tst_ExportMenu::lostThingsListed()
{
    // An element on no diagram has nowhere to go in Threat Dragon: the box says so.
    Element hidden;
    hidden.id = newId();
    hidden.kind = ElementKind::Process;
    hidden.name = QStringLiteral("Undrawn Worker");
    QVERIFY(m_window->document()->apply(AddElement{hidden, {}}).ok());
    const QString path = m_dir.filePath(QStringLiteral("lost.json"));
    QVERIFY(m_window->exportModelAs(QStringLiteral("threat-dragon"), path));
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("exportLostBox")));
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("exportLostBox"));
    QVERIFY2(box->detailedText().contains(QStringLiteral("Undrawn Worker")),
             qPrintable(box->detailedText()));
    QVERIFY(box->text().contains(QStringLiteral("could not be kept")));
    box->close();
    QVERIFY(QFile::exists(path));
}

void tst_ExportMenu::failedWriteSaysWhy()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.otm.json"));
    QString shown;
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [timer, &shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->reject();
            timer->stop();
        }
    });
    timer->start();
    QVERIFY(!m_window->exportModelAs(QStringLiteral("otm"), path));
    delete timer;
    QVERIFY2(shown.contains(QStringLiteral("not written")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("out.otm.json")), qPrintable(shown));
    QVERIFY(!QFile::exists(path));
}

void tst_ExportMenu::ebiosDockedAndLineToolInMenu()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("ebiosPanelDock"));
    QVERIFY(dock);
    QCOMPARE(dock->widget(), m_window->ebiosPanel());
    QCOMPARE(dock->windowTitle(), QStringLiteral("EBIOS RM"));
    QMenu *view = menuNamed(m_window->menuBar(), QStringLiteral("&View"));
    QVERIFY(view);
    bool listed = false;
    for (QAction *a : view->actions())
        if (a->menu() && a->menu()->actions().contains(dock->toggleViewAction()))
            listed = true;
    QVERIFY(listed);

    QMenu *diagram = menuNamed(m_window->menuBar(), QStringLiteral("&Diagram"));
    QVERIFY(diagram);
    QVERIFY2(texts(diagram).contains(QStringLiteral("Draw Boundary &Line")),
             qPrintable(texts(diagram).join(u',')));
    QVERIFY(texts(diagram).contains(QStringLiteral("&Align and Distribute")));
}

QTEST_MAIN(tst_ExportMenu)
#include "tst_exportmenu.moc"
