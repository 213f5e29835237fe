#pragma once

#include "core/objects.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tb {

/// What a palette entry creates, as carried by drag-and-drop from the palette to the canvas:
/// "zone", or "element/<kind>[/<stencil>]" with the kind as in files ("process", ...).
struct PaletteEntry
{
    bool zone = false;
    ElementKind kind = ElementKind::Process;
    QString stencil;

    static QString mimeType() { return QStringLiteral("application/x-threatbench-palette"); }

    QString toString() const
    {
        if (zone)
            return QStringLiteral("zone");
        QString s = QStringLiteral("element/") + kindName(kind);
        if (!stencil.isEmpty())
            s += QLatin1Char('/') + stencil;
        return s;
    }

    static std::optional<PaletteEntry> fromString(const QString &text)
    {
        if (text == QLatin1String("zone"))
            return PaletteEntry{true, ElementKind::Process, {}};
        const QStringList parts = text.split(QLatin1Char('/'));
        PaletteEntry e;
        if (parts.size() < 2 || parts.size() > 3 || parts[0] != QLatin1String("element")
            || !parseElementKind(parts[1], &e.kind))
            return std::nullopt;
        e.stencil = parts.value(2);
        return e;
    }
};

} // namespace tb
