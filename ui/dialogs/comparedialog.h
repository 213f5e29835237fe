#pragma once

#include "io/projectdiff.h"

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
QT_END_NAMESPACE

namespace tb {

class Document;

/// File > Compare With: what changed from another version of the model (a project file or
/// canonical JSON, "before") to the open project ("after"), section by section, as
/// `threatbench-cli diff` reports it.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    /// Section item: column 0's Qt::UserRole holds the section key ("flows"). Entry item: the
    /// same role holds "added", "removed" or "changed"; a changed entry's children are fields.
    enum Column { ObjectColumn, BeforeColumn, AfterColumn };

    explicit CompareDialog(Document *document, QWidget *parent = nullptr);

    /// Reads `path` and shows its differences with the open project. On a bad file, shows a
    /// message naming the file and the problem, and returns false.
    bool compareWith(const QString &path);

    QTreeWidget *tree() const { return m_tree; }
    /// What the page says instead of the tree ("No differences", or the error).
    QString message() const;
    /// diffToText() of the comparison shown ("Copy as Text").
    QString diffText() const;

private:
    void chooseFile();
    void refresh();
    void fillTree(const ProjectDiff &diff);
    void showMessage(const QString &text);

    QPointer<Document> m_document;
    QString m_path;
    ProjectDiff m_diff;
    QLabel *m_header;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QTreeWidget *m_tree;
    QPushButton *m_copy;
    QPushButton *m_refresh;
};

} // namespace tb
