#include "derivation.h"

#include "graphfacts.h"
#include "subjectvalues.h"

#include <QRegularExpression>

#include <deque>

namespace tb {

namespace {

const Id kThreatNamespace = parseId(QStringLiteral("9b0f6a52-3c1e-4d8e-a7f4-2e5b8c1d6f30"));

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

/// Title and description split once into literal text and placeholders.
struct Text
{
    struct Part
    {
        QString literal;
        QString field; // empty for literal text
    };
    QList<Part> parts;

    explicit Text(const QString &source)
    {
        static const QRegularExpression re(QStringLiteral("\\{([^}]*)\\}"));
        qsizetype at = 0;
        for (auto it = re.globalMatch(source); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            parts.append({source.mid(at, m.capturedStart() - at), {}});
            parts.append({{}, m.captured(1)});
            at = m.capturedEnd();
        }
        parts.append({source.mid(at), {}});
    }

    QString render(const QHash<QString, QString> &values) const
    {
        QString out;
        for (const Part &p : parts)
            out += p.field.isEmpty() ? p.literal : values.value(p.field);
        return out;
    }
};

struct Prepared
{
    const ThreatTemplate *t;
    Text title;
    Text description;
};

class Deriver
{
public:
    Deriver(const ProjectData &data, const TemplateLibrary &library)
        : m_data(data), m_facts(data), m_values(data, m_facts)
    {
        for (const ThreatTemplate &t : library.templates)
            m_templates.push_back({&t, Text(t.title), Text(t.description)});
    }

    QList<Threat> run(const std::function<void(int)> &progress, const std::atomic_bool *cancel)
    {
        const qsizetype total = m_data.elements.size() + m_data.flows.size() + 1;
        qsizetype done = 0;
        const auto step = [&] {
            if (progress && ++done % 1024 == 0)
                progress(static_cast<int>(done * 100 / total));
            return !(cancel && cancel->load());
        };
        for (const Element &e : m_data.elements) {
            if (!step())
                return {};
            deriveElement(e);
        }
        for (const Flow &f : m_data.flows) {
            if (!step())
                return {};
            deriveFlow(f);
        }
        for (const Prepared &p : m_templates) {
            if (p.t->appliesTo == AppliesTo::Path)
                derivePaths(p);
        }
        std::sort(m_out.begin(), m_out.end(),
                  [](const Threat &a, const Threat &b) { return idLess(a.id, b.id); });
        if (progress)
            progress(100);
        return m_out;
    }

private:
    void deriveElement(const Element &e)
    {
        m_values.setElement(&e);
        for (const Prepared &p : m_templates) {
            const ThreatTemplate &t = *p.t;
            if (!kindMatches(t.appliesTo, e.kind)
                || (!t.stencils.isEmpty() && !t.stencils.contains(e.stencil)))
                continue;
            if (!evaluate(t.condition, m_values))
                continue;
            record(p, {{e.id, involvedKind(e.kind), e.name}},
                   {{QStringLiteral("element.name"), e.name},
                    {QStringLiteral("element.stencil"), stencilLabel(e)}});
        }
    }

    void deriveFlow(const Flow &f)
    {
        const auto s = m_data.elements.constFind(f.source);
        const auto t = m_data.elements.constFind(f.target);
        if (s == m_data.elements.cend() || t == m_data.elements.cend())
            return;
        m_values.setFlow(&f, &*s, &*t);
        for (const Prepared &p : m_templates) {
            const ThreatTemplate &tpl = *p.t;
            if (tpl.appliesTo != AppliesTo::Flow
                || (!tpl.stencils.isEmpty() && !tpl.stencils.contains(t->stencil)))
                continue;
            if (!evaluate(tpl.condition, m_values))
                continue;
            const QString boundary = m_facts.flow(f.id).firstBoundary;
            record(p,
                   {{s->id, involvedKind(s->kind), s->name},
                    {f.id, QStringLiteral("flow"), f.name},
                    {t->id, involvedKind(t->kind), t->name}},
                   {{QStringLiteral("flow.name"),
                     f.name.isEmpty() ? QStringLiteral("unnamed flow") : f.name},
                    {QStringLiteral("flow.protocol"),
                     f.protocol.isEmpty() ? QStringLiteral("unspecified protocol") : f.protocol},
                    {QStringLiteral("source.name"), s->name},
                    {QStringLiteral("target.name"), t->name},
                    {QStringLiteral("boundary.name"),
                     boundary.isEmpty() ? QStringLiteral("no boundary") : boundary}});
        }
        m_values.setFlow(nullptr, nullptr, nullptr);
    }

    bool matches(const Condition &c, const Element &e)
    {
        m_values.setElement(&e);
        return evaluate(c, m_values);
    }

    // One threat per `to` element reachable from some `from` element, through no `avoid` one.
    void derivePaths(const Prepared &p)
    {
        const ThreatTemplate &t = *p.t;
        const auto &g = m_facts.graph().graph();
        const auto n = boost::num_vertices(g);
        std::vector<std::optional<DfdGraph::Edge>> via(n);
        std::vector<char> seen(n, 0);
        std::deque<DfdGraph::Vertex> queue;
        const auto elementAt = [&](DfdGraph::Vertex v) -> const Element & {
            return *m_data.elements.constFind(m_facts.graph().elementAt(v));
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
            if (!via[v] || !kindMatches(AppliesTo::Element, to.kind)
                || (!t.stencils.isEmpty() && !t.stencils.contains(to.stencil)))
                continue;
            if (!matches(t.pathTo, to) || !matches(t.condition, to))
                continue;
            QList<Involved> chain{{to.id, involvedKind(to.kind), to.name}};
            QStringList names{to.name};
            for (auto w = v; via[w];) {
                const Flow &f = *m_data.flows.constFind(g[*via[w]].id);
                w = boost::source(*via[w], g);
                const Element &e = elementAt(w);
                chain.prepend({f.id, QStringLiteral("flow"), f.name});
                chain.prepend({e.id, involvedKind(e.kind), e.name});
                names.prepend(e.name);
            }
            // The id follows the end points only, so a re-routed path keeps its triage.
            const Id id = derivedThreatId(t.id, {chain.first().id, to.id});
            record(p, chain,
                   {{QStringLiteral("from.name"), names.first()},
                    {QStringLiteral("to.name"), to.name},
                    {QStringLiteral("path"), names.join(QStringLiteral(" \u2192 "))},
                    {QStringLiteral("element.name"), to.name},
                    {QStringLiteral("element.stencil"), stencilLabel(to)}},
                   id);
        }
    }

    QString stencilLabel(const Element &e) const
    {
        return e.stencil.isEmpty() ? kindName(e.kind) : e.stencil;
    }

    void record(const Prepared &p, QList<Involved> involved, const QHash<QString, QString> &values,
                Id id = {})
    {
        const ThreatTemplate &t = *p.t;
        Threat threat;
        if (id.isNull()) {
            QList<Id> ids;
            for (const Involved &i : involved)
                ids.append(i.id);
            id = derivedThreatId(t.id, ids);
        }
        threat.id = id;
        threat.templateId = t.id;
        threat.involved = std::move(involved);
        threat.category = t.category;
        threat.title = p.title.render(values);
        threat.description = p.description.render(values);
        threat.capec = t.capec;
        threat.cwe = t.cwe;
        threat.annex = t.annex;
        threat.mitigations = t.mitigations;
        threat.likelihood = t.likelihood;
        threat.impact = t.impact;
        m_out.append(std::move(threat));
    }

    const ProjectData &m_data;
    GraphFacts m_facts;
    SubjectValues m_values;
    std::vector<Prepared> m_templates;
    QList<Threat> m_out;
};

} // namespace

Id derivedThreatId(const QString &templateId, const QList<Id> &involved)
{
    QByteArray key = templateId.toUtf8();
    for (const Id &id : involved)
        key += ':' + id.toRfc4122();
    return QUuid::createUuidV5(kThreatNamespace, key);
}

QList<Threat> deriveThreats(const ProjectData &data, const TemplateLibrary &library,
                            const PropertyCatalog &, const std::function<void(int)> &progress,
                            const std::atomic_bool *cancel)
{
    Deriver deriver(data, library);
    return deriver.run(progress, cancel);
}

} // namespace tb
