#include "aboutdialog.h"

#include "core/propertycatalog.h"
#include "engine/templatefolders.h"
#include "engine/templatelibrary.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <boost/version.hpp>
#include <sqlite3.h>

namespace tb {

namespace {

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value);
}

QString path(const QString &p)
{
    return QStringLiteral("<code>%1</code>").arg(p.toHtmlEscaped());
}

QString boostVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg(BOOST_VERSION / 100000)
        .arg(BOOST_VERSION / 100 % 1000)
        .arg(BOOST_VERSION % 100);
}

QString buildHtml()
{
    const LibraryLoad builtIn = builtInTemplateLibrary(PropertyCatalog::builtIn());
    QString html = QStringLiteral("<h2>Threatbench %1</h2>")
                       .arg(QStringLiteral(THREATBENCH_VERSION).toHtmlEscaped());
    html += AboutDialog::tr("<p>Threat modeling and risk analysis for products under the EU "
                            "Cyber Resilience Act (Regulation (EU) 2024/2847).</p>");
    html += QStringLiteral("<h3>%1</h3><table>").arg(AboutDialog::tr("Libraries"));
    html += row(QStringLiteral("Qt"),
                AboutDialog::tr("%1 (built with %2), LGPL-3.0-only")
                    .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    html += row(QStringLiteral("Boost.Graph"),
                AboutDialog::tr("%1, Boost Software License 1.0").arg(boostVersion()));
    html
        += row(QStringLiteral("SQLite"),
               AboutDialog::tr("%1, public domain").arg(QString::fromLatin1(sqlite3_libversion())));
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(AboutDialog::tr("Template library"));
    for (const QString &v : builtIn.library.versions)
        html += row(AboutDialog::tr("Built in"), v.toHtmlEscaped());
    html += row(AboutDialog::tr("Templates"),
                AboutDialog::tr("%n template(s)", nullptr, int(builtIn.library.templates.size())));
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(AboutDialog::tr("Where things are"));
    html += row(AboutDialog::tr("Your templates"), path(userTemplateFolder()));
    html += row(AboutDialog::tr("Project templates"),
                AboutDialog::tr("a %1 folder beside the project file")
                    .arg(path(QStringLiteral("threatbench-templates"))));
    html += row(AboutDialog::tr("Settings"), path(QSettings().fileName()));
    html += row(AboutDialog::tr("Application data"),
                path(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("About Threatbench"));
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setOpenExternalLinks(true);
    m_text->setHtml(buildHtml());
    m_text->setAccessibleName(tr("About Threatbench"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAbout"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString AboutDialog::html() const
{
    return m_text->toHtml();
}

} // namespace tb
