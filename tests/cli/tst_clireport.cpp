// report: the PDF risk register read back with pdftotext: rows, repeated headers, page
// numbers, and hostile text that must stay text without breaking the layout.

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_CliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void assessedExample();
    void hostileText();

private:
    static tb::test::CliRun cli(const QStringList &args, const QByteArray &in = {})
    {
        return tb::test::runCli(args, in);
    }
    QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QString importExample(const char *file, const char *name)
    {
        const QString project = m_dir.filePath(QLatin1String(name));
        const auto r = cli(
            {QStringLiteral("import"),
             tb::test::sourcePath(QStringLiteral("templates/examples/") + QLatin1String(file)),
             QStringLiteral("-o"), project});
        return r.exitCode == 0 ? project : QString();
    }
    QTemporaryDir m_dir;
};

void tst_CliReport::initTestCase()
{
    QProcess probe;
    probe.start(QStringLiteral("pdftotext"), {QStringLiteral("-v")});
    if (!probe.waitForFinished(10000))
        QFAIL("pdftotext (poppler-utils) is needed; packaging/build.sh installs it");
}

void tst_CliReport::assessedExample()
{
    const QString project
        = importExample("smart-door-lock-assessed.threatbench.json", "a.threatbench");
    QVERIFY(!project.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("a.pdf"));
    const auto r = cli({QStringLiteral("report"), project, QStringLiteral("-o"), pdf});
    QCOMPARE(r.exitCode, 0);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QLatin1String("Keystone Smart Lock 3.2")));
    QVERIFY(text.contains(QLatin1String("Threat register")));
    QVERIFY(text.contains(QLatin1String("Access to other users' objects through Cloud API")));
    // The table header repeats on every page of the register.
    QVERIFY2(text.count(QLatin1String("Treatment")) >= 3, qPrintable(text.left(400)));
    QVERIFY(text.contains(QLatin1String("CRA Annex I traceability matrix")));
    QVERIFY(text.contains(QLatin1String("I.1.3.b")));
    QVERIFY(text.contains(QLatin1String("Mitigation plan")));
    QVERIFY(text.contains(QLatin1String("Enforce server-side authorisation on every request")));
    const int pages = text.count(QChar(u'\f')) + (text.endsWith(QChar(u'\f')) ? 0 : 1);
    QVERIFY(text.contains(QStringLiteral("page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("page %1 of %1").arg(pages)));
    // Bad paper and a missing output are usage errors; nothing is written.
    QCOMPARE(cli({QStringLiteral("report"), project, QStringLiteral("-o"), pdf,
                  QStringLiteral("--paper"), QStringLiteral("a3")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("report"), project}).exitCode, 2);
}

void tst_CliReport::hostileText()
{
    const QString project = importExample("smart-door-lock.threatbench.json", "h.threatbench");
    QVERIFY(!project.isEmpty());
    const QString longTitle = QString(10000, QLatin1Char('x'));
    const QStringList titles{QStringLiteral("<script>alert(1)</script> & \"quotes\""),
                             QStringLiteral("تهديد الوصول غير المصرح به"),
                             QStringLiteral("איום גישה"),
                             QStringLiteral("Door \U0001F6AA opened \U0001F600"), longTitle};
    QByteArray edits;
    for (const QString &t : titles) {
        const QJsonObject threat{{QStringLiteral("category"), QStringLiteral("tampering")},
                                 {QStringLiteral("title"), t},
                                 {QStringLiteral("description"), t},
                                 {QStringLiteral("likelihood"), 4},
                                 {QStringLiteral("impact"), 4}};
        edits += QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("addThreat")},
                                           {QStringLiteral("threat"), threat}})
                     .toJson(QJsonDocument::Compact)
                 + '\n';
    }
    QCOMPARE(cli({QStringLiteral("apply"), project, QStringLiteral("-")}, edits).exitCode, 0);
    const QString pdf = m_dir.filePath(QStringLiteral("h.pdf"));
    QCOMPARE(cli({QStringLiteral("report"), project, QStringLiteral("-o"), pdf}).exitCode, 0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QLatin1String("<script>alert(1)</script>")),
             qPrintable(text.left(2000)));
    QVERIFY(text.contains(QLatin1String("\"quotes\"")));
    // Every hostile row is there (shaped Arabic glyphs carry no text pdftotext can map back,
    // so that row is found by its rating).
    QCOMPARE(text.count(QLatin1String("L4 I4 critical")), 5);
    QVERIFY(text.contains(QStringLiteral("גישה")));
    QVERIFY(text.contains(QLatin1String("opened")));
    // The 10,000-character title is cut to a few lines of its cell, marked with an ellipsis.
    QVERIFY(text.contains(QLatin1String("xxxxxxxxxxxxxxxxxxxx")));
    QVERIFY(text.count(QLatin1Char('x')) < 2000);
    QVERIFY(text.count(QChar(u'\f')) < 12);
}

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_clireport.moc"
