#pragma once

// Reads property values, built-in fields and graph facts for condition evaluation.

#include "condition.h"
#include "core/projectdata.h"
#include "graphfacts.h"

namespace tb {

class PropertyCatalog;

class SubjectValues final : public ValueSource
{
public:
    SubjectValues(const ProjectData &data, const GraphFacts &facts) : m_data(data), m_facts(facts)
    {}

    // The subjects' graph facts are looked up here, once, not at every comparison.
    void setElement(const Element *e)
    {
        m_element = e;
        m_elementFacts = e ? &m_facts.element(e->id) : nullptr;
    }
    void setFlow(const Flow *f, const Element *source, const Element *target)
    {
        m_flow = f;
        m_source = source;
        m_target = target;
        m_flowFacts = f ? &m_facts.flow(f->id) : nullptr;
        m_sourceFacts = source ? &m_facts.element(source->id) : nullptr;
        m_targetFacts = target ? &m_facts.element(target->id) : nullptr;
    }

    Value read(const Condition &c) const override;

private:
    Value readElement(const Condition &c, const Element &e,
                      const GraphFacts::ElementFacts &f) const;
    Value readFlow(const Condition &c, const Flow &f, const GraphFacts::FlowFacts &x) const;
    Value assetNeed(Builtin b, const QList<Id> &assets) const;
    Value componentCount(Builtin b, const QList<Id> &components) const;

    const ProjectData &m_data;
    const GraphFacts &m_facts;
    const Element *m_element = nullptr;
    const Flow *m_flow = nullptr;
    const Element *m_source = nullptr;
    const Element *m_target = nullptr;
    const GraphFacts::ElementFacts *m_elementFacts = nullptr;
    const GraphFacts::FlowFacts *m_flowFacts = nullptr;
    const GraphFacts::ElementFacts *m_sourceFacts = nullptr;
    const GraphFacts::ElementFacts *m_targetFacts = nullptr;
};

} // namespace tb
