#pragma once

// Loads the GUI's translation (embedded under :/i18n) and Qt's own for the user's language.

#include <QLocale>

namespace tb {

/// Installs the translators for `locale` on the application; returns whether Threatbench's
/// own translation was found (English needs none and returns false).
bool installTranslations(const QLocale &locale = QLocale());

/// The language the GUI speaks: "fr" once the French translation is installed, else "en".
QString uiLanguage();

/// A term the model keeps in English (STRIDE category, risk level, the default likelihood and
/// impact names, a treatment) in the GUI's language; anything else (user data) unchanged.
/// The report's table, so screen and paper say the same.
QString displayTerm(const QString &term);

} // namespace tb
