#pragma once

#include "id.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tb {

enum class ThreatStatus { New, NeedsReview, Mitigated, Accepted, Transferred, NotApplicable };
enum class StrideCategory {
    Spoofing,
    Tampering,
    Repudiation,
    InformationDisclosure,
    DenialOfService,
    ElevationOfPrivilege
};

constexpr int kMinRating = 1;
constexpr int kMaxRating = 4;

/// An element or flow a threat is about, as it was when the threat was last derived, so the
/// register still reads right after the element is renamed or deleted.
struct Involved
{
    Id id;
    QString kind; // "external-entity", "process", "data-store" or "flow"
    QString name;
    friend bool operator==(const Involved &, const Involved &) = default;
};

/// A threat in the register: derived from a template (stable id) or added by hand.
struct Threat
{
    Id id;
    QString templateId; // empty for a threat added by hand
    QList<Involved> involved;
    StrideCategory category = StrideCategory::Spoofing;
    QString title;
    QString description;
    QList<int> capec;
    QList<int> cwe;
    QStringList annex;       // CRA Annex I ids, e.g. "I(2)(e)"
    QStringList mitigations; // suggested mitigation ids from the catalogue
    int likelihood = 2;      // kMinRating .. kMaxRating
    int impact = 2;
    ThreatStatus status = ThreatStatus::New;
    QString justification;
    bool holds = true; // derived: the template's condition held at the last derivation

    friend bool operator==(const Threat &, const Threat &) = default;
};

QString threatStatusName(ThreatStatus status);
bool parseThreatStatus(const QString &text, ThreatStatus *out);
/// Accepted, transferred and not applicable must say why.
bool statusNeedsJustification(ThreatStatus status);
QString categoryKey(StrideCategory category);                 // "information-disclosure"
QString categoryTitle(StrideCategory category);               // "Information Disclosure"
bool parseCategory(const QString &text, StrideCategory *out); // key or title
/// A CRA Annex I requirement id of the final text: I(1), I(2)(a)..(m), II(1)..(8).
bool isAnnexId(const QString &text);

} // namespace tb
