#include "riskmapcolors.h"

#include <algorithm>
#include <array>

namespace tb {

QColor riskLevelColor(int level, int levels)
{
    // Muted traffic-light stops, readable in light and dark palettes.
    static const std::array<QColor, 4> stops{QColor(0x5c, 0xb8, 0x5c), QColor(0xf0, 0xc4, 0x3c),
                                             QColor(0xf0, 0x8a, 0x3c), QColor(0xd9, 0x3f, 0x3f)};
    if (level < 0 || levels <= 0)
        return QColor(0x9e, 0x9e, 0x9e);
    if (levels == 1)
        return stops.back();
    const double t = std::clamp(double(level) / double(levels - 1), 0.0, 1.0) * (stops.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(t), stops.size() - 2);
    const double f = t - double(i);
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor textColorOn(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace tb
