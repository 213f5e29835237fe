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

    void setElement(const Element *e) { m_element = e; }
    void setFlow(const Flow *f, const Element *source, const Element *target)
    {
        m_flow = f;
        m_source = source;
        m_target = target;
    }

    Value read(const Condition &c) const override;

private:
    Value readElement(const Condition &c, const Element &e) const;
    Value readFlow(const Condition &c, const Flow &f) const;
    Value assetNeed(Builtin b, const QList<Id> &assets) const;
    Value componentCount(Builtin b, const QList<Id> &components) const;

    const ProjectData &m_data;
    const GraphFacts &m_facts;
    const Element *m_element = nullptr;
    const Flow *m_flow = nullptr;
    const Element *m_source = nullptr;
    const Element *m_target = nullptr;
};

} // namespace tb
