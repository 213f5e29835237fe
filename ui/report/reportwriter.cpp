#include "reportwriter.h"

#include <QDir>
#include <QFileInfo>

namespace tb {

bool parseReportFormat(const QString &text, ReportFormat *out)
{
    static const QList<QPair<QString, ReportFormat>> formats{
        {QStringLiteral("pdf"), ReportFormat::Pdf},
        {QStringLiteral("csv"), ReportFormat::Csv},
        {QStringLiteral("html"), ReportFormat::Html}};
    for (const auto &[name, f] : formats) {
        if (text == name) {
            *out = f;
            return true;
        }
    }
    return false;
}

QString reportCancelledMessage()
{
    return QStringLiteral("report export cancelled");
}

QString csvTasksPath(const QString &path)
{
    const QFileInfo info(path);
    QString base = info.fileName();
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return info.dir().filePath(base + QStringLiteral("-tasks.csv"));
}

Result<void> writeReport(const ProjectData &data, const ReportOptions &options, const QString &path,
                         ReportFormat format, const ReportProgress &progress,
                         const ReportMeta &meta)
{
    Result<ReportContent> content = makeReportContent(data, options, meta);
    if (!content)
        return content.error();
    switch (format) {
    case ReportFormat::Pdf:
        return writeReportPdf(content.value(), path, progress);
    case ReportFormat::Csv:
        if (progress && !progress(0, 1))
            return makeError(reportCancelledMessage(), path);
        return writeReportCsv(content.value(), path);
    case ReportFormat::Html:
        return writeReportHtml(content.value(), path, progress);
    }
    return makeError(QStringLiteral("unknown report format"), path);
}

} // namespace tb
