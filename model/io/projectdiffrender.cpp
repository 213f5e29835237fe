// Text and JSON renderings of a project diff.

#include "projectdiff.h"

#include <QJsonArray>

namespace tb {

namespace {

constexpr qsizetype kMaxValueLength = 80;

// Long texts (descriptions) are cut so one change stays one line.
QString shown(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("(none)");
    QString s = value.simplified();
    if (s.size() > kMaxValueLength)
        s = s.left(kMaxValueLength - 3) + QStringLiteral("...");
    return s;
}

QString fieldText(const DiffField &f)
{
    if (f.summaryOnly)
        return f.field + QStringLiteral(": ") + f.after;
    return f.field + QStringLiteral(": ") + shown(f.before) + QStringLiteral(" -> ")
           + shown(f.after);
}

QString heading(const DiffSection &s)
{
    QStringList counts;
    if (!s.added.isEmpty())
        counts.append(QStringLiteral("%1 added").arg(s.added.size()));
    if (!s.removed.isEmpty())
        counts.append(QStringLiteral("%1 removed").arg(s.removed.size()));
    if (!s.changed.isEmpty())
        counts.append(QStringLiteral("%1 changed").arg(s.changed.size()));
    return s.title + QStringLiteral(" (") + counts.join(QStringLiteral(", ")) + QStringLiteral(")");
}

QJsonObject entryJson(const DiffEntry &e, bool withChanges)
{
    QJsonObject o{{QStringLiteral("kind"), e.kind}, {QStringLiteral("name"), e.name}};
    if (!e.id.isNull())
        o.insert(QStringLiteral("id"), idString(e.id));
    if (!e.summary.isEmpty())
        o.insert(QStringLiteral("summary"), e.summary);
    if (!withChanges)
        return o;
    QJsonArray changes;
    for (const DiffField &f : e.fields) {
        QJsonObject c{{QStringLiteral("field"), f.field}};
        if (f.summaryOnly) {
            c.insert(QStringLiteral("summary"), f.after);
        } else {
            c.insert(QStringLiteral("old"), f.before);
            c.insert(QStringLiteral("new"), f.after);
        }
        changes.append(c);
    }
    o.insert(QStringLiteral("changes"), changes);
    return o;
}

QJsonArray entriesJson(const QList<DiffEntry> &list, bool withChanges)
{
    QJsonArray out;
    for (const DiffEntry &e : list)
        out.append(entryJson(e, withChanges));
    return out;
}

} // namespace

QString diffEntryLabel(const DiffEntry &e)
{
    if (e.id.isNull() && e.kind != QLatin1String("product"))
        return e.name; // "I(2)(d)", "SBOM", "risk criteria"
    return e.kind + QStringLiteral(" \"") + e.name + QLatin1Char('"');
}

QString diffToText(const ProjectDiff &diff)
{
    if (diff.isIdentical())
        return QStringLiteral("No differences.\n");
    QStringList lines;
    for (const DiffSection &s : diff.sections) {
        if (s.isEmpty())
            continue;
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(heading(s));
        for (const DiffEntry &e : s.added)
            lines.append(QStringLiteral("+ ") + diffEntryLabel(e)
                         + (e.summary.isEmpty()
                                ? QString()
                                : QStringLiteral(" (") + e.summary + QLatin1Char(')')));
        for (const DiffEntry &e : s.removed)
            lines.append(QStringLiteral("- ") + diffEntryLabel(e)
                         + (e.summary.isEmpty()
                                ? QString()
                                : QStringLiteral(" (") + e.summary + QLatin1Char(')')));
        for (const DiffEntry &e : s.changed) {
            // "~ I(2)(d) verdict: gap -> partial", "~ process "X": name: ..."
            const QString head = QStringLiteral("~ ") + diffEntryLabel(e)
                                 + (e.kind == QLatin1String("requirement") ? QStringLiteral(" ")
                                                                           : QStringLiteral(": "));
            for (const DiffField &f : e.fields)
                lines.append(head + fieldText(f));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject diffToJson(const ProjectDiff &diff)
{
    QJsonObject o{{QStringLiteral("identical"), diff.isIdentical()}};
    for (const DiffSection &s : diff.sections)
        o.insert(s.key, QJsonObject{{QStringLiteral("added"), entriesJson(s.added, false)},
                                    {QStringLiteral("removed"), entriesJson(s.removed, false)},
                                    {QStringLiteral("changed"), entriesJson(s.changed, true)}});
    return o;
}

} // namespace tb
