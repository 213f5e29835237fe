#pragma once

// JSON encodings of the risk criteria and treatments, shared by files, edits and the store.

#include "core/riskcriteria.h"

#include <QJsonObject>

namespace tb {

class JsonReader;

QJsonObject toJson(const RiskCriteria &c);
QJsonObject toJson(const RiskTreatment &t);
// Decoders record the first problem in the reader they are given (see JsonReader).
RiskCriteria riskCriteriaFromJson(const QJsonValue &v, const QString &path, JsonReader &parent);
RiskTreatment treatmentFromJson(const QJsonValue &v, const QString &path, JsonReader &parent);

} // namespace tb
