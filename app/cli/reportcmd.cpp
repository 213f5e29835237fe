// report: the risk register as PDF (for the technical file), CSV or HTML. Options start from
// the project's saved "report.options"; flags override them, and --save-options stores the
// result back through the edit funnel.

#include "cli.h"

#include "core/project.h"
#include "report/reportwriter.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>

namespace tb::cli {

namespace {

struct Flags
{
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              QStringLiteral("The file to write."),
                              QStringLiteral("FILE")};
    QCommandLineOption format{QStringLiteral("format"),
                              QStringLiteral("pdf, csv or html; by default from FILE's "
                                             "extension, else pdf. CSV also writes "
                                             "<name>-tasks.csv beside FILE."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption sections{QStringLiteral("sections"),
                                QStringLiteral("Comma-separated sections, in document order: %1.")
                                    .arg(reportSectionIds().join(QStringLiteral(","))),
                                QStringLiteral("LIST")};
    QCommandLineOption minRisk{QStringLiteral("min-risk"),
                               QStringLiteral("Only threats at or above this risk level."),
                               QStringLiteral("LEVEL")};
    QCommandLineOption status{QStringLiteral("status"),
                              QStringLiteral("Only threats with this status (repeatable)."),
                              QStringLiteral("STATUS")};
    QCommandLineOption diagram{QStringLiteral("diagram"),
                               QStringLiteral("Only this diagram id (repeatable)."),
                               QStringLiteral("ID")};
    QCommandLineOption language{QStringLiteral("language"), QStringLiteral("en or fr."),
                                QStringLiteral("LANG")};
    QCommandLineOption paper{QStringLiteral("paper"), QStringLiteral("a4 or letter."),
                             QStringLiteral("SIZE")};
    QCommandLineOption author{QStringLiteral("author"),
                              QStringLiteral("Author on the cover (default: the manufacturer)."),
                              QStringLiteral("NAME")};
    QCommandLineOption save{QStringLiteral("save-options"),
                            QStringLiteral("Store the options in the project (a .threatbench "
                                           "file) for the next export.")};
};

/// Saved options overridden by the flags; errors name the flag.
Result<ReportOptions> optionsFrom(const QCommandLineParser &parser, const Flags &f,
                                  const ProjectData &data)
{
    ReportOptions o;
    if (data.settings.contains(kReportOptionsKey)) {
        Result<ReportOptions> saved = reportOptionsFromJson(data.settings[kReportOptionsKey]);
        if (!saved)
            return saved.error();
        o = saved.value();
    }
    if (parser.isSet(f.sections)) {
        o.sections.clear();
        for (const QString &s : parser.value(f.sections).split(u',', Qt::SkipEmptyParts)) {
            const QString id = s.trimmed();
            if (!reportSectionIds().contains(id))
                return makeError(QStringLiteral("unknown section \"%1\" (known: %2)")
                                     .arg(id, reportSectionIds().join(QStringLiteral(","))),
                                 QStringLiteral("--sections"));
            if (!o.sections.contains(id))
                o.sections.append(id);
        }
        // Document order, whatever the order given.
        std::sort(o.sections.begin(), o.sections.end(), [](const QString &a, const QString &b) {
            return reportSectionIds().indexOf(a) < reportSectionIds().indexOf(b);
        });
    }
    if (parser.isSet(f.status)) {
        o.statuses.clear();
        for (const QString &s : parser.values(f.status)) {
            ThreatStatus st{};
            if (!parseThreatStatus(s, &st))
                return makeError(QStringLiteral("unknown threat status \"%1\" (known: new, "
                                                "needs-review, mitigated, accepted, transferred, "
                                                "not-applicable)")
                                     .arg(s),
                                 QStringLiteral("--status"));
            if (!o.statuses.contains(st))
                o.statuses.append(st);
        }
    }
    if (parser.isSet(f.minRisk)) {
        o.minRisk = parser.value(f.minRisk);
        if (!data.criteria.levels.contains(o.minRisk))
            return makeError(QStringLiteral("unknown risk level \"%1\" (the project's levels: %2)")
                                 .arg(o.minRisk, data.criteria.levels.join(QStringLiteral(", "))),
                             QStringLiteral("--min-risk"));
    }
    if (parser.isSet(f.diagram)) {
        o.diagrams.clear();
        for (const QString &s : parser.values(f.diagram)) {
            const Id id = parseId(s);
            if (id.isNull() || !data.diagrams.contains(id))
                return makeError(QStringLiteral("no diagram with id \"%1\"").arg(s),
                                 QStringLiteral("--diagram"));
            o.diagrams.append(id);
        }
    }
    if (parser.isSet(f.language)) {
        o.language = parser.value(f.language);
        if (!ReportText::isKnown(o.language))
            return makeError(QStringLiteral("takes en or fr"), QStringLiteral("--language"));
    }
    if (parser.isSet(f.paper)) {
        o.paper = parser.value(f.paper);
        if (o.paper != QLatin1String("a4") && o.paper != QLatin1String("letter"))
            return makeError(QStringLiteral("takes a4 or letter"), QStringLiteral("--paper"));
    }
    return o;
}

int saveOptions(const QString &path, const ReportOptions &options)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(16).trimmed().startsWith('{'))
        return usageError(QStringLiteral("report: --save-options needs a project file "
                                         "(.threatbench); %1 is an exchange file, import it first")
                              .arg(path));
    file.close();
    Result<std::unique_ptr<ProjectStore>> store = ProjectStore::open(path);
    if (!store)
        return fail(store.error());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
    if (Result<Edit> r = project.apply(SetProjectSetting{kReportOptionsKey, toJson(options)}); !r)
        return fail(r.error());
    return Success;
}

} // namespace

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    const Flags f;
    for (const QCommandLineOption *o : {&f.output, &f.format, &f.sections, &f.minRisk, &f.status,
                                        &f.diagram, &f.language, &f.paper, &f.author, &f.save})
        parser.addOption(*o);
    if (auto stop = parse(parser, args, QStringLiteral("report"),
                          QStringLiteral("Write the risk register report (cover, contents, "
                                         "scope, diagrams, threat register, heat maps, CRA "
                                         "Annex I matrix, mitigation plan, EBIOS RM summary, "
                                         "templates) as PDF, CSV or HTML."),
                          1, 1))
        return *stop;
    if (!parser.isSet(f.output))
        return usageError(QStringLiteral("report: -o FILE is required"));
    const QString path = parser.value(f.output);
    ReportFormat format = ReportFormat::Pdf;
    const QString formatName
        = parser.isSet(f.format) ? parser.value(f.format) : QFileInfo(path).suffix().toLower();
    if (!parseReportFormat(formatName, &format)) {
        if (parser.isSet(f.format))
            return usageError(QStringLiteral("report: --format takes pdf, csv or html"));
        format = ReportFormat::Pdf;
    }
    const QString projectPath = parser.positionalArguments().at(0);
    Result<ProjectData> data = loadAny(projectPath);
    if (!data)
        return fail(data.error());
    Result<ReportOptions> options = optionsFrom(parser, f, data.value());
    if (!options)
        return usageError(
            QStringLiteral("report: %1: %2").arg(options.error().where, options.error().message));
    if (parser.isSet(f.save)) {
        if (data.value().settings.value(kReportOptionsKey) != toJson(options.value())) {
            if (const int rc = saveOptions(projectPath, options.value()); rc != Success)
                return rc;
        }
    }
    ReportMeta meta;
    meta.author = parser.value(f.author);
    if (Result<void> r = writeReport(data.value(), options.value(), path, format, {}, meta); !r)
        return fail(r.error());
    message(format == ReportFormat::Csv
                ? QStringLiteral("Wrote %1 and %2").arg(path, csvTasksPath(path))
                : QStringLiteral("Wrote %1").arg(path));
    return Success;
}

} // namespace tb::cli
