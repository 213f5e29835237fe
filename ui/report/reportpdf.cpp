// The PDF report: two passes over the same layout code (see ReportPager).

#include "reportsections.h"
#include "reportwriter.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace tb {

namespace {

using Draw = void (*)(ReportPager &);

Draw drawerOf(const QString &section)
{
    static const QHash<QString, Draw> drawers{
        {QStringLiteral("cover"), &drawCover},       {QStringLiteral("contents"), &drawContents},
        {QStringLiteral("scope"), &drawScope},       {QStringLiteral("diagrams"), &drawDiagrams},
        {QStringLiteral("register"), &drawRegister}, {QStringLiteral("heatmaps"), &drawHeatMaps},
        {QStringLiteral("matrix"), &drawMatrix},     {QStringLiteral("plan"), &drawPlan},
        {QStringLiteral("ebios"), &drawEbios},       {QStringLiteral("templates"), &drawTemplates}};
    return drawers.value(section);
}

// Title, author and subject for PDF readers (Qt 6.4's writer has only a title setter).
QByteArray xmpMetadata(const ReportContent &c, const QString &title, const QString &subject)
{
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped().toUtf8();
    };
    return QByteArray("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                      "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                      "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                      "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
                      "xmlns:pdf='http://ns.adobe.com/pdf/1.3/' "
                      "xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n"
                      "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>")
           + esc(title) + "</rdf:li></rdf:Alt></dc:title>\n<dc:creator><rdf:Seq><rdf:li>"
           + esc(c.author)
           + "</rdf:li></rdf:Seq></dc:creator>\n"
             "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>"
           + esc(subject)
           + "</rdf:li></rdf:Alt></dc:description>\n"
             "<pdf:Producer>Threatbench</pdf:Producer>\n"
             "<xmp:CreatorTool>Threatbench</xmp:CreatorTool>\n"
             "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
}

int workUnits(const ReportContent &c)
{
    const qsizetype rows = c.threats.size() + c.tasks.size() + c.coverage.size();
    return int(c.sections().size() + c.diagrams.size() + rows / 200) + 1;
}

} // namespace

Result<void> writeReportPdf(const ReportContent &c, const QString &path,
                            const ReportProgress &progress)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(out.errorString(), path, ErrorKind::Io);
    const Product &pr = c.data->product;
    const QString title = c.text("Risk register report") + QStringLiteral(": ") + pr.name
                          + (pr.version.isEmpty() ? QString() : u' ' + pr.version);
    const QString subject = c.text("Threat register") + QStringLiteral(", ")
                            + c.text("CRA Annex I traceability matrix") + QStringLiteral(", ")
                            + c.text("Mitigation plan");
    const int units = workUnits(c);
    int pages = 0;
    QMap<QString, int> sectionPages;
    for (int pass = 0; pass < 2; ++pass) {
        QBuffer scratch; // the counting pass paints nothing, so writes nothing
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter writer(pass == 1 ? static_cast<QIODevice *>(&out) : &scratch);
        writer.setPageSize(QPageSize(c.options.paper == QLatin1String("letter") ? QPageSize::Letter
                                                                                : QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Threatbench"));
        writer.setDocumentXmpMetadata(xmpMetadata(c, title, subject));
        QPainter painter;
        ReportPager pager(writer, pass == 1 ? &painter : nullptr, c);
        pager.setTotals(pages, sectionPages);
        pager.setProgress(progress, pass * units, 2 * units);
        for (const QString &s : c.sections()) {
            if (!pager.tick())
                break;
            drawerOf(s)(pager);
            if (pager.cancelled())
                break;
        }
        if (pass == 1 && painter.isActive())
            painter.end();
        if (pager.cancelled()) {
            out.cancelWriting();
            return makeError(reportCancelledMessage(), path);
        }
        pages = pager.page();
        sectionPages = pager.sectionPages();
    }
    if (pages == 0) {
        out.cancelWriting();
        return makeError(QStringLiteral("no section to write"), path);
    }
    if (!out.commit())
        return makeError(out.errorString(), path, ErrorKind::Io);
    if (progress)
        progress(2 * units, 2 * units);
    return Ok{};
}

} // namespace tb
