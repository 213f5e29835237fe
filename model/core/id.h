#pragma once

#include <QHashFunctions>
#include <QString>
#include <QUuid>

namespace tb {

/// Every object of a project has a UUID; edits and files refer to objects by it.
using Id = QUuid;

inline Id newId()
{
    return QUuid::createUuid();
}

/// Lower-case, without braces: the form used in files and messages.
inline QString idString(const Id &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

/// Parses the forms idString() writes (braces are accepted too); null when invalid.
inline Id parseId(const QString &text)
{
    return QUuid::fromString(text);
}

/// Orders ids as their text sorts, so every listing and file has one stable order.
inline bool idLess(const Id &a, const Id &b)
{
    return idString(a) < idString(b);
}

} // namespace tb
