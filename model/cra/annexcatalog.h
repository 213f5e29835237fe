#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tb {

/// One essential requirement of CRA Annex I (Regulation (EU) 2024/2847).
struct AnnexRequirement
{
    QString id;    // final id: "I(1)", "I(2)(a)" .. "I(2)(m)", "II(1)" .. "II(8)"
    QString part;  // "I" or "II"
    QString alias; // COM(2022) 454 proposal id, e.g. "I.1.3.k"; empty for I(2)(m)
    QString title;
    QString explanation;
    bool whereApplicable = false; // I(2)(a)..(m): subject to the risk assessment
    QStringList evidenceHints;
};

/// The 22 Annex I requirements, read from data (templates/cra/annex-i.json). Both numberings
/// resolve, because many texts still quote the 2022 proposal.
class AnnexCatalog final
{
public:
    /// The catalogue shipped with the application (embedded resource).
    static const AnnexCatalog &builtIn();
    /// Parses and validates a catalogue; errors name the file and the JSON path.
    static Result<AnnexCatalog> fromJson(const QByteArray &json, const QString &fileName);

    QString version() const { return m_version; }
    /// In regulation order: I(1), I(2)(a)..(m), II(1)..(8).
    const QList<AnnexRequirement> &requirements() const { return m_requirements; }
    /// By final id or proposal alias; case, spaces and punctuation do not matter
    /// ("i(2)(e)", "I 2 e", "I.1.3.c"). Null when unknown.
    const AnnexRequirement *find(const QString &idOrAlias) const;
    /// The final id, or an empty string when unknown.
    QString canonicalId(const QString &idOrAlias) const;
    /// Requirements whose id, alias, title or explanation contain the text (case-insensitive),
    /// plus the one find() resolves, in regulation order. Empty text matches all.
    QList<const AnnexRequirement *> search(const QString &text) const;

private:
    QString m_version;
    QList<AnnexRequirement> m_requirements;
    QHash<QString, qsizetype> m_byKey; // lookup key of id and alias -> index
};

} // namespace tb
