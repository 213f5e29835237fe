#include "vexanalysis.h"

#include "core/projectdata.h"
#include "graph/dfdgraph.h"

#include <QHash>
#include <QSet>

namespace tb {

namespace {

QString quoted(const QString &name)
{
    return QChar(0x201C) + name + QChar(0x201D);
}

QString cweList(const QList<int> &cwes)
{
    QStringList out;
    for (int c : cwes)
        out.append(QStringLiteral("CWE-%1").arg(c));
    return out.join(QStringLiteral(", "));
}

// What the graph knows, built once for every vulnerability of a BOM.
struct Exposure
{
    explicit Exposure(const ProjectData &data) : graph(data)
    {
        starts = graph.untrustedElements();
        for (const Element &e : data.elements) {
            if (e.kind == ElementKind::ExternalEntity && !starts.contains(e.id))
                starts.append(e.id);
        }
        std::sort(starts.begin(), starts.end(), idLess);
        const QList<Id> reached = graph.reachableFrom(starts);
        exposed = QSet<Id>(reached.cbegin(), reached.cend());
    }

    // "is reachable from X in N flow(s)", from the nearest start.
    QString howReached(const ProjectData &data, const Id &element) const
    {
        if (starts.contains(element))
            return data.elements[element].kind == ElementKind::ExternalEntity
                       ? QStringLiteral("is an external entity")
                       : QStringLiteral("sits in an untrusted zone");
        qsizetype best = -1;
        Id from;
        for (const Id &s : starts) {
            const qsizetype n = graph.shortestPath(s, element).size();
            if (n > 0 && (best < 0 || n < best)) {
                best = n;
                from = s;
            }
        }
        return QStringLiteral("is reachable from %1 in %2 flow(s)")
            .arg(quoted(data.elements[from].name))
            .arg(best);
    }

    DfdGraph graph;
    QList<Id> starts;
    QSet<Id> exposed;
};

QList<Id> doneTasksFor(const ProjectData &data, const Id &threat)
{
    QList<Id> out;
    for (const Id &id : ProjectData::sortedIds(data.tasks)) {
        const MitigationTask &t = data.tasks[id];
        if (taskIsDone(t.status) && t.threats.contains(threat))
            out.append(id);
    }
    return out;
}

QList<Id> liveThreatsOn(const ProjectData &data, const Id &element)
{
    QList<Id> out;
    for (const Id &id : ProjectData::sortedIds(data.threats)) {
        const Threat &t = data.threats[id];
        if (!t.holds || t.status == ThreatStatus::NotApplicable)
            continue;
        for (const Involved &i : t.involved) {
            if (i.id == element) {
                out.append(id);
                break;
            }
        }
    }
    return out;
}

void matchComponents(const ProjectData &data, const VulnerableBom &bom, VexFinding *f)
{
    QHash<QString, QList<Id>> byIdentity;
    for (const Id &id : ProjectData::sortedIds(data.components)) {
        const Component &c = data.components[id];
        byIdentity[componentIdentity(c.purl, c.group, c.name)].append(id);
    }
    for (const QString &ref : f->vulnerability.affects) {
        const SbomComponent *s = bom.component(ref);
        if (!s) {
            f->notInProject.append(ref + QStringLiteral(" (the product itself)"));
            continue;
        }
        const QList<Id> candidates
            = byIdentity.value(componentIdentity(s->purl, s->group, s->name));
        QList<Id> sameVersion;
        for (const Id &id : candidates) {
            if (data.components[id].version == s->version)
                sameVersion.append(id);
        }
        const QList<Id> &matched = sameVersion.isEmpty() ? candidates : sameVersion;
        if (matched.isEmpty())
            f->notInProject.append(s->version.isEmpty() ? s->name
                                                        : s->name + QLatin1Char('@') + s->version);
        for (const Id &id : matched) {
            if (!f->components.contains(id))
                f->components.append(id);
        }
        if (sameVersion.isEmpty() && !candidates.isEmpty())
            f->suggestion.reasons.append(
                QStringLiteral("the project lists %1 at version %2, the BOM at %3")
                    .arg(quoted(s->name), data.components[candidates.first()].version, s->version));
    }
    for (const Id &id : ProjectData::sortedIds(data.elements)) {
        for (const Id &c : data.elements[id].components) {
            if (f->components.contains(c)) {
                f->elements.append(id);
                break;
            }
        }
    }
}

// Threats of the vulnerability's CWEs on exposed carriers, and whether implemented tasks answer
// every one of them.
bool mitigatedByTasks(const ProjectData &data, const QList<Id> &carriers, VexFinding *f)
{
    const QList<int> &cwes = f->vulnerability.cwes;
    int relevant = 0;
    bool allAnswered = true;
    QStringList done;
    for (const Id &element : carriers) {
        for (const Id &tid : liveThreatsOn(data, element)) {
            const Threat &t = data.threats[tid];
            const QList<Id> tasks = doneTasksFor(data, tid);
            bool shares = false;
            for (int c : t.cwe)
                shares = shares || cwes.contains(c);
            if (!shares) {
                for (const Id &k : tasks) {
                    if (!done.contains(data.tasks[k].title))
                        done.append(data.tasks[k].title);
                }
                continue;
            }
            ++relevant;
            const QString about
                = QStringLiteral("threat %1 (%2) on %3")
                      .arg(quoted(t.title), cweList(t.cwe), quoted(data.elements[element].name));
            if (tasks.isEmpty()) {
                allAnswered = false;
                f->suggestion.reasons.append(about + QStringLiteral(" has no implemented task"));
            } else {
                f->suggestion.reasons.append(about
                                             + QStringLiteral(" is answered by implemented task %1")
                                                   .arg(quoted(data.tasks[tasks.first()].title)));
            }
        }
    }
    if (relevant == 0 && !done.isEmpty())
        f->suggestion.reasons.append(
            QStringLiteral("implemented tasks on these elements (check whether they answer it): ")
            + done.join(QStringLiteral("; ")));
    return relevant > 0 && allAnswered;
}

void suggest(const ProjectData &data, const Exposure &exposure, VexFinding *f)
{
    VexSuggestion &s = f->suggestion;
    s.state = QStringLiteral("in_triage");
    if (f->components.isEmpty()) {
        s.reasons.prepend(QStringLiteral("no affected component is among the project's SBOM "
                                         "components; import the SBOM to reason from the model"));
        return;
    }
    if (f->elements.isEmpty()) {
        s.reasons.prepend(QStringLiteral("the affected components are not attached to any "
                                         "element of the model"));
        return;
    }
    QList<Id> exposedCarriers;
    for (const Id &e : f->elements) {
        if (exposure.exposed.contains(e)) {
            exposedCarriers.append(e);
            s.reasons.append(quoted(data.elements[e].name) + QLatin1Char(' ')
                             + exposure.howReached(data, e));
        } else {
            s.reasons.append(quoted(data.elements[e].name)
                             + QStringLiteral(" is not reachable along data flows from any "
                                              "untrusted zone or external entity"));
        }
    }
    if (exposedCarriers.isEmpty() && f->notInProject.isEmpty()) {
        s.state = QStringLiteral("not_affected");
        s.justification = QStringLiteral("protected_at_perimeter");
        return;
    }
    if (!f->vulnerability.cwes.isEmpty() && f->notInProject.isEmpty()
        && mitigatedByTasks(data, exposedCarriers, f)) {
        s.state = QStringLiteral("not_affected");
        s.justification = QStringLiteral("protected_by_mitigating_control");
        return;
    }
    if (f->vulnerability.cwes.isEmpty())
        mitigatedByTasks(data, exposedCarriers, f); // lists the tasks in place, for the reader
    if (!f->notInProject.isEmpty())
        s.reasons.append(QStringLiteral("also affects components the project does not list: ")
                         + f->notInProject.join(QStringLiteral(", ")));
}

} // namespace

QList<VexFinding> analyseVulnerabilities(const ProjectData &data, const VulnerableBom &bom)
{
    const Exposure exposure(data);
    QHash<QString, VexDecision> decisions;
    for (const VexDecision &d : vexTriageOf(data))
        decisions.insert(d.vulnerability, d);
    QList<VexFinding> out;
    for (const SbomVulnerability &v : bom.vulnerabilities) {
        VexFinding f;
        f.vulnerability = v;
        matchComponents(data, bom, &f);
        suggest(data, exposure, &f);
        if (const auto it = decisions.constFind(v.id); it != decisions.cend())
            f.decision = *it;
        out.append(std::move(f));
    }
    return out;
}

QStringList staleVexDecisions(const ProjectData &data, const VulnerableBom &bom)
{
    QSet<QString> listed;
    for (const SbomVulnerability &v : bom.vulnerabilities)
        listed.insert(v.id);
    QStringList out;
    for (const VexDecision &d : vexTriageOf(data)) {
        if (!listed.contains(d.vulnerability))
            out.append(d.vulnerability);
    }
    return out;
}

} // namespace tb
