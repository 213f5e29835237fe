// report: the risk register read back with pdftotext (rows of the register, the Annex I matrix
// and the plan for the assessed example, contents, repeated headers, page numbers, hostile
// text), the options (filters, sections, language, saved options), CSV and HTML output, and
// usage errors.

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class tst_CliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void assessedExample();
    void metadata();
    void filters_data();
    void filters();
    void badOptions_data();
    void badOptions();
    void french();
    void savedOptions();
    void csvAndHtml();
    void hostileText();

private:
    static tb::test::CliRun cli(const QStringList &args, const QByteArray &in = {})
    {
        return tb::test::runCli(args, in);
    }
    static QString tool(const QString &name, const QStringList &args)
    {
        QProcess p;
        p.start(name, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static QString pdfText(const QString &pdf)
    {
        return tool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    }
    /// Does one line of the text hold every part (a row of a table)?
    static bool hasRow(const QString &text, const QStringList &parts)
    {
        for (const QString &line : text.split(u'\n')) {
            bool all = true;
            for (const QString &p : parts)
                all = all && line.contains(p);
            if (all)
                return true;
        }
        return false;
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
    QString report(const QString &name, const QStringList &flags)
    {
        const QString pdf = m_dir.filePath(name);
        const auto r = cli(
            QStringList{QStringLiteral("report"), m_example, QStringLiteral("-o"), pdf} + flags);
        return r.exitCode == 0 ? pdfText(pdf) : QString();
    }
    QTemporaryDir m_dir;
    QString m_example;
};

void tst_CliReport::initTestCase()
{
    QProcess probe;
    probe.start(QStringLiteral("pdftotext"), {QStringLiteral("-v")});
    if (!probe.waitForFinished(10000))
        QFAIL("pdftotext (poppler-utils) is needed; packaging/build.sh installs it");
    m_example = importExample("smart-door-lock-assessed.threatbench.json", "a.threatbench");
    QVERIFY(!m_example.isEmpty());
}

void tst_CliReport::assessedExample()
{
    const QString text = report(QStringLiteral("a.pdf"), {});
    QVERIFY(!text.isEmpty());
    const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
    const int total = int(pages.size());
    // Cover.
    QVERIFY(pages[0].contains(QLatin1String("Risk register report")));
    QVERIFY(hasRow(
        pages[0], {QStringLiteral("Manufacturer"), QStringLiteral("Keystone Home Security GmbH")}));
    QVERIFY(hasRow(pages[0],
                   {QStringLiteral("CRA product class"), QStringLiteral("important, class I")}));
    QVERIFY(hasRow(pages[0], {QStringLiteral("Template libraries"), QStringLiteral("stride")}));
    // Contents: every section with the page it starts on.
    QMap<QString, int> starts;
    for (int i = 0; i < total; ++i) {
        const QString header = pages[i].section(u'\n', 0, 0);
        for (const char *s : {"Scope and intended purpose", "Diagrams", "Threat register",
                              "Risk heat maps", "CRA Annex I traceability matrix",
                              "Mitigation plan", "EBIOS RM summary", "Appendix: templates used"}) {
            if (header.trimmed().endsWith(QLatin1String(s)) && !starts.contains(QLatin1String(s)))
                starts.insert(QLatin1String(s), i + 1);
        }
    }
    QCOMPARE(starts.size(), 8);
    for (auto it = starts.cbegin(); it != starts.cend(); ++it)
        QVERIFY2(hasRow(pages[1], {it.key(), QString::number(it.value())}), qPrintable(it.key()));
    // Scope.
    QVERIFY(text.contains(QLatin1String("Battery-powered smart door lock")));
    // Register rows: id, element, category, title, ratings, treatment, status.
    QVERIFY(hasRow(text, {QStringLiteral("Cloud API"), QStringLiteral("Elevation of"),
                          QStringLiteral("Access to other users' objects"),
                          QStringLiteral("L3 I4 critical"), QStringLiteral("modify"),
                          QStringLiteral("mitigated"), QStringLiteral("L2 I4 high")}));
    // The header repeats on every page of the register.
    const int registerPages
        = starts[QStringLiteral("Risk heat maps")] - starts[QStringLiteral("Threat register")];
    QVERIFY(registerPages >= 3);
    for (int p = starts[QStringLiteral("Threat register")];
         p < starts[QStringLiteral("Risk heat maps")]; ++p)
        QVERIFY2(hasRow(pages[p - 1], {QStringLiteral("Id"), QStringLiteral("Element(s)"),
                                       QStringLiteral("Inherent"), QStringLiteral("Treatment"),
                                       QStringLiteral("Residual")}),
                 qPrintable(QString::number(p)));
    // Matrix rows with verdicts.
    QVERIFY(hasRow(text,
                   {QStringLiteral("I(2)(c)"), QStringLiteral("I.1.3.k"), QStringLiteral("gap")}));
    QVERIFY(hasRow(text, {QStringLiteral("II(2)"), QStringLiteral("covered")}));
    // Plan rows: task, owner, due date, status, evidence.
    QVERIFY(hasRow(text, {QStringLiteral("Enforce server-side authorisation on every"),
                          QStringLiteral("Cloud team"), QStringLiteral("2026-11-15"),
                          QStringLiteral("implemented"), QStringLiteral("test: api/tests/")}));
    QVERIFY(hasRow(text, {QStringLiteral("Maintain a software bill of materials"),
                          QStringLiteral("Product security"), QStringLiteral("verified")}));
    // EBIOS RM and the appendix.
    QVERIFY(text.contains(QLatin1String("Feared events")));
    QVERIFY(hasRow(
        text, {QStringLiteral("graph.process.single-point-of-"), QStringLiteral("graph.json")}));
    // No empty page: each has body text between its header and footer lines.
    for (int i = 0; i < total; ++i) {
        const QStringList lines = pages[i].split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 5, qPrintable(QString::number(i + 1)));
    }
    QVERIFY(pages[0].contains(QStringLiteral("page 1 of %1").arg(total)));
    QVERIFY(pages[total - 1].contains(QStringLiteral("page %1 of %1").arg(total)));
}

void tst_CliReport::metadata()
{
    const QString pdf = m_dir.filePath(QStringLiteral("meta.pdf"));
    QCOMPARE(cli({QStringLiteral("report"), m_example, QStringLiteral("-o"), pdf,
                  QStringLiteral("--author"), QStringLiteral("Ada Auditor"),
                  QStringLiteral("--paper"), QStringLiteral("letter")})
                 .exitCode,
             0);
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.contains(QLatin1String("Risk register report: Keystone Smart Lock 3.2")));
    QVERIFY(info.contains(QLatin1String("(letter)")));
    const QString xmp = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    QVERIFY(xmp.contains(QLatin1String("<rdf:li>Ada Auditor</rdf:li>")));
    QVERIFY(xmp.contains(QLatin1String("Threat register, CRA Annex I traceability matrix")));
    QVERIFY(pdfText(pdf).contains(QLatin1String("Ada Auditor")));
}

void tst_CliReport::filters_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addRow("sections")
        << QStringList{QStringLiteral("--sections"), QStringLiteral("plan,cover")}
        << QStringList{QStringLiteral("Mitigation plan"), QStringLiteral("Manufacturer")}
        << QStringList{QStringLiteral("Threat register"), QStringLiteral("Contents"),
                       QStringLiteral("EBIOS RM summary")};
    QTest::addRow("min-risk critical")
        << QStringList{QStringLiteral("--sections"), QStringLiteral("register"),
                       QStringLiteral("--min-risk"), QStringLiteral("critical")}
        << QStringList{QStringLiteral("Access to other users' objects")}
        << QStringList{QStringLiteral("Guest denies having performed an action"),
                       QStringLiteral("medium critical"), QStringLiteral("high critical")};
    QTest::addRow("status mitigated")
        << QStringList{QStringLiteral("--sections"), QStringLiteral("register"),
                       QStringLiteral("--status"), QStringLiteral("mitigated")}
        << QStringList{QStringLiteral("mitigated")}
        << QStringList{QStringLiteral(" new "), QStringLiteral("accepted")};
    QTest::addRow("two statuses")
        << QStringList{QStringLiteral("--sections"), QStringLiteral("register"),
                       QStringLiteral("--status"),   QStringLiteral("accepted"),
                       QStringLiteral("--status"),   QStringLiteral("transferred")}
        << QStringList{QStringLiteral("accepted"), QStringLiteral("transferred")}
        << QStringList{QStringLiteral("mitigated"), QStringLiteral(" new ")};
}

void tst_CliReport::filters()
{
    QFETCH(QStringList, flags);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString text = report(QStringLiteral("f.pdf"), flags);
    QVERIFY(!text.isEmpty());
    for (const QString &p : present)
        QVERIFY2(text.contains(p), qPrintable(p));
    for (const QString &a : absent)
        QVERIFY2(!text.contains(a), qPrintable(a));
}

void tst_CliReport::badOptions_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("message");
    QTest::addRow("paper") << QStringList{QStringLiteral("--paper"), QStringLiteral("a3")}
                           << QStringLiteral("--paper: takes a4 or letter");
    QTest::addRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx")}
                            << QStringLiteral("--format takes pdf, csv or html");
    QTest::addRow("section") << QStringList{QStringLiteral("--sections"),
                                            QStringLiteral("register,summary")}
                             << QStringLiteral("unknown section \"summary\"");
    QTest::addRow("min-risk") << QStringList{QStringLiteral("--min-risk"),
                                             QStringLiteral("extreme")}
                              << QStringLiteral("unknown risk level \"extreme\"");
    QTest::addRow("status") << QStringList{QStringLiteral("--status"), QStringLiteral("done")}
                            << QStringLiteral("unknown threat status \"done\"");
    QTest::addRow("diagram") << QStringList{QStringLiteral("--diagram"),
                                            QStringLiteral("7f0c2a44-0000-4000-8000-000000000000")}
                             << QStringLiteral("no diagram with id");
    QTest::addRow("language") << QStringList{QStringLiteral("--language"), QStringLiteral("de")}
                              << QStringLiteral("--language: takes en or fr");
}

void tst_CliReport::badOptions()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, message);
    const QString pdf = m_dir.filePath(QStringLiteral("bad.pdf"));
    const auto r
        = cli(QStringList{QStringLiteral("report"), m_example, QStringLiteral("-o"), pdf} + flags);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(cli({QStringLiteral("report"), m_example}).exitCode, 2); // no -o
}

void tst_CliReport::french()
{
    const QString text
        = report(QStringLiteral("fr.pdf"), {QStringLiteral("--language"), QStringLiteral("fr")});
    for (const char *label : {"Rapport du registre des risques", "Sommaire", "Fabricant",
                              "Registre des menaces", "Matrice de traçabilité de l'annexe I du CRA",
                              "Plan de traitement", "Cartes de chaleur des risques",
                              "Synthèse EBIOS RM", "Annexe : modèles utilisés", "page 1 sur"})
        QVERIFY2(text.contains(QString::fromUtf8(label)), label);
    QVERIFY(hasRow(text, {QStringLiteral("L3 I4 critique"), QStringLiteral("réduire"),
                          QStringLiteral("traitée")}));
    QVERIFY(!text.contains(QLatin1String("Threat register")));
    QVERIFY(!text.contains(QLatin1String("page 1 of")));
}

void tst_CliReport::savedOptions()
{
    const QString project
        = importExample("smart-door-lock-assessed.threatbench.json", "s.threatbench");
    const QString pdf = m_dir.filePath(QStringLiteral("s.pdf"));
    QCOMPARE(cli({QStringLiteral("report"), project, QStringLiteral("-o"), pdf,
                  QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--sections"),
                  QStringLiteral("cover,plan"), QStringLiteral("--save-options")})
                 .exitCode,
             0);
    // The next export without flags uses them; a flag still overrides one of them.
    QCOMPARE(cli({QStringLiteral("report"), project, QStringLiteral("-o"), pdf}).exitCode, 0);
    QString text = pdfText(pdf);
    QVERIFY(text.contains(QLatin1String("Plan de traitement")));
    QVERIFY(!text.contains(QLatin1String("Registre des menaces")));
    QCOMPARE(cli({QStringLiteral("report"), project, QStringLiteral("-o"), pdf,
                  QStringLiteral("--language"), QStringLiteral("en")})
                 .exitCode,
             0);
    text = pdfText(pdf);
    QVERIFY(text.contains(QLatin1String("Mitigation plan")));
    QVERIFY(!text.contains(QLatin1String("Threat register")));
    // Saved in the project, through the edit funnel, as the canonical export shows.
    const QString json = m_dir.filePath(QStringLiteral("s.json"));
    QCOMPARE(cli({QStringLiteral("export"), project, QStringLiteral("-o"), json}).exitCode, 0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(f.readAll())
                                  .object()
                                  .value(QStringLiteral("settings"))
                                  .toObject()
                                  .value(QStringLiteral("report.options"))
                                  .toObject();
    QCOMPARE(saved.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    // An exchange file cannot hold them: a usage error, and no report.
    const auto r = cli({QStringLiteral("report"),
                        tb::test::sourcePath(QStringLiteral(
                            "templates/examples/smart-door-lock-assessed.threatbench.json")),
                        QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.pdf")),
                        QStringLiteral("--save-options")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("import it first"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

void tst_CliReport::csvAndHtml()
{
    const QString csv = m_dir.filePath(QStringLiteral("r.csv"));
    auto r = cli({QStringLiteral("report"), m_example, QStringLiteral("-o"), csv});
    QCOMPARE(r.exitCode, 0);
    QFile threats(csv), tasks(m_dir.filePath(QStringLiteral("r-tasks.csv")));
    QVERIFY(threats.open(QIODevice::ReadOnly));
    QVERIFY(tasks.open(QIODevice::ReadOnly));
    const QByteArray t = threats.readAll();
    QVERIFY(t.startsWith("id,template,elements,category,title,"));
    QVERIFY(t.contains("Access to other users' objects through Cloud API"));
    QCOMPARE(t.count("\r\n"), 106); // header + 105 threats, no field spans lines
    const QByteArray k = tasks.readAll();
    QCOMPARE(k.count("\r\n"), 10);
    QVERIFY(k.contains("Enforce server-side authorisation on every request,Cloud team,2026-11-15,"
                       "implemented,"));
    const QString html = m_dir.filePath(QStringLiteral("r.out"));
    r = cli({QStringLiteral("report"), m_example, QStringLiteral("-o"), html,
             QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--min-risk"),
             QStringLiteral("critical")});
    QCOMPARE(r.exitCode, 0);
    QFile h(html);
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(h.readAll());
    QVERIFY(page.contains(QLatin1String("<svg")));
    QVERIFY(page.contains(QLatin1String("Access to other users&#x27; objects"))
            || page.contains(QLatin1String("Access to other users' objects")));
    QVERIFY(!page.contains(QLatin1String("L2 I2 medium")));
    QVERIFY(page.contains(QLatin1String("<h3>Feared events</h3>")));
    QVERIFY(page.contains(QLatin1String("Door opened for an unauthorised person")));
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
    QCOMPARE(cli({QStringLiteral("report"), project, QStringLiteral("-o"), pdf,
                  QStringLiteral("--sections"), QStringLiteral("register"),
                  QStringLiteral("--min-risk"), QStringLiteral("critical")})
                 .exitCode,
             0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QLatin1String("<script>alert(1)</script>")),
             qPrintable(text.left(2000)));
    QVERIFY(text.contains(QLatin1String("\"quotes\"")));
    // Every hostile row is there, rated before and after treatment (shaped Arabic glyphs carry
    // no text pdftotext can map back, so that row is found by its rating).
    QCOMPARE(text.count(QLatin1String("L4 I4 critical")), 10);
    QVERIFY(text.contains(QStringLiteral("גישה")));
    QVERIFY(text.contains(QLatin1String("opened")));
    // The 10,000-character title is cut to a few lines of its cell, marked with an ellipsis.
    QVERIFY(text.contains(QLatin1String("xxxxxxxxxxxxxxxxxxxx")));
    QVERIFY(text.contains(QStringLiteral("x…")));
    QVERIFY(text.count(QLatin1Char('x')) < 2000);
    QCOMPARE(text.count(QChar(u'\f')), 1); // five rows: one page
}

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_clireport.moc"
