// techfile: the CRA technical file folder (Annex VII outline, draft declaration, Annex II
// checklist, risk register), every document a draft.

#include "cli.h"

#include "techfile/techfilewriter.h"

#include <QDate>

namespace tb::cli {

int runTechfile(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The folder to write (created if needed)."),
                                    QStringLiteral("DIR"));
    parser.addOption(output);
    if (auto stop = parse(parser, args, QStringLiteral("techfile"),
                          QStringLiteral("Write the CRA technical file drafts: Annex VII outline "
                                         "with the gaps first, draft EU declaration of conformity "
                                         "(Annex V), Annex II user information checklist (each as "
                                         "Markdown, HTML and PDF) and the risk register PDF."),
                          1, 1))
        return *stop;
    if (!parser.isSet(output))
        return usageError(QStringLiteral("techfile: -o DIR is required"));
    const QString path = parser.positionalArguments().at(0);
    Result<ProjectData> data = loadAny(path);
    if (!data)
        return fail(data.error());
    const TechFileContext ctx = techFileContextFor(path, QDate::currentDate());
    Result<TechFileWritten> written = writeTechFile(data.value(), parser.value(output), ctx);
    if (!written)
        return fail(written.error());
    for (const QString &f : written->files)
        printText(f + QLatin1Char('\n'));
    message(QStringLiteral("Wrote %1 file(s) to %2: drafts with %3 gap(s) listed and %4 blank(s) "
                           "to complete.")
                .arg(written->files.size())
                .arg(parser.value(output))
                .arg(written->gaps)
                .arg(written->blanks));
    return Success;
}

} // namespace tb::cli
