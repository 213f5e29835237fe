// new, info, import, export.

#include "cli.h"

#include "core/project.h"
#include "core/propertycatalog.h"
#include "engine/templatelibrary.h"
#include "io/canonicaljson.h"
#include "io/importreporttext.h"
#include "io/modelexport.h"
#include "io/modelimport.h"
#include "io/projectinfo.h"
#include "io/tb7import.h"
#include "store/projectstore.h"

#include <QDir>
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
    message(importReportText(imported.value(), input, output));
    return Success;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    parser.addOption(kOutput);
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("threatbench-json (default), threat-dragon or "
                                                   "otm."),
                                    QStringLiteral("FORMAT"), QStringLiteral("threatbench-json"));
    parser.addOption(format);
    if (auto stop = parse(parser, args, QStringLiteral("export"),
                          QStringLiteral("Export a project as canonical JSON, Threat Dragon v2 "
                                         "JSON or Open Threat Model JSON (-o - for stdout)."),
                          1, 1))
        return *stop;
    const QString output = parser.value(kOutput);
    if (output.isEmpty())
        return usageError(QStringLiteral("export: -o FILE is required"));
    const QString fmt = parser.value(format);
    if (!exportFormats().contains(fmt))
        return usageError(QStringLiteral("export: unknown --format \"%1\"; expected one of %2")
                              .arg(fmt, exportFormats().join(QStringLiteral(", "))));
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    Result<Exported> exported = exportModel(data.value(), fmt);
    if (!exported)
        return fail(exported.error());
    for (const QString &line : exported->lost)
        message(QStringLiteral("not kept: ") + line);
    if (output == QLatin1String("-")) {
        printText(QString::fromUtf8(exported->bytes));
        return Success;
    }
    if (Result<void> r = fmt == QLatin1String("threatbench-json")
                             ? exportCanonicalJsonFile(data.value(), output)
                             : writeExportFile(exported->bytes, output);
        !r)
        return fail(r.error());
    message(QStringLiteral("Exported to %1 (%2).").arg(output, fmt));
    return Success;
}

int runTemplatesImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A Threat Modeling Tool template (.tb7)."));
    parser.addOption(kOutput);
    parser.addOption(kJson);
    if (auto stop = parse(parser, args, QStringLiteral("templates import"),
                          QStringLiteral("Translate the threat types of a .tb7 template into a "
                                         "Threatbench template library in DIR."),
                          1, 1))
        return *stop;
    const QString input = parser.positionalArguments().at(0);
    const QString dir = parser.value(kOutput);
    if (dir.isEmpty())
        return usageError(QStringLiteral("templates import: -o DIR is required"));
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return fail(makeError(file.exists() ? file.errorString() : QStringLiteral("no such file"),
                              input, file.exists() ? ErrorKind::Io : ErrorKind::BadInput));
    Result<Tb7Translation> t = translateTb7(file.readAll(), QFileInfo(input).fileName());
    if (!t)
        return fail(t.error());
    if (!QDir().mkpath(dir))
        return fail(makeError(QStringLiteral("cannot create the folder"), dir, ErrorKind::Io));
    const QString output = QDir(dir).filePath(t->library + QStringLiteral(".json"));
    if (Result<void> r
        = writeExportFile(QJsonDocument(t->templates).toJson(QJsonDocument::Indented), output);
        !r)
        return fail(r.error());
    // What was written must load: the built-in library first, for the mitigation catalogue.
    const LibraryLoad load
        = loadTemplateLibrary({QStringLiteral(":/templates"), dir}, PropertyCatalog::builtIn());
    for (const Error &e : load.problems)
        message(QStringLiteral("invalid: ") + e.text());
    if (parser.isSet(kJson))
        printJson(QJsonObject{
            {QStringLiteral("output"), output},
            {QStringLiteral("translated"), QJsonArray::fromStringList(t->translated)},
            {QStringLiteral("approximated"), QJsonArray::fromStringList(t->approximated)},
            {QStringLiteral("untranslated"), QJsonArray::fromStringList(t->untranslated)}});
    for (const QString &line : t->approximated)
        message(QStringLiteral("approximated: ") + line);
    for (const QString &line : t->untranslated)
        message(QStringLiteral("not translated: ") + line);
    message(QStringLiteral("Translated %1 of %2 threat types into %3; %4 not translated.")
                .arg(t->translated.size())
                .arg(t->translated.size() + t->untranslated.size())
                .arg(output)
                .arg(t->untranslated.size()));
    return load.problems.isEmpty() ? Success : BadInput;
}

} // namespace tb::cli
