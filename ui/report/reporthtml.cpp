// A self-contained HTML report: inline CSS, diagrams as inline SVG, no script, every piece of
// user text escaped.

#include "diagramrender.h"
#include "reportsections.h"
#include "reportwriter.h"
#include "risk/rating.h"

#include <QBuffer>
#include <QSaveFile>

namespace tb {

namespace {

const char kStyle[] = R"(
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:14px;color:#1f2937;margin:0;background:#f3f5f8}
main{max-width:1200px;margin:0 auto;background:#fff;padding:32px 48px}
h1{color:#2f4b6e;font-size:28px;margin-bottom:4px}h2{color:#2f4b6e;border-bottom:2px solid #2f4b6e;padding-bottom:4px;margin-top:40px}
h3{font-size:16px;margin-top:24px}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}
th{background:#2f4b6e;color:#fff;text-align:left;padding:4px 6px;position:sticky;top:0}
td{border-bottom:1px solid #c9cfd8;padding:4px 6px;vertical-align:top;overflow-wrap:anywhere}
tr:nth-child(even) td{background:#f5f7fa}
table.kv td:first-child{font-weight:bold;width:30%}
.heat{width:auto;display:inline-table;margin-right:40px}.heat td{width:56px;height:56px;text-align:center;font-weight:bold;border:2px solid #fff}
.heat th{background:none;color:#333;text-align:center;font-weight:normal}
.diagram svg{max-width:100%;height:auto;border:1px solid #c9cfd8}
nav li{margin:4px 0}
)";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString cellStyle(const QColor &c)
{
    return c.isValid() ? QStringLiteral(" style=\"background:%1\"").arg(c.name()) : QString();
}

QString table(const ReportTable &t, const QString &cls = {})
{
    QString out = cls.isEmpty() ? QStringLiteral("<table>")
                                : QStringLiteral("<table class=\"%1\">").arg(cls);
    if (!t.headers.isEmpty()) {
        out += QStringLiteral("<thead><tr>");
        for (const QString &h : t.headers)
            out += QStringLiteral("<th>") + esc(h) + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead>");
    }
    out += QStringLiteral("<tbody>\n");
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QColor rowFill = t.rowFills.value(r);
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < t.rows[r].size(); ++c) {
            QColor fill = t.cellFills.value(r).value(c);
            if (!fill.isValid())
                fill = rowFill;
            out += QStringLiteral("<td") + cellStyle(fill) + u'>' + esc(t.rows[r][c])
                   + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</tbody></table>\n");
}

QString heading(const ReportContent &c, const QString &section)
{
    return QStringLiteral("<h2 id=\"%1\">%2</h2>\n")
        .arg(section, esc(sectionTitle(c.text, section)));
}

QString cover(const ReportContent &c)
{
    const Product &pr = c.data->product;
    const ReportText &tr = c.text;
    ReportTable t;
    t.rows = {{tr("Product"), pr.name},
              {tr("Version"), pr.version},
              {tr("Manufacturer"), pr.manufacturer},
              {tr("CRA product class"), tr(craClassName(pr.craClass))},
              {tr("Support period ends"),
               pr.supportEnd.isValid() ? pr.supportEnd.toString(Qt::ISODate) : tr("not decided")},
              {tr("Date"), c.date.toString(Qt::ISODate)},
              {tr("Author"), c.author},
              {tr("Threats"), QString::number(c.threats.size())},
              {tr("Mitigation tasks"), QString::number(c.tasks.size())},
              {tr("Template libraries"), c.libraryVersions.join(QStringLiteral(", "))}};
    return QStringLiteral("<h1>") + esc(tr("Risk register report"))
           + QStringLiteral("</h1>\n<p><b>") + esc(pr.name + u' ' + pr.version)
           + QStringLiteral("</b></p>\n") + table(t, QStringLiteral("kv"));
}

QString contents(const ReportContent &c)
{
    QString out = heading(c, QStringLiteral("contents")) + QStringLiteral("<nav><ol>");
    for (const QString &s : c.sections()) {
        if (s != QLatin1String("cover") && s != QLatin1String("contents"))
            out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>")
                       .arg(s, esc(sectionTitle(c.text, s)));
    }
    return out + QStringLiteral("</ol></nav>\n");
}

QString scope(const ReportContent &c)
{
    const ProjectData &d = *c.data;
    const ReportText &tr = c.text;
    QString out = heading(c, QStringLiteral("scope")) + QStringLiteral("<h3>")
                  + esc(tr("Intended purpose")) + QStringLiteral("</h3><p>")
                  + esc(d.product.intendedPurpose.isEmpty() ? tr("No intended purpose recorded.")
                                                            : d.product.intendedPurpose)
                  + QStringLiteral("</p>\n");
    ReportTable assets;
    assets.headers = {tr("Name"), tr("Classification"), tr("Confidentiality"), tr("Integrity"),
                      tr("Availability")};
    for (const Id &id : ProjectData::sortedIds(d.assets)) {
        const DataAsset &a = d.assets[id];
        assets.rows.append({a.name, a.classification, QString::number(a.confidentiality),
                            QString::number(a.integrity), QString::number(a.availability)});
    }
    if (!assets.rows.isEmpty())
        out += QStringLiteral("<h3>") + esc(tr("Data assets")) + QStringLiteral("</h3>")
               + table(assets);
    out += QStringLiteral("<h3>") + esc(tr("Assumptions and exclusions"))
           + QStringLiteral("</h3><ul>");
    for (const RequirementDecision &r : d.decisions)
        out += QStringLiteral("<li>")
               + esc(tr("Annex I %1 declared not applicable: %2").arg(r.annexId, r.justification))
               + QStringLiteral("</li>");
    return out + QStringLiteral("</ul>\n");
}

QString diagrams(const ReportContent &c)
{
    QString out = heading(c, QStringLiteral("diagrams"));
    for (const Id &id : c.diagrams) {
        QByteArray svg;
        QBuffer buffer(&svg);
        if (!renderDiagramSvg(*c.data, id, &buffer))
            continue;
        // Inline SVG needs no XML prolog; QSvgGenerator escapes the text it writes.
        const qsizetype start = svg.indexOf("<svg");
        out += QStringLiteral("<h3>") + esc(c.data->diagrams[id].name)
               + QStringLiteral("</h3><div class=\"diagram\">")
               + QString::fromUtf8(start >= 0 ? svg.mid(start) : svg) + QStringLiteral("</div>\n");
    }
    return out;
}

QString heatMap(const ReportContent &c, bool residual)
{
    const ProjectData &d = *c.data;
    const RiskCriteria &cr = d.criteria;
    QList<QList<int>> counts(cr.likelihoodLevels(), QList<int>(cr.impactLevels(), 0));
    for (const Id &id : c.threats) {
        const ResidualRating res = c.residual.value(id);
        if (residual && res.avoided)
            continue;
        const Rating r = residual ? res.rating : c.inherent.value(id);
        if (r.likelihood >= 1 && r.likelihood <= counts.size() && r.impact >= 1
            && r.impact <= cr.impactLevels())
            ++counts[r.likelihood - 1][r.impact - 1];
    }
    QString out = QStringLiteral("<table class=\"heat\"><caption>")
                  + esc(c.text(residual ? "After treatment (residual risk)"
                                        : "Before treatment (inherent risk)"))
                  + QStringLiteral("</caption>");
    for (int l = cr.likelihoodLevels(); l >= 1; --l) {
        out += QStringLiteral("<tr><th>%1</th>").arg(l);
        for (int i = 1; i <= cr.impactLevels(); ++i) {
            const int n = counts[l - 1][i - 1];
            out += QStringLiteral("<td")
                   + cellStyle(riskLevelColour(cr.level(l, i), int(cr.levels.size()))) + u'>'
                   + (n ? QString::number(n) : QString()) + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("<tr><th>") + esc(c.text("Likelihood")) + QStringLiteral(" / ")
           + esc(c.text("Impact")) + QStringLiteral("</th>");
    for (int i = 1; i <= cr.impactLevels(); ++i)
        out += QStringLiteral("<th>%1</th>").arg(i);
    return out + QStringLiteral("</tr></table>\n");
}

QString templates(const ReportContent &c)
{
    const ReportText &tr = c.text;
    ReportTable t;
    t.headers = {tr("Template"), tr("Version"), tr("Name"), tr("Threats")};
    for (const TemplateUse &u : c.templates)
        t.rows.append({u.id, QString::number(u.version), u.name, QString::number(u.threats)});
    return heading(c, QStringLiteral("templates")) + QStringLiteral("<p>")
           + esc(c.libraryVersions.join(QStringLiteral(", "))) + QStringLiteral("</p><p>")
           + esc(tr("Threats added by hand: %1").arg(c.handMadeThreats)) + QStringLiteral("</p>")
           + table(t);
}

QString section(const ReportContent &c, const QString &s)
{
    if (s == QLatin1String("cover"))
        return cover(c);
    if (s == QLatin1String("contents"))
        return contents(c);
    if (s == QLatin1String("scope"))
        return scope(c);
    if (s == QLatin1String("diagrams"))
        return diagrams(c);
    if (s == QLatin1String("register"))
        return heading(c, s) + table(registerTable(c));
    if (s == QLatin1String("heatmaps"))
        return heading(c, s) + heatMap(c, false) + heatMap(c, true);
    if (s == QLatin1String("matrix"))
        return heading(c, s) + table(matrixTable(c));
    if (s == QLatin1String("plan"))
        return heading(c, s) + table(planTable(c));
    if (s == QLatin1String("templates"))
        return templates(c);
    QString out = heading(c, s);
    for (const auto &[title, t] : ebiosTables(c))
        out += QStringLiteral("<h3>") + esc(title) + QStringLiteral("</h3>") + table(t);
    return out;
}

} // namespace

Result<void> writeReportHtml(const ReportContent &c, const QString &path,
                             const ReportProgress &progress)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(out.errorString(), path, ErrorKind::Io);
    const Product &pr = c.data->product;
    QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                         "<title>%2</title><style>")
              .arg(c.text.language(), esc(c.text("Risk register report") + QStringLiteral(": ")
                                          + pr.name + u' ' + pr.version))
          + QLatin1String(kStyle) + QStringLiteral("</style></head><body><main>\n");
    const QStringList sections = c.sections();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (progress && !progress(int(i), int(sections.size()))) {
            out.cancelWriting();
            return makeError(reportCancelledMessage(), path);
        }
        html += section(c, sections[i]);
    }
    html += QStringLiteral("</main></body></html>\n");
    const QByteArray bytes = html.toUtf8();
    if (out.write(bytes) != bytes.size() || !out.commit())
        return makeError(out.errorString(), path, ErrorKind::Io);
    if (progress)
        progress(int(sections.size()), int(sections.size()));
    return Ok{};
}

} // namespace tb
