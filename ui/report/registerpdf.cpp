#include "registerpdf.h"

#include "cra/annexcatalog.h"
#include "cra/coverage.h"
#include "risk/rating.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>

namespace tb {

namespace {

struct Column
{
    QString title;
    double width; // fraction of the text width
};

using Row = QStringList;

struct Table
{
    QString heading;
    QList<Column> columns;
    QList<Row> rows;
    QList<QColor> marks; // optional background per row
};

constexpr int kMaxCellLines = 4; // a hostile 10,000-character title must not eat the page

// Lays tables out on pages; drawing is done twice, once to count pages for "x of y".
class Pager
{
public:
    Pager(QPainter *painter, QPdfWriter &writer, const ProjectData &data, int total)
        : m_p(painter), m_writer(writer), m_data(data), m_total(total)
    {
        m_area = QRectF(QPointF(0, 0),
                        writer.pageLayout().paintRectPixels(writer.resolution()).size());
        m_body = QFont(QStringLiteral("DejaVu Sans"), 8);
        m_bold = m_body;
        m_bold.setBold(true);
    }

    int pages() const { return m_page; }

    void cover()
    {
        startPage();
        QFont big = m_bold;
        big.setPointSize(22);
        const Product &pr = m_data.product;
        double y = m_area.height() * 0.25;
        y = text(big, QStringLiteral("Risk register"), y) + 20;
        QFont mid = m_bold;
        mid.setPointSize(14);
        y = text(mid,
                 pr.name + (pr.version.isEmpty() ? QString() : QStringLiteral(" ") + pr.version), y)
            + 30;
        const QStringList lines{
            QStringLiteral("Manufacturer: %1").arg(pr.manufacturer),
            QStringLiteral("CRA product class: %1").arg(craClassName(pr.craClass)),
            QStringLiteral("Support end: %1")
                .arg(pr.supportEnd.isValid() ? pr.supportEnd.toString(Qt::ISODate)
                                             : QStringLiteral("not decided")),
            QStringLiteral("Threats: %1   Mitigation tasks: %2")
                .arg(m_data.threats.size())
                .arg(m_data.tasks.size()),
            QStringLiteral("Generated %1 by Threatbench")
                .arg(QDate::currentDate().toString(Qt::ISODate))};
        QFont normal = m_body;
        normal.setPointSize(11);
        for (const QString &l : lines)
            y = text(normal, l, y) + 8;
    }

    void table(const Table &t)
    {
        startPage();
        m_y = text(m_bold, t.heading, m_y, 13) + 12;
        header(t);
        for (qsizetype i = 0; i < t.rows.size(); ++i) {
            const double h = rowHeight(t, t.rows[i]);
            if (m_y + h > m_area.height() - footerHeight()) { // never split a row
                startPage();
                header(t);
            }
            drawRow(t, t.rows[i], m_body, i < t.marks.size() ? t.marks[i] : QColor());
            m_y += h;
        }
    }

private:
    double footerHeight() const { return QFontMetricsF(m_body, &m_writer).height() * 3; }

    void startPage()
    {
        if (m_page > 0)
            m_writer.newPage();
        ++m_page;
        m_y = 0;
        if (!m_p)
            return;
        m_p->setFont(m_body);
        m_p->setPen(Qt::darkGray);
        const double fy = m_area.height() - QFontMetricsF(m_body, &m_writer).height();
        const Product &pr = m_data.product;
        m_p->drawText(QRectF(0, fy, m_area.width(), fy), Qt::AlignLeft | Qt::TextSingleLine,
                      pr.name + QStringLiteral(" ") + pr.version);
        m_p->drawText(QRectF(0, fy, m_area.width(), fy), Qt::AlignRight | Qt::TextSingleLine,
                      QStringLiteral("page %1 of %2").arg(m_page).arg(m_total));
        m_p->setPen(Qt::black);
    }

    double text(const QFont &f, const QString &s, double y, int pointSize = 0)
    {
        QFont font = f;
        if (pointSize)
            font.setPointSize(pointSize);
        const QFontMetricsF fm(font, &m_writer);
        if (m_p) {
            m_p->setFont(font);
            m_p->drawText(QRectF(0, y, m_area.width(), fm.height() * 2),
                          Qt::AlignLeft | Qt::TextWordWrap, s);
        }
        return y + fm.height();
    }

    QRectF cell(const Table &t, int column, double y, double h) const
    {
        double x = 0;
        for (int i = 0; i < column; ++i)
            x += t.columns[i].width * m_area.width();
        return QRectF(x, y, t.columns[column].width * m_area.width(), h);
    }

    double rowHeight(const Table &t, const Row &row) const
    {
        const QFontMetricsF fm(m_body, &m_writer);
        double lines = 1;
        for (int c = 0; c < t.columns.size(); ++c) {
            const QRectF r = cell(t, c, 0, 1e6).adjusted(4, 0, -4, 0);
            const QRectF b = fm.boundingRect(r, Qt::TextWordWrap, row.value(c));
            lines = std::max(lines,
                             std::min<double>(kMaxCellLines, std::ceil(b.height() / fm.height())));
        }
        return lines * fm.height() + 8;
    }

    void header(const Table &t)
    {
        Row titles;
        for (const Column &c : t.columns)
            titles.append(c.title);
        drawRow(t, titles, m_bold, QColor(0xdd, 0xe4, 0xee));
        m_y += rowHeight(t, titles);
    }

    void drawRow(const Table &t, const Row &row, const QFont &font, const QColor &mark)
    {
        if (!m_p)
            return;
        const double h = rowHeight(t, row);
        if (mark.isValid())
            m_p->fillRect(QRectF(0, m_y, m_area.width(), h), mark);
        m_p->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0));
        m_p->drawLine(QPointF(0, m_y + h), QPointF(m_area.width(), m_y + h));
        m_p->setPen(Qt::black);
        m_p->setFont(font);
        const QFontMetricsF fm(font, &m_writer);
        for (int c = 0; c < t.columns.size(); ++c) {
            const QRectF r = cell(t, c, m_y + 4, h - 8).adjusted(4, 0, -4, 0);
            QString s = row.value(c);
            // Elide what does not fit in the lines a cell may take.
            if (fm.boundingRect(r, Qt::TextWordWrap, s).height() > r.height() + 1) {
                while (s.size() > 1
                       && fm.boundingRect(r, Qt::TextWordWrap, s + QStringLiteral("…")).height()
                              > r.height() + 1)
                    s.chop(std::max<qsizetype>(1, s.size() / 8));
                s += QStringLiteral("…");
            }
            m_p->save();
            m_p->setClipRect(r);
            m_p->drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s);
            m_p->restore();
        }
    }

    QPainter *m_p;
    QPdfWriter &m_writer;
    const ProjectData &m_data;
    int m_total;
    QRectF m_area;
    QFont m_body, m_bold;
    int m_page = 0;
    double m_y = 0;
};

QList<Table> tables(const ProjectData &d)
{
    const RiskCriteria &c = d.criteria;
    Table reg{QStringLiteral("Threat register"),
              {{QStringLiteral("Id"), 0.08},
               {QStringLiteral("Element(s)"), 0.15},
               {QStringLiteral("Category"), 0.11},
               {QStringLiteral("Threat"), 0.27},
               {QStringLiteral("Inherent"), 0.09},
               {QStringLiteral("Treatment"), 0.08},
               {QStringLiteral("Status"), 0.08},
               {QStringLiteral("Residual"), 0.07},
               {QStringLiteral("Annex I"), 0.07}},
              {},
              {}};
    QList<Id> ids = ProjectData::sortedIds(d.threats);
    std::stable_sort(ids.begin(), ids.end(), [&](const Id &a, const Id &b) {
        return inherentRating(d, d.threats[a]).level > inherentRating(d, d.threats[b]).level;
    });
    for (const Id &id : ids) {
        const Threat &t = d.threats[id];
        QStringList els;
        for (const Involved &i : t.involved)
            els.append(i.name);
        const Rating in = inherentRating(d, t);
        const ResidualRating res = residualRating(d, t);
        reg.rows.append({idString(id).left(8), els.join(QStringLiteral(", ")),
                         categoryTitle(t.category), t.title,
                         QStringLiteral("L%1 I%2 %3")
                             .arg(in.likelihood)
                             .arg(in.impact)
                             .arg(c.levels.value(in.level)),
                         treatmentName(d.treatments.value(id).option), threatStatusName(t.status),
                         res.avoided ? QStringLiteral("avoided") : c.levels.value(res.rating.level),
                         t.annex.join(QStringLiteral(" "))});
    }
    Table matrix{QStringLiteral("CRA Annex I traceability matrix"),
                 {{QStringLiteral("Requirement"), 0.1},
                  {QStringLiteral("Alias"), 0.08},
                  {QStringLiteral("Title"), 0.42},
                  {QStringLiteral("Verdict"), 0.12},
                  {QStringLiteral("Threats"), 0.14},
                  {QStringLiteral("Tasks"), 0.14}},
                 {},
                 {}};
    for (const RequirementCoverage &cov : computeCoverage(d, AnnexCatalog::builtIn())) {
        const AnnexRequirement *r = AnnexCatalog::builtIn().find(cov.id);
        matrix.rows.append({cov.id, r ? r->alias : QString(), r ? r->title : QString(),
                            verdictName(cov.verdict), QString::number(cov.threats.size()),
                            QString::number(cov.tasks.size())});
        matrix.marks.append(cov.verdict == Verdict::Gap       ? QColor(0xfb, 0xe0, 0xe0)
                            : cov.verdict == Verdict::Covered ? QColor(0xe2, 0xf4, 0xe2)
                                                              : QColor());
    }
    Table plan{QStringLiteral("Mitigation plan"),
               {{QStringLiteral("Task"), 0.4},
                {QStringLiteral("Owner"), 0.16},
                {QStringLiteral("Due"), 0.11},
                {QStringLiteral("Status"), 0.11},
                {QStringLiteral("Threats"), 0.1},
                {QStringLiteral("Evidence"), 0.12}},
               {},
               {}};
    for (const Id &id : ProjectData::sortedIds(d.tasks)) {
        const MitigationTask &t = d.tasks[id];
        plan.rows.append({t.title, t.owner,
                          t.due.isValid() ? t.due.toString(Qt::ISODate) : QString(),
                          taskStatusName(t.status), QString::number(t.threats.size()),
                          QString::number(t.evidence.size())});
    }
    return {reg, matrix, plan};
}

} // namespace

Result<void> writeRegisterPdf(const ProjectData &data, const QString &path,
                              const RegisterPdfOptions &options)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(out.errorString(), path, ErrorKind::Io);
    const QList<Table> all = tables(data);
    int total = 0;
    for (int pass = 0; pass < 2; ++pass) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(options.paper));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(
            QStringLiteral("Risk register: %1 %2").arg(data.product.name, data.product.version));
        writer.setCreator(QStringLiteral("Threatbench"));
        QPainter painter;
        if (pass == 1 && !painter.begin(&writer))
            return makeError(QStringLiteral("cannot paint the PDF"), path, ErrorKind::Io);
        Pager pager(pass == 1 ? &painter : nullptr, writer, data, total);
        pager.cover();
        for (const Table &t : all)
            pager.table(t);
        total = pager.pages();
        if (pass == 1) {
            painter.end();
            if (out.write(bytes) != bytes.size() || !out.commit())
                return makeError(out.errorString(), path, ErrorKind::Io);
        }
    }
    return Ok{};
}

} // namespace tb
