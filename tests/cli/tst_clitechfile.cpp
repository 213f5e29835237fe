// techfile: the technical file folder of the classified example, read back with pdftotext:
// drafts say so on every page, gaps come first, blanks are marked, hostile text stays text.

#include "clirunner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_CliTechfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classifiedExample();
    void unclassifiedProjectListsTheGaps();
    void hostileTextIsEscaped();
    void needsAnOutputFolder();

private:
    static tb::test::CliRun cli(const QStringList &args, const QByteArray &in = {})
    {
        return tb::test::runCli(args, in);
    }
    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static int pages(const QString &text)
    {
        return int(text.count(QChar(u'\f'))) + (text.endsWith(QChar(u'\f')) ? 0 : 1);
    }
    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    QString importExample(const QString &name)
    {
        const QString project = m_dir.filePath(name);
        const auto r = cli({QStringLiteral("import"),
                            tb::test::sourcePath(QStringLiteral(
                                "templates/examples/smart-door-lock.threatbench.json")),
                            QStringLiteral("-o"), project});
        return r.exitCode == 0 ? project : QString();
    }
    QTemporaryDir m_dir;
};

void tst_CliTechfile::initTestCase()
{
    QProcess probe;
    probe.start(QStringLiteral("pdftotext"), {QStringLiteral("-v")});
    if (!probe.waitForFinished(10000))
        QFAIL("pdftotext (poppler-utils) is needed; packaging/build.sh installs it");
}

void tst_CliTechfile::classifiedExample()
{
    const QString project = importExample(QStringLiteral("lock.threatbench"));
    QVERIFY(!project.isEmpty());
    QCOMPARE(cli({QStringLiteral("derive"), project}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("cra"), QStringLiteral("classify"), project,
                  QStringLiteral("--answers"),
                  tb::test::sourcePath(
                      QStringLiteral("templates/examples/smart-door-lock-answers.json"))})
                 .exitCode,
             0);
    const QString dir = m_dir.filePath(QStringLiteral("techfile"));
    const auto r = cli({QStringLiteral("techfile"), project, QStringLiteral("-o"), dir});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("blank(s) to complete"));
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 10);
    for (const char *stem :
         {"annex-vii-technical-documentation-outline", "eu-declaration-of-conformity-draft",
          "annex-ii-user-information-checklist"}) {
        for (const char *ext : {".md", ".html", ".pdf"})
            QVERIFY2(files.contains(QLatin1String(stem) + QLatin1String(ext)), stem);
    }
    QVERIFY(files.contains(QStringLiteral("risk-register.pdf")));

    // Annex VII: gaps first, then the sections pre-filled from the project.
    const QString vii = pdfText(
        QDir(dir).filePath(QStringLiteral("annex-vii-technical-documentation-outline.pdf")));
    QVERIFY(!vii.isEmpty());
    const qsizetype gaps = vii.indexOf(QLatin1String("Gaps to close"));
    QVERIFY(gaps > 0);
    QVERIFY(gaps < vii.indexOf(QLatin1String("1. General description")));
    QVERIFY(vii.contains(QLatin1String("threat(s) still open")));
    QVERIFY(vii.contains(QLatin1String("Keystone Smart Lock 3.2")));
    QVERIFY(vii.contains(QLatin1String("important product, class I")));
    QVERIFY(vii.contains(QLatin1String("security@keystone-home.example")));
    QVERIFY(vii.contains(QLatin1String("2031-12-31")));
    QVERIFY(vii.contains(QLatin1String("I(2)(m)")));
    QVERIFY(vii.contains(QLatin1String("[TO BE COMPLETED:")));
    const int n = pages(vii);
    QVERIFY(n >= 2);
    // Every page carries the draft mark and its number.
    QCOMPARE(int(vii.count(QLatin1String("DRAFT"))) >= n, true);
    QVERIFY(vii.contains(QStringLiteral("page %1 of %1").arg(n)));
    QCOMPARE(int(vii.count(QLatin1String("not a declaration of conformity"))), n);

    // The declaration is a draft with the Annex V fields and marked blanks, never signed.
    const QString doc
        = pdfText(QDir(dir).filePath(QStringLiteral("eu-declaration-of-conformity-draft.pdf")));
    QVERIFY(doc.contains(QLatin1String("DRAFT - NOT A DECLARATION OF CONFORMITY")));
    QVERIFY(doc.contains(QLatin1String("Keystone Home Security GmbH")));
    QVERIFY(doc.contains(QLatin1String("sole responsibility")));
    QVERIFY(doc.contains(QLatin1String("module B")));
    QVERIFY(doc.contains(QLatin1String("[TO BE COMPLETED: signature]")));
    QVERIFY(doc.contains(QLatin1String("[TO BE COMPLETED: postal")));

    const QString annexII
        = pdfText(QDir(dir).filePath(QStringLiteral("annex-ii-user-information-checklist.pdf")));
    QVERIFY(annexII.contains(QLatin1String("security/disclosure-policy")));
    QVERIFY(annexII.contains(QLatin1String("Support until 2031-12-31")));
    QVERIFY(annexII.contains(QLatin1String("Secure decommissioning")));

    // The Markdown copy says the same, for editing.
    const QString md
        = read(QDir(dir).filePath(QStringLiteral("eu-declaration-of-conformity-draft.md")));
    QVERIFY(md.startsWith(QLatin1String("# DRAFT - EU declaration of conformity")));
    QVERIFY(md.contains(QLatin1String("**\\[TO BE COMPLETED: signature\\]**")));
    // The register is the report command's PDF.
    QVERIFY(pdfText(QDir(dir).filePath(QStringLiteral("risk-register.pdf")))
                .contains(QLatin1String("Threat register")));
}

void tst_CliTechfile::unclassifiedProjectListsTheGaps()
{
    const QString project = importExample(QStringLiteral("plain.threatbench"));
    QVERIFY(!project.isEmpty());
    const auto removed = cli({QStringLiteral("apply"), project, QStringLiteral("-")},
                             R"({"op": "setProjectSetting", "key": "cra.profile", "body": {}})"
                             "\n");
    QCOMPARE(removed.exitCode, 0);
    const QString dir = m_dir.filePath(QStringLiteral("plain"));
    QCOMPARE(cli({QStringLiteral("techfile"), project, QStringLiteral("-o"), dir}).exitCode, 0);
    const QString md
        = read(QDir(dir).filePath(QStringLiteral("annex-vii-technical-documentation-outline.md")));
    QVERIFY(md.contains(QLatin1String("- [ ] The product has not been classified")));
    QVERIFY(md.contains(QLatin1String("The threat register is empty")));
    QVERIFY(md.contains(QLatin1String("**\\[TO BE COMPLETED: CVD policy address\\]**")));
}

void tst_CliTechfile::hostileTextIsEscaped()
{
    const QString project = importExample(QStringLiteral("hostile.threatbench"));
    QVERIFY(!project.isEmpty());
    const QByteArray edits
        = R"({"op": "setAttribute", "target": "3df1f428-a48f-5779-b54a-219e9a0ab367", "field": "manufacturer", "value": "<script>alert(1)</script> & | *x* [TO BE COMPLETED: fake]"})"
          "\n";
    const auto applied = cli({QStringLiteral("apply"), project, QStringLiteral("-")}, edits);
    QCOMPARE(applied.exitCode, 0);
    const QString dir = m_dir.filePath(QStringLiteral("hostile"));
    QCOMPARE(cli({QStringLiteral("techfile"), project, QStringLiteral("-o"), dir}).exitCode, 0);
    const QString html
        = read(QDir(dir).filePath(QStringLiteral("eu-declaration-of-conformity-draft.html")));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp;")));
    // Text that looks like a blank is not highlighted as one.
    QVERIFY(!html.contains(QLatin1String("<span class=\"blank\">[TO BE COMPLETED: fake]")));
    const QString md
        = read(QDir(dir).filePath(QStringLiteral("eu-declaration-of-conformity-draft.md")));
    QVERIFY(md.contains(QLatin1String("\\<script\\>alert(1)\\</script\\> & \\| \\*x\\*")));
    const QString pdf
        = pdfText(QDir(dir).filePath(QStringLiteral("eu-declaration-of-conformity-draft.pdf")));
    QVERIFY(pdf.contains(QLatin1String("<script>alert(1)</script>")));
}

void tst_CliTechfile::needsAnOutputFolder()
{
    const QString project = importExample(QStringLiteral("o.threatbench"));
    const auto r = cli({QStringLiteral("techfile"), project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("-o DIR is required"));
    // A folder that cannot be created is an I/O failure.
    QFile blocker(m_dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QCOMPARE(cli({QStringLiteral("techfile"), project, QStringLiteral("-o"),
                  m_dir.filePath(QStringLiteral("file/sub"))})
                 .exitCode,
             3);
}

QTEST_GUILESS_MAIN(tst_CliTechfile)
#include "tst_clitechfile.moc"
