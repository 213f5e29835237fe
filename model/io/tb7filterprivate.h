#pragma once

// The TMT generation-filter translator (tb7filter.cpp), not a public API.

#include <QJsonValue>
#include <QStringList>

namespace tb::tb7 {

constexpr qsizetype kMaxFilterLength = 64 * 1024;
constexpr int kMaxFilterDepth = 32;

struct FilterTranslation
{
    QJsonValue condition{QJsonValue::Undefined}; // a template condition; undefined when empty
    QStringList untranslatable;                  // terms with no counterpart, as written
    QStringList approximations;                  // terms read loosely, and how
    QString syntaxError;                         // set when the filter does not parse
};

/// Translates one include or exclude filter ("source is 'GE.P' and flow crosses 'GE.TB.L'").
FilterTranslation translateFilter(const QString &text);

} // namespace tb::tb7
