// OTM threats and mitigations: definitions at the root, applied to components and dataflows by
// id with a state each. Each application becomes a threat; each mitigation one task.

#include "otmimportprivate.h"

#include <QRegularExpression>

namespace tb::otm {

namespace {

// Tasks take the least advanced state they were applied with; "won't do" only if all say so.
int progress(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Proposed:
        return 0;
    case TaskStatus::Planned:
        return 1;
    case TaskStatus::InProgress:
        return 2;
    case TaskStatus::Implemented:
        return 3;
    case TaskStatus::Verified:
        return 4;
    case TaskStatus::WontDo:
        return 5;
    }
    return 0;
}

} // namespace

void Importer::readThreatDefs(const QList<std::pair<QJsonValue, QString>> &list)
{
    static const QRegularExpression cweId(QStringLiteral("^\\s*(CWE-?)?0*([1-9][0-9]{0,5})\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const auto &[v, path] : list) {
        if (!m_ctx.ok())
            return;
        if (!v.isObject())
            return m_ctx.fail(path, QStringLiteral("expected an object"));
        ForeignObject t(m_ctx, v, path);
        ThreatDef def;
        const QString fileId = t.text(QStringLiteral("id"));
        def.name = t.text(QStringLiteral("name")).trimmed();
        def.description = t.text(QStringLiteral("description"));
        const QStringList categories = t.texts(QStringLiteral("categories"));
        const QStringList cwes = t.texts(QStringLiteral("cwes"));
        ForeignObject risk = t.object(QStringLiteral("risk"));
        const std::optional<double> likelihood = risk.number(QStringLiteral("likelihood"));
        const std::optional<double> impact = risk.number(QStringLiteral("impact"));
        for (const char *comment : {"likelihoodComment", "impactComment"}) {
            if (const QString c = risk.text(QLatin1String(comment)); !c.isEmpty())
                def.description
                    += (def.description.isEmpty() ? QString() : QStringLiteral("\n\n")) + c;
        }
        if (!m_ctx.ok())
            return;
        def.subject = subjectOf(path, def.name);
        if (def.name.isEmpty()) {
            def.name = fileId.isEmpty() ? QStringLiteral("Untitled threat") : fileId;
            m_ctx.approximate(def.subject, QStringLiteral("no name; titled \"%1\"").arg(def.name));
        }
        QStringList stride;
        for (const QString &c : categories) {
            StrideCategory cat = StrideCategory::Spoofing;
            if (!parseCategory(c.trimmed(), &cat))
                continue;
            if (stride.isEmpty())
                def.category = cat;
            stride.append(c.trimmed());
        }
        if (stride.isEmpty() || categories.size() > 1) {
            const QString listed = categories.join(QStringLiteral(", "));
            def.description
                += QStringLiteral("%1OTM categories: %2")
                       .arg(def.description.isEmpty() ? QString() : QStringLiteral("\n\n"),
                            listed.isEmpty() ? QStringLiteral("(none)") : listed);
            m_ctx.approximate(
                def.subject,
                QStringLiteral("%1; filed under %2, the categories kept in the "
                               "description")
                    .arg(categories.isEmpty() ? QStringLiteral("no category")
                         : stride.isEmpty()
                             ? QStringLiteral("no STRIDE category in \"%1\"").arg(listed)
                             : QStringLiteral("several categories (\"%1\"); a threat has one")
                                   .arg(listed),
                         categoryTitle(def.category)));
        }
        for (const QString &c : cwes) {
            const QRegularExpressionMatch m = cweId.match(c);
            if (m.hasMatch())
                def.cwe.append(m.captured(2).toInt());
            else
                m_ctx.drop(def.subject, QStringLiteral("cwe \"%1\" is not a CWE id").arg(c));
        }
        def.likelihood = likelihood ? ratingFor(*likelihood) : 2;
        def.impact = impact ? ratingFor(*impact) : 2;
        ++m_approxTally[QStringLiteral("threat risk (0-100) scaled to likelihood and impact 1-4")];
        if (m_threats.contains(fileId)) {
            m_ctx.approximate(def.subject, QStringLiteral("the id \"%1\" is also used by %2; "
                                                          "references to it mean that one")
                                               .arg(fileId, m_threats.value(fileId).subject));
        } else {
            m_threats.insert(fileId, def);
            m_threatOrder.append(fileId);
        }
        reportRest(t, def.subject);
    }
}

void Importer::readMitigationDefs(const QList<std::pair<QJsonValue, QString>> &list)
{
    for (const auto &[v, path] : list) {
        if (!m_ctx.ok())
            return;
        if (!v.isObject())
            return m_ctx.fail(path, QStringLiteral("expected an object"));
        ForeignObject m(m_ctx, v, path);
        MitigationDef def;
        const QString fileId = m.text(QStringLiteral("id"));
        def.name = m.text(QStringLiteral("name")).trimmed();
        def.description = m.text(QStringLiteral("description"));
        const std::optional<double> reduction = m.number(QStringLiteral("riskReduction"));
        if (!m_ctx.ok())
            return;
        def.subject = subjectOf(path, def.name);
        if (def.name.isEmpty()) {
            def.name = fileId.isEmpty() ? QStringLiteral("Untitled mitigation") : fileId;
            m_ctx.approximate(def.subject, QStringLiteral("no name; titled \"%1\"").arg(def.name));
        }
        if (reduction) {
            def.description
                += QStringLiteral("%1Risk reduction: %2%")
                       .arg(def.description.isEmpty() ? QString() : QStringLiteral("\n\n"))
                       .arg(*reduction);
            ++m_approxTally[QStringLiteral("mitigation risk reductions kept in the task "
                                           "description")];
        }
        if (m_mitigations.contains(fileId)) {
            m_ctx.approximate(def.subject, QStringLiteral("the id \"%1\" is also used by %2; "
                                                          "references to it mean that one")
                                               .arg(fileId, m_mitigations.value(fileId).subject));
        } else {
            m_mitigations.insert(fileId, def);
            m_mitigationOrder.append(fileId);
        }
        reportRest(m, def.subject);
    }
}

void Importer::readInstances(ForeignObject &owner, const QString &subject,
                             const QList<Involved> &involved)
{
    const auto items = owner.array(QStringLiteral("threats"));
    for (qsizetype i = 0; i < items.size() && m_ctx.ok(); ++i) {
        const auto &[v, path] = items[i];
        if (!v.isObject())
            return m_ctx.fail(path, QStringLiteral("expected an object"));
        ForeignObject inst(m_ctx, v, path);
        const QString threatId = inst.text(QStringLiteral("threat"));
        const QString state = inst.text(QStringLiteral("state")).trimmed();
        const auto mitigations = inst.array(QStringLiteral("mitigations"));
        if (!m_ctx.ok())
            return;
        const QString at = subject + QStringLiteral(" threats[%1]").arg(i);
        if (!m_ctx.countObject(path))
            return;
        const auto def = m_threats.find(threatId);
        if (def == m_threats.end()) {
            m_ctx.drop(
                at,
                QStringLiteral("threat \"%1\" is not defined in $.threats; ignored").arg(threatId));
            continue;
        }
        ++def->uses;
        Threat th;
        th.id
            = m_ctx.stableId(QStringLiteral("threat"), owner.path() + QLatin1Char('/') + threatId);
        th.title = def->name;
        th.description = def->description;
        th.category = def->category;
        th.cwe = def->cwe;
        th.likelihood = def->likelihood;
        th.impact = def->impact;
        th.involved = involved;
        bool exact = false;
        th.status = threatStatusFor(state, &exact);
        if (!exact)
            m_ctx.approximate(at, QStringLiteral("state \"%1\" read as \"%2\"")
                                      .arg(state, threatStatusName(th.status)));
        if (statusNeedsJustification(th.status)) {
            th.justification = QStringLiteral("Marked \"%1\" in the OTM file.").arg(state);
            ++m_approxTally[QStringLiteral("threats accepted, transferred or not applicable "
                                           "given a justification naming their OTM state")];
        }
        if (involved.isEmpty())
            m_ctx.approximate(at, QStringLiteral("what it applies to is not imported; the threat "
                                                 "is kept, about nothing"));
        QSet<QString> linked; // a mitigation listed twice on one threat is one link
        for (const auto &[mv, mpath] : mitigations) {
            ForeignObject m(m_ctx, mv, mpath);
            const QString mitigationId = m.text(QStringLiteral("mitigation"));
            const QString mstate = m.text(QStringLiteral("state")).trimmed();
            if (!m_ctx.ok())
                return;
            const auto md = m_mitigations.find(mitigationId);
            if (md == m_mitigations.end()) {
                m_ctx.drop(at, QStringLiteral("mitigation \"%1\" is not defined in $.mitigations; "
                                              "ignored")
                                   .arg(mitigationId));
                continue;
            }
            bool known = false;
            const TaskStatus ts = taskStatusFor(mstate, &known);
            if (!known)
                m_ctx.approximate(at, QStringLiteral("mitigation state \"%1\" read as \"%2\"")
                                          .arg(mstate, taskStatusName(ts)));
            if (!linked.contains(mitigationId))
                md->threats.append(th.id);
            linked.insert(mitigationId);
            md->states.append(ts);
            reportRest(m, at);
        }
        m_data.threats.insert(th.id, th);
        reportRest(inst, at);
    }
}

void Importer::finishThreats()
{
    for (const QString &fileId : std::as_const(m_threatOrder)) {
        const ThreatDef &def = m_threats[fileId];
        if (def.uses > 0)
            continue;
        Threat th;
        th.id = m_ctx.stableId(QStringLiteral("threat"), QStringLiteral("unused/") + fileId);
        th.title = def.name;
        th.description = def.description;
        th.category = def.category;
        th.cwe = def.cwe;
        th.likelihood = def.likelihood;
        th.impact = def.impact;
        m_ctx.approximate(def.subject, QStringLiteral("applied to no component or dataflow; kept "
                                                      "as a threat about nothing"));
        m_data.threats.insert(th.id, th);
    }
    for (const QString &fileId : std::as_const(m_mitigationOrder)) {
        const MitigationDef &def = m_mitigations[fileId];
        MitigationTask task;
        task.id = m_ctx.stableId(QStringLiteral("task"), fileId);
        task.title = def.name;
        task.description = def.description;
        task.threats = def.threats;
        if (!def.states.isEmpty()) {
            task.status = *std::min_element(
                def.states.cbegin(), def.states.cend(),
                [](TaskStatus a, TaskStatus b) { return progress(a) < progress(b); });
        }
        if (std::any_of(def.states.cbegin(), def.states.cend(),
                        [&](TaskStatus s) { return s != task.status; }))
            m_ctx.approximate(def.subject, QStringLiteral("applied with different states; the "
                                                          "task takes the least advanced, \"%1\"")
                                               .arg(taskStatusName(task.status)));
        if (task.status == TaskStatus::WontDo)
            task.justification = QStringLiteral("Rejected or not applicable in the OTM file.");
        m_data.tasks.insert(task.id, task);
    }
}

} // namespace tb::otm
