#pragma once

// Page layout of the PDF report: pages with header and footer, headings, wrapped paragraphs
// that break between lines, and tables that repeat their header and never split a row. The
// document is laid out twice with the same code: the first pass (no painter) counts pages and
// records where sections start, the second paints with "page x of y" and the contents' numbers.

#include "reportcontent.h"

#include <QFont>
#include <QMap>
#include <QPageLayout>
#include <QRectF>

#include <functional>

QT_BEGIN_NAMESPACE
class QPainter;
class QPdfWriter;
QT_END_NAMESPACE

namespace tb {

/// Called with work done and total; returning false cancels.
using ReportProgress = std::function<bool(int done, int total)>;

class ReportPager final
{
public:
    /// `painter` is null in the counting pass; it is begun on the first page.
    ReportPager(QPdfWriter &writer, QPainter *painter, const ReportContent &content);

    void setTotals(int pages, const QMap<QString, int> &sectionPages);
    void setProgress(const ReportProgress &progress, int offset, int total);

    const ReportContent &content() const { return m_c; }
    QPainter *painter() const { return m_p; } // null when counting
    int page() const { return m_page; }
    const QMap<QString, int> &sectionPages() const { return m_sections; }
    /// Page number of a section from the counting pass (0 when not known yet).
    int pageOfSection(const QString &id) const { return m_knownSections.value(id); }

    /// Starts a section on a new page and draws its title.
    void beginSection(const QString &id, const QString &title, QPageLayout::Orientation o);
    void newPage(QPageLayout::Orientation o);
    void newPage() { newPage(m_orientation); }
    /// Body area of the current page, in device pixels; y() is the next free line.
    QRectF body() const { return m_body; }
    double y() const { return m_y; }
    void skip(double dy) { m_y += dy; }
    double remaining() const { return m_body.bottom() - m_y; }
    /// Breaks the page unless `height` fits below y().
    void ensure(double height);

    void heading(const QString &text);
    void paragraph(const QString &text, const QFont &font, const QColor &colour = Qt::black);
    void keyValues(const QList<QPair<QString, QString>> &rows);
    /// A table with an optional title kept on the page of its first row.
    void table(const ReportTable &t, int maxCellLines = 4, const QString &title = {});

    const QFont &bodyFont() const { return m_bodyFont; }
    const QFont &boldFont() const { return m_boldFont; }
    QFont font(double pointSize, bool bold = false) const;
    double lineHeight(const QFont &f) const;
    double mm(double millimetres) const;

    /// Counts one unit of work; false once the caller cancelled.
    bool tick();
    bool cancelled() const { return m_cancelled; }

private:
    struct Cell
    {
        QStringList lines;
        bool rtl = false;
    };
    Cell layoutCell(const QString &text, const QFont &font, double width, int maxLines,
                    bool breakWords) const;
    double drawRow(const ReportTable &t, const QList<Cell> &cells, const QFont &font, int lines,
                   const QColor &rowFill, const QList<QColor> &cellFills);
    QList<Cell> layoutRow(const ReportTable &t, const QStringList &row, const QFont &font,
                          int maxLines, int *lines, bool breakWords = true) const;
    void drawHeaderFooter();

    QPdfWriter &m_writer;
    QPainter *m_p;
    const ReportContent &m_c;
    QFont m_bodyFont, m_boldFont, m_smallFont;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QRectF m_pageArea, m_body;
    QString m_sectionTitle;
    int m_page = 0, m_total = 0;
    double m_y = 0;
    QMap<QString, int> m_sections, m_knownSections;
    ReportProgress m_progress;
    int m_done = 0, m_workTotal = 1;
    bool m_cancelled = false;
};

} // namespace tb
