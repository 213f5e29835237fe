// MainWindow: diagrams themselves — new, rename, delete (Diagram menu, and the tab bar's context
// menu; a double-click on a tab renames it).

#include "canvas/diagramview.h"
#include "document/document.h"
#include "mainwindow.h"
#include "mainwindowprivate.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTabBar>

namespace tb {

void MainWindow::createDiagramActions()
{
    auto *add = new QAction(tr("&New Diagram\u2026"), this);
    add->setObjectName(QStringLiteral("newDiagram"));
    add->setStatusTip(tr("Add another diagram to the project"));
    connect(add, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("New Diagram"), tr("Name of the new diagram:"), QLineEdit::Normal,
            tr("Diagram %1").arg(d->tabs->count() + 1), &ok);
        if (ok)
            addDiagram(name);
    });
    auto *rename = new QAction(tr("Rena&me Diagram\u2026"), this);
    rename->setObjectName(QStringLiteral("renameDiagram"));
    connect(rename, &QAction::triggered, this,
            [this] { renameDiagramInteractively(d->view->diagram()); });
    auto *remove = new QAction(tr("Delete Dia&gram\u2026"), this);
    remove->setObjectName(QStringLiteral("deleteDiagram"));
    connect(remove, &QAction::triggered, this,
            [this] { deleteDiagramInteractively(d->view->diagram()); });
    if (d->diagramMenu) {
        d->diagramMenu->addSeparator();
        d->diagramMenu->addAction(add);
        d->diagramMenu->addAction(rename);
        d->diagramMenu->addAction(remove);
    }

    d->tabs->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(d->tabs, &QTabBar::customContextMenuRequested, this, [this, add](const QPoint &pos) {
        const int index = d->tabs->tabAt(pos);
        QMenu menu(this);
        if (index >= 0) {
            const Id id = d->tabs->tabData(index).value<Id>();
            menu.addAction(tr("Rename\u2026"), this,
                           [this, id] { renameDiagramInteractively(id); });
            menu.addAction(tr("Delete\u2026"), this,
                           [this, id] { deleteDiagramInteractively(id); });
            menu.addSeparator();
        }
        menu.addAction(add);
        menu.exec(d->tabs->mapToGlobal(pos));
    });
    connect(d->tabs, &QTabBar::tabBarDoubleClicked, this, [this](int index) {
        if (index >= 0)
            renameDiagramInteractively(d->tabs->tabData(index).value<Id>());
    });

    const auto enable = [this, add, rename, remove] {
        add->setEnabled(d->document && !d->document->isReadOnly());
        const bool shown = canEditDiagram(d->view->diagram());
        rename->setEnabled(shown);
        remove->setEnabled(shown);
    };
    connect(this, &MainWindow::documentChanged, this, enable);
    connect(this, &MainWindow::currentObjectChanged, this, enable);
    enable();
}

bool MainWindow::canEditDiagram(const Id &diagram) const
{
    return d->document && !d->document->isReadOnly()
           && d->document->data().diagrams.contains(diagram);
}

Id MainWindow::addDiagram(const QString &name)
{
    if (!d->document)
        return {};
    Diagram g;
    g.id = newId();
    g.name = name.trimmed();
    if (Result<void> r = d->document->apply(AddDiagram{g}); !r) {
        showRefusal(r.error());
        return {};
    }
    selectObject(g.id);
    return g.id;
}

void MainWindow::renameDiagramInteractively(const Id &diagram)
{
    if (!canEditDiagram(diagram))
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename Diagram"), tr("Name:"), QLineEdit::Normal,
                                d->document->data().diagrams[diagram].name, &ok);
    if (!ok)
        return;
    if (Result<void> r
        = d->document->apply(SetAttribute{diagram, QStringLiteral("name"), name.trimmed()});
        !r)
        showRefusal(r.error());
}

void MainWindow::deleteDiagramInteractively(const Id &diagram)
{
    if (!canEditDiagram(diagram))
        return;
    const Diagram &g = d->document->data().diagrams[diagram];
    // The objects drawn stay in the model (the tree, the threats): only this view goes.
    if (QMessageBox::question(
            this, tr("Delete Diagram"),
            tr("Delete the diagram \u201c%1\u201d?\n\nThe %n object(s) drawn on it stay in the "
               "model and on other diagrams. Edit > Undo brings the diagram back.",
               nullptr, int(g.placements.size()))
                .arg(g.name))
        != QMessageBox::Yes)
        return;
    if (Result<void> r = d->document->apply(RemoveDiagram{diagram}); !r) {
        showRefusal(r.error());
        return;
    }
    selectObject(d->tabs->count() > 0 ? d->tabs->tabData(0).value<Id>() : Id());
}

} // namespace tb
