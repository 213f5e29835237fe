// MainWindow: File > Compare With, File > Export Technical File, and the CRA menu.

#include "dialogs/classifywizard.h"
#include "dialogs/comparedialog.h"
#include "document/document.h"
#include "mainwindow.h"
#include "mainwindowprivate.h"
#include "techfileexport.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>

namespace tb {

void MainWindow::createCraActions()
{
    QAction *techFile = new QAction(tr("Export &Technical File\u2026"), this);
    techFile->setObjectName(QStringLiteral("exportTechFile"));
    techFile->setStatusTip(tr("Write the CRA technical file drafts into a folder"));
    connect(techFile, &QAction::triggered, this, [this] {
        if (d->document)
            exportTechFileInteractively(this, *d->document);
    });
    QAction *compare = new QAction(tr("Co&mpare With\u2026"), this);
    compare->setObjectName(QStringLiteral("compareWith"));
    compare->setStatusTip(tr("Show what changed from another version of this model"));
    connect(compare, &QAction::triggered, this, [this] {
        if (!d->document)
            return;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Compare With"), QFileInfo(d->document->path()).absolutePath(),
            tr("Threatbench models (*.threatbench *.threatbench.json *.json);;All files (*)"));
        if (!path.isEmpty())
            compareWith(path);
    });
    if (d->fileMenu && d->fileMenu->actions().size() >= 2) { // before the separator and Quit
        QAction *separator = d->fileMenu->actions().at(d->fileMenu->actions().size() - 2);
        d->fileMenu->insertAction(separator, techFile);
        d->fileMenu->insertAction(separator, compare);
    }

    QMenu *cra = menuBar()->addMenu(tr("&CRA"));
    QAction *classify = cra->addAction(tr("&Classify Product\u2026"));
    classify->setObjectName(QStringLiteral("classifyProduct"));
    classify->setStatusTip(tr("Answer the applicability questionnaire: scope, class, routes"));
    connect(classify, &QAction::triggered, this, &MainWindow::classifyProduct);
    cra->addAction(techFile);

    const auto enable = [techFile, compare, classify](Document *document) {
        techFile->setEnabled(document != nullptr);
        compare->setEnabled(document != nullptr);
        classify->setEnabled(document != nullptr && !document->isReadOnly());
    };
    connect(this, &MainWindow::documentChanged, this, enable);
    enable(nullptr);
}

CompareDialog *MainWindow::compareWith(const QString &path)
{
    if (!d->document)
        return nullptr;
    auto *dialog = findChild<CompareDialog *>(QStringLiteral("compareDialog"));
    if (!dialog) {
        dialog = new CompareDialog(d->document.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // It compares with the open project: another project makes it meaningless.
        connect(this, &MainWindow::documentChanged, dialog, &QWidget::close);
    }
    dialog->compareWith(path);
    dialog->show();
    dialog->raise();
    return dialog;
}

ClassifyWizard *MainWindow::classifyProduct()
{
    if (!d->document || d->document->isReadOnly())
        return nullptr;
    auto *wizard = new ClassifyWizard(d->document.get(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &MainWindow::documentChanged, wizard, &QWidget::close);
    wizard->open(); // window-modal, without blocking the caller
    return wizard;
}

} // namespace tb
