#pragma once

#include "id.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tb {

/// A software component from the product's SBOM. Elements that contain it list its id.
struct Component
{
    Id id;
    QString ref;  // bom-ref in the SBOM it came from; empty if it had none
    QString type; // CycloneDX type: "library", "application", "firmware", ...
    QString group;
    QString name;
    QString version;
    QString purl;
    QString supplier;
    QStringList licenses;
    QList<Id> dependsOn; // components it uses directly

    friend bool operator==(const Component &, const Component &) = default;
};

/// Where the project's components came from: the last SBOM imported. Empty format = none yet.
struct SbomInfo
{
    QString format; // "CycloneDX"
    QString specVersion;
    QString serialNumber;
    QString source; // file name as imported
    QDate imported;
    QString rootName; // metadata.component: the product the SBOM describes
    QString rootVersion;

    bool isEmpty() const { return format.isEmpty(); }
    friend bool operator==(const SbomInfo &, const SbomInfo &) = default;
};

/// "group/name" or "name", for messages and lists.
QString componentLabel(const Component &c);
/// Identity of a component across SBOM versions: the purl without version, qualifiers and
/// subpath, else "name:group/name". SBOM re-import and VEX matching both rely on it.
QString componentIdentity(const QString &purl, const QString &group, const QString &name);

} // namespace tb
