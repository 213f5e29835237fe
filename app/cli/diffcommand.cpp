// diff: a semantic diff of two threat models, for review and as a git difftool.

#include "cli.h"

#include "io/projectdiff.h"
#include "io/projectload.h"

namespace tb::cli {

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("A"),
        QStringLiteral("The old model: a project (*.threatbench) or JSON (*.threatbench.json)."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The new model."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON document on stdout."));
    parser.addOption(json);
    // parse() puts the command after every "threatbench-cli" in the help, hence the bare name.
    if (auto stop = parse(
            parser, args, QStringLiteral("diff"),
            QStringLiteral(
                "Compare two threat models object by object: elements, flows, boundaries, data "
                "assets, diagrams, threats, tasks, Annex I verdicts, SBOM components, the EBIOS "
                "RM study and the product.\n"
                "Exit status, as diff(1): 0 identical, 1 different, 2 usage error or a bad file, "
                "3 I/O failure.\n"
                "As a git difftool: git difftool -x 'threatbench-cli' -y [REV] -- FILE"),
            2, 2))
        return *stop;
    const QString pathA = parser.positionalArguments().at(0);
    const QString pathB = parser.positionalArguments().at(1);
    const Result<ProjectData> a = loadDiffSide(pathA);
    if (!a)
        return fail(a.error());
    const Result<ProjectData> b = loadDiffSide(pathB);
    if (!b)
        return fail(b.error());

    const ProjectDiff diff = diffProjects(a.value(), b.value());
    if (parser.isSet(json))
        printJson(diffToJson(diff));
    else
        printText(QStringLiteral("--- ") + pathA + QStringLiteral("\n+++ ") + pathB
                  + QStringLiteral("\n\n") + diffToText(diff));
    return diff.isIdentical() ? Success : CheckFailed;
}

} // namespace tb::cli
