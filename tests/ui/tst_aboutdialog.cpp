#include "dialogs/aboutdialog.h"
#include "engine/templatefolders.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace tb;

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsVersionsLicencesAndPlaces();
    void copiesItsText();
    void projectFolderJoinsTheSearchPath();

private:
    QTemporaryDir m_home;
};

void tst_AboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreatbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("threatbench-about-test"));
}

void tst_AboutDialog::showsVersionsLicencesAndPlaces()
{
    AboutDialog dialog;
    const QString text
        = dialog.findChild<QTextBrowser *>(QStringLiteral("aboutText"))->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Threatbench " THREATBENCH_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QLatin1String("LGPL-3.0")));
    QVERIFY(text.contains(QLatin1String("Boost Software License")));
    QVERIFY(text.contains(QLatin1String("SQLite")));
    QVERIFY2(text.contains(QLatin1String("stride ")), qPrintable(text));
    QVERIFY(text.contains(userTemplateFolder()));
    QVERIFY(userTemplateFolder().endsWith(QLatin1String("/threatbench/templates")));
}

void tst_AboutDialog::copiesItsText()
{
    AboutDialog dialog;
    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyAbout")), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("Boost.Graph")));
}

void tst_AboutDialog::projectFolderJoinsTheSearchPath()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.threatbench"));
    QCOMPARE(templateFolders(project).first(), QStringLiteral(":/templates"));
    QVERIFY(
        !templateFolders(project).contains(dir.filePath(QStringLiteral("threatbench-templates"))));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("threatbench-templates")));
    const QStringList folders = templateFolders(project, {QStringLiteral("/extra")});
    QCOMPARE(folders.last(), QStringLiteral("/extra"));
    QCOMPARE(folders.at(folders.size() - 2), dir.filePath(QStringLiteral("threatbench-templates")));
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
