#include "strategicedit.h"

namespace tb {

Batch strategicMergeEdit(const StrategicMerge &merge)
{
    Batch batch{QStringLiteral("Derive Strategic Scenarios"), {}};
    batch.edits.reserve(std::size_t(merge.put.size() + merge.remove.size()));
    for (const StrategicScenario &s : merge.put)
        batch.edits.push_back(PutStudyItem{s});
    for (const Id &id : merge.remove)
        batch.edits.push_back(RemoveStudyItem{id});
    return batch;
}

} // namespace tb
