// report: the risk register as a PDF for the technical file.

#include "cli.h"

#include "report/registerpdf.h"

namespace tb::cli {

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The PDF to write."), QStringLiteral("FILE"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   QStringLiteral("a4 (default) or letter."),
                                   QStringLiteral("SIZE"), QStringLiteral("a4"));
    parser.addOption(output);
    parser.addOption(paper);
    if (auto stop = parse(parser, args, QStringLiteral("report"),
                          QStringLiteral("Write the risk register report (threat register, "
                                         "CRA Annex I matrix, mitigation plan) as PDF."),
                          1, 1))
        return *stop;
    if (!parser.isSet(output))
        return usageError(QStringLiteral("report: -o FILE.pdf is required"));
    RegisterPdfOptions options;
    if (parser.value(paper) == QLatin1String("letter"))
        options.paper = QPageSize::Letter;
    else if (parser.value(paper) != QLatin1String("a4"))
        return usageError(QStringLiteral("report: --paper takes a4 or letter"));
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    if (Result<void> r = writeRegisterPdf(data.value(), parser.value(output), options); !r)
        return fail(r.error());
    message(QStringLiteral("Wrote %1").arg(parser.value(output)));
    return Success;
}

} // namespace tb::cli
