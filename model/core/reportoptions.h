#pragma once

// What goes into the risk register report of a project; saved with the project under the
// setting key "report.options" so every export of it looks the same.

#include "id.h"
#include "result.h"
#include "threat.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tb {

struct ReportOptions
{
    /// Sections in document order; empty = all (see reportSectionIds()).
    QStringList sections;
    QList<ThreatStatus> statuses; // empty = every status
    QString minRisk;              // a risk level name of the project's criteria; empty = all
    QList<Id> diagrams;           // empty = every diagram
    QString language = QStringLiteral("en"); // "en" or "fr"
    QString paper = QStringLiteral("a4");    // "a4" or "letter"

    friend bool operator==(const ReportOptions &, const ReportOptions &) = default;
};

inline const QString kReportOptionsKey = QStringLiteral("report.options");

/// Every section the report knows, in document order.
const QStringList &reportSectionIds();

QJsonObject toJson(const ReportOptions &o);
/// Reads options; errors name the field ("sections[2]: unknown section ...").
Result<ReportOptions> reportOptionsFromJson(const QJsonObject &o);
Result<void> checkReportOptions(const QJsonObject &o);

} // namespace tb
