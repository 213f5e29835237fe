#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tb {

/// One component of a CycloneDX SBOM, reduced to what threat modeling needs.
struct SbomComponent
{
    QString bomRef, type, name, group, version, purl;
    QString supplier;      // supplier.name, else publisher, else author (else authors[0].name)
    QStringList licenses;  // SPDX ids, license names or SPDX expressions, in document order
    QStringList dependsOn; // sbomRefOf() of each component it depends on directly
    QString path;          // JSON path where it was read ("$.components[2].components[0]")
};

/// A CycloneDX SBOM as read by parseCycloneDx.
struct Sbom
{
    QString specVersion, serialNumber;
    SbomComponent root;              // metadata.component, if any (root.bomRef may be empty)
    QList<SbomComponent> components; // flattened, nested components included, in document order
};

/// How a component is named in dependsOn: its bom-ref, else its purl, else "name@version"
/// (or "name").
QString sbomRefOf(const SbomComponent &c);

/// The CycloneDX specification versions parseCycloneDx accepts ("1.4", "1.5", "1.6").
QStringList supportedCycloneDxVersions();

/// Parses a CycloneDX JSON SBOM (spec 1.4, 1.5 or 1.6). Errors name the file and the JSON path
/// (or the line and column of a syntax error) and say what was expected; never crashes on any
/// input. Nested components are flattened (those of metadata.component first). A component
/// without bom-ref can still be named in dependencies[] by its purl, else "name@version" (or
/// "name"), as long as that key is unique in the document; its bomRef stays empty.
Result<Sbom> parseCycloneDx(const QByteArray &bytes, const QString &fileName);

} // namespace tb
