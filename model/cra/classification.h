#pragma once

// Classifies a product for the CRA from an answers file (format in README.md, "CRA
// applicability"): in scope or not, the class with its reasoning, the conformity routes open
// to it and the key dates, plus the support and vulnerability handling facts.

#include "applicability.h"
#include "craprofile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace tb {

struct ClassifyInput
{
    QJsonObject answersFile;            // the whole answers document
    QString by;                         // overrides the file's "answeredBy" when set
    QDateTime now;                      // when the answers are recorded (UTC)
    std::optional<CraProfile> previous; // the stored profile: unchanged answers keep who/when
};

struct ClassifyResult
{
    std::optional<CraProfile> profile; // set when problems is empty
    /// Every missing or invalid answer, each with its JSON path ("$.answers.dataConnection").
    QList<Error> problems;
};

ClassifyResult classify(const ApplicabilityCatalog &catalog, const ClassifyInput &input);

} // namespace tb
