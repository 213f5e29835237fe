#pragma once

// JSON encodings of the EBIOS RM study, shared by the canonical file, edit files and the store.

#include "core/ebios.h"

#include <QJsonObject>

namespace tb {

class JsonReader;

/// An item as {"kind": "stakeholder", "id": ..., ...}.
QJsonObject toJson(const StudyItem &item);
QJsonObject toJson(const StudySettings &settings);

// Decoders record the first problem in the reader they are given (see JsonReader).
StudyItem studyItemFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                            bool generateMissingId = false);
StudySettings studySettingsFromJson(const QJsonValue &v, const QString &path, JsonReader &parent);

/// Order in which kinds are listed in files: workshop by workshop.
int studyKindRank(const StudyItem &item);

} // namespace tb
