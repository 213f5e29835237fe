#pragma once

// Loads the GUI's translation (embedded under :/i18n) and Qt's own for the user's language.

#include <QLocale>

namespace tb {

/// Installs the translators for `locale` on the application; returns whether Threatbench's
/// own translation was found (English needs none and returns false).
bool installTranslations(const QLocale &locale = QLocale());

} // namespace tb
