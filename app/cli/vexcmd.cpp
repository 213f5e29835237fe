// vex: the vulnerabilities of a CycloneDX BOM against the model, a person's triage of each,
// and the CycloneDX VEX document that states only what a person confirmed.

#include "cli.h"

#include "core/project.h"
#include "cra/vexanalysis.h"
#include "io/jsonwriter.h"
#include "io/vexexport.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace tb::cli {

namespace {

const QCommandLineOption kJson(QStringLiteral("json"),
                               QStringLiteral("Print one JSON document on stdout."));
const QCommandLineOption kBom(QStringLiteral("bom"),
                              QStringLiteral("A CycloneDX 1.4-1.6 JSON BOM with vulnerabilities."),
                              QStringLiteral("BOM"));

Result<VulnerableBom> readBom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString(), path,
                         QFileInfo::exists(path) ? ErrorKind::Io : ErrorKind::BadInput);
    return parseCycloneDxVulnerabilities(file.read(64 * 1024 * 1024 + 1), path);
}

Result<void> save(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return makeError(out.errorString(), path, ErrorKind::Io);
    return Ok{};
}

QJsonObject findingJson(const ProjectData &data, const VexFinding &f)
{
    QJsonArray components, elements;
    for (const Id &id : f.components)
        components.append(componentLabel(data.components[id]));
    for (const Id &id : f.elements)
        elements.append(data.elements[id].name);
    QJsonObject suggestion{
        {QStringLiteral("state"), f.suggestion.state},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(f.suggestion.reasons)}};
    if (!f.suggestion.justification.isEmpty())
        suggestion.insert(QStringLiteral("justification"), f.suggestion.justification);
    QJsonValue decision; // null when nobody decided
    if (f.decision)
        decision = vexTriageToJson({*f.decision})
                       .value(QStringLiteral("vulnerabilities"))
                       .toObject()
                       .value(f.decision->vulnerability);
    return {{QStringLiteral("id"), f.vulnerability.id},
            {QStringLiteral("severity"), f.vulnerability.severity},
            {QStringLiteral("affects"), QJsonArray::fromStringList(f.vulnerability.affects)},
            {QStringLiteral("components"), components},
            {QStringLiteral("notInProject"), QJsonArray::fromStringList(f.notInProject)},
            {QStringLiteral("elements"), elements},
            {QStringLiteral("suggestion"), suggestion},
            {QStringLiteral("decision"), decision},
            {QStringLiteral("exported"), vexAnalysis(f).value(QStringLiteral("state"))}};
}

QString findingText(const ProjectData &data, const VexFinding &f)
{
    QStringList in;
    for (const Id &id : f.elements)
        in.append(data.elements[id].name);
    QString text
        = QStringLiteral("%1  %2  in %3\n")
              .arg(f.vulnerability.id,
                   f.vulnerability.severity.isEmpty() ? QStringLiteral("unrated")
                                                      : f.vulnerability.severity,
                   in.isEmpty() ? QStringLiteral("(no element)") : in.join(QStringLiteral(", ")));
    if (f.decision)
        text += QStringLiteral("  decided: %1%2 by %3\n")
                    .arg(f.decision->state,
                         f.decision->justification.isEmpty()
                             ? QString()
                             : QStringLiteral(" (") + f.decision->justification + QLatin1Char(')'),
                         f.decision->confirmedBy);
    text += QStringLiteral("  suggested: %1%2\n")
                .arg(f.suggestion.state,
                     f.suggestion.justification.isEmpty()
                         ? QString()
                         : QStringLiteral(" (") + f.suggestion.justification + QLatin1Char(')'));
    for (const QString &r : f.suggestion.reasons)
        text += QStringLiteral("    - ") + r + QLatin1Char('\n');
    return text;
}

int runTriage(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    parser.addPositionalArgument(QStringLiteral("VULNERABILITY"),
                                 QStringLiteral("The vulnerability id, e.g. CVE-2024-1234."));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("resolved, exploitable, in_triage, "
                                                  "false_positive or not_affected."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption justification(
        QStringLiteral("justification"),
        QStringLiteral("Why not_affected: %1.").arg(vexJustifications().join(QStringLiteral(", "))),
        QStringLiteral("J"));
    const QCommandLineOption response(QStringLiteral("response"),
                                      QStringLiteral("A response (repeatable): %1.")
                                          .arg(vexResponses().join(QStringLiteral(", "))),
                                      QStringLiteral("R"));
    const QCommandLineOption detail(QStringLiteral("detail"),
                                    QStringLiteral("What was checked, in the user's words."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("Who decides (required unless --clear)."),
                                QStringLiteral("NAME"));
    const QCommandLineOption clear(QStringLiteral("clear"),
                                   QStringLiteral("Remove the decision: back to a suggestion."));
    parser.addOptions({state, justification, response, detail, by, clear, kBom});
    if (auto stop = parse(parser, args, QStringLiteral("vex triage"),
                          QStringLiteral("Record a person's decision about one vulnerability, "
                                         "as one undoable change of the project."),
                          2, 2))
        return *stop;
    VexDecision d;
    d.vulnerability = parser.positionalArguments().at(1);
    if (parser.isSet(kBom)) { // a typo in the id is caught before anything is written
        Result<VulnerableBom> bom = readBom(parser.value(kBom));
        if (!bom)
            return fail(bom.error());
        const bool listed
            = std::any_of(bom->vulnerabilities.cbegin(), bom->vulnerabilities.cend(),
                          [&](const SbomVulnerability &v) { return v.id == d.vulnerability; });
        if (!listed)
            return fail(makeError(QStringLiteral("not listed in the BOM"), d.vulnerability));
    }
    if (!parser.isSet(clear)) {
        d.state = parser.value(state);
        d.justification = parser.value(justification);
        d.response = parser.values(response);
        d.detail = parser.value(detail);
        d.confirmedBy = parser.value(by);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        d.confirmedAt = now.addMSecs(-now.time().msec()); // stored to the second
        if (Result<void> r = checkVexDecision(d); !r)
            return usageError(
                QStringLiteral("vex triage: --%1: %2")
                    .arg(r.error()
                             .where.section(QLatin1Char('['), 0, 0)
                             .replace(QStringLiteral("confirmedBy"), QStringLiteral("by")),
                         r.error().message));
    }

    Result<std::unique_ptr<ProjectStore>> store
        = ProjectStore::open(parser.positionalArguments().at(0));
    if (!store)
        return fail(store.error());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
    const QList<VexDecision> before = vexTriageOf(project.data());
    const bool had = std::any_of(before.cbegin(), before.cend(), [&](const VexDecision &x) {
        return x.vulnerability == d.vulnerability;
    });
    if (parser.isSet(clear) && !had)
        return fail(makeError(QStringLiteral("no decision recorded"), d.vulnerability));
    const SetProjectSetting edit{kVexTriageKey,
                                 vexTriageWith(project.data(), d, parser.isSet(clear))};
    if (Result<Edit> r = project.apply(edit); !r)
        return fail(r.error());
    printText(parser.isSet(clear) ? QStringLiteral("%1: decision removed\n").arg(d.vulnerability)
                                  : QStringLiteral("%1: %2 (confirmed by %3)\n")
                                        .arg(d.vulnerability, d.state, d.confirmedBy));
    return Success;
}

} // namespace

int runVex(const QStringList &args)
{
    if (args.value(1) == QLatin1String("triage")) {
        QStringList rest = args;
        rest.removeAt(1);
        return runTriage(rest);
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    const QCommandLineOption output(QStringLiteral("o"),
                                    QStringLiteral("Write the CycloneDX 1.5 VEX to FILE."),
                                    QStringLiteral("FILE"));
    parser.addOptions({kBom, output, kJson});
    if (auto stop
        = parse(parser, args, QStringLiteral("vex"),
                QStringLiteral("List the vulnerabilities of a BOM with the elements they touch, "
                               "the model's suggestion and the recorded decision; with -o, write "
                               "a CycloneDX VEX that claims only what a person confirmed.\n"
                               "Record decisions with: threatbench-cli vex triage PROJECT VULN "
                               "--state S [--justification J] [--response R]... [--detail D] "
                               "--by NAME"),
                1, 1))
        return *stop;
    if (!parser.isSet(kBom))
        return usageError(QStringLiteral("vex: --bom BOM is required"));
    Result<VulnerableBom> bom = readBom(parser.value(kBom));
    if (!bom)
        return fail(bom.error());
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());

    const QList<VexFinding> findings = analyseVulnerabilities(data.value(), bom.value());
    const QStringList stale = staleVexDecisions(data.value(), bom.value());
    if (parser.isSet(output)) {
        VexExportOptions options;
        options.toolName = QStringLiteral("threatbench-cli");
        options.toolVersion = QStringLiteral(THREATBENCH_VERSION);
        options.timestamp = QDateTime::currentDateTimeUtc();
        const QJsonObject vex = buildVex(bom.value(), findings, options);
        if (Result<void> r = save(parser.value(output), writeStableJson(vex)); !r)
            return fail(r.error());
    }
    int decided = 0;
    for (const VexFinding &f : findings)
        decided += f.decision ? 1 : 0;
    if (parser.isSet(kJson)) {
        QJsonArray list;
        for (const VexFinding &f : findings)
            list.append(findingJson(data.value(), f));
        printJson(QJsonObject{{QStringLiteral("bom"), QFileInfo(parser.value(kBom)).fileName()},
                              {QStringLiteral("vulnerabilities"), list},
                              {QStringLiteral("decided"), decided},
                              {QStringLiteral("staleDecisions"), QJsonArray::fromStringList(stale)},
                              {QStringLiteral("output"), parser.value(output)}});
        return Success;
    }
    QString text;
    for (const VexFinding &f : findings)
        text += findingText(data.value(), f);
    text += QStringLiteral("%1 vulnerabilit%2, %3 decided by a person\n")
                .arg(findings.size())
                .arg(findings.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                .arg(decided);
    for (const QString &id : stale)
        text += QStringLiteral("decision for %1 kept, but the BOM no longer lists it\n").arg(id);
    if (parser.isSet(output))
        text += QStringLiteral("wrote %1\n").arg(parser.value(output));
    printText(text);
    return Success;
}

} // namespace tb::cli
