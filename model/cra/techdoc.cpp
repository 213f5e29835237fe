#include "techdoc.h"

namespace tb {

namespace {

// Private-use characters delimit a blank; user text has them stripped before it is written, so
// only blank() can make one.
constexpr char16_t kOpen = 0xE000;
constexpr char16_t kClose = 0xE001;

QString stripMarkers(QString text)
{
    text.remove(QChar(kOpen));
    text.remove(QChar(kClose));
    return text;
}

// Splits text into plain runs and blanks; calls out(plain, isBlank) for each.
template<typename Out>
void eachRun(const QString &text, Out out)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QChar(kOpen), pos);
        if (open < 0) {
            out(text.mid(pos), false);
            return;
        }
        const qsizetype close = text.indexOf(QChar(kClose), open);
        out(text.mid(pos, open - pos), false);
        out(text.mid(open + 1, (close < 0 ? text.size() : close) - open - 1), true);
        pos = close < 0 ? text.size() : close + 1;
    }
}

QString blankText(const QString &what)
{
    return QStringLiteral("[TO BE COMPLETED: %1]").arg(what);
}

// Markdown: escape the characters that would start markup, keep the rest readable.
QString mdEscape(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>|#").contains(c))
            out += QLatin1Char('\\');
        out += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    return out;
}

QString md(const QString &text)
{
    QString out;
    eachRun(text, [&](const QString &run, bool isBlank) {
        out += isBlank ? QStringLiteral("**") + mdEscape(blankText(run)) + QStringLiteral("**")
                       : mdEscape(stripMarkers(run));
    });
    return out;
}

QString html(const QString &text)
{
    QString out;
    eachRun(text, [&](const QString &run, bool isBlank) {
        out += isBlank ? QStringLiteral("<span class=\"blank\">") + blankText(run).toHtmlEscaped()
                             + QStringLiteral("</span>")
                       : stripMarkers(run).toHtmlEscaped();
    });
    return out;
}

const char kStyle[]
    = "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#1a1a1a}"
      "h1{font-size:18pt;color:#12355b;margin-bottom:2pt}"
      "h2{font-size:13pt;color:#12355b;margin-top:18pt;margin-bottom:6pt}"
      "h3{font-size:11pt;color:#12355b;margin-top:12pt;margin-bottom:4pt}"
      ".subtitle{color:#555555;margin-top:0}"
      ".draft{color:#b00020;font-weight:bold;font-size:12pt}"
      ".notice{background-color:#fff4e5;border:1px solid #e0a040;padding:6pt;margin-bottom:8pt}"
      ".blank{background-color:#ffe9a8;color:#7a4b00;font-weight:bold}"
      "table{border-collapse:collapse;border-color:#b8b8b8;margin-top:4pt;margin-bottom:6pt}"
      "th{background-color:#12355b;color:#ffffff;text-align:left;padding:3pt}"
      "td{padding:3pt;vertical-align:top}";

} // namespace

QString blank(const QString &what)
{
    return QChar(kOpen) + stripMarkers(what) + QChar(kClose);
}

int blankCount(const TechDocument &doc)
{
    int n = 0;
    const auto count = [&](const QString &t) {
        n += static_cast<int>(t.count(QChar(kOpen)));
    };
    for (const DocBlock &b : doc.blocks) {
        count(b.text);
        for (const QString &i : b.items)
            count(i);
        for (const QStringList &row : b.rows) {
            for (const QString &cell : row)
                count(cell);
        }
    }
    return n;
}

QString toMarkdown(const TechDocument &doc)
{
    QString out = QStringLiteral("# %1\n\n").arg(md(doc.title));
    if (!doc.subtitle.isEmpty())
        out += QStringLiteral("*%1*\n\n").arg(md(doc.subtitle));
    for (const DocBlock &b : doc.blocks) {
        switch (b.kind) {
        case DocBlock::Heading:
            out += QString(b.level, QLatin1Char('#')) + QLatin1Char(' ') + md(b.text)
                   + QStringLiteral("\n\n");
            break;
        case DocBlock::Paragraph:
            out += md(b.text) + QStringLiteral("\n\n");
            break;
        case DocBlock::Notice:
            out += QStringLiteral("> **%1**\n\n").arg(md(b.text));
            break;
        case DocBlock::Bullets:
        case DocBlock::Checklist:
            for (const QString &item : b.items)
                out += (b.kind == DocBlock::Checklist ? QStringLiteral("- [ ] ")
                                                      : QStringLiteral("- "))
                       + md(item) + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case DocBlock::Table:
            for (qsizetype r = 0; r < b.rows.size(); ++r) {
                QStringList cells;
                for (const QString &c : b.rows.at(r))
                    cells.append(md(c));
                out += QStringLiteral("| ") + cells.join(QStringLiteral(" | "))
                       + QStringLiteral(" |\n");
                if (r == 0)
                    out += QStringLiteral("|") + QStringLiteral("---|").repeated(cells.size())
                           + QLatin1Char('\n');
            }
            out += QLatin1Char('\n');
            break;
        }
    }
    return out;
}

QString toHtml(const TechDocument &doc)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                 "<title>%1</title><style>%2</style></head><body>\n")
                      .arg(html(doc.title), QLatin1String(kStyle));
    out += QStringLiteral("<h1>%1</h1>\n").arg(html(doc.title));
    if (!doc.subtitle.isEmpty())
        out += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(html(doc.subtitle));
    for (const DocBlock &b : doc.blocks) {
        switch (b.kind) {
        case DocBlock::Heading:
            out += QStringLiteral("<h%1>%2</h%1>\n").arg(b.level).arg(html(b.text));
            break;
        case DocBlock::Paragraph:
            out += QStringLiteral("<p>%1</p>\n").arg(html(b.text));
            break;
        case DocBlock::Notice:
            out += QStringLiteral("<table class=\"notice\" width=\"100%\" "
                                  "cellpadding=\"6\"><tr><td class=\"notice\">"
                                  "<b>%1</b></td></tr></table>\n")
                       .arg(html(b.text));
            break;
        case DocBlock::Bullets:
        case DocBlock::Checklist:
            out += QStringLiteral("<ul>\n");
            for (const QString &item : b.items)
                out += QStringLiteral("<li>%1%2</li>\n")
                           .arg(b.kind == DocBlock::Checklist ? QStringLiteral("&#9744; ")
                                                              : QString(),
                                html(item));
            out += QStringLiteral("</ul>\n");
            break;
        case DocBlock::Table:
            out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "width=\"100%\">\n");
            // Two columns are label and content: give the content the room.
            const QList<int> widths
                = b.widths.isEmpty() && b.rows.value(0).size() == 2 ? QList<int>{34, 66} : b.widths;
            for (qsizetype r = 0; r < b.rows.size(); ++r) {
                // Light stripes guide the eye along long rows.
                out += r > 0 && r % 2 == 0 ? QStringLiteral("<tr bgcolor=\"#eef2f7\">")
                                           : QStringLiteral("<tr>");
                for (qsizetype c = 0; c < b.rows.at(r).size(); ++c) {
                    const QString width = c < widths.size() && r == 0
                                              ? QStringLiteral(" width=\"%1%\"").arg(widths.at(c))
                                              : QString();
                    out += (r == 0 ? QStringLiteral("<th%1>%2</th>")
                                   : QStringLiteral("<td%1>%2</td>"))
                               .arg(width, html(b.rows.at(r).at(c)));
                }
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
            break;
        }
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace tb
