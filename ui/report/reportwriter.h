#pragma once

// The risk register report: PDF (for the technical file), CSV and self-contained HTML.

#include "core/projectdata.h"
#include "core/reportoptions.h"
#include "core/result.h"
#include "reportcontent.h"
#include "reportpager.h"

namespace tb {

enum class ReportFormat { Pdf, Csv, Html };

/// "pdf", "csv", "html".
bool parseReportFormat(const QString &text, ReportFormat *out);

/// The message of the error writeReport() returns when `progress` asked to stop.
QString reportCancelledMessage();

/// Writes the report of `data` as `options` say. Safe to call from a worker thread on a copy
/// of the project (QtGui painting only, no widgets). `progress` is called now and then with
/// work done and total; when it returns false the export stops, nothing is left at `path`
/// and the error's message is reportCancelledMessage(). Files are written through QSaveFile.
/// CSV writes two files: `path` (one row per threat) and its sibling `<base>-tasks.csv`
/// (see csvTasksPath()).
Result<void> writeReport(const ProjectData &data, const ReportOptions &options, const QString &path,
                         ReportFormat format, const ReportProgress &progress = {},
                         const ReportMeta &meta = {});

/// "out/register.csv" -> "out/register-tasks.csv".
QString csvTasksPath(const QString &path);

// The writers behind writeReport(), on checked content.
Result<void> writeReportPdf(const ReportContent &c, const QString &path,
                            const ReportProgress &progress);
Result<void> writeReportCsv(const ReportContent &c, const QString &path);
Result<void> writeReportHtml(const ReportContent &c, const QString &path,
                             const ReportProgress &progress);

} // namespace tb
