#pragma once

// The vulnerabilities[] of a CycloneDX BOM, as scanners (Grype, Trivy, Dependency-Track...) emit
// them next to the components they affect.

#include "cyclonedx.h"

#include <QJsonArray>

namespace tb {

/// One entry of vulnerabilities[]; the same id may appear in several entries.
struct SbomVulnerability
{
    QString id; // "CVE-2024-1234", "GHSA-..."
    QString bomRef;
    QString sourceName, sourceUrl;
    QJsonArray ratings; // as written in the BOM, passed through to a VEX
    QString severity;   // the highest rating severity ("critical" .. "none"); empty if unrated
    QList<int> cwes;
    QString description;
    QStringList affects; // sbomRefOf() of each affected component, in document order
    QString path;        // "$.vulnerabilities[3]"
};

/// A BOM with its vulnerabilities.
struct VulnerableBom
{
    Sbom sbom;
    int version = 1; // the BOM's "version", for BOM-Links to its components
    QList<SbomVulnerability> vulnerabilities;

    /// The component an affects ref names (bom-ref or sbomRefOf); nullptr for the root or none.
    const SbomComponent *component(const QString &ref) const;
};

/// Severity names of CycloneDX ratings, most severe first.
const QStringList &cycloneDxSeverities();

/// Parses a CycloneDX 1.4-1.6 JSON BOM with parseCycloneDx, then its vulnerabilities[]. Every
/// affects[].ref must name a component of the BOM (its bom-ref, or a BOM-Link
/// "urn:cdx:SERIAL/VERSION#bom-ref" to this BOM); errors name the file and the JSON path.
Result<VulnerableBom> parseCycloneDxVulnerabilities(const QByteArray &bytes,
                                                    const QString &fileName);

} // namespace tb
