#include "diagramstyle.h"

#include "core/objects.h"

#include <algorithm>

namespace tb {

namespace {
QFont makeFont(qreal pixelSize, QFont::Weight weight, bool italic = false)
{
    // A named family with a style hint: DejaVu Sans on Debian, the platform sans elsewhere.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qRound(pixelSize));
    font.setWeight(weight);
    font.setItalic(italic);
    return font;
}

// 0 = untrusted (red hue) .. kMaxTrustLevel = most trusted (green hue).
int trustHue(int trustLevel)
{
    const int level = std::clamp(trustLevel, 0, kMaxTrustLevel);
    return 4 + level * (140 - 4) / kMaxTrustLevel;
}
} // namespace

QColor DiagramStyle::zoneStroke(int trustLevel) const
{
    return QColor::fromHsv(trustHue(trustLevel), 150, 150);
}

QColor DiagramStyle::zoneFill(int trustLevel) const
{
    QColor c = QColor::fromHsv(trustHue(trustLevel), 60, 250);
    c.setAlpha(70); // nested zones stack into a slightly deeper tint
    return c;
}

DiagramStyle DiagramStyle::standard()
{
    DiagramStyle s;
    s.background = QColor(0xff, 0xff, 0xff);
    s.text = QColor(0x1f, 0x29, 0x37);
    s.mutedText = QColor(0x5b, 0x67, 0x78);
    s.externalFill = QColor(0xee, 0xf2, 0xf7);
    s.externalStroke = QColor(0x47, 0x55, 0x69);
    s.processFill = QColor(0xe3, 0xef, 0xfd);
    s.processStroke = QColor(0x25, 0x63, 0xeb);
    s.storeFill = QColor(0xfe, 0xf6, 0xe0);
    s.storeStroke = QColor(0xb4, 0x6b, 0x06);
    s.flowStroke = QColor(0x33, 0x41, 0x55);
    s.labelBackground = QColor(0xff, 0xff, 0xff, 230);
    s.lineBoundary = QColor(0xdc, 0x26, 0x26);
    s.selection = QColor(0xf5, 0x9e, 0x0b);
    s.nameFont = makeFont(13, QFont::DemiBold);
    s.smallFont = makeFont(11, QFont::Normal);
    s.zoneFont = makeFont(12, QFont::Bold);
    return s;
}

} // namespace tb
