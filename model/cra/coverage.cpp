#include "coverage.h"

#include "annexcatalog.h"
#include "craprofile.h"

namespace tb {

namespace {

bool handledByStatus(ThreatStatus s)
{
    return s == ThreatStatus::Accepted || s == ThreatStatus::Transferred
           || s == ThreatStatus::NotApplicable;
}

// Lists the SBOM as evidence; returns how many components lack a version or a supplier.
int sbomEvidence(const ProjectData &data, RequirementCoverage &c)
{
    int incomplete = 0, attached = 0;
    QSet<Id> inElements;
    for (const Element &e : data.elements) {
        for (const Id &id : e.components)
            inElements.insert(id);
    }
    for (const Component &comp : data.components) {
        incomplete += comp.version.isEmpty() || comp.supplier.isEmpty() ? 1 : 0;
        attached += inElements.contains(comp.id) ? 1 : 0;
    }
    c.evidence.append(QStringLiteral("SBOM %1 (%2 %3, imported %4): %5 component(s), %6 attached "
                                     "to elements")
                          .arg(data.sbom.source, data.sbom.format, data.sbom.specVersion,
                               data.sbom.imported.toString(Qt::ISODate))
                          .arg(data.components.size())
                          .arg(attached));
    return incomplete;
}

RequirementCoverage assess(const ProjectData &data, const AnnexRequirement &req,
                           const QHash<Id, QList<Id>> &tasksByThreat)
{
    RequirementCoverage c;
    c.id = req.id;
    QSet<Id> tasks;
    for (const Id &id : ProjectData::sortedIds(data.tasks)) {
        if (data.tasks[id].annex.contains(req.id))
            tasks.insert(id);
    }
    int handled = 0, answered = 0;
    for (const Id &id : ProjectData::sortedIds(data.threats)) {
        const Threat &t = data.threats[id];
        // I(1), a level of cybersecurity appropriate to the risks, answers for the whole register.
        if (!t.annex.contains(req.id) && req.id != QLatin1String("I(1)"))
            continue;
        c.threats.append(id);
        ++c.threatsByStatus[threatStatusName(t.status)];
        bool done = false, any = false;
        for (const Id &task : tasksByThreat.value(id)) {
            tasks.insert(task);
            const TaskStatus s = data.tasks[task].status;
            done = done || taskIsDone(s);
            any = any || s != TaskStatus::WontDo;
        }
        if (done || handledByStatus(t.status)) {
            ++handled;
        } else {
            c.unhandled.append(id);
            answered += any ? 1 : 0;
        }
    }
    c.tasks = tasks.values();
    std::sort(c.tasks.begin(), c.tasks.end(), idLess);
    int doneTasks = 0;
    for (const Id &id : std::as_const(c.tasks)) {
        const TaskStatus s = data.tasks[id].status;
        ++c.tasksByStatus[taskStatusName(s)];
        doneTasks += taskIsDone(s) ? 1 : 0;
    }
    if (const auto it = data.decisions.constFind(req.id); it != data.decisions.cend()) {
        c.verdict = Verdict::NotApplicable;
        c.reason = it->justification;
    } else if (!c.threats.isEmpty()) {
        if (req.id == QLatin1String("II(1)") && !data.sbom.isEmpty())
            sbomEvidence(data, c);
        const int total = static_cast<int>(c.threats.size());
        c.verdict = handled == total          ? Verdict::Covered
                    : handled + answered == 0 ? Verdict::Gap
                                              : Verdict::Partial;
        c.reason = QStringLiteral("%1 of %2 traced threats handled, %3 more with tasks under way")
                       .arg(handled)
                       .arg(total)
                       .arg(answered);
    } else if (req.id == QLatin1String("II(1)") && !data.sbom.isEmpty()) {
        const int incomplete = sbomEvidence(data, c);
        const bool complete = incomplete == 0 && doneTasks == c.tasks.size();
        c.verdict = complete ? Verdict::Covered : Verdict::Partial;
        c.reason = QStringLiteral("SBOM of %1 component(s), %2 without version or supplier; "
                                  "%3 of %4 tasks done")
                       .arg(data.components.size())
                       .arg(incomplete)
                       .arg(doneTasks)
                       .arg(c.tasks.size());
    } else if (!c.tasks.isEmpty()) {
        c.verdict = doneTasks == c.tasks.size() ? Verdict::Covered : Verdict::Partial;
        c.reason = QStringLiteral("%1 of %2 tasks done").arg(doneTasks).arg(c.tasks.size());
    } else if (!req.whereApplicable) {
        c.verdict = Verdict::Gap;
        c.reason = QStringLiteral("always applies, and no threat or task answers it");
    } else {
        c.reason = QStringLiteral("no threat or task traces to it");
    }
    return c;
}

// What the CRA profile declares for Part II is evidence, not proof: it adds lines, no verdict.
void profileEvidence(const std::optional<CraProfile> &p, RequirementCoverage &c)
{
    if (!p)
        return;
    const auto add = [&](const char *id, const QString &label, const QString &value) {
        if (c.id == QLatin1String(id) && !value.isEmpty())
            c.evidence.append(label + QStringLiteral(" (CRA profile): ") + value);
    };
    add("II(1)", QStringLiteral("SBOM location"), p->sbomLocation);
    add("II(5)", QStringLiteral("CVD policy"), p->cvdPolicyUrl);
    add("II(6)", QStringLiteral("Vulnerability contact"), p->securityContact);
    add("II(7)", QStringLiteral("Update channel"), p->updateChannel);
    add("II(8)", QStringLiteral("Security updates until"), p->supportEnd.toString(Qt::ISODate));
}

} // namespace

QList<RequirementCoverage> computeCoverage(const ProjectData &data, const AnnexCatalog &catalog)
{
    QHash<Id, QList<Id>> tasksByThreat;
    for (auto it = data.tasks.cbegin(); it != data.tasks.cend(); ++it) {
        for (const Id &threat : it->threats)
            tasksByThreat[threat].append(it.key());
    }
    QList<RequirementCoverage> out;
    const std::optional<CraProfile> profile = craProfileOf(data);
    for (const AnnexRequirement &req : catalog.requirements()) {
        out.append(assess(data, req, tasksByThreat));
        profileEvidence(profile, out.last());
    }
    return out;
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Covered:
        return QStringLiteral("covered");
    case Verdict::Partial:
        return QStringLiteral("partial");
    case Verdict::Gap:
        return QStringLiteral("gap");
    case Verdict::NotAssessed:
        return QStringLiteral("not-assessed");
    case Verdict::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return {};
}

} // namespace tb
