#pragma once

#include <QString>

namespace tb {

/// The report's fixed strings in its language. Keys are the English text, or the file names of
/// enumerations ("needs-review"); an unknown key comes back as it is, so user data passes through.
class ReportText final
{
public:
    explicit ReportText(QString language = QStringLiteral("en"));

    QString language() const { return m_language; }
    QString operator()(const QString &key) const;
    QString operator()(const char *key) const { return (*this)(QLatin1String(key)); }
    /// "page 3 of 12"
    QString pageOf(int page, int total) const;
    /// Languages with a table: "en", "fr".
    static bool isKnown(const QString &language);

private:
    QString m_language;
};

} // namespace tb
