#pragma once

// A CycloneDX 1.5 VEX document from the findings of analyseVulnerabilities.

#include "cra/vexanalysis.h"

#include <QDateTime>
#include <QJsonObject>

namespace tb {

struct VexExportOptions
{
    QString toolName = QStringLiteral("threatbench");
    QString toolVersion;
    QDateTime timestamp; // metadata.timestamp; none when invalid
};

/// The analysis a finding is exported with: a person's decision as it stands, otherwise
/// in_triage with the model's suggestion and its reasons in the detail. Never not_affected
/// without a decision.
QJsonObject vexAnalysis(const VexFinding &finding);

/// bomFormat, specVersion "1.5", serialNumber (a name-based UUID of the content, so the same
/// triage of the same BOM gives the same document), version 1, metadata (timestamp, tool, the
/// BOM's product), and one vulnerability per entry of the BOM with its source, ratings, CWEs,
/// analysis and affects (BOM-Links "urn:cdx:SERIAL/VERSION#ref" when the BOM has a serial
/// number, else its bom-refs).
QJsonObject buildVex(const VulnerableBom &bom, const QList<VexFinding> &findings,
                     const VexExportOptions &options);

} // namespace tb
