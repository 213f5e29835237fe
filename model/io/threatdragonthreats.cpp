// Threat Dragon threats become threats added by hand; their mitigation texts become tasks.

#include "threatdragonimportprivate.h"

#include <array>

namespace tb::threatdragon {

namespace {

// Threat Dragon's prompts, stored when the user typed nothing.
bool isPlaceholder(const QString &text)
{
    const QString t = text.trimmed();
    return t == QLatin1String("Provide a description for this threat")
           || t
                  == QLatin1String(
                      "Provide remediation for this threat or a reason if status is N/A");
}

struct StatusName
{
    const char *squashed;
    ThreatStatus status;
    bool exact;
};

constexpr std::array<StatusName, 9> kStatuses{{
    {"open", ThreatStatus::New, true},
    {"mitigated", ThreatStatus::Mitigated, true},
    {"notapplicable", ThreatStatus::NotApplicable, true},
    {"na", ThreatStatus::NotApplicable, true},
    {"accepted", ThreatStatus::Accepted, true},
    {"transferred", ThreatStatus::Transferred, true},
    {"avoided", ThreatStatus::Mitigated, false},
    {"eliminated", ThreatStatus::Mitigated, false},
    {"closed", ThreatStatus::Mitigated, false},
}};

// Severity as impact; likelihood stays at its default.
int impactFor(const QString &severity)
{
    const QString s = squash(severity);
    if (s == QLatin1String("low"))
        return 1;
    if (s == QLatin1String("medium"))
        return 2;
    if (s == QLatin1String("high"))
        return 3;
    if (s == QLatin1String("critical") || s == QLatin1String("veryhigh"))
        return 4;
    return 0;
}

} // namespace

bool categoryForType(const QString &type, const QString &involved, StrideCategory *out)
{
    if (parseCategory(type.trimmed(), out))
        return true;
    static const QHash<QString, StrideCategory> others{
        // CIA and LINDDUN types with a STRIDE counterpart; DIE by the property each protects.
        {QStringLiteral("confidentiality"), StrideCategory::InformationDisclosure},
        {QStringLiteral("integrity"), StrideCategory::Tampering},
        {QStringLiteral("availability"), StrideCategory::DenialOfService},
        {QStringLiteral("nonrepudiation"), StrideCategory::Repudiation},
        {QStringLiteral("disclosureofinformation"), StrideCategory::InformationDisclosure},
        {QStringLiteral("linkability"), StrideCategory::InformationDisclosure},
        {QStringLiteral("identifiability"), StrideCategory::InformationDisclosure},
        {QStringLiteral("detectability"), StrideCategory::InformationDisclosure},
        {QStringLiteral("distributed"), StrideCategory::DenialOfService},
        {QStringLiteral("immutable"), StrideCategory::Tampering},
        {QStringLiteral("ephemeral"), StrideCategory::Tampering},
    };
    const auto it = others.constFind(squash(type));
    if (it != others.cend())
        *out = *it;
    else // the first STRIDE category that applies to the element kind
        *out = involved == QLatin1String("data-store") || involved == QLatin1String("flow")
                   ? StrideCategory::Tampering
                   : StrideCategory::Spoofing;
    return false;
}

void Importer::readThreats(ForeignObject &data, const Cell &c, const QList<Involved> &involved,
                           const QString &diagramType)
{
    const auto items = data.array(QStringLiteral("threats"));
    for (qsizetype i = 0; i < items.size() && m_ctx.ok(); ++i) {
        const auto &[v, path] = items[i];
        if (!v.isObject())
            return m_ctx.fail(path, QStringLiteral("expected an object"));
        if (!m_ctx.countObject(path))
            return;
        ForeignObject t(m_ctx, v, path);
        const QString subject = c.subject + QStringLiteral(" threats[%1]").arg(i);
        addThreat(t, subject, involved, diagramType,
                  c.path + QLatin1Char('/') + c.id + QLatin1Char('/') + QString::number(i));
    }
}

void Importer::addThreat(ForeignObject &t, const QString &where, const QList<Involved> &involved,
                         const QString &diagramType, const QString &idKey)
{
    Threat th;
    th.title = t.text(QStringLiteral("title")).trimmed();
    const QString status = t.text(QStringLiteral("status")).trimmed();
    const QString severity = t.text(QStringLiteral("severity")).trimmed();
    const QString type = t.text(QStringLiteral("type")).trimmed();
    const QString description = t.text(QStringLiteral("description"));
    QString mitigation = t.text(QStringLiteral("mitigation"));
    const QString modelType = t.text(QStringLiteral("modelType")).trimmed();
    const QString score = t.text(QStringLiteral("score")).trimmed();
    t.skip({QStringLiteral("id"), QStringLiteral("threatId"), QStringLiteral("number"),
            QStringLiteral("new"), QStringLiteral("ruleId")});
    if (!m_ctx.ok())
        return;
    th.id = m_ctx.stableId(QStringLiteral("threat"), idKey);
    const QString subject
        = where + (th.title.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(th.title));
    if (th.title.isEmpty()) {
        th.title = type.isEmpty() ? QStringLiteral("Untitled threat") : type;
        m_ctx.approximate(subject, QStringLiteral("no title; titled \"%1\"").arg(th.title));
    }
    th.description = isPlaceholder(description) ? QString() : description;
    if (isPlaceholder(mitigation))
        mitigation.clear();
    th.involved = involved;
    if (involved.isEmpty())
        m_ctx.approximate(subject, QStringLiteral("its cell is not imported as an element or flow; "
                                                  "the threat is kept, about nothing"));
    const QString kind = involved.size() == 3 ? QStringLiteral("flow")
                         : involved.isEmpty() ? QString()
                                              : involved.first().kind;
    if (!categoryForType(type, kind, &th.category)) {
        const QString model = modelType.isEmpty() ? diagramType : modelType;
        th.description += QStringLiteral("%1Threat Dragon %2 type: %3")
                              .arg(th.description.isEmpty() ? QString() : QStringLiteral("\n\n"),
                                   model, type.isEmpty() ? QStringLiteral("(none)") : type);
        m_ctx.approximate(subject, QStringLiteral("type \"%1\" is not a STRIDE category; filed "
                                                  "under %2 and kept in the description")
                                       .arg(type, categoryTitle(th.category)));
    }
    bool exact = false;
    for (const StatusName &s : kStatuses) {
        if (squash(status) == QLatin1String(s.squashed)) {
            th.status = s.status;
            exact = s.exact;
        }
    }
    if (!exact)
        m_ctx.approximate(subject,
                          (status.isEmpty() ? QStringLiteral("no status")
                                            : QStringLiteral("status \"%1\"").arg(status))
                              + QStringLiteral(" read as \"%1\"").arg(threatStatusName(th.status)));
    if (const int impact = impactFor(severity); impact > 0) {
        th.impact = impact;
        ++m_severityMapped;
    } else if (!severity.isEmpty()) {
        m_ctx.approximate(subject, QStringLiteral("severity \"%1\" is not Low, Medium, High or "
                                                  "Critical; impact left at %2")
                                       .arg(severity, QString::number(th.impact)));
    }
    if (!score.isEmpty()) {
        th.description
            += QStringLiteral("%1Threat Dragon score: %2")
                   .arg(th.description.isEmpty() ? QString() : QStringLiteral("\n\n"), score);
        ++m_scoresKept;
    }
    // The mitigation field holds the reason when a threat is not to be mitigated.
    if (statusNeedsJustification(th.status)) {
        th.justification = mitigation.trimmed();
        if (th.justification.isEmpty()) {
            th.justification
                = QStringLiteral("Marked \"%1\" in Threat Dragon, without a reason.").arg(status);
            m_ctx.approximate(subject, QStringLiteral("status \"%1\" gives no reason; a "
                                                      "justification saying so was written")
                                           .arg(status));
        }
    }
    for (const QString &field : t.unread())
        m_ctx.drop(subject, field + QStringLiteral(" has no equivalent"));
    m_data.threats.insert(th.id, th);
    if (!mitigation.trimmed().isEmpty() && !statusNeedsJustification(th.status))
        addTask(th, mitigation.trimmed());
}

void Importer::addTask(const Threat &threat, const QString &text)
{
    // One task per distinct text and state: the same advice on several threats is one task.
    const bool done = threat.status == ThreatStatus::Mitigated;
    const QString key = text + QChar(0x1f) + (done ? QLatin1Char('1') : QLatin1Char('0'));
    Id &id = m_tasksByText[key];
    if (id.isNull()) {
        MitigationTask task;
        task.id = id = m_ctx.stableId(QStringLiteral("task"), key);
        task.title = firstLine(text, 80);
        if (task.title != text)
            task.description = text;
        task.status = done ? TaskStatus::Implemented : TaskStatus::Proposed;
        m_data.tasks.insert(task.id, task);
    }
    m_data.tasks[id].threats.append(threat.id);
}

void Importer::reportTotals()
{
    const QString threats = QStringLiteral("threats");
    if (m_severityMapped > 0)
        m_ctx.approximate(threats, QStringLiteral("%1 severity value(s) read as impact (Low 1, "
                                                  "Medium 2, High 3, Critical 4); likelihood "
                                                  "left at 2")
                                       .arg(m_severityMapped));
    if (m_scoresKept > 0)
        m_ctx.approximate(threats, QStringLiteral("%1 custom score(s) kept in the threat "
                                                  "description")
                                       .arg(m_scoresKept));
    if (!m_data.tasks.isEmpty())
        m_ctx.approximate(QStringLiteral("tasks"),
                          QStringLiteral("%1 task(s) made from mitigation texts: implemented for "
                                         "mitigated threats, proposed otherwise")
                              .arg(m_data.tasks.size()));
}

} // namespace tb::threatdragon
