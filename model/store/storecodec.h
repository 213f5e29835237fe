#pragma once

// The JSON text columns of the project file (internal to model/store). The forms are
// canonical: compact QJsonDocument of an object (properties) or an array (ids, points).

#include "core/objects.h"

#include <QByteArray>
#include <QList>
#include <QPointF>

namespace tb::store {

QByteArray propertiesToJson(const Properties &props);
bool propertiesFromJson(const QByteArray &json, Properties *out);

QByteArray idsToJson(const QList<Id> &ids);
bool idsFromJson(const QByteArray &json, QList<Id> *out);

QByteArray pointsToJson(const QList<QPointF> &points);
bool pointsFromJson(const QByteArray &json, QList<QPointF> *out);

} // namespace tb::store
