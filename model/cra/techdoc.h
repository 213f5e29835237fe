#pragma once

// A small document model for the technical file: headings, paragraphs, lists, tables and
// clearly marked blanks, written out as Markdown (for editing) and HTML (for reading and for
// the PDF). One source for both, so the copies cannot drift apart.

#include <QList>
#include <QString>
#include <QStringList>

namespace tb {

struct DocBlock
{
    enum Kind { Heading, Paragraph, Notice, Bullets, Checklist, Table };
    Kind kind = Paragraph;
    int level = 2;           // headings: 2 (section) or 3
    QString text;            // heading, paragraph and notice text
    QStringList items;       // bullets and checklist items
    QList<QStringList> rows; // table: the first row is the header
    QList<int> widths;       // table: column widths in percent; empty = automatic
};

struct TechDocument
{
    QString fileStem; // "annex-vii-outline"
    QString title;
    QString subtitle; // product and date
    QList<DocBlock> blocks;

    void heading(const QString &text, int level = 2) { add(DocBlock::Heading, level, text); }
    void paragraph(const QString &text) { add(DocBlock::Paragraph, 0, text); }
    void notice(const QString &text) { add(DocBlock::Notice, 0, text); }
    void bullets(const QStringList &items) { add(DocBlock::Bullets, 0, {}, items); }
    void checklist(const QStringList &items) { add(DocBlock::Checklist, 0, {}, items); }
    void table(const QList<QStringList> &rows, const QList<int> &widths = {})
    {
        add(DocBlock::Table, 0, {}, {}, rows, widths);
    }

private:
    void add(DocBlock::Kind kind, int level, const QString &text, const QStringList &items = {},
             const QList<QStringList> &rows = {}, const QList<int> &widths = {})
    {
        blocks.append({kind, level, text, items, rows, widths});
    }
};

/// A marked blank inside any text: "[TO BE COMPLETED: what]" in every format, highlighted in
/// HTML. Text around it is escaped as usual; the marker itself cannot be forged by user text.
QString blank(const QString &what);
/// How many blanks a document still has.
int blankCount(const TechDocument &doc);

QString toMarkdown(const TechDocument &doc);
/// A complete HTML page (UTF-8, inline style), every piece of text escaped.
QString toHtml(const TechDocument &doc);

} // namespace tb
