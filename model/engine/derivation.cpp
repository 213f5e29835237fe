#include "derivation.h"

#include "graphfacts.h"
#include "subjectvalues.h"

#include <QRegularExpression>

#include <array>
#include <deque>
#include <thread>

namespace tb {

namespace {

QString involvedKind(ElementKind k)
{
    switch (k) {
    case ElementKind::ExternalEntity:
        return QStringLiteral("external-entity");
    case ElementKind::Process:
        return QStringLiteral("process");
    case ElementKind::DataStore:
        return QStringLiteral("data-store");
    }
    return {};
}

bool kindMatches(AppliesTo a, ElementKind k)
{
    switch (a) {
    case AppliesTo::External:
        return k == ElementKind::ExternalEntity;
    case AppliesTo::Process:
        return k == ElementKind::Process;
    case AppliesTo::Store:
        return k == ElementKind::DataStore;
    case AppliesTo::Element:
        return true;
    default:
        return false;
    }
}

enum Field {
    ElementName,
    ElementStencil,
    FlowName,
    FlowProtocol,
    SourceName,
    TargetName,
    BoundaryName,
    FromName,
    ToName,
    PathText,
    FieldCount
};
using Fields = std::array<QString, FieldCount>;

int fieldIndex(const QString &name)
{
    static const char *const names[FieldCount]
        = {"element.name", "element.stencil", "flow.name", "flow.protocol", "source.name",
           "target.name",  "boundary.name",   "from.name", "to.name",       "path"};
    for (int i = 0; i < FieldCount; ++i) {
        if (name == QLatin1String(names[i]))
            return i;
    }
    return -1;
}

/// Title and description split once into literal text and placeholders.
struct Text
{
    struct Part
    {
        QString literal;
        int field = -1; // -1 for literal text
    };
    QList<Part> parts;

    explicit Text(const QString &source)
    {
        static const QRegularExpression re(QStringLiteral("\\{([^}]*)\\}"));
        qsizetype at = 0;
        for (auto it = re.globalMatch(source); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            parts.append({source.mid(at, m.capturedStart() - at), -1});
            parts.append({{}, fieldIndex(m.captured(1))});
            at = m.capturedEnd();
        }
        parts.append({source.mid(at), -1});
    }

    QString render(const Fields &values) const
    {
        qsizetype size = 0;
        for (const Part &p : parts)
            size += p.field < 0 ? p.literal.size() : values[p.field].size();
        QString out;
        out.reserve(size);
        for (const Part &p : parts)
            out += p.field < 0 ? p.literal : values[p.field];
        return out;
    }
};

struct Prepared
{
    const ThreatTemplate *t;
    Text title;
    Text description;
};

/// What every worker reads and nobody writes while derivation runs.
struct Shared
{
    const ProjectData &data;
    GraphFacts facts;
    std::vector<Prepared> templates;
};

/// Evaluates templates on a slice of the model; one per thread.
class Worker
{
public:
    explicit Worker(const Shared &shared) : m_shared(shared), m_values(shared.data, shared.facts) {}

    QList<Threat> out;
    // Set when deriving against a register: every id and category, and only changes in `out`.
    const QHash<Id, Threat> *against = nullptr;
    std::vector<Id> derivedIds;
    std::array<int, 6> byCategory{};

    void deriveElement(const Element &e)
    {
        m_values.setElement(&e);
        for (const Prepared &p : m_shared.templates) {
            const ThreatTemplate &t = *p.t;
            if (!kindMatches(t.appliesTo, e.kind)
                || (!t.stencils.isEmpty() && !t.stencils.contains(e.stencil)))
                continue;
            if (!evaluate(t.condition, m_values))
                continue;
            Fields fields;
            fields[ElementName] = e.name;
            fields[ElementStencil] = stencilLabel(e);
            record(p, {{e.id, involvedKind(e.kind), e.name}}, fields);
        }
    }

    void deriveFlow(const Flow &f)
    {
        const ProjectData &data = m_shared.data;
        const auto s = data.elements.constFind(f.source);
        const auto t = data.elements.constFind(f.target);
        if (s == data.elements.cend() || t == data.elements.cend())
            return;
        m_values.setFlow(&f, &*s, &*t);
        for (const Prepared &p : m_shared.templates) {
            const ThreatTemplate &tpl = *p.t;
            if (tpl.appliesTo != AppliesTo::Flow
                || (!tpl.stencils.isEmpty() && !tpl.stencils.contains(t->stencil)))
                continue;
            if (!evaluate(tpl.condition, m_values))
                continue;
            const QString &boundary = m_shared.facts.flow(f.id).firstBoundary;
            Fields fields;
            fields[FlowName] = f.name.isEmpty() ? QStringLiteral("unnamed flow") : f.name;
            fields[FlowProtocol]
                = f.protocol.isEmpty() ? QStringLiteral("unspecified protocol") : f.protocol;
            fields[SourceName] = s->name;
            fields[TargetName] = t->name;
            fields[BoundaryName] = boundary.isEmpty() ? QStringLiteral("no boundary") : boundary;
            record(p,
                   {{s->id, involvedKind(s->kind), s->name},
                    {f.id, QStringLiteral("flow"), f.name},
                    {t->id, involvedKind(t->kind), t->name}},
                   fields);
        }
        m_values.setFlow(nullptr, nullptr, nullptr);
    }

    // One threat per `to` element reachable from some `from` element, through no `avoid` one.
    void derivePaths(const Prepared &p)
    {
        const ThreatTemplate &t = *p.t;
        const DfdGraph &graph = m_shared.facts.graph();
        const auto &g = graph.graph();
        const auto n = boost::num_vertices(g);
        std::vector<std::optional<DfdGraph::Edge>> via(n);
        std::vector<char> seen(n, 0);
        std::deque<DfdGraph::Vertex> queue;
        // By vertex, not by id: a hash lookup per visited edge costs a cache miss on big models.
        const auto elementAt = [this](DfdGraph::Vertex v) -> const Element & {
            return m_shared.facts.elementAt(v);
        };
        for (DfdGraph::Vertex v = 0; v < n; ++v) {
            if (matches(t.pathFrom, elementAt(v))) {
                seen[v] = 1;
                queue.push_back(v);
            }
        }
        std::vector<DfdGraph::Vertex> order(queue.begin(), queue.end());
        while (!queue.empty()) {
            const auto v = queue.front();
            queue.pop_front();
            for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
                const auto w = boost::target(*e, g);
                if (seen[w] || (t.hasAvoid && matches(t.pathAvoid, elementAt(w))))
                    continue;
                seen[w] = 1;
                via[w] = *e;
                queue.push_back(w);
                order.push_back(w);
            }
        }
        for (const auto v : order) {
            const Element &to = elementAt(v);
            if (!via[v] || (!t.stencils.isEmpty() && !t.stencils.contains(to.stencil)))
                continue;
            if (!matches(t.pathTo, to) || !matches(t.condition, to))
                continue;
            QList<Involved> chain{{to.id, involvedKind(to.kind), to.name}};
            QStringList names{to.name};
            for (auto w = v; via[w];) {
                const Flow &f = *m_shared.data.flows.constFind(g[*via[w]].id);
                w = boost::source(*via[w], g);
                const Element &e = elementAt(w);
                chain.prepend({f.id, QStringLiteral("flow"), f.name});
                chain.prepend({e.id, involvedKind(e.kind), e.name});
                names.prepend(e.name);
            }
            Fields fields;
            fields[FromName] = names.first();
            fields[ToName] = to.name;
            fields[PathText] = names.join(QStringLiteral(" \u2192 "));
            fields[ElementName] = to.name;
            fields[ElementStencil] = stencilLabel(to);
            // The id follows the end points only, so a re-routed path keeps its triage.
            record(p, chain, fields, derivedThreatId(t.id, {chain.first().id, to.id}));
        }
    }

private:
    bool matches(const Condition &c, const Element &e)
    {
        m_values.setElement(&e);
        return evaluate(c, m_values);
    }

    static QString stencilLabel(const Element &e)
    {
        return e.stencil.isEmpty() ? kindName(e.kind) : e.stencil;
    }

    void record(const Prepared &p, QList<Involved> involved, const Fields &fields, Id id = {})
    {
        const ThreatTemplate &t = *p.t;
        Threat threat;
        if (id.isNull()) {
            QList<Id> ids;
            ids.reserve(involved.size());
            for (const Involved &i : involved)
                ids.append(i.id);
            id = derivedThreatId(t.id, ids);
        }
        threat.id = id;
        threat.templateId = t.id;
        threat.involved = std::move(involved);
        threat.category = t.category;
        threat.title = p.title.render(fields);
        threat.description = p.description.render(fields);
        threat.capec = t.capec;
        threat.cwe = t.cwe;
        threat.annex = t.annex;
        threat.mitigations = t.mitigations;
        threat.likelihood = t.likelihood;
        threat.impact = t.impact;
        if (against) {
            derivedIds.push_back(threat.id);
            ++byCategory[static_cast<std::size_t>(threat.category)];
            const auto old = against->constFind(threat.id);
            if (old != against->cend() && sameButTriage(threat, *old))
                return;
        }
        out.append(std::move(threat));
    }

    const Shared &m_shared;
    SubjectValues m_values;
};

DerivedChanges run(const ProjectData &data, const TemplateLibrary &library,
                   const std::function<void(int)> &progress, const std::atomic_bool *cancel,
                   bool againstRegister)
{
    Shared shared{data, GraphFacts(data), {}};
    for (const ThreatTemplate &t : library.templates)
        shared.templates.push_back({&t, Text(t.title), Text(t.description)});
    std::vector<const Element *> elements;
    std::vector<const Flow *> flows;
    elements.reserve(data.elements.size());
    flows.reserve(data.flows.size());
    for (const Element &e : data.elements)
        elements.push_back(&e);
    for (const Flow &f : data.flows)
        flows.push_back(&f);

    // Big models are split across the cores; the calling thread takes the first slice and is
    // the only one that reports progress.
    const std::size_t subjects = elements.size() + flows.size();
    const unsigned threads
        = subjects < 4000 ? 1u : std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    std::atomic<std::size_t> done{0};
    std::vector<std::unique_ptr<Worker>> workers;
    for (unsigned i = 0; i < threads; ++i) {
        workers.push_back(std::make_unique<Worker>(shared));
        if (againstRegister)
            workers.back()->against = &data.threats;
    }
    const auto slice = [&](unsigned i) {
        Worker &w = *workers[i];
        const auto part = [&](std::size_t size) {
            return std::pair{size * i / threads, size * (i + 1) / threads};
        };
        std::size_t local = 0;
        const auto tick = [&] {
            if (++local % 256)
                return true;
            done += 256;
            if (i == 0 && progress)
                progress(static_cast<int>(done * 95 / std::max<std::size_t>(subjects, 1)));
            return !(cancel && cancel->load());
        };
        for (auto [b, e] = part(elements.size()); b < e; ++b) {
            if (!tick())
                return;
            w.deriveElement(*elements[b]);
        }
        for (auto [b, e] = part(flows.size()); b < e; ++b) {
            if (!tick())
                return;
            w.deriveFlow(*flows[b]);
        }
        // Path templates each walk the whole graph: shared out between the threads.
        std::size_t k = 0;
        for (const Prepared &p : shared.templates) {
            if (p.t->appliesTo != AppliesTo::Path || k++ % threads != i)
                continue;
            if (cancel && cancel->load())
                return;
            w.derivePaths(p);
        }
    };
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i)
        pool.emplace_back(slice, i);
    slice(0);
    for (std::thread &t : pool)
        t.join();
    if (cancel && cancel->load())
        return {};
    DerivedChanges all;
    all.threats = std::move(workers[0]->out);
    all.ids = std::move(workers[0]->derivedIds);
    all.byCategory = workers[0]->byCategory;
    for (unsigned i = 1; i < threads; ++i) {
        all.threats.append(std::move(workers[i]->out));
        all.ids.insert(all.ids.end(), workers[i]->derivedIds.begin(), workers[i]->derivedIds.end());
        for (std::size_t k = 0; k < all.byCategory.size(); ++k)
            all.byCategory[k] += workers[i]->byCategory[k];
        workers[i].reset();
    }
    workers.clear();
    sortThreatsById(all.threats);
    std::sort(all.ids.begin(), all.ids.end(), idLess);
    if (progress)
        progress(100);
    return all;
}

} // namespace

// Sorts (id, position) pairs, small and contiguous, then moves each threat once into its
// place; sorting the threats themselves would move every big struct log n times.
void sortThreatsById(QList<Threat> &threats)
{
    const auto n = std::size_t(threats.size());
    std::vector<std::pair<Id, std::size_t>> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = {threats[qsizetype(i)].id, i};
    std::sort(order.begin(), order.end(),
              [](const auto &a, const auto &b) { return idLess(a.first, b.first); });
    // Place k takes the threat from order[k].second: follow each cycle of that permutation.
    Threat *t = threats.data();
    std::vector<bool> placed(n, false);
    for (std::size_t k = 0; k < n; ++k) {
        if (placed[k])
            continue;
        Threat held = std::move(t[k]);
        std::size_t at = k;
        for (;;) {
            placed[at] = true;
            const std::size_t from = order[at].second;
            if (from == k) {
                t[at] = std::move(held);
                break;
            }
            t[at] = std::move(t[from]);
            at = from;
        }
    }
}

Id derivedThreatId(const QString &templateId, const QList<Id> &involved)
{
    static const Id ns = parseId(QStringLiteral("9b0f6a52-3c1e-4d8e-a7f4-2e5b8c1d6f30"));
    QByteArray key = templateId.toUtf8();
    key.reserve(key.size() + 17 * involved.size());
    for (const Id &id : involved)
        key += ':' + id.toRfc4122();
    return QUuid::createUuidV5(ns, key);
}

QList<Threat> deriveThreats(const ProjectData &data, const TemplateLibrary &library,
                            const PropertyCatalog &, const std::function<void(int)> &progress,
                            const std::atomic_bool *cancel)
{
    return run(data, library, progress, cancel, false).threats;
}

DerivedChanges deriveChanges(const ProjectData &data, const TemplateLibrary &library,
                             const PropertyCatalog &, const std::function<void(int)> &progress,
                             const std::atomic_bool *cancel)
{
    return run(data, library, progress, cancel, true);
}

bool sameButTriage(const Threat &fresh, const Threat &old)
{
    // A copy shares every text and list; comparing it whole keeps up with new Threat fields.
    Threat withTriage = fresh;
    withTriage.status = old.status;
    withTriage.justification = old.justification;
    withTriage.likelihood = old.likelihood;
    withTriage.impact = old.impact;
    return withTriage == old;
}

} // namespace tb
