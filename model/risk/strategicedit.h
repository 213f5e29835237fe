#pragma once

// The edit that brings a strategic scenario derivation into a project: shared by
// `threatbench-cli ebios --derive` and the EBIOS RM panel, so both make the same undo step.

#include "core/edit.h"
#include "strategicpaths.h"

namespace tb {

/// One batch: the merge's puts, then its removals. Empty edits when nothing changes.
Batch strategicMergeEdit(const StrategicMerge &merge);

} // namespace tb
