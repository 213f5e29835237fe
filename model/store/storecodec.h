#pragma once

// The JSON text columns of the project file (internal to model/store). The forms are
// canonical: compact QJsonDocument of an object (properties) or an array (ids, points,
// involved, numbers, strings), byte for byte.

#include "core/objects.h"
#include "core/task.h"
#include "core/threat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPointF>
#include <QStringList>

namespace tb::store {

QByteArray propertiesToJson(const Properties &props);
bool propertiesFromJson(const QByteArray &json, Properties *out);

QByteArray idsToJson(const QList<Id> &ids);
bool idsFromJson(const QByteArray &json, QList<Id> *out);

QByteArray pointsToJson(const QList<QPointF> &points);
bool pointsFromJson(const QByteArray &json, QList<QPointF> *out);

// The list columns of threats. A derivation writes and a load reads up to ~200,000 threats,
// so these write the canonical form directly (appending to a buffer the caller reuses) and
// read it with a strict scanner, leaving the rare cases (escaped characters, anything
// unexpected) to QJsonDocument.

/// Appends `text` as UTF-8 (plain ASCII is copied without a temporary).
void appendUtf8(QByteArray &out, QStringView text);

/// [{"id":"…","kind":"…","name":"…"}, …]; a null id is "".
void appendInvolvedJson(QByteArray &out, const QList<Involved> &involved);
QByteArray involvedToJson(const QList<Involved> &involved);
bool involvedFromJson(QByteArrayView json, QList<Involved> *out);

/// [1,2,…]
void appendNumbersJson(QByteArray &out, const QList<int> &numbers);
QByteArray numbersToJson(const QList<int> &numbers);
bool numbersFromJson(QByteArrayView json, QList<int> *out);

/// ["a","b",…]
void appendStringsJson(QByteArray &out, const QStringList &strings);
QByteArray stringsToJson(const QStringList &strings);
bool stringsFromJson(QByteArrayView json, QStringList *out);

// The list columns of tasks. Threats of a task use idsToJson() and annex stringsToJson().

/// [{"date":"…","kind":"…","value":"…"}, …] (keys in QJsonDocument's order); an invalid date
/// is "". Reading refuses a date that is neither "" nor exactly an ISO date.
void appendEvidenceJson(QByteArray &out, const QList<Evidence> &evidence);
QByteArray evidenceToJson(const QList<Evidence> &evidence);
bool evidenceFromJson(QByteArrayView json, QList<Evidence> *out);

/// A date column: ISO text, or a null string for an invalid date.
QString dateToText(const QDate &date);
/// Reads what dateToText() writes: only "" or an ISO date that writes back the same text.
bool dateFromText(const QString &text, QDate *out);

} // namespace tb::store
