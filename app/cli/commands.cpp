// new, info, import, export.

#include "cli.h"

#include "core/project.h"
#include "core/propertycatalog.h"
#include "io/canonicaljson.h"
#include "io/modelimport.h"
#include "io/projectinfo.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace tb::cli {

namespace {

const QCommandLineOption kJson(QStringLiteral("json"),
                               QStringLiteral("Print one JSON document on stdout."));
const QCommandLineOption kOutput({QStringLiteral("o"), QStringLiteral("output")},
                                 QStringLiteral("Write to FILE."), QStringLiteral("FILE"));

QString infoText(const QJsonObject &info, const QString &path)
{
    const QJsonObject p = info.value(QStringLiteral("product")).toObject();
    const QJsonObject kinds = info.value(QStringLiteral("elementsByKind")).toObject();
    const auto n = [&](const char *key) {
        return info.value(QLatin1String(key)).toInt();
    };
    QString s;
    s += QStringLiteral("Product:      %1 %2\n")
             .arg(p.value(QStringLiteral("name")).toString(),
                  p.value(QStringLiteral("version")).toString())
             .replace(QStringLiteral(" \n"), QStringLiteral("\n"));
    s += QStringLiteral("Manufacturer: %1\n")
             .arg(p.value(QStringLiteral("manufacturer")).toString());
    s += QStringLiteral("CRA class:    %1\n").arg(p.value(QStringLiteral("craClass")).toString());
    s += QStringLiteral("Support end:  %1\n")
             .arg(p.value(QStringLiteral("supportEnd")).toString(QStringLiteral("not set")));
    s += QStringLiteral("File:         %1\n").arg(path);
    s += QStringLiteral("Diagrams:     %1\n").arg(n("diagrams"));
    s += QStringLiteral("Elements:     %1 (%2 external, %3 processes, %4 stores)\n")
             .arg(n("elements"))
             .arg(kinds.value(QStringLiteral("external")).toInt())
             .arg(kinds.value(QStringLiteral("process")).toInt())
             .arg(kinds.value(QStringLiteral("store")).toInt());
    s += QStringLiteral("Flows:        %1 (%2 cross a trust boundary)\n")
             .arg(n("flows"))
             .arg(n("flowsCrossingBoundaries"));
    s += QStringLiteral("Boundaries:   %1\n").arg(n("boundaries"));
    s += QStringLiteral("Data assets:  %1\n").arg(n("dataAssets"));
    s += QStringLiteral("Threats:      %1\n").arg(n("threats"));
    s += QStringLiteral("Tasks:        %1\n").arg(n("tasks"));
    return s;
}

} // namespace

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The file to create."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The product's name."),
                                  QStringLiteral("NAME"));
    parser.addOption(name);
    if (auto stop = parse(parser, args, QStringLiteral("new"),
                          QStringLiteral("Create an empty project file with one diagram."), 1, 1))
        return *stop;
    const QString path = parser.positionalArguments().at(0);
    const QString productName
        = parser.isSet(name) ? parser.value(name) : QFileInfo(path).completeBaseName();
    if (productName.trimmed().isEmpty())
        return usageError(QStringLiteral("new: --name must not be empty"));
    Result<std::unique_ptr<ProjectStore>> store
        = ProjectStore::create(path, Project::blank(productName));
    if (!store)
        return fail(store.error());
    message(QStringLiteral("Created %1 for product \"%2\".").arg(path, productName));
    return Success;
}

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project file or a .threatbench.json file."));
    parser.addOption(kJson);
    if (auto stop = parse(parser, args, QStringLiteral("info"),
                          QStringLiteral("Show product metadata and counts."), 1, 1))
        return *stop;
    const QString path = parser.positionalArguments().at(0);
    Result<ProjectData> data = loadAny(path);
    if (!data)
        return fail(data.error());
    const QJsonObject info = projectInfo(data.value());
    if (parser.isSet(kJson))
        printJson(info);
    else
        printText(infoText(info, path));
    return Success;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The model file to read."));
    parser.addOption(kOutput);
    parser.addOption(kJson);
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("auto (default: recognised from the content) or one of: ")
            + importFormats().join(QStringLiteral(", ")),
        QStringLiteral("FORMAT"), QStringLiteral("auto"));
    parser.addOption(format);
    if (auto stop = parse(parser, args, QStringLiteral("import"),
                          QStringLiteral("Import a model file into a new project file."), 1, 1))
        return *stop;
    const QString input = parser.positionalArguments().at(0);
    const QString output = parser.value(kOutput);
    if (output.isEmpty())
        return usageError(QStringLiteral("import: -o PROJECT.threatbench is required"));
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("auto") && !importFormats().contains(fmt))
        return usageError(
            QStringLiteral("import: unknown --format \"%1\"; expected auto or one of %2")
                .arg(fmt, importFormats().join(QStringLiteral(", "))));
    Result<Imported> imported = importModel(input, fmt, PropertyCatalog::builtIn());
    if (!imported)
        return fail(imported.error());
    const ProjectData &data = imported->data;
    const ImportReport &r = imported->report;
    Result<std::unique_ptr<ProjectStore>> store = ProjectStore::create(output, data);
    if (!store)
        return fail(store.error());
    if (parser.isSet(kJson)) {
        QJsonObject report = projectInfo(data);
        report.insert(QStringLiteral("format"), r.format);
        report.insert(QStringLiteral("input"), input);
        report.insert(QStringLiteral("output"), output);
        report.insert(QStringLiteral("approximated"), QJsonArray::fromStringList(r.approximated));
        report.insert(QStringLiteral("dropped"), QJsonArray::fromStringList(r.dropped));
        printJson(report);
    }
    for (const QString &line : r.approximated)
        message(QStringLiteral("approximated: ") + line);
    for (const QString &line : r.dropped)
        message(QStringLiteral("dropped: ") + line);
    message(QStringLiteral("Imported %1 (%2): %3 elements, %4 flows, %5 boundaries, %6 data "
                           "assets, %7 threats, %8 tasks into %9; %10 approximated, %11 dropped.")
                .arg(input, r.format)
                .arg(data.elements.size())
                .arg(data.flows.size())
                .arg(data.boundaries.size())
                .arg(data.assets.size())
                .arg(data.threats.size())
                .arg(data.tasks.size())
                .arg(output)
                .arg(r.approximated.size())
                .arg(r.dropped.size()));
    return Success;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    parser.addOption(kOutput);
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("threatbench-json (default)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("threatbench-json"));
    parser.addOption(format);
    if (auto stop
        = parse(parser, args, QStringLiteral("export"),
                QStringLiteral("Export a project as canonical JSON (-o - for stdout)."), 1, 1))
        return *stop;
    const QString output = parser.value(kOutput);
    if (output.isEmpty())
        return usageError(QStringLiteral("export: -o FILE is required"));
    if (parser.value(format) != QLatin1String("threatbench-json"))
        return usageError(QStringLiteral("export: unknown --format \"%1\"; expected "
                                         "threatbench-json")
                              .arg(parser.value(format)));
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    if (output == QLatin1String("-")) {
        printText(QString::fromUtf8(writeCanonicalJson(data.value())));
        return Success;
    }
    if (Result<void> r = exportCanonicalJsonFile(data.value(), output); !r)
        return fail(r.error());
    message(QStringLiteral("Exported to %1.").arg(output));
    return Success;
}

} // namespace tb::cli
