// cra, tasks, accept, check.

#include "checkreports.h"
#include "cli.h"

#include "core/project.h"
#include "core/propertycatalog.h"
#include "cra/acceptmitigation.h"
#include "cra/annexcatalog.h"
#include "cra/coverage.h"
#include "engine/templatelibrary.h"
#include "store/projectstore.h"

#include <QJsonArray>

namespace tb::cli {

namespace {

const QCommandLineOption kJson(QStringLiteral("json"),
                               QStringLiteral("Print one JSON document on stdout."));

QJsonObject counts(const QMap<QString, int> &m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString countsText(const QMap<QString, int> &m)
{
    QStringList parts;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

QJsonObject taskJson(const MitigationTask &t)
{
    QJsonArray threats, evidence;
    for (const Id &id : t.threats)
        threats.append(idString(id));
    for (const Evidence &e : t.evidence)
        evidence.append(QJsonObject{{QStringLiteral("kind"), e.kind},
                                    {QStringLiteral("value"), e.value},
                                    {QStringLiteral("date"), e.date.toString(Qt::ISODate)}});
    return {{QStringLiteral("id"), idString(t.id)},
            {QStringLiteral("mitigation"),
             t.mitigationId.isEmpty() ? QJsonValue() : QJsonValue(t.mitigationId)},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("status"), taskStatusName(t.status)},
            {QStringLiteral("owner"), t.owner},
            {QStringLiteral("due"),
             t.due.isValid() ? QJsonValue(t.due.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("justification"), t.justification},
            {QStringLiteral("threats"), threats},
            {QStringLiteral("annex"), QJsonArray::fromStringList(t.annex)},
            {QStringLiteral("evidence"), evidence}};
}

} // namespace

int runCraClassify(const QStringList &args); // craclassifycmd.cpp
int runCraProfile(const QStringList &args);

int runCra(const QStringList &args)
{
    // Subcommands come first: "cra classify PROJECT ...", "cra profile PROJECT".
    if (args.value(1) == QLatin1String("classify") || args.value(1) == QLatin1String("profile")) {
        QStringList rest = args;
        const QString sub = rest.takeAt(1);
        return sub == QLatin1String("classify") ? runCraClassify(rest) : runCraProfile(rest);
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    parser.addOption(kJson);
    const QCommandLineOption only(
        QStringLiteral("requirement"),
        QStringLiteral("Only requirements matching TEXT: a final id (I(2)(e)), a proposal id "
                       "(I.1.3.c) or words from the title or explanation."),
        QStringLiteral("TEXT"));
    parser.addOption(only);
    if (auto stop
        = parse(parser, args, QStringLiteral("cra"),
                QStringLiteral("The CRA Annex I traceability matrix: verdict per requirement. "
                               "See also 'cra classify' and 'cra profile'."),
                1, 1))
        return *stop;
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    const AnnexCatalog &catalog = AnnexCatalog::builtIn();
    QSet<QString> wanted;
    if (parser.isSet(only)) {
        for (const AnnexRequirement *r : catalog.search(parser.value(only)))
            wanted.insert(r->id);
        if (wanted.isEmpty())
            return fail(
                makeError(QStringLiteral("no Annex I requirement matches"), parser.value(only)));
    }
    QJsonArray rows;
    QString text;
    for (const RequirementCoverage &c : computeCoverage(data.value(), catalog)) {
        if (!wanted.isEmpty() && !wanted.contains(c.id))
            continue;
        const AnnexRequirement *r = catalog.find(c.id);
        rows.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("alias"), r->alias.isEmpty() ? QJsonValue() : QJsonValue(r->alias)},
            {QStringLiteral("title"), r->title},
            {QStringLiteral("verdict"), verdictName(c.verdict)},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("threats"), static_cast<int>(c.threats.size())},
            {QStringLiteral("threatsByStatus"), counts(c.threatsByStatus)},
            {QStringLiteral("tasks"), static_cast<int>(c.tasks.size())},
            {QStringLiteral("tasksByStatus"), counts(c.tasksByStatus)},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(c.evidence)}});
        text += QStringLiteral("%1 %2 %3 %4\n      threats: %5; tasks: %6\n")
                    .arg(c.id, -8)
                    .arg(r->alias.isEmpty() ? QStringLiteral("-") : r->alias, -8)
                    .arg(verdictName(c.verdict).toUpper(), -15)
                    .arg(r->title, countsText(c.threatsByStatus), countsText(c.tasksByStatus));
        for (const QString &e : c.evidence)
            text += QStringLiteral("      evidence: %1\n").arg(e);
    }
    if (parser.isSet(kJson))
        printJson(rows);
    else
        printText(text);
    return Success;
}

int runTasks(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    parser.addOption(kJson);
    if (auto stop = parse(parser, args, QStringLiteral("tasks"),
                          QStringLiteral("List mitigation tasks. Change them with apply (addTask, "
                                         "updateTask, removeTask) or accept."),
                          1, 1))
        return *stop;
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    QJsonArray list;
    QString text;
    for (const Id &id : ProjectData::sortedIds(data->tasks)) {
        const MitigationTask &t = data->tasks[id];
        list.append(taskJson(t));
        text += QStringLiteral("%1  %2  %3 threat(s)  %4  %5\n")
                    .arg(idString(t.id).left(8))
                    .arg(taskStatusName(t.status), -11)
                    .arg(t.threats.size(), 3)
                    .arg(t.annex.join(QLatin1Char(',')), t.title);
    }
    if (parser.isSet(kJson))
        printJson(list);
    else
        printText(text.isEmpty() ? QStringLiteral("No tasks.\n") : text);
    return Success;
}

int runAccept(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    parser.addPositionalArgument(QStringLiteral("MITIGATION"),
                                 QStringLiteral("A mitigation id threats suggest, e.g. mit.tls."));
    const QCommandLineOption threat(
        QStringLiteral("threat"),
        QStringLiteral("Only this threat (repeatable); default: every threat suggesting it."),
        QStringLiteral("ID"));
    parser.addOption(threat);
    if (auto stop
        = parse(parser, args, QStringLiteral("accept"),
                QStringLiteral(
                    "Turn a suggested mitigation into a planned task linked to its threats."),
                2, 2))
        return *stop;
    QList<Id> threats;
    for (const QString &t : parser.values(threat)) {
        const Id id = parseId(t);
        if (id.isNull())
            return usageError(QStringLiteral("accept: \"%1\" is not a threat id").arg(t));
        threats.append(id);
    }
    const LibraryLoad load
        = loadTemplateLibrary({QStringLiteral(":/templates")}, PropertyCatalog::builtIn());
    Result<std::unique_ptr<ProjectStore>> store
        = ProjectStore::open(parser.positionalArguments().at(0));
    if (!store)
        return fail(store.error());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
    Result<Edit> edit = acceptMitigation(project.data(), load.library,
                                         parser.positionalArguments().at(1), threats);
    if (!edit)
        return fail(edit.error());
    if (Result<Edit> r = project.apply(edit.value()); !r)
        return fail(r.error());
    message(editText(edit.value()));
    return Success;
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"),
        QStringLiteral(
            "Fail when an open threat is at or above LEVEL (low, medium, high, critical)."),
        QStringLiteral("LEVEL"));
    const QCommandLineOption coverage(
        QStringLiteral("require-coverage"),
        QStringLiteral("Fail when an applicable Annex I requirement is a gap."));
    const QCommandLineOption sarif(
        QStringLiteral("sarif"),
        QStringLiteral("Also write the failures as SARIF 2.1.0, for code-scanning dashboards."),
        QStringLiteral("FILE"));
    const QCommandLineOption junit(
        QStringLiteral("junit"),
        QStringLiteral("Also write every threat over the threshold and requirement checked as "
                       "JUnit XML, for CI test views."),
        QStringLiteral("FILE"));
    parser.addOption(failOn);
    parser.addOption(coverage);
    parser.addOption(sarif);
    parser.addOption(junit);
    parser.addOption(kJson);
    if (auto stop
        = parse(parser, args, QStringLiteral("check"),
                QStringLiteral("CI gate: exit 1 when open threats or Annex I gaps remain."), 1, 1))
        return *stop;
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    // Levels are the project's own (default low, medium, high, critical).
    const RiskCriteria &criteria = data->criteria;
    const int threshold
        = parser.isSet(failOn)
              ? static_cast<int>(criteria.levels.indexOf(parser.value(failOn).toLower()))
              : 0;
    if (threshold < 0)
        return usageError(
            QStringLiteral("check: unknown --fail-on \"%1\"; this project's risk "
                           "levels are %2")
                .arg(parser.value(failOn), criteria.levels.join(QStringLiteral(", "))));
    QJsonArray failures;
    QStringList lines;
    QList<CheckItem> items;
    int open = 0;
    for (const Id &id : ProjectData::sortedIds(data->threats)) {
        const Threat &t = data->threats[id];
        if (t.status != ThreatStatus::New && t.status != ThreatStatus::NeedsReview)
            continue;
        ++open;
        const int level = criteria.level(t.likelihood, t.impact);
        const QString levelName = criteria.levels.value(level);
        if (parser.isSet(failOn) && level >= threshold) {
            items.append({CheckItem::Threat, t.id, {}, levelName, t.title, true});
            failures.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("open-threat")},
                                        {QStringLiteral("id"), idString(t.id)},
                                        {QStringLiteral("risk"), levelName},
                                        {QStringLiteral("status"), threatStatusName(t.status)},
                                        {QStringLiteral("title"), t.title}});
            lines.append(QStringLiteral("open %1 threat (%2): %3 [%4]")
                             .arg(levelName, threatStatusName(t.status), t.title, idString(t.id)));
        }
    }
    int gaps = 0;
    for (const RequirementCoverage &c : computeCoverage(data.value(), AnnexCatalog::builtIn())) {
        if (parser.isSet(coverage))
            items.append({CheckItem::Requirement,
                          {},
                          c.id,
                          verdictName(c.verdict),
                          AnnexCatalog::builtIn().find(c.id)->title,
                          c.verdict == Verdict::Gap});
        if (c.verdict != Verdict::Gap)
            continue;
        ++gaps;
        if (parser.isSet(coverage)) {
            failures.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("gap")},
                                        {QStringLiteral("requirement"), c.id},
                                        {QStringLiteral("reason"), c.reason}});
            lines.append(QStringLiteral("Annex I %1 is a gap: %2").arg(c.id, c.reason));
        }
    }
    const bool passed = failures.isEmpty();
    if (parser.isSet(sarif)) {
        if (Result<void> r = writeSarif(parser.value(sarif), parser.positionalArguments().at(0),
                                        data.value(), items);
            !r)
            return fail(r.error());
    }
    if (parser.isSet(junit)) {
        if (Result<void> r = writeJunit(parser.value(junit), items); !r)
            return fail(r.error());
    }
    if (parser.isSet(kJson)) {
        printJson(QJsonObject{{QStringLiteral("passed"), passed},
                              {QStringLiteral("openThreats"), open},
                              {QStringLiteral("gaps"), gaps},
                              {QStringLiteral("failures"), failures}});
    } else {
        for (const QString &l : std::as_const(lines))
            message(QStringLiteral("FAIL: ") + l);
        message(
            passed
                ? QStringLiteral(
                      "check passed: %1 open threat(s), %2 gap(s), none over the thresholds given.")
                      .arg(open)
                      .arg(gaps)
                : QStringLiteral("check failed: %1 problem(s).").arg(failures.size()));
    }
    return passed ? Success : CheckFailed;
}

} // namespace tb::cli
