#pragma once

#include <QColor>
#include <QFont>

namespace tb {

/// Colours and fonts of a painted diagram, in one place so screen, SVG and PDF agree.
struct DiagramStyle
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor externalFill;
    QColor externalStroke;
    QColor processFill;
    QColor processStroke;
    QColor storeFill;
    QColor storeStroke;
    QColor flowStroke;
    QColor labelBackground;
    QColor lineBoundary;
    QColor selection;
    QFont nameFont;
    QFont smallFont;
    QFont zoneFont;

    /// Untrusted zones are tinted warm, trusted ones cool, so trust reads at a glance.
    QColor zoneStroke(int trustLevel) const;
    QColor zoneFill(int trustLevel) const;

    static DiagramStyle standard();
};

} // namespace tb
