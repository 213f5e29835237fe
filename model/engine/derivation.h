#pragma once

#include "core/edit.h"
#include "core/projectdata.h"
#include "templatelibrary.h"

#include <QJsonObject>
#include <QMap>

#include <array>
#include <atomic>
#include <functional>
#include <vector>

namespace tb {

class PropertyCatalog;

/// Evaluates every template of the library on a snapshot of the model and returns the threats
/// that hold, with stable ids (a hash of the template id and the ids involved), sorted by id.
/// Pure: safe on a worker thread. `progress` (0..100) and `cancel` are optional.
QList<Threat> deriveThreats(const ProjectData &data, const TemplateLibrary &library,
                            const PropertyCatalog &catalog,
                            const std::function<void(int)> &progress = {},
                            const std::atomic_bool *cancel = nullptr);

/// A derivation measured against the register of the snapshot it ran on: only the threats that
/// are new or differ from their register entry (beyond triage) are kept in memory, so deriving
/// again a big model that did not change costs little more than the register itself.
struct DerivedChanges
{
    QList<Threat> threats;           // new or changed, sorted by id
    std::vector<Id> ids;             // every derived threat's id, sorted
    std::array<int, 6> byCategory{}; // derived threats per StrideCategory
};

DerivedChanges deriveChanges(const ProjectData &data, const TemplateLibrary &library,
                             const PropertyCatalog &catalog,
                             const std::function<void(int)> &progress = {},
                             const std::atomic_bool *cancel = nullptr);

/// Is `fresh`, a derived threat, what `old` already holds apart from its triage (status,
/// justification, ratings)?
bool sameButTriage(const Threat &fresh, const Threat &old);

/// Sorts threats by id, moving each one once: sorting the big structs themselves would move
/// each of them log n times.
void sortThreatsById(QList<Threat> &threats);

/// The stable id of a derived threat.
Id derivedThreatId(const QString &templateId, const QList<Id> &involved);

struct MergeCounts
{
    int added = 0;                 // new threats
    int kept = 0;                  // existing threats that still hold (triage untouched)
    int refreshed = 0;             // of the kept, those whose texts or references changed
    int needsReview = 0;           // threats whose condition no longer holds, now "needs review"
    QMap<QString, int> byCategory; // holding derived threats per STRIDE category key
};

struct MergeResult
{
    Edit edit; // a Batch; empty when nothing changes
    MergeCounts counts;
    bool changes = false;
};

/// Merges a fresh derivation into the register without losing anyone's triage: new threats are
/// added as "new", existing ones keep status, ratings and justification (their texts follow the
/// model), and derived threats that no longer hold are set to "needs review", never deleted.
/// Threats added by hand are left alone.
MergeResult mergeDerivation(const ProjectData &data, const QList<Threat> &derived);
/// The same from deriveChanges() on `data`; consumes the threats.
MergeResult mergeDerivation(const ProjectData &data, DerivedChanges &&changes);

/// Why a threat is in the register: its template, each condition branch with the values and
/// graph facts it met now, and whether it still holds.
Result<QJsonObject> explainThreat(const ProjectData &data, const TemplateLibrary &library,
                                  const PropertyCatalog &catalog, const Id &threat);

} // namespace tb
