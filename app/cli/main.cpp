#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace tb::cli;

namespace {

const char kUsage[]
    = "Usage: threatbench-cli <command> [options]\n"
      "\n"
      "Threat modeling and CRA risk analysis from the command line.\n"
      "\n"
      "Commands:\n"
      "  new PROJECT.threatbench [--name NAME]      create an empty project\n"
      "  info PROJECT [--json]                      product metadata and counts\n"
      "  import FILE -o PROJECT.threatbench [--format F]  import a model file (TD, OTM, tm7, ...)\n"
      "  export PROJECT -o FILE [--format F]        canonical JSON, Threat Dragon or OTM\n"
      "  apply PROJECT EDITS.jsonl                  apply one JSON edit per line\n"
      "  derive PROJECT [--templates DIR]...        derive threats, keep triage\n"
      "  threats PROJECT [--status S] [--category C] list the threat register\n"
      "  explain PROJECT THREAT_ID                  why a threat is there\n"
      "  templates validate DIR... | list           check or list templates\n"
      "  templates import FILE.tb7 -o DIR           Microsoft TMT threat types -> templates\n"
      "  cra PROJECT [--json]                       CRA Annex I traceability matrix\n"
      "  cra classify PROJECT --answers FILE [--by NAME] [--json] [--dry-run]  CRA scope, class\n"
      "  cra profile PROJECT [--json]               the stored CRA classification and profile\n"
      "  techfile PROJECT -o DIR                    CRA technical file drafts (MD, HTML, PDF)\n"
      "  tasks PROJECT [--json]                     mitigation tasks\n"
      "  accept PROJECT MITIGATION [--threat ID]... suggested mitigation -> task\n"
      "  check PROJECT [--fail-on LEVEL] [--require-coverage]  CI gate (exit 1)\n"
      "  import-sbom PROJECT BOM.json [--attach EL] CycloneDX SBOM -> components\n"
      "  components PROJECT [--json]                SBOM components and where they are\n"
      "  report PROJECT -o FILE [--format pdf|csv|html]  risk register report\n"
      "  risks PROJECT [--json] [--rescale 4x4|5x5 [--dry-run]]  risk register, ISO 27005\n"
      "  ebios PROJECT [--json]                     EBIOS RM study, workshop by workshop\n"
      "  diff A B [--json]                          compare two models (1 if they differ)\n"
      "  vex PROJECT --bom BOM [-o VEX.cdx.json]    vulnerabilities, triage, CycloneDX VEX\n"
      "\n"
      "Run 'threatbench-cli <command> --help' for a command's options.\n"
      "Exit codes: 0 success, 1 a check found problems, 2 usage error or bad "
      "input,\n3 I/O or environment failure.\n";

} // namespace

int main(int argc, char **argv)
{
    // Only the report draws text, which needs a GUI application; offscreen unless told otherwise.
    const bool drawing
        = argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "techfile") == 0);
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(drawing ? new QGuiApplication(argc, argv)
                                                  : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("threatbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THREATBENCH_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Threatbench"));

    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        if (command.isEmpty()) { // a usage error: the text goes to stderr
            message(QString::fromLatin1(kUsage).trimmed());
            return BadInput;
        }
        printText(QString::fromLatin1(kUsage));
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printText(QStringLiteral("threatbench-cli " THREATBENCH_VERSION "\n"));
        return Success;
    }
    args.removeAt(1); // the command; the parser sees program name + options
    if (command == QLatin1String("new"))
        return runNew(args);
    if (command == QLatin1String("info"))
        return runInfo(args);
    if (command == QLatin1String("import"))
        return runImport(args);
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("apply"))
        return runApply(args);
    if (command == QLatin1String("derive"))
        return runDerive(args);
    if (command == QLatin1String("threats"))
        return runThreats(args);
    if (command == QLatin1String("explain"))
        return runExplain(args);
    if (command == QLatin1String("templates"))
        return runTemplates(args);
    if (command == QLatin1String("cra"))
        return runCra(args);
    if (command == QLatin1String("tasks"))
        return runTasks(args);
    if (command == QLatin1String("import-sbom"))
        return runImportSbom(args);
    if (command == QLatin1String("components"))
        return runComponents(args);
    if (command == QLatin1String("report"))
        return runReport(args);
    if (command == QLatin1String("risks"))
        return runRisks(args);
    if (command == QLatin1String("ebios"))
        return runEbios(args);
    if (command == QLatin1String("diff"))
        return runDiff(args);
    if (command == QLatin1String("accept"))
        return runAccept(args);
    if (command == QLatin1String("check"))
        return runCheck(args);
    if (command == QLatin1String("techfile"))
        return runTechfile(args);
    if (command == QLatin1String("vex"))
        return runVex(args);
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}
