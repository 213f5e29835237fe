#include "techfileexport.h"

#include "document/document.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <filesystem>
#include <memory>

namespace tb {

namespace {

// Shared by the worker and the dialog; the worker owns its copy of the project.
struct WriteJob
{
    std::atomic_bool cancel{false};
    Result<TechFileWritten> result = TechFileWritten{};
};

// Replaces files of the same names, each in one rename.
QString moveInto(const QString &from, const QString &to, const QStringList &files)
{
    for (const QString &name : files) {
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(QDir(from).filePath(name).toStdU16String()),
                                std::filesystem::path(QDir(to).filePath(name).toStdU16String()),
                                ec);
        if (ec)
            return QDir(to).filePath(name) + QStringLiteral(": ")
                   + QString::fromLocal8Bit(ec.message().c_str());
    }
    return {};
}

} // namespace

TechFileExport exportTechFileTo(QWidget *parent, const Document &document, const QString &dir)
{
    TechFileExport out;
    if (!QDir().mkpath(dir)) {
        out.error = QObject::tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(dir));
        return out;
    }
    QTemporaryDir staging(QDir(dir).filePath(QStringLiteral(".threatbench-techfile-XXXXXX")));
    if (!staging.isValid()) {
        out.error = QDir::toNativeSeparators(dir) + QStringLiteral(": ") + staging.errorString();
        return out;
    }
    const ProjectData data = document.data(); // a snapshot: the user may keep editing
    const TechFileContext ctx = techFileContextFor(document.path(), QDate::currentDate());
    const QString into = staging.path();

    auto job = std::make_shared<WriteJob>();
    QProgressDialog progress(QObject::tr("Writing the technical file\u2026"), QObject::tr("Cancel"),
                             0, 0, parent);
    progress.setObjectName(QStringLiteral("techFileProgress"));
    progress.setWindowTitle(QObject::tr("Export Technical File"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);

    QThread *worker
        = QThread::create([job, data, into, ctx] { job->result = writeTechFile(data, into, ctx); });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    // The writer cannot stop half-way; cancelling discards what it wrote instead.
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [job, &progress] {
        job->cancel = true;
        progress.setLabelText(QObject::tr("Cancelling\u2026"));
    });
    worker->start();
    loop.exec(); // the window stays live while the worker writes
    worker->wait();
    delete worker;
    progress.reset();
    if (job->cancel) {
        out.cancelled = true;
        return out;
    }
    if (!job->result) {
        out.error = job->result.error().text().replace(into, QDir::toNativeSeparators(dir));
        return out;
    }
    out.error = moveInto(into, dir, job->result->files);
    if (out.error.isEmpty())
        out.written = job->result.value();
    return out;
}

QMessageBox *techFileWrittenBox(QWidget *parent, const QString &dir, const TechFileWritten &written)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("techFileWritten"));
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(QObject::tr("Export Technical File"));
    box->setText(QObject::tr("Wrote %n file(s) to %1.", nullptr, int(written.files.size()))
                     .arg(QDir::toNativeSeparators(dir)));
    box->setInformativeText(
        QObject::tr("These are drafts: the Annex VII outline lists %1 gap(s) to close, and the "
                    "documents hold %2 blank(s) to complete.")
            .arg(written.gaps)
            .arg(written.blanks));
    box->setDetailedText(written.files.join(QLatin1Char('\n')));
    QPushButton *open = box->addButton(QObject::tr("&Open Folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openTechFileFolder"));
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(open);
    QObject::connect(open, &QPushButton::clicked, box,
                     [dir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
    return box;
}

void exportTechFileInteractively(QWidget *parent, const Document &document)
{
    const QFileInfo project(document.path());
    const QString dir = QFileDialog::getExistingDirectory(
        parent, QObject::tr("Export Technical File to Folder"), project.absolutePath());
    if (dir.isEmpty())
        return;
    const TechFileExport result = exportTechFileTo(parent, document, dir);
    if (result.cancelled)
        return;
    if (!result.error.isEmpty()) {
        QMessageBox::warning(
            parent, QObject::tr("Export Technical File"),
            QObject::tr("The technical file was not written.\n\n%1").arg(result.error));
        return;
    }
    QMessageBox *box = techFileWrittenBox(parent, dir, result.written);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace tb
