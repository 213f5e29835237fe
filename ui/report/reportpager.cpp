#include "reportpager.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

namespace tb {

namespace {

constexpr double kCellPadMm = 1.2;
const QColor kRule(0xc9, 0xcf, 0xd8);
const QColor kHeaderFill(0x2f, 0x4b, 0x6e);
const QColor kZebra(0xf5, 0xf7, 0xfa);

} // namespace

ReportPager::ReportPager(QPdfWriter &writer, QPainter *painter, const ReportContent &content)
    : m_writer(writer), m_p(painter), m_c(content)
{
    m_bodyFont = font(8.5);
    m_boldFont = font(8.5, true);
    m_smallFont = font(7.5);
}

void ReportPager::setTotals(int pages, const QMap<QString, int> &sectionPages)
{
    m_total = pages;
    m_knownSections = sectionPages;
}

void ReportPager::setProgress(const ReportProgress &progress, int offset, int total)
{
    m_progress = progress;
    m_done = offset;
    m_workTotal = std::max(1, total);
}

QFont ReportPager::font(double pointSize, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Any letter spacing turns ligatures off: "fi" stays two letters that search and
    // pdftotext find, instead of one ligature glyph.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    return f;
}

double ReportPager::lineHeight(const QFont &f) const
{
    return QFontMetricsF(f, &m_writer).lineSpacing();
}

double ReportPager::mm(double millimetres) const
{
    return millimetres / 25.4 * m_writer.resolution();
}

bool ReportPager::tick()
{
    ++m_done;
    if (m_progress && !m_cancelled && !m_progress(std::min(m_done, m_workTotal), m_workTotal))
        m_cancelled = true;
    return !m_cancelled;
}

void ReportPager::newPage(QPageLayout::Orientation o)
{
    m_orientation = o;
    m_writer.setPageOrientation(o);
    if (m_p && !m_p->isActive())
        m_p->begin(&m_writer);
    else if (m_page > 0)
        m_writer.newPage();
    ++m_page;
    m_pageArea = QRectF(QPointF(0, 0),
                        m_writer.pageLayout().paintRectPixels(m_writer.resolution()).size());
    const double header = lineHeight(m_smallFont) + mm(4);
    const double footer = lineHeight(m_smallFont) + mm(4);
    m_body = m_pageArea.adjusted(0, header, 0, -footer);
    m_y = m_body.top();
    drawHeaderFooter();
}

void ReportPager::drawHeaderFooter()
{
    if (!m_p)
        return;
    const Product &pr = m_c.data->product;
    const double lh = lineHeight(m_smallFont);
    const double w = m_pageArea.width();
    m_p->save();
    m_p->setFont(m_smallFont);
    m_p->setPen(QColor(0x55, 0x5f, 0x6d));
    const QString product = pr.version.isEmpty() ? pr.name : pr.name + u' ' + pr.version;
    const QFontMetricsF fm(m_smallFont, &m_writer);
    const QRectF top(0, 0, w, lh);
    m_p->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                  fm.elidedText(product, Qt::ElideRight, w * 0.55));
    m_p->drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                  fm.elidedText(m_sectionTitle, Qt::ElideRight, w * 0.4));
    m_p->setPen(QPen(kRule, mm(0.2)));
    m_p->drawLine(QPointF(0, lh + mm(1)), QPointF(w, lh + mm(1)));
    const double fy = m_pageArea.height() - lh;
    m_p->drawLine(QPointF(0, fy - mm(1)), QPointF(w, fy - mm(1)));
    m_p->setPen(QColor(0x55, 0x5f, 0x6d));
    const QRectF bottom(0, fy, w, lh);
    m_p->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                  fm.elidedText(m_c.text("Risk register report") + QStringLiteral(" · ")
                                    + m_c.date.toString(Qt::ISODate),
                                Qt::ElideRight, w * 0.6));
    m_p->drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, m_c.text.pageOf(m_page, m_total));
    m_p->restore();
}

void ReportPager::beginSection(const QString &id, const QString &title, QPageLayout::Orientation o)
{
    m_sectionTitle = title;
    newPage(o);
    m_sections.insert(id, m_page);
    heading(title);
}

void ReportPager::ensure(double height)
{
    if (m_y + height > m_body.bottom() && m_y > m_body.top())
        newPage();
}

void ReportPager::heading(const QString &text)
{
    const QFont f = font(15, true);
    const double lh = lineHeight(f);
    ensure(lh * 2);
    if (m_p) {
        m_p->save();
        m_p->setFont(f);
        m_p->setPen(kHeaderFill);
        const QFontMetricsF fm(f, &m_writer);
        m_p->drawText(QPointF(m_body.left(), m_y + fm.ascent()),
                      fm.elidedText(text, Qt::ElideRight, m_body.width()));
        m_p->restore();
    }
    m_y += lh + mm(3);
}

void ReportPager::paragraph(const QString &text, const QFont &f, const QColor &colour)
{
    const QFontMetricsF fm(f, &m_writer);
    QTextLayout layout(text, f, &m_writer);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<QPair<int, int>> lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_body.width());
        lines.append({line.textStart(), line.textLength()});
    }
    layout.endLayout();
    const bool rtl = text.isRightToLeft();
    for (const auto &[start, length] : lines) {
        ensure(fm.lineSpacing());
        if (m_p) {
            m_p->save();
            m_p->setFont(f);
            m_p->setPen(colour);
            m_p->drawText(QRectF(m_body.left(), m_y, m_body.width(), fm.lineSpacing()),
                          (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::TextSingleLine,
                          text.mid(start, length).trimmed());
            m_p->restore();
        }
        m_y += fm.lineSpacing();
    }
    m_y += mm(2);
}

void ReportPager::keyValues(const QList<QPair<QString, QString>> &rows)
{
    ReportTable t;
    t.widths = {0.3, 0.7};
    for (const auto &[k, v] : rows)
        t.rows.append({k, v});
    table(t, 6);
}

ReportPager::Cell ReportPager::layoutCell(const QString &text, const QFont &f, double width,
                                          int maxLines, bool breakWords) const
{
    Cell cell;
    if (text.isEmpty())
        return cell;
    cell.rtl = text.isRightToLeft();
    const QFontMetricsF fm(f, &m_writer);
    // A short text that fits on one line needs no layout: most cells of a big register.
    if (!text.contains(u'\n') && text.size() < 200 && fm.horizontalAdvance(text) <= width) {
        cell.lines.append(text);
        return cell;
    }
    // Lay out at most maxLines + 1 lines of a bounded prefix: a 10,000-character title costs
    // no more than a short one.
    const QString head = text.left(qsizetype(maxLines + 1) * 400);
    QTextLayout layout(QString(head).replace(u'\n', QChar::LineSeparator), f, &m_writer);
    QTextOption option;
    // Headers wrap between words only: a column title broken mid-word reads badly.
    option.setWrapMode(breakWords ? QTextOption::WrapAtWordBoundaryOrAnywhere
                                  : QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    const QString &laid = layout.text();
    bool more = head.size() < text.size();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (cell.lines.size() == maxLines) {
            more = true;
            break;
        }
        cell.lines.append(laid.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    if (more && !cell.lines.isEmpty()) {
        // The ellipsis says the cell was cut.
        QString &last = cell.lines.last();
        last = fm.elidedText(last + QStringLiteral(" …"), Qt::ElideRight, width);
        if (!last.endsWith(QStringLiteral("…")))
            last = fm.elidedText(last, Qt::ElideRight, width - fm.horizontalAdvance(u'…'))
                   + QStringLiteral("…");
    }
    return cell;
}

QList<ReportPager::Cell> ReportPager::layoutRow(const ReportTable &t, const QStringList &row,
                                                const QFont &f, int maxLines, int *lines,
                                                bool breakWords) const
{
    QList<Cell> cells;
    *lines = 1;
    const double pad = mm(kCellPadMm);
    for (qsizetype c = 0; c < t.widths.size(); ++c) {
        cells.append(layoutCell(row.value(c), f, t.widths[c] * m_body.width() - 2 * pad, maxLines,
                                breakWords));
        *lines = std::max(*lines, int(cells.last().lines.size()));
    }
    return cells;
}

double ReportPager::drawRow(const ReportTable &t, const QList<Cell> &cells, const QFont &f,
                            int lines, const QColor &rowFill, const QList<QColor> &cellFills)
{
    const QFontMetricsF fm(f, &m_writer);
    const double pad = mm(kCellPadMm);
    const double h = lines * fm.lineSpacing() + 2 * pad;
    if (!m_p)
        return h;
    m_p->save();
    if (rowFill.isValid())
        m_p->fillRect(QRectF(m_body.left(), m_y, m_body.width(), h), rowFill);
    double x = m_body.left();
    for (qsizetype c = 0; c < t.widths.size(); ++c) {
        const double w = t.widths[c] * m_body.width();
        if (c < cellFills.size() && cellFills[c].isValid())
            m_p->fillRect(QRectF(x, m_y, w, h), cellFills[c]);
        x += w;
    }
    m_p->setPen(QPen(kRule, mm(0.15)));
    m_p->drawLine(QPointF(m_body.left(), m_y + h), QPointF(m_body.right(), m_y + h));
    m_p->setFont(f);
    m_p->setPen(rowFill == kHeaderFill ? Qt::white : Qt::black);
    x = m_body.left();
    for (qsizetype c = 0; c < t.widths.size(); ++c) {
        const double w = t.widths[c] * m_body.width();
        const Cell &cell = cells[c];
        for (qsizetype i = 0; i < cell.lines.size(); ++i) {
            const QRectF r(x + pad, m_y + pad + i * fm.lineSpacing(), w - 2 * pad,
                           fm.lineSpacing());
            m_p->drawText(r,
                          (cell.rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter
                              | Qt::TextSingleLine,
                          cell.lines[i]);
        }
        x += w;
    }
    m_p->restore();
    return h;
}

void ReportPager::table(const ReportTable &t, int maxCellLines, const QString &title)
{
    const bool hasHeader = !t.headers.isEmpty();
    int headerLines = 0;
    const QList<Cell> header
        = hasHeader ? layoutRow(t, t.headers, m_boldFont, 3, &headerLines, false) : QList<Cell>{};
    auto drawHeader = [&] {
        if (hasHeader)
            m_y += drawRow(t, header, m_boldFont, headerLines, kHeaderFill, {});
    };
    const double pad = mm(kCellPadMm);
    const double headerH = hasHeader ? headerLines * lineHeight(m_boldFont) + 2 * pad : 0;
    const double rowLine = lineHeight(m_bodyFont);
    // Title, header and first row stay together: no header alone at the foot of a page.
    int firstLines = 1;
    if (!t.rows.isEmpty())
        layoutRow(t, t.rows.first(), m_bodyFont, maxCellLines, &firstLines);
    const QFont titleFont = font(11, true);
    const double titleH = title.isEmpty() ? 0 : lineHeight(titleFont) + mm(2);
    ensure(titleH + headerH + firstLines * rowLine + 2 * pad);
    if (!title.isEmpty())
        paragraph(title, titleFont);
    drawHeader();
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        if (i % 200 == 199 && !tick())
            return;
        int lines = 1;
        const QList<Cell> cells = layoutRow(t, t.rows[i], m_bodyFont, maxCellLines, &lines);
        const double h = lines * rowLine + 2 * pad;
        if (m_y + h > m_body.bottom()) { // never split a row: the header repeats on the next page
            newPage();
            drawHeader();
        }
        QColor fill = t.rowFills.value(i);
        if (!fill.isValid() && i % 2 == 1)
            fill = kZebra;
        m_y += drawRow(t, cells, m_bodyFont, lines, fill, t.cellFills.value(i));
    }
    m_y += mm(4);
}

} // namespace tb
