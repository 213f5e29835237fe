#pragma once

#include <QHashFunctions>
#include <QString>
#include <QUuid>

#include <cstring>

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

/// Orders ids as their text sorts, so every listing and file has one stable order. An id's
/// text is its fields in order as fixed-width lower-case hex, so comparing the fields gives the
/// same order without building strings (sorting big models calls this millions of times).
inline bool idLess(const Id &a, const Id &b)
{
    if (a.data1 != b.data1)
        return a.data1 < b.data1;
    if (a.data2 != b.data2)
        return a.data2 < b.data2;
    if (a.data3 != b.data3)
        return a.data3 < b.data3;
    return std::memcmp(a.data4, b.data4, sizeof a.data4) < 0;
}

} // namespace tb
