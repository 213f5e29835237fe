#pragma once

// The import report as plain text, the same for `threatbench-cli import` and the GUI's report.

#include "importreport.h"

#include <QString>

namespace tb {

/// One line per approximation ("approximated: <where>: <what>"), then per drop ("dropped: ..."),
/// then "Imported <input> (<format>): <counts> into <output>; n approximated, n dropped."
/// Counts are those of `imported.data`; lines are joined by '\n', with no final newline.
QString importReportText(const Imported &imported, const QString &input, const QString &output);

} // namespace tb
