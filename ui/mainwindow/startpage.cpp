#include "startpage.h"

#include "recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tb {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent), m_recent(new QListWidget(this)), m_example(nullptr)
{
    setObjectName(QStringLiteral("startPage"));
    auto *title = new QLabel(tr("Threatbench"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    auto *subtitle = new QLabel(
        tr("Threat modeling and EU Cyber Resilience Act risk work, one product at a time."), this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto button = [this](const QString &text, const QString &icon, void (StartPage::*signal)()) {
        auto *b = new QPushButton(QIcon(icon), text, this);
        b->setIconSize(QSize(24, 24));
        b->setMinimumHeight(40);
        b->setStyleSheet(QStringLiteral("text-align: left; padding-left: 10px;"));
        connect(b, &QPushButton::clicked, this, signal);
        return b;
    };
    auto *actions = new QVBoxLayout;
    auto *startLabel = new QLabel(tr("<b>Start</b>"), this);
    actions->addWidget(startLabel);
    actions->addWidget(button(tr("New Project\u2026"), QStringLiteral(":/icons/process.svg"),
                              &StartPage::newRequested));
    actions->addWidget(button(tr("Open\u2026"), QStringLiteral(":/icons/data-store.svg"),
                              &StartPage::openRequested));
    m_example = button(tr("Open Example (Smart Door Lock)"),
                       QStringLiteral(":/icons/trust-boundary.svg"), &StartPage::exampleRequested);
    m_example->setObjectName(QStringLiteral("openExampleButton"));
    actions->addWidget(m_example);
    QPushButton *import = button(tr("Import\u2026"), QStringLiteral(":/icons/external-entity.svg"),
                                 &StartPage::importRequested);
    import->setToolTip(tr("Threat Dragon, Microsoft TMT, OTM, pytm, Threagile or Threatbench "
                          "JSON, into a new project."));
    actions->addWidget(import);
    actions->addStretch(1);

    auto *recent = new QVBoxLayout;
    recent->addWidget(new QLabel(tr("<b>Recent projects</b>"), this));
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setMinimumWidth(360);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setSpacing(3);
    recent->addWidget(m_recent, 1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT recentRequested(path);
    });

    auto *columns = new QHBoxLayout;
    columns->addLayout(actions, 1);
    columns->addSpacing(32);
    columns->addLayout(recent, 2);

    auto *inner = new QWidget(this);
    inner->setMaximumWidth(900);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(title);
    innerLayout->addWidget(subtitle);
    innerLayout->addSpacing(24);
    innerLayout->addLayout(columns, 1);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 48);
    outer->addStretch(1);
    outer->addWidget(inner, 6);
    outer->addStretch(1);
    refresh();
}

StartPage::~StartPage() = default;

void StartPage::refresh()
{
    m_recent->clear();
    const QStringList files = RecentProjects::files();
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(info.completeBaseName(),
                                         QDir::toNativeSeparators(info.absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists())
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent projects yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace tb
