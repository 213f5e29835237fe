#pragma once

#include "id.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace tb {

enum class ElementKind { ExternalEntity, Process, DataStore };
enum class BoundaryKind { Zone, Line };
enum class CraClass { Default, ImportantClassI, ImportantClassII, Critical };

/// Typed property values keyed by property definition key; absent means "the default".
using Properties = QMap<QString, QJsonValue>;

/// A DFD node. Where it sits on each diagram is layout (see Diagram), not model.
struct Element
{
    Id id;
    ElementKind kind = ElementKind::Process;
    QString name;
    QString description;
    QString stencil; // optional subtype, e.g. "web-application"; empty = generic
    Id zone;         // innermost zone boundary holding it; null = outside every zone
    Properties properties;
    QList<Id> assets;     // data assets held (data stores only)
    QList<Id> components; // SBOM components it contains

    friend bool operator==(const Element &, const Element &) = default;
};

struct Flow
{
    Id id;
    Id source;
    Id target;
    QString name;
    QString description;
    QString protocol;
    Properties properties;
    QList<Id> assets; // data assets carried

    friend bool operator==(const Flow &, const Flow &) = default;
};

/// A zone contains elements and may nest; a line is a polyline that flows cross.
struct Boundary
{
    Id id;
    BoundaryKind kind = BoundaryKind::Zone;
    QString name;
    QString description;
    int trustLevel = 0; // 0 (untrusted) .. kMaxTrustLevel (most trusted)
    Id parent;          // enclosing zone, zones only
    Properties properties;

    friend bool operator==(const Boundary &, const Boundary &) = default;
};

constexpr int kMaxTrustLevel = 5;

/// Security needs: 0 none, 1 low, 2 medium, 3 high, 4 very high.
struct DataAsset
{
    Id id;
    QString name;
    QString description;
    QString classification; // e.g. "public", "internal", "confidential", "secret"
    int confidentiality = 0;
    int integrity = 0;
    int availability = 0;

    friend bool operator==(const DataAsset &, const DataAsset &) = default;
};

constexpr int kMaxNeedLevel = 4;

struct Product
{
    QString name;
    QString version;
    QString manufacturer;
    QString intendedPurpose;
    CraClass craClass = CraClass::Default;
    QDate supportEnd; // null = not decided yet

    friend bool operator==(const Product &, const Product &) = default;
};

QString kindName(ElementKind kind);
QString kindName(BoundaryKind kind);
QString craClassName(CraClass cls);
bool parseElementKind(const QString &text, ElementKind *out);
bool parseBoundaryKind(const QString &text, BoundaryKind *out);
bool parseCraClass(const QString &text, CraClass *out);

} // namespace tb
