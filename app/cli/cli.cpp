#include "cli.h"

#include "io/jsonwriter.h"
#include "io/projectload.h"

#include <QTextStream>

#include <cstdio>

namespace tb::cli {

int exitFor(const Error &error)
{
    return error.kind == ErrorKind::BadInput ? BadInput : IoFailure;
}

void message(const QString &text)
{
    std::fputs(qUtf8Printable(text + QLatin1Char('\n')), stderr);
}

void printText(const QString &text)
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fflush(stdout);
}

void printJson(const QJsonValue &v)
{
    const QByteArray bytes = writeStableJson(v);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const Error &error)
{
    message(QStringLiteral("threatbench-cli: ") + error.text());
    return exitFor(error);
}

int usageError(const QString &text)
{
    message(QStringLiteral("threatbench-cli: ") + text);
    message(QStringLiteral("Try 'threatbench-cli --help'."));
    return BadInput;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &args,
                         const QString &command, const QString &description, int minPositional,
                         int maxPositional)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(args))
        return usageError(command + QStringLiteral(": ") + parser.errorText());
    if (parser.isSet(help)) {
        printText(parser.helpText().replace(QStringLiteral("threatbench-cli"),
                                            QStringLiteral("threatbench-cli ") + command));
        return Success;
    }
    if (parser.isSet(version)) {
        printText(QStringLiteral("threatbench-cli " THREATBENCH_VERSION "\n"));
        return Success;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional)
        return usageError(command + QStringLiteral(": missing argument"));
    if (n > maxPositional)
        return usageError(command
                          + QStringLiteral(": unexpected argument \"%1\"")
                                .arg(parser.positionalArguments().at(maxPositional)));
    return std::nullopt;
}

Result<ProjectData> loadAny(const QString &path)
{
    return loadProjectData(path);
}

} // namespace tb::cli
