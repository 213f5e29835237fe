#pragma once

// The CRA product profile: the applicability answers (who answered, when), the resulting class
// with its reasoning and conformity routes, and the support / vulnerability handling facts.
// Saved with the project under the setting key "cra.profile".

#include "core/edit.h"
#include "core/projectdata.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace tb {

inline const QString kCraProfileKey = QStringLiteral("cra.profile");
/// The outcome of a product that the regulation does not cover.
inline const QString kOutOfScope = QStringLiteral("out-of-scope");

struct CraAnswer
{
    QString question;
    QJsonValue value;
    QString note;
    QString by;
    QDateTime at; // UTC
    friend bool operator==(const CraAnswer &, const CraAnswer &) = default;
};

struct CraProfileRef // a route or a key date as recorded at classification time
{
    QString id;
    QString title;
    QString ref;
    QDate date; // key dates only
    friend bool operator==(const CraProfileRef &, const CraProfileRef &) = default;
};

struct CraProfile
{
    QString questionnaireVersion;
    QString source; // the regulation the questionnaire follows
    QList<CraAnswer> answers;
    QString classifiedBy;
    QDateTime classifiedAt;
    QString outcome;        // kOutOfScope or a craClassName()
    QStringList categories; // Annex III / IV category ids
    QStringList reasoning;
    QList<CraProfileRef> routes;
    QList<CraProfileRef> dates;
    // Support period and vulnerability handling (Art. 13(8), Annex I Part II, Annex II).
    QDate placedOnMarket;
    QDate supportEnd;
    QString supportJustification;
    QString securityContact;
    QString cvdPolicyUrl;
    QString updateChannel;
    QString sbomLocation;

    bool inScope() const { return outcome != kOutOfScope; }
    friend bool operator==(const CraProfile &, const CraProfile &) = default;
};

/// The support / contact fields an answers file or a user may set, in document order.
const QStringList &craProfileFieldNames();
/// Their values on a profile, in the same order (dates as ISO text; empty when not given).
QStringList craProfileFieldValues(const CraProfile &p);

QJsonObject toJson(const CraProfile &p);
/// Reads a stored profile; errors name the field ("answers[2].at: ...").
Result<CraProfile> craProfileFromJson(const QJsonObject &o);
Result<void> checkCraProfile(const QJsonObject &o);
/// The profile stored in a project, if any (an invalid one cannot be stored: edits check it).
std::optional<CraProfile> craProfileOf(const ProjectData &data);

/// One Batch: the profile document, plus Product.craClass and Product.supportEnd when they
/// differ, so the whole classification is undone as one step.
Edit craProfileEdit(const ProjectData &data, const CraProfile &profile);

/// "important product, class I" and so on, for documents and messages.
QString craOutcomeLabel(const QString &outcome);

} // namespace tb
