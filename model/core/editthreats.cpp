// The threat register's edits: add, remove, update, triage.

#include "editchecks.h"

namespace tb::detail {

namespace {
QString whereOf(const Id &id)
{
    return QStringLiteral("threat ") + idString(id);
}

Result<void> checkStatus(ThreatStatus status, const QString &justification, const QString &where)
{
    if (statusNeedsJustification(status) && justification.trimmed().isEmpty())
        return makeError(
            QStringLiteral("status \"%1\" needs a justification").arg(threatStatusName(status)),
            where);
    return Ok{};
}
} // namespace

Result<void> checkThreat(const ProjectData &d, const Threat &t, const QString &where)
{
    if (Result<void> r = checkName(t.title, where); !r)
        return makeError(QStringLiteral("title must not be empty"), where);
    // The project's scales, not the template library's, bound the ratings.
    if (t.likelihood < kMinRating || t.likelihood > d.criteria.likelihoodLevels())
        return makeError(QStringLiteral("likelihood must be from %1 to %2 (the project's scale)")
                             .arg(kMinRating)
                             .arg(d.criteria.likelihoodLevels()),
                         where);
    if (t.impact < kMinRating || t.impact > d.criteria.impactLevels())
        return makeError(QStringLiteral("impact must be from %1 to %2 (the project's scale)")
                             .arg(kMinRating)
                             .arg(d.criteria.impactLevels()),
                         where);
    for (const QList<int> &refs : {t.capec, t.cwe}) {
        for (int ref : refs) {
            if (ref <= 0)
                return makeError(QStringLiteral("CAPEC and CWE ids are positive numbers"), where);
        }
    }
    for (const QString &a : t.annex) {
        if (!isAnnexId(a))
            return makeError(QStringLiteral("\"%1\" is not a CRA Annex I requirement id (I(1), "
                                            "I(2)(a)..I(2)(m), II(1)..II(8))")
                                 .arg(a),
                             where);
    }
    for (const Involved &i : t.involved) {
        if (i.id.isNull())
            return makeError(QStringLiteral("an involved element needs an id"), where);
    }
    return checkStatus(t.status, t.justification, where);
}

Result<QJsonValue> setThreatField(ProjectData &d, const Id &id, const QString &field,
                                  const QJsonValue &value, const QString &where)
{
    Threat &t = d.threats[id];
    if (field == QLatin1String("title") || field == QLatin1String("description")) {
        const bool title = field == QLatin1String("title");
        if (!value.isString() || (title && value.toString().trimmed().isEmpty()))
            return makeError(title ? QStringLiteral("expected a non-empty title")
                                   : QStringLiteral("expected text"),
                             where);
        QString &slot = title ? t.title : t.description;
        QJsonValue old = slot;
        slot = value.toString();
        return old;
    }
    if (field == QLatin1String("likelihood") || field == QLatin1String("impact")) {
        const double x = value.toDouble(0);
        const int max = field == QLatin1String("impact") ? d.criteria.impactLevels()
                                                         : d.criteria.likelihoodLevels();
        if (!value.isDouble() || x != static_cast<int>(x) || x < kMinRating || x > max)
            return makeError(
                QStringLiteral("expected a whole number from %1 to %2").arg(kMinRating).arg(max),
                where);
        int &slot = field == QLatin1String("impact") ? t.impact : t.likelihood;
        QJsonValue old = slot;
        slot = static_cast<int>(x);
        return old;
    }
    return makeError(QStringLiteral("a threat has no field \"%1\" (status goes through "
                                    "setThreatStatus)")
                         .arg(field),
                     where);
}

namespace {
Result<void> addThreat(ProjectData &d, const Threat &t, Change *change)
{
    if (Result<void> r = checkNewId(d, t.id, ObjectType::Threat); !r)
        return r;
    // The place is named only on failure: a derivation adds threats by the hundred thousand.
    if (Result<void> r = checkThreat(d, t, {}); !r)
        return Error{r.error().message, whereOf(t.id), r.error().kind};
    d.threats.insert(t.id, t);
    if (change)
        change->objects.insert(t.id);
    return Ok{};
}
} // namespace

Result<Edit> applyAddThreat(ProjectData &d, const AddThreat &e, Change *change)
{
    if (Result<void> r = addThreat(d, e.threat, change); !r)
        return r.error();
    return Edit(RemoveThreat{e.threat.id});
}

Result<Edit> applyAddThreats(ProjectData &d, const AddThreats &e, Change *change)
{
    const qsizetype n = e.threats.size();
    // Grow the tables once, not by doubling and rehashing all along.
    d.threats.reserve(d.threats.size() + n);
    if (change)
        change->objects.reserve(change->objects.size() + n);
    RemoveThreats inverse;
    inverse.ids.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (Result<void> r = addThreat(d, e.threats[i], change); !r) {
            for (const Id &id : std::as_const(inverse.ids))
                d.threats.remove(id);
            return Error{
                r.error().message,
                QStringLiteral("threat %1 of %2, %3").arg(i + 1).arg(n).arg(r.error().where),
                r.error().kind};
        }
        inverse.ids.append(e.threats[i].id);
    }
    return Edit(std::move(inverse));
}

Result<Edit> applyRemoveThreat(ProjectData &d, const RemoveThreat &e, Change *change)
{
    if (!d.threats.contains(e.id))
        return makeError(QStringLiteral("no such threat"), whereOf(e.id));
    for (const MitigationTask &t : std::as_const(d.tasks)) {
        if (t.threats.contains(e.id))
            return makeError(
                QStringLiteral("task \"%1\" still answers this threat; unlink it first")
                    .arg(t.title),
                whereOf(e.id));
    }
    if (d.treatments.contains(e.id))
        return makeError(QStringLiteral("its risk treatment is still recorded; clear it first"),
                         whereOf(e.id));
    if (change)
        change->objects.insert(e.id);
    return Edit(AddThreat{d.threats.take(e.id)});
}

Result<Edit> applyUpdateThreat(ProjectData &d, const UpdateThreat &e, Change *change)
{
    const QString where = whereOf(e.threat.id);
    const auto it = d.threats.find(e.threat.id);
    if (it == d.threats.end())
        return makeError(QStringLiteral("no such threat"), where);
    if (Result<void> r = checkThreat(d, e.threat, where); !r)
        return r.error();
    UpdateThreat inverse{*it};
    *it = e.threat;
    if (change)
        change->objects.insert(e.threat.id);
    return Edit(std::move(inverse));
}

Result<Edit> applySetThreatStatus(ProjectData &d, const SetThreatStatus &e, Change *change)
{
    const QString where = whereOf(e.id);
    const auto it = d.threats.find(e.id);
    if (it == d.threats.end())
        return makeError(QStringLiteral("no such threat"), where);
    if (Result<void> r = checkStatus(e.status, e.justification, where); !r)
        return r.error();
    SetThreatStatus inverse{e.id, it->status, it->justification};
    it->status = e.status;
    it->justification = e.justification;
    if (change)
        change->objects.insert(e.id);
    return Edit(std::move(inverse));
}

} // namespace tb::detail
