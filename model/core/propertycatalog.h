#pragma once

#include "objects.h"
#include "result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace tb {

enum class PropertyType { Bool, Enum, Text, Number, Multi };

/// What a property applies to: the element kinds, flows, and the boundary kinds.
enum class PropertyTarget { ExternalEntity, Process, DataStore, Flow, Zone, Line };

struct PropertyDefinition
{
    QString key;
    QString label;
    PropertyType type = PropertyType::Text;
    QStringList values; // allowed values for Enum and Multi
    QJsonValue defaultValue;
    QString help;
    QList<PropertyTarget> appliesTo;
    double minimum = -1e300;
    double maximum = 1e300;
};

struct Stencil
{
    QString id;
    QString label;
    ElementKind kind = ElementKind::Process;
    QString help;
};

/// Property definitions and stencils, read from data (templates/properties.json) so that a new
/// property needs no code.
class PropertyCatalog
{
public:
    /// The catalogue shipped with the application (embedded resource).
    static const PropertyCatalog &builtIn();
    static Result<PropertyCatalog> fromJson(const QByteArray &json, const QString &fileName);

    const QList<PropertyDefinition> &definitions() const { return m_definitions; }
    const QList<Stencil> &stencils() const { return m_stencils; }
    const PropertyDefinition *definition(const QString &key) const;
    const Stencil *stencil(const QString &id) const;

    /// Checks a value for a target; the error names the property and what was expected.
    Result<void> check(PropertyTarget target, const QString &key, const QJsonValue &value) const;

private:
    QList<PropertyDefinition> m_definitions;
    QList<Stencil> m_stencils;
};

PropertyTarget propertyTarget(ElementKind kind);
PropertyTarget propertyTarget(BoundaryKind kind);
QString propertyTargetName(PropertyTarget target);
QString propertyTypeName(PropertyType type);

} // namespace tb
