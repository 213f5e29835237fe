#pragma once

#include "core/projectdata.h"

#include <QMap>

namespace tb {

class AnnexCatalog;

enum class Verdict { Covered, Partial, Gap, NotAssessed, NotApplicable };

/// How far one Annex I requirement is met, computed from the register and the tasks (never
/// stored): see coverageOf() for the rules.
struct RequirementCoverage
{
    QString id;
    Verdict verdict = Verdict::NotAssessed;
    QString reason;
    QList<Id> threats;   // threats tracing to it
    QList<Id> unhandled; // of those, neither mitigated by a done task nor accepted
    QList<Id> tasks;     // tasks answering it, directly or through its threats
    QMap<QString, int> threatsByStatus;
    QMap<QString, int> tasksByStatus;
    QStringList evidence; // what the project itself shows, e.g. the SBOM for II(1)
};

/// Threats trace to the requirements their templates name; I(1) ("appropriate to the risks")
/// traces to every threat. Verdicts:
/// - not applicable: the user declared it so, with a justification;
/// - covered: every traced threat is handled (a linked task is implemented or verified, or the
///   threat is accepted, transferred or not applicable, each with a justification); with no
///   traced threat, at least one task answers it directly and all of them are done;
/// - partial: some handled or answered, not all;
/// - gap: traced threats with no task and no acceptance at all; or nothing at all for a
///   requirement that always applies (I(1) and Part II);
/// - not assessed: nothing traces to a "where applicable" requirement.
/// Part II(1) asks for an SBOM: an imported one counts as a done task of its own, complete only
/// when every component names its version and supplier.
QList<RequirementCoverage> computeCoverage(const ProjectData &data, const AnnexCatalog &catalog);

QString verdictName(Verdict v);

} // namespace tb
