#include "comparedialog.h"

#include "document/document.h"
#include "io/projectload.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tb {

namespace {

// The model's section titles are English (the CLI's); the window shows them translated.
QString sectionTitle(const DiffSection &s)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("tb::CompareDialog", "Product")},
        {QStringLiteral("diagrams"), QT_TRANSLATE_NOOP("tb::CompareDialog", "Diagrams")},
        {QStringLiteral("elements"), QT_TRANSLATE_NOOP("tb::CompareDialog", "Elements")},
        {QStringLiteral("flows"), QT_TRANSLATE_NOOP("tb::CompareDialog", "Flows")},
        {QStringLiteral("boundaries"), QT_TRANSLATE_NOOP("tb::CompareDialog", "Trust boundaries")},
        {QStringLiteral("dataAssets"), QT_TRANSLATE_NOOP("tb::CompareDialog", "Data assets")},
        {QStringLiteral("threats"), QT_TRANSLATE_NOOP("tb::CompareDialog", "Threats")},
        {QStringLiteral("tasks"), QT_TRANSLATE_NOOP("tb::CompareDialog", "Mitigation tasks")},
        {QStringLiteral("requirements"),
         QT_TRANSLATE_NOOP("tb::CompareDialog", "CRA Annex I verdicts")},
        {QStringLiteral("components"), QT_TRANSLATE_NOOP("tb::CompareDialog", "SBOM components")},
        {QStringLiteral("ebios"), QT_TRANSLATE_NOOP("tb::CompareDialog", "EBIOS RM study")},
        {QStringLiteral("riskCriteria"), QT_TRANSLATE_NOOP("tb::CompareDialog", "Risk criteria")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("tb::CompareDialog", "Project settings")}};
    const char *title = titles.value(s.key);
    return title ? CompareDialog::tr(title) : s.title;
}

QString sectionHeading(const DiffSection &s)
{
    QStringList counts;
    if (!s.added.isEmpty())
        counts.append(CompareDialog::tr("%n added", nullptr, int(s.added.size())));
    if (!s.removed.isEmpty())
        counts.append(CompareDialog::tr("%n removed", nullptr, int(s.removed.size())));
    if (!s.changed.isEmpty())
        counts.append(CompareDialog::tr("%n changed", nullptr, int(s.changed.size())));
    return CompareDialog::tr("%1 (%2)").arg(sectionTitle(s), counts.join(QStringLiteral(", ")));
}

QTreeWidgetItem *entryItem(QTreeWidgetItem *parent, const DiffEntry &e, const QString &change)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setData(CompareDialog::ObjectColumn, Qt::UserRole, change);
    // The marks of `threatbench-cli diff`, so the window and a pasted review read alike.
    const QString mark = change == QLatin1String("added")     ? QStringLiteral("+ ")
                         : change == QLatin1String("removed") ? QStringLiteral("\u2212 ")
                                                              : QStringLiteral("~ ");
    item->setText(CompareDialog::ObjectColumn, mark + diffEntryLabel(e));
    item->setToolTip(
        CompareDialog::ObjectColumn,
        change == QLatin1String("added")
            ? CompareDialog::tr("Added in the open project: %1").arg(diffEntryLabel(e))
        : change == QLatin1String("removed")
            ? CompareDialog::tr("Removed from the open project: %1").arg(diffEntryLabel(e))
            : CompareDialog::tr("Changed: %1").arg(diffEntryLabel(e)));
    if (change == QLatin1String("added"))
        item->setText(CompareDialog::AfterColumn,
                      e.summary.isEmpty() ? CompareDialog::tr("(added)") : e.summary);
    else if (change == QLatin1String("removed"))
        item->setText(CompareDialog::BeforeColumn,
                      e.summary.isEmpty() ? CompareDialog::tr("(removed)") : e.summary);
    for (const DiffField &f : e.fields) {
        auto *field = new QTreeWidgetItem(item);
        field->setText(CompareDialog::ObjectColumn, f.field);
        field->setText(CompareDialog::BeforeColumn, f.summaryOnly ? QString() : f.before);
        field->setText(CompareDialog::AfterColumn, f.after);
        for (int c = 0; c < 3; ++c)
            field->setToolTip(c, field->text(c));
    }
    return item;
}

} // namespace

CompareDialog::CompareDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_header(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare With"));
    m_header->setObjectName(QStringLiteral("compareHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setAccessibleName(tr("Differences"));
    m_tree->setHeaderLabels(
        {tr("Object or field"), tr("Before (other file)"), tr("After (open project)")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_pages->addWidget(m_message);
    m_pages->addWidget(m_tree);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *choose
        = buttons->addButton(tr("C&hoose File\u2026"), QDialogButtonBox::ActionRole);
    choose->setObjectName(QStringLiteral("chooseFile"));
    m_refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    m_refresh->setObjectName(QStringLiteral("refreshCompare"));
    m_refresh->setToolTip(tr("Compare again with the project as it is now"));
    m_copy = buttons->addButton(tr("&Copy as Text"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyDiff"));
    m_copy->setToolTip(tr("Copy the differences as threatbench-cli diff prints them"));
    m_copy->setEnabled(false);
    m_refresh->setEnabled(false);
    connect(choose, &QPushButton::clicked, this, &CompareDialog::chooseFile);
    connect(m_refresh, &QPushButton::clicked, this, &CompareDialog::refresh);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(diffText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    showMessage(tr("Choose a project file or Threatbench JSON file to compare the open project "
                   "with."));
    resize(860, 560);
}

bool CompareDialog::compareWith(const QString &path)
{
    m_path = path;
    m_diff = {};
    m_copy->setEnabled(false);
    m_refresh->setEnabled(false);
    const QString theirs = QDir::toNativeSeparators(path);
    const QString ours = m_document ? QDir::toNativeSeparators(m_document->path()) : QString();
    m_header->setText(tr("<b>Before:</b> %1<br><b>After:</b> %2 (the open project)")
                          .arg(theirs.toHtmlEscaped(), ours.toHtmlEscaped()));
    if (!m_document) {
        showMessage(tr("No project is open."));
        return false;
    }
    const Result<ProjectData> before = loadDiffSide(path);
    if (!before) {
        showMessage(tr("%1 cannot be compared.\n\n%2").arg(theirs, before.error().text()));
        return false;
    }
    m_diff = diffProjects(before.value(), m_document->data());
    m_copy->setEnabled(true);
    m_refresh->setEnabled(true);
    if (m_diff.isIdentical())
        showMessage(tr("No differences: %1 holds the same model as the open project.")
                        .arg(QFileInfo(path).fileName()));
    else
        fillTree(m_diff);
    return true;
}

QString CompareDialog::message() const
{
    return m_pages->currentWidget() == m_message ? m_message->text() : QString();
}

QString CompareDialog::diffText() const
{
    return m_copy->isEnabled() ? diffToText(m_diff) : QString();
}

void CompareDialog::chooseFile()
{
    const QString start
        = m_path.isEmpty() && m_document ? QFileInfo(m_document->path()).absolutePath() : m_path;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare With"), start,
        tr("Threatbench models (*.threatbench *.threatbench.json *.json);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

void CompareDialog::refresh()
{
    if (!m_path.isEmpty())
        compareWith(m_path);
}

void CompareDialog::fillTree(const ProjectDiff &diff)
{
    m_tree->clear();
    for (const DiffSection &s : diff.sections) {
        if (s.isEmpty())
            continue;
        auto *section = new QTreeWidgetItem(m_tree);
        section->setText(ObjectColumn, sectionHeading(s));
        section->setData(ObjectColumn, Qt::UserRole, s.key);
        section->setFirstColumnSpanned(true);
        QFont bold = section->font(ObjectColumn);
        bold.setBold(true);
        section->setFont(ObjectColumn, bold);
        for (const DiffEntry &e : s.added)
            entryItem(section, e, QStringLiteral("added"));
        for (const DiffEntry &e : s.removed)
            entryItem(section, e, QStringLiteral("removed"));
        for (const DiffEntry &e : s.changed)
            entryItem(section, e, QStringLiteral("changed"));
    }
    m_tree->expandAll();
    m_tree->header()->resizeSection(ObjectColumn, 320);
    m_tree->header()->resizeSection(BeforeColumn, 240);
    m_pages->setCurrentWidget(m_tree);
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void CompareDialog::showMessage(const QString &text)
{
    m_tree->clear();
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

} // namespace tb
