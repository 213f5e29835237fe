#pragma once

// JSON encodings of model objects, shared by the canonical file and edit files.

#include "core/diagram.h"
#include "core/edit.h"
#include "core/objects.h"
#include "core/result.h"
#include "core/task.h"
#include "core/threat.h"

#include <QJsonObject>

namespace tb {

class JsonReader;

enum class IdPolicy { Required, GenerateIfMissing };

QJsonObject toJson(const Product &p);
QJsonObject toJson(const Element &e);
QJsonObject toJson(const Flow &f);
QJsonObject toJson(const Boundary &b);
QJsonObject toJson(const DataAsset &a);
QJsonObject toJson(const Diagram &g);
QJsonObject toJson(const Threat &t);
QJsonObject toJson(const MitigationTask &t);
QJsonObject toJson(const Component &c);
QJsonObject toJson(const SbomInfo &s);
/// A placement as {"rect": [...]} and/or {"points": [[x, y], ...]}, plus any extra keys.
QJsonObject placementToJson(const Placement &p, QJsonObject into = {});
QJsonArray placementsToJson(const QList<PlacementAt> &placements);

// Decoders record the first problem in the reader they are given (see JsonReader).
Product productFromJson(const QJsonValue &v, const QString &path, JsonReader &parent);
Element elementFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                        IdPolicy ids = IdPolicy::Required);
Flow flowFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                  IdPolicy ids = IdPolicy::Required);
Boundary boundaryFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                          IdPolicy ids = IdPolicy::Required);
DataAsset assetFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                        IdPolicy ids = IdPolicy::Required);
Threat threatFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                      IdPolicy ids = IdPolicy::Required);
MitigationTask taskFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                            IdPolicy ids = IdPolicy::Required);
Component componentFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                            IdPolicy ids = IdPolicy::Required);
SbomInfo sbomInfoFromJson(const QJsonValue &v, const QString &path, JsonReader &parent);
Diagram diagramFromJson(const QJsonValue &v, const QString &path, JsonReader &parent,
                        IdPolicy ids = IdPolicy::Required);
/// Reads "rect"/"points" of a placement object whose other keys are `extraKeys`.
Placement placementFromJson(JsonReader &r);
QList<PlacementAt> placementsFromJson(JsonReader &r, const QString &key);

} // namespace tb
