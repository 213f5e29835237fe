#include "translations.h"

#include "report/reporttext.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tb {

namespace {
QString g_language = QStringLiteral("en");
} // namespace

bool installTranslations(const QLocale &locale)
{
    // Qt's strings (standard buttons, file dialogs) come from the system's Qt translations.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("threatbench"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    g_language = own->language().section(QLatin1Char('_'), 0, 0);
    return true;
}

QString uiLanguage()
{
    return g_language;
}

QString displayTerm(const QString &term)
{
    if (g_language == QLatin1String("en"))
        return term;
    return ReportText(g_language)(term);
}

} // namespace tb
