#pragma once

#include "io/importreport.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace tb {

/// After File > Import: what the importer mapped (counts), approximated and dropped, each item
/// with where in the source file it came from. Not modal, so the user can keep it open beside
/// the imported model while checking it.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)

public:
    /// `input` is the file read, `output` the project made from it.
    ImportReportDialog(const Imported &imported, const QString &input, const QString &output,
                       QWidget *parent = nullptr);

    QListWidget *approximatedList() const { return m_approximated; }
    QListWidget *droppedList() const { return m_dropped; }
    /// The report as `threatbench-cli import` prints it ("Copy as Text").
    QString text() const { return m_text; }

private:
    QWidget *countsTable(const Imported &imported);
    QWidget *itemsPage(QListWidget *list, const QStringList &lines, const QString &empty);

    QListWidget *m_approximated;
    QListWidget *m_dropped;
    QString m_text;
};

} // namespace tb
