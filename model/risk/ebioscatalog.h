#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tb {

/// A typical risk origin or target objective, offered when filling in EBIOS RM workshop 2.
struct EbiosCatalogEntry
{
    QString id; // stable; a risk origin's id is the value of RiskOrigin::category
    QString name;
    QString nameFr; // the EBIOS RM (ANSSI) term
    QString description;
};

/// Typical risk origins and target objectives for connected consumer products, read from data
/// (templates/ebios/catalogue.json).
class EbiosCatalog final
{
public:
    /// The catalogue shipped with the application (embedded resource).
    static const EbiosCatalog &builtIn();
    /// Parses and validates a catalogue; errors name the file and the JSON path.
    static Result<EbiosCatalog> fromJson(const QByteArray &json, const QString &fileName);

    QString version() const { return m_version; }
    /// In file order.
    const QList<EbiosCatalogEntry> &riskOrigins() const { return m_origins; }
    const QList<EbiosCatalogEntry> &targetObjectives() const { return m_objectives; }
    /// Null when unknown.
    const EbiosCatalogEntry *findOrigin(const QString &id) const;
    const EbiosCatalogEntry *findObjective(const QString &id) const;

private:
    QString m_version;
    QList<EbiosCatalogEntry> m_origins;
    QList<EbiosCatalogEntry> m_objectives;
};

} // namespace tb
