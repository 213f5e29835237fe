// derive, threats, explain, templates.

#include "cli.h"

#include "core/project.h"
#include "core/propertycatalog.h"
#include "engine/derivation.h"
#include "engine/templatefolders.h"
#include "io/jsonwriter.h"
#include "store/projectstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>

namespace tb::cli {

namespace {

const QCommandLineOption kJson(QStringLiteral("json"),
                               QStringLiteral("Print one JSON document on stdout."));
const QCommandLineOption
    kTemplates(QStringLiteral("templates"),
               QStringLiteral("Also read templates from DIR (repeatable; later folders override)."),
               QStringLiteral("DIR"));

// Built-in library, then the user's folder, then a folder beside the project, then --templates:
// a later folder overrides templates with the same id.
LibraryLoad loadLibrary(const QStringList &extra, const QString &project = {})
{
    return loadTemplateLibrary(templateFolders(project, extra), PropertyCatalog::builtIn());
}

int reportProblems(const QList<Error> &problems)
{
    for (const Error &e : problems)
        message(e.text());
    message(QStringLiteral("%1 problem(s) in the template library.").arg(problems.size()));
    return BadInput;
}

QJsonObject threatJson(const Threat &t)
{
    QJsonArray elements;
    for (const Involved &i : t.involved)
        elements.append(QJsonObject{{QStringLiteral("id"), idString(i.id)},
                                    {QStringLiteral("name"), i.name},
                                    {QStringLiteral("kind"), i.kind}});
    QJsonArray capec, cwe;
    for (int c : t.capec)
        capec.append(QStringLiteral("CAPEC-%1").arg(c));
    for (int c : t.cwe)
        cwe.append(QStringLiteral("CWE-%1").arg(c));
    QJsonObject o{{QStringLiteral("id"), idString(t.id)},
                  {QStringLiteral("template"),
                   t.templateId.isEmpty() ? QJsonValue() : QJsonValue(t.templateId)},
                  {QStringLiteral("elements"), elements},
                  {QStringLiteral("category"), categoryTitle(t.category)},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("description"), t.description},
                  {QStringLiteral("status"), threatStatusName(t.status)},
                  {QStringLiteral("likelihood"), t.likelihood},
                  {QStringLiteral("impact"), t.impact},
                  {QStringLiteral("annex"), QJsonArray::fromStringList(t.annex)},
                  {QStringLiteral("capec"), capec},
                  {QStringLiteral("cwe"), cwe},
                  {QStringLiteral("mitigations"), QJsonArray::fromStringList(t.mitigations)},
                  {QStringLiteral("holds"), t.holds}};
    if (!t.justification.isEmpty())
        o.insert(QStringLiteral("justification"), t.justification);
    return o;
}

} // namespace

namespace {
// A fresh derivation merged into the stored register changes something: the register is stale.
int checkStaleThreats(const QString &path, const TemplateLibrary &library, bool json)
{
    Result<ProjectData> data = loadAny(path);
    if (!data)
        return fail(data.error());
    const MergeResult merge = mergeDerivation(
        data.value(), deriveChanges(data.value(), library, PropertyCatalog::builtIn()));
    const MergeCounts &c = merge.counts;
    if (json)
        printJson(QJsonObject{{QStringLiteral("stale"), merge.changes},
                              {QStringLiteral("new"), c.added},
                              {QStringLiteral("refreshed"), c.refreshed},
                              {QStringLiteral("needsReview"), c.needsReview}});
    if (!merge.changes) {
        message(QStringLiteral("The stored threats are up to date with the model and templates."));
        return Success;
    }
    message(QStringLiteral("STALE: deriving would add %1 threat(s), refresh %2 and mark %3 for "
                           "review; run threatbench-cli derive and commit the result.")
                .arg(c.added)
                .arg(c.refreshed)
                .arg(c.needsReview));
    return CheckFailed;
}
} // namespace

int runDerive(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    parser.addOption(kTemplates);
    parser.addOption(kJson);
    const QCommandLineOption skip(
        QStringLiteral("skip-invalid"),
        QStringLiteral("Derive with the valid templates even if some are invalid."));
    parser.addOption(skip);
    const QCommandLineOption checkStale(
        QStringLiteral("check-stale"),
        QStringLiteral("Change nothing; exit 1 when the stored threats are out of date with the "
                       "model and templates (a CI gate). Takes project or exchange files."));
    parser.addOption(checkStale);
    if (auto stop = parse(
            parser, args, QStringLiteral("derive"),
            QStringLiteral(
                "Derive threats from the templates and store them, keeping every triage decision."),
            1, 1))
        return *stop;
    const LibraryLoad load
        = loadLibrary(parser.values(kTemplates), parser.positionalArguments().at(0));
    if (!load.problems.isEmpty()) {
        if (!parser.isSet(skip)) {
            reportProblems(load.problems);
            message(
                QStringLiteral("Nothing was derived; fix the templates or pass --skip-invalid."));
            return BadInput;
        }
        for (const Error &e : load.problems)
            message(QStringLiteral("skipped: ") + e.text());
    }
    if (parser.isSet(checkStale))
        return checkStaleThreats(parser.positionalArguments().at(0), load.library,
                                 parser.isSet(kJson));
    Result<std::unique_ptr<ProjectStore>> store
        = ProjectStore::open(parser.positionalArguments().at(0));
    if (!store)
        return fail(store.error());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
    QElapsedTimer timer;
    timer.start();
    // Only new and changed threats are held: big models need the memory.
    DerivedChanges derived
        = deriveChanges(project.data(), load.library, PropertyCatalog::builtIn());
    const qsizetype derivedCount = qsizetype(derived.ids.size());
    MergeResult merge = mergeDerivation(project.data(), std::move(derived));
    if (merge.changes) {
        if (Result<Edit> r = project.apply(merge.edit); !r)
            return fail(r.error());
        merge.edit = {};
    }
    const MergeCounts &c = merge.counts;
    QJsonObject byCategory;
    for (auto it = c.byCategory.cbegin(); it != c.byCategory.cend(); ++it)
        byCategory.insert(it.key(), it.value());
    if (parser.isSet(kJson)) {
        printJson(QJsonObject{
            {QStringLiteral("templates"), static_cast<int>(load.library.templates.size())},
            {QStringLiteral("derived"), static_cast<int>(derivedCount)},
            {QStringLiteral("new"), c.added},
            {QStringLiteral("kept"), c.kept},
            {QStringLiteral("refreshed"), c.refreshed},
            {QStringLiteral("needsReview"), c.needsReview},
            {QStringLiteral("byCategory"), byCategory},
            {QStringLiteral("threats"), static_cast<int>(project.data().threats.size())}});
    } else {
        QString text = QStringLiteral("Derived %1 threats from %2 templates in %3 ms: %4 new, %5 "
                                      "kept, %6 need review.\n")
                           .arg(derivedCount)
                           .arg(load.library.templates.size())
                           .arg(timer.elapsed())
                           .arg(c.added)
                           .arg(c.kept)
                           .arg(c.needsReview);
        for (auto it = c.byCategory.cbegin(); it != c.byCategory.cend(); ++it) {
            StrideCategory cat;
            parseCategory(it.key(), &cat);
            text += QStringLiteral("  %1 %2\n").arg(it.value(), 5).arg(categoryTitle(cat));
        }
        printText(text);
    }
    return Success;
}

int runThreats(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    parser.addOption(kJson);
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("Only threats with status S."),
                                    QStringLiteral("S"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      QStringLiteral("Only threats of STRIDE category C."),
                                      QStringLiteral("C"));
    parser.addOption(status);
    parser.addOption(category);
    if (auto stop = parse(parser, args, QStringLiteral("threats"),
                          QStringLiteral("List the threat register."), 1, 1))
        return *stop;
    ThreatStatus wantStatus{};
    StrideCategory wantCategory{};
    if (parser.isSet(status) && !parseThreatStatus(parser.value(status), &wantStatus))
        return usageError(
            QStringLiteral("threats: unknown --status \"%1\"; expected new, needs-review, "
                           "mitigated, accepted, transferred or not-applicable")
                .arg(parser.value(status)));
    if (parser.isSet(category) && !parseCategory(parser.value(category), &wantCategory))
        return usageError(QStringLiteral("threats: unknown --category \"%1\"; expected a STRIDE "
                                         "category such as information-disclosure")
                              .arg(parser.value(category)));
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    QJsonArray list;
    QString text;
    for (const Id &id : ProjectData::sortedIds(data->threats)) {
        const Threat &t = *data->threats.constFind(id);
        if ((parser.isSet(status) && t.status != wantStatus)
            || (parser.isSet(category) && t.category != wantCategory))
            continue;
        list.append(threatJson(t));
        text += QStringLiteral("%1  %2  %3  L%4 I%5  %6\n")
                    .arg(idString(t.id).left(8), threatStatusName(t.status),
                         categoryTitle(t.category))
                    .arg(t.likelihood)
                    .arg(t.impact)
                    .arg(t.title);
    }
    if (parser.isSet(kJson))
        printJson(list);
    else
        printText(text.isEmpty() ? QStringLiteral("No threats.\n") : text);
    return Success;
}

int runExplain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    parser.addPositionalArgument(QStringLiteral("THREAT_ID"),
                                 QStringLiteral("The threat's id (or a unique prefix)."));
    parser.addOption(kTemplates);
    parser.addOption(kJson);
    if (auto stop = parse(parser, args, QStringLiteral("explain"),
                          QStringLiteral("Say why a threat is in the register."), 2, 2))
        return *stop;
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    const QString wanted = parser.positionalArguments().at(1).toLower();
    QList<Id> matches;
    for (auto it = data->threats.cbegin(); it != data->threats.cend(); ++it) {
        if (idString(it.key()).startsWith(wanted))
            matches.append(it.key());
    }
    if (matches.size() != 1)
        return fail(
            makeError(matches.isEmpty()
                          ? QStringLiteral("no threat has this id")
                          : QStringLiteral("several threats start with this id; give more of it"),
                      parser.positionalArguments().at(1)));
    const LibraryLoad load
        = loadLibrary(parser.values(kTemplates), parser.positionalArguments().at(0));
    Result<QJsonObject> why
        = explainThreat(data.value(), load.library, PropertyCatalog::builtIn(), matches.first());
    if (!why)
        return fail(why.error());
    if (parser.isSet(kJson)) {
        printJson(why.value());
        return Success;
    }
    const QJsonObject &o = why.value();
    QString text = QStringLiteral("%1\n  id: %2\n  status: %3\n")
                       .arg(o.value(QStringLiteral("title")).toString(),
                            o.value(QStringLiteral("id")).toString(),
                            o.value(QStringLiteral("status")).toString());
    if (o.contains(QStringLiteral("origin"))) {
        printText(text + QStringLiteral("  added by hand\n"));
        return Success;
    }
    text += QStringLiteral("  template: %1 (%2, version %3)\n")
                .arg(o.value(QStringLiteral("template")).toString(),
                     o.value(QStringLiteral("templateName")).toString())
                .arg(o.value(QStringLiteral("templateVersion")).toInt());
    if (o.contains(QStringLiteral("path")))
        text += QStringLiteral("  path: %1\n").arg(o.value(QStringLiteral("path")).toString());
    text += QStringLiteral("  holds now: %1\n")
                .arg(o.value(QStringLiteral("holds")).toBool() ? QStringLiteral("yes")
                                                               : QStringLiteral("no"));
    if (o.contains(QStringLiteral("reason")))
        text += QStringLiteral("  because: %1\n").arg(o.value(QStringLiteral("reason")).toString());
    text += QStringLiteral("  condition:\n");
    for (const QJsonValue &l : o.value(QStringLiteral("trace")).toArray()) {
        const QJsonObject line = l.toObject();
        text += QString(4 + 2 * line.value(QStringLiteral("depth")).toInt(), QLatin1Char(' '))
                + (line.value(QStringLiteral("result")).toBool() ? QStringLiteral("[yes] ")
                                                                 : QStringLiteral("[no]  "))
                + line.value(QStringLiteral("text")).toString() + QLatin1Char('\n');
    }
    printText(text);
    return Success;
}

int runTemplatesImport(const QStringList &args); // commands.cpp

int runTemplates(const QStringList &args)
{
    QStringList rest = args;
    const QString sub = rest.value(1);
    if (sub == QLatin1String("import"))
        return runTemplatesImport(rest.mid(0, 1) + rest.mid(2));
    if (sub != QLatin1String("validate") && sub != QLatin1String("list")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            printText(
                QStringLiteral("Usage: threatbench-cli templates validate DIR...\n       "
                               "threatbench-cli templates list [--templates DIR]... [--json]\n"
                               "       threatbench-cli templates import FILE.tb7 -o DIR\n"));
            return Success;
        }
        return usageError(QStringLiteral("templates: expected \"validate DIR...\", \"list\" or "
                                         "\"import FILE.tb7 -o DIR\""));
    }
    rest.removeAt(1);
    QCommandLineParser parser;
    if (sub == QLatin1String("validate")) {
        parser.addPositionalArgument(QStringLiteral("DIR"),
                                     QStringLiteral("Template folders to check."),
                                     QStringLiteral("DIR..."));
        if (auto stop
            = parse(parser, rest, QStringLiteral("templates validate"),
                    QStringLiteral("Check template folders and list every problem."), 1, 1000))
            return *stop;
        const LibraryLoad load = loadTemplateLibrary(QStringList{QStringLiteral(":/templates")}
                                                         + parser.positionalArguments(),
                                                     PropertyCatalog::builtIn());
        if (!load.problems.isEmpty())
            return reportProblems(load.problems);
        message(QStringLiteral("%1 templates and %2 mitigations are valid.")
                    .arg(load.library.templates.size())
                    .arg(load.library.mitigations.size()));
        return Success;
    }
    parser.addOption(kTemplates);
    parser.addOption(kJson);
    if (auto stop = parse(parser, rest, QStringLiteral("templates list"),
                          QStringLiteral("List the templates in use."), 0, 0))
        return *stop;
    const LibraryLoad load = loadLibrary(parser.values(kTemplates));
    for (const Error &e : load.problems)
        message(QStringLiteral("skipped: ") + e.text());
    QJsonArray list;
    QString text;
    for (const ThreatTemplate &t : load.library.templates) {
        QJsonArray capec, cwe;
        for (int c : t.capec)
            capec.append(c);
        for (int c : t.cwe)
            cwe.append(c);
        list.append(
            QJsonObject{{QStringLiteral("id"), t.id},
                        {QStringLiteral("version"), t.version},
                        {QStringLiteral("name"), t.name},
                        {QStringLiteral("category"), categoryTitle(t.category)},
                        {QStringLiteral("appliesTo"), appliesToName(t.appliesTo)},
                        {QStringLiteral("capec"), capec},
                        {QStringLiteral("cwe"), cwe},
                        {QStringLiteral("annex"), QJsonArray::fromStringList(t.annex)},
                        {QStringLiteral("mitigations"), QJsonArray::fromStringList(t.mitigations)},
                        {QStringLiteral("likelihood"), t.likelihood},
                        {QStringLiteral("impact"), t.impact}});
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(t.id, -48)
                    .arg(categoryTitle(t.category), -24)
                    .arg(t.name);
    }
    if (parser.isSet(kJson))
        printJson(list);
    else
        printText(text);
    return load.problems.isEmpty() ? Success : BadInput;
}

} // namespace tb::cli
