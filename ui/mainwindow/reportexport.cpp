#include "reportexport.h"

#include "document/document.h"
#include "report/reportwriter.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace tb {

namespace {

// Shared by the worker and the dialog; the worker owns its copy of the project.
struct ExportJob
{
    std::atomic_bool cancel{false};
    std::atomic_int done{0};
    std::atomic_int total{0};
    Result<void> result = Ok{};
};

} // namespace

QString exportReportTo(QWidget *parent, const Document &document, const QString &path)
{
    const ProjectData data = document.data(); // a snapshot: the user may keep editing
    ReportOptions options;
    if (const auto saved = data.settings.constFind(kReportOptionsKey);
        saved != data.settings.cend()) {
        if (Result<ReportOptions> o = reportOptionsFromJson(*saved))
            options = *o;
    }
    ReportFormat format = ReportFormat::Pdf;
    if (!parseReportFormat(QFileInfo(path).suffix().toLower(), &format))
        format = ReportFormat::Pdf;

    auto job = std::make_shared<ExportJob>();
    QProgressDialog progress(QObject::tr("Exporting the risk register\u2026"),
                             QObject::tr("Cancel"), 0, 100, parent);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowTitle(QObject::tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);

    QThread *worker = QThread::create([job, data, options, path, format] {
        job->result = writeReport(data, options, path, format, [job](int done, int total) {
            job->done = done;
            job->total = total;
            return !job->cancel.load();
        });
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [job] { job->cancel = true; });
    QTimer ticker;
    ticker.setInterval(50);
    QObject::connect(&ticker, &QTimer::timeout, &progress, [&progress, job] {
        const int total = job->total.load();
        if (total > 0)
            progress.setValue(std::min(99, job->done.load() * 100 / total));
    });
    ticker.start();
    worker->start();
    loop.exec(); // the window stays live while the worker renders
    worker->wait();
    delete worker;
    progress.reset();
    if (!job->result)
        return job->result.error().text();
    return {};
}

QString exportReportInteractively(QWidget *parent, const Document &document)
{
    const QString base = QFileInfo(document.path()).completeBaseName();
    const QString dir = QFileInfo(document.path()).absolutePath();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export Report"),
        QDir(dir).filePath(base + QStringLiteral("-risk-register.pdf")),
        QObject::tr("PDF (*.pdf);;CSV, threats and tasks (*.csv);;HTML (*.html)"), &selected);
    if (path.isEmpty())
        return {};
    const QString error = exportReportTo(parent, document, path);
    if (error == reportCancelledMessage() || error.endsWith(reportCancelledMessage()))
        return {};
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, QObject::tr("Export Report"),
                             QObject::tr("The report was not written.\n\n%1").arg(error));
        return {};
    }
    return path;
}

} // namespace tb
