// CSV export (RFC 4180): one row per listed threat in the file asked for, one row per task of
// the plan in its sibling "<name>-tasks.csv". Column names are stable English keys whatever the
// report language, so scripts can read them.

#include "reportwriter.h"
#include "risk/rating.h"

#include <QSaveFile>

namespace tb {

namespace {

QByteArray field(const QString &text)
{
    QByteArray s = text.toUtf8();
    if (s.contains(',') || s.contains('"') || s.contains('\n') || s.contains('\r')) {
        s.replace('"', "\"\"");
        return '"' + s + '"';
    }
    return s;
}

QByteArray record(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += field(fields[i]);
    }
    return out + "\r\n";
}

QString ids(const QList<Id> &list)
{
    QStringList out;
    for (const Id &id : list)
        out.append(idString(id));
    return out.join(u' ');
}

QString number(int n)
{
    return n > 0 ? QString::number(n) : QString();
}

QByteArray threatsCsv(const ReportContent &c)
{
    const ProjectData &d = *c.data;
    QByteArray out = record(
        {QStringLiteral("id"), QStringLiteral("template"), QStringLiteral("elements"),
         QStringLiteral("category"), QStringLiteral("title"), QStringLiteral("description"),
         QStringLiteral("likelihood"), QStringLiteral("impact"), QStringLiteral("inherent_risk"),
         QStringLiteral("treatment"), QStringLiteral("status"), QStringLiteral("justification"),
         QStringLiteral("residual_likelihood"), QStringLiteral("residual_impact"),
         QStringLiteral("residual_risk"), QStringLiteral("tasks"), QStringLiteral("annex_i")});
    QHash<Id, QList<Id>> tasksOf;
    for (const Id &id : ProjectData::sortedIds(d.tasks)) {
        for (const Id &th : d.tasks[id].threats)
            tasksOf[th].append(id);
    }
    for (const Id &id : c.threats) {
        const Threat &t = d.threats[id];
        QStringList els;
        for (const Involved &i : t.involved)
            els.append(i.name);
        const Rating in = c.inherent.value(id);
        const ResidualRating res = c.residual.value(id);
        out += record(
            {idString(id), t.templateId, els.join(QStringLiteral("; ")), categoryKey(t.category),
             t.title, t.description, number(in.likelihood), number(in.impact),
             d.criteria.levels.value(in.level), treatmentName(d.treatments.value(id).option),
             threatStatusName(t.status), t.justification,
             res.avoided ? QString() : number(res.rating.likelihood),
             res.avoided ? QString() : number(res.rating.impact),
             res.avoided ? QStringLiteral("avoided") : d.criteria.levels.value(res.rating.level),
             ids(tasksOf.value(id)), t.annex.join(u' ')});
    }
    return out;
}

QByteArray tasksCsv(const ReportContent &c)
{
    QByteArray out = record({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("owner"),
                             QStringLiteral("due"), QStringLiteral("status"),
                             QStringLiteral("threats"), QStringLiteral("annex_i"),
                             QStringLiteral("evidence"), QStringLiteral("justification")});
    for (const Id &id : c.tasks) {
        const MitigationTask &t = c.data->tasks[id];
        QStringList evidence;
        for (const Evidence &e : t.evidence)
            evidence.append(e.kind + QStringLiteral(": ") + e.value);
        out += record({idString(id), t.title, t.owner,
                       t.due.isValid() ? t.due.toString(Qt::ISODate) : QString(),
                       taskStatusName(t.status), ids(t.threats), t.annex.join(u' '),
                       evidence.join(QStringLiteral("; ")), t.justification});
    }
    return out;
}

} // namespace

Result<void> writeReportCsv(const ReportContent &c, const QString &path)
{
    // Both files or neither: the second is committed only once the first is.
    QSaveFile threats(path), tasks(csvTasksPath(path));
    if (!threats.open(QIODevice::WriteOnly))
        return makeError(threats.errorString(), path, ErrorKind::Io);
    if (!tasks.open(QIODevice::WriteOnly))
        return makeError(tasks.errorString(), tasks.fileName(), ErrorKind::Io);
    const QByteArray a = threatsCsv(c), b = tasksCsv(c);
    if (threats.write(a) != a.size() || tasks.write(b) != b.size())
        return makeError(QStringLiteral("cannot write the CSV files"), path, ErrorKind::Io);
    if (!threats.commit())
        return makeError(threats.errorString(), path, ErrorKind::Io);
    if (!tasks.commit())
        return makeError(tasks.errorString(), tasks.fileName(), ErrorKind::Io);
    return Ok{};
}

} // namespace tb
