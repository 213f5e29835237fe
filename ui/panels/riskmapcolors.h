#pragma once

#include <QColor>

namespace tb {

/// The colour of risk level `level` (0 = lowest) on a scale of `levels` levels: green through
/// yellow and orange to red, whatever the number of levels the project's criteria define.
QColor riskLevelColor(int level, int levels);
/// Black or white, whichever reads better on `background`.
QColor textColorOn(const QColor &background);

} // namespace tb
