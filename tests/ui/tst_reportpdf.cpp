// The report library on projects built in code: a huge diagram fits its page, the register's
// header repeats on every page, progress and cancel, CSV quoting and HTML escaping.

#include "report/reportwriter.h"
#include "risk/rating.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tb;

class tst_ReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hugeDiagramFitsItsPage();
    void registerHeaderRepeats();
    void progressAndCancel();
    void csvQuoting();
    void htmlEscapes();
    void unknownFilterValues();
    void ratingsMatchTheModel();
    void diagramFilter();

private:
    static QString run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QTemporaryDir m_dir;
};

namespace {

Element element(const QString &name, ElementKind kind = ElementKind::Process)
{
    Element e;
    e.id = newId();
    e.kind = kind;
    e.name = name;
    return e;
}

/// A product with one diagram of `side` x `side` elements and `threats` threats.
ProjectData project(int side, int threats, const QString &title = QStringLiteral("Threat"))
{
    ProjectData d;
    d.id = newId();
    d.product.name = QStringLiteral("Bench Lock");
    d.product.version = QStringLiteral("1.0");
    d.product.manufacturer = QStringLiteral("Example GmbH");
    Diagram dia;
    dia.id = newId();
    dia.name = QStringLiteral("Everything");
    for (int i = 0; i < side * side; ++i) {
        const Element e = element(QStringLiteral("N%1").arg(i, 3, 10, QLatin1Char('0')));
        d.elements.insert(e.id, e);
        dia.placements.insert(e.id,
                              Placement{QRectF((i % side) * 220, (i / side) * 140, 160, 80), {}});
    }
    if (side > 0)
        d.diagrams.insert(dia.id, dia);
    for (int i = 0; i < threats; ++i) {
        Threat t;
        t.id = newId();
        t.category = StrideCategory::Tampering;
        t.title = title + QStringLiteral(" %1").arg(i);
        t.likelihood = 1 + i % 4;
        t.impact = 1 + (i / 4) % 4;
        d.threats.insert(t.id, t);
    }
    return d;
}

ReportOptions sections(const QStringList &s)
{
    ReportOptions o;
    o.sections = s;
    return o;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// RFC 4180 records of a CSV file.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString s = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s[i];
        if (quoted) {
            if (ch == u'"' && i + 1 < s.size() && s[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row.append(field);
            field.clear();
        } else if (ch == u'\r' && i + 1 < s.size() && s[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    return rows;
}

} // namespace

void tst_ReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess probe;
    probe.start(QStringLiteral("pdftotext"), {QStringLiteral("-v")});
    if (!probe.waitForFinished(10000))
        QFAIL("pdftotext (poppler-utils) is needed; packaging/build.sh installs it");
}

void tst_ReportPdf::hugeDiagramFitsItsPage()
{
    const ProjectData d = project(20, 0); // 400 elements
    const QString pdf = m_dir.filePath(QStringLiteral("huge.pdf"));
    QVERIFY(writeReport(d, sections({QStringLiteral("diagrams")}), pdf, ReportFormat::Pdf));
    // One page, every element's name on it, every word inside the page.
    const QString bbox = run({QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpression page(
        QStringLiteral(R"re(<page width="([\d.]+)" height="([\d.]+)">)re"));
    QList<QSizeF> sizes;
    for (auto it = page.globalMatch(bbox); it.hasNext();) {
        const auto m = it.next();
        sizes.append(QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()));
    }
    QCOMPARE(sizes.size(), 1);
    QVERIFY2(sizes[0].width() > sizes[0].height(), "a wide diagram gets a landscape page");
    const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</word>)re"));
    QSet<QString> names;
    for (auto it = word.globalMatch(bbox); it.hasNext();) {
        const auto m = it.next();
        const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                         QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
        QVERIFY2(QRectF(QPointF(0, 0), sizes[0]).contains(box), qPrintable(m.captured(5)));
        names.insert(m.captured(5));
    }
    for (int i = 0; i < 400; ++i)
        QVERIFY2(names.contains(QStringLiteral("N%1").arg(i, 3, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(i)));
}

void tst_ReportPdf::registerHeaderRepeats()
{
    const ProjectData d = project(0, 300);
    const QString pdf = m_dir.filePath(QStringLiteral("register.pdf"));
    QVERIFY(writeReport(d, sections({QStringLiteral("register")}), pdf, ReportFormat::Pdf));
    QStringList pages = run({QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                            .split(QChar(u'\f'), Qt::SkipEmptyParts);
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QVERIFY2(pages.size() >= 5, qPrintable(QString::number(pages.size())));
    int rows = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &p = pages[i];
        QVERIFY2(p.contains(QRegularExpression(QStringLiteral("Id +Element\\(s\\) +Category"))),
                 qPrintable(QStringLiteral("page %1 lacks the header").arg(i + 1)));
        QVERIFY(p.contains(QStringLiteral("page %1 of %2").arg(i + 1).arg(pages.size())));
        rows += int(p.count(QRegularExpression(QStringLiteral("Threat \\d+ "))));
    }
    QCOMPARE(rows, 300); // no row lost or split over two pages
}

void tst_ReportPdf::progressAndCancel()
{
    const ProjectData d = project(3, 500);
    const QString pdf = m_dir.filePath(QStringLiteral("progress.pdf"));
    QList<QPair<int, int>> calls;
    QVERIFY(writeReport(d, {}, pdf, ReportFormat::Pdf, [&](int done, int total) {
        calls.append({done, total});
        return true;
    }));
    QVERIFY(calls.size() > 5);
    for (qsizetype i = 1; i < calls.size(); ++i) {
        QVERIFY(calls[i].first >= calls[i - 1].first);
        QCOMPARE(calls[i].second, calls[0].second);
    }
    QCOMPARE(calls.last().first, calls.last().second);

    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    int n = 0;
    const Result<void> r
        = writeReport(d, {}, cancelled, ReportFormat::Pdf, [&](int, int) { return ++n < 4; });
    QVERIFY(!r);
    QCOMPARE(r.error().message, reportCancelledMessage());
    QCOMPARE(n, 4); // asked no more once told to stop
    QVERIFY(!QFile::exists(cancelled));
}

void tst_ReportPdf::csvQuoting()
{
    ProjectData d = project(0, 0);
    const QStringList titles{QStringLiteral("plain"),
                             QStringLiteral("a, b"),
                             QStringLiteral("say \"hi\""),
                             QStringLiteral("two\r\nlines\nhere"),
                             QStringLiteral("=cmd|' /C calc'!A0"),
                             QStringLiteral("\U0001F6AA")};
    for (const QString &title : titles) {
        Threat t;
        t.id = newId();
        t.title = title;
        t.description = title + QStringLiteral(", described");
        d.threats.insert(t.id, t);
    }
    MitigationTask task;
    task.id = newId();
    task.title = QStringLiteral("Fix \"it\", now");
    task.owner = QStringLiteral("Ops");
    task.threats = {d.threats.keys().first()};
    d.tasks.insert(task.id, task);
    const QString csv = m_dir.filePath(QStringLiteral("register.csv"));
    QVERIFY(writeReport(d, {}, csv, ReportFormat::Csv));
    const QList<QStringList> rows = parseCsv(readAll(csv));
    QCOMPARE(rows.size(), titles.size() + 1);
    const qsizetype titleCol = rows[0].indexOf(QStringLiteral("title"));
    const qsizetype descCol = rows[0].indexOf(QStringLiteral("description"));
    QVERIFY(titleCol >= 0 && descCol >= 0);
    QStringList got;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), rows[0].size());
        got.append(rows[i][titleCol]);
        QCOMPARE(rows[i][descCol], rows[i][titleCol] + QStringLiteral(", described"));
    }
    QStringList want = titles;
    want.sort();
    got.sort();
    QCOMPARE(got, want);
    const QList<QStringList> tasks = parseCsv(readAll(csvTasksPath(csv)));
    QCOMPARE(csvTasksPath(csv), m_dir.filePath(QStringLiteral("register-tasks.csv")));
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks[1][1], task.title);
    QCOMPARE(tasks[1][5], idString(task.threats.first()));
}

void tst_ReportPdf::htmlEscapes()
{
    ProjectData d = project(2, 0);
    const QString hostile = QStringLiteral("<script>alert(1)</script>");
    Element &e = d.elements[d.elements.keys().first()];
    e.name = hostile;
    d.product.name = QStringLiteral("<b>Lock</b>");
    d.diagrams.begin()->name = QStringLiteral("<i>Flows</i>");
    Threat t;
    t.id = newId();
    t.title = hostile + QStringLiteral(" & <img src=x onerror=alert(2)>");
    t.involved = {Involved{e.id, QStringLiteral("process"), hostile}};
    d.threats.insert(t.id, t);
    const QString html = m_dir.filePath(QStringLiteral("r.html"));
    QVERIFY(writeReport(d, {}, html, ReportFormat::Html));
    const QString text = QString::fromUtf8(readAll(html));
    QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(!text.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QStringLiteral("<img")));
    QVERIFY(!text.contains(QStringLiteral("<b>Lock")));
    QVERIFY(!text.contains(QStringLiteral("<i>Flows")));
    QVERIFY(text.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img")));
    QVERIFY(text.contains(QStringLiteral("<svg"))); // the diagram, inline
    QVERIFY(!text.contains(QStringLiteral("<?xml")));
    // Self-contained: nothing fetched from elsewhere.
    QVERIFY(!text.contains(QStringLiteral("src=\"http")));
    QVERIFY(!text.contains(QStringLiteral("<link")));
}

void tst_ReportPdf::unknownFilterValues()
{
    const ProjectData d = project(1, 3);
    ReportOptions o;
    o.minRisk = QStringLiteral("extreme");
    const QString pdf = m_dir.filePath(QStringLiteral("bad.pdf"));
    Result<void> r = writeReport(d, o, pdf, ReportFormat::Pdf);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("extreme")));
    o = {};
    o.diagrams = {newId()};
    QVERIFY(!writeReport(d, o, pdf, ReportFormat::Pdf));
    QVERIFY(!QFile::exists(pdf));
}

void tst_ReportPdf::ratingsMatchTheModel()
{
    // The content caches ratings computed on a slice of the project; they must be the model's.
    ProjectData d = project(0, 60);
    const QList<Id> threats = ProjectData::sortedIds(d.threats);
    for (int i = 0; i < 30; ++i) {
        MitigationTask task;
        task.id = newId();
        task.status = TaskStatus(i % 6);
        task.threats = {threats[i], threats[(i * 7) % threats.size()]};
        d.tasks.insert(task.id, task);
    }
    for (int i = 0; i < 20; ++i) {
        RiskTreatment t;
        t.subject = threats[i * 3];
        t.option = TreatmentOption(i % 5);
        t.residualImpact = i % 3;
        d.treatments.insert(t.subject, t);
    }
    const Result<ReportContent> c = makeReportContent(d, {});
    QVERIFY(c);
    QCOMPARE(c->threats.size(), threats.size());
    for (const Id &id : threats) {
        const ResidualRating want = residualRating(d, d.threats[id]);
        const ResidualRating got = c->residual.value(id);
        QCOMPARE(got.avoided, want.avoided);
        QCOMPARE(got.rating.level, want.rating.level);
        QCOMPARE(got.rating.likelihood, want.rating.likelihood);
        QCOMPARE(got.rating.impact, want.rating.impact);
    }
}

void tst_ReportPdf::diagramFilter()
{
    ProjectData d = project(2, 0);
    Diagram second;
    second.id = newId();
    second.name = QStringLiteral("Second view");
    const Id el = d.elements.keys().first();
    second.placements.insert(el, Placement{QRectF(0, 0, 160, 80), {}});
    d.diagrams.insert(second.id, second);
    ReportOptions o = sections({QStringLiteral("diagrams")});
    const QString all = m_dir.filePath(QStringLiteral("all.pdf"));
    QVERIFY(writeReport(d, o, all, ReportFormat::Pdf));
    QString text = run({all, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("Everything")));
    QVERIFY(text.contains(QStringLiteral("Second view")));
    o.diagrams = {second.id};
    const QString one = m_dir.filePath(QStringLiteral("one.pdf"));
    QVERIFY(writeReport(d, o, one, ReportFormat::Pdf));
    text = run({one, QStringLiteral("-")});
    QVERIFY(!text.contains(QStringLiteral("Everything")));
    QVERIFY(text.contains(QStringLiteral("Second view")));
    QCOMPARE(text.count(QChar(u'\f')), 1);
}

QTEST_MAIN(tst_ReportPdf)
#include "tst_reportpdf.moc"
