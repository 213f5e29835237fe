// apply: one JSON edit per line through the funnel, each committed as it goes.

#include "cli.h"

#include "core/project.h"
#include "io/editjson.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace tb::cli {

namespace {

struct Outcome
{
    int applied = 0;
    int failedLine = 0;
    Error error;
};

// Reads lines one at a time so a long stream starts applying at once and memory stays flat.
Outcome applyLines(QFile &input, const QString &name, Project &project)
{
    Outcome out;
    int lineNo = 0;
    while (!input.atEnd()) {
        const QByteArray line = input.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QString where = name + QLatin1Char(':') + QString::number(lineNo);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        Result<Edit> edit = makeError(QString());
        if (err.error != QJsonParseError::NoError)
            edit = makeError(QStringLiteral("not valid JSON (%1 at column %2)")
                                 .arg(err.errorString())
                                 .arg(err.offset + 1),
                             where);
        else if (!doc.isObject())
            edit = makeError(QStringLiteral("expected one JSON object per line"), where);
        else
            edit = editFromJson(doc.object(), where);
        if (edit) {
            Result<Edit> applied = project.apply(edit.value());
            if (applied) {
                ++out.applied;
                continue;
            }
            edit = makeError(applied.error().text(), where, applied.error().kind);
        }
        out.failedLine = lineNo;
        out.error = edit.error();
        break;
    }
    return out;
}

} // namespace

int runApply(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    parser.addPositionalArgument(QStringLiteral("EDITS"),
                                 QStringLiteral("JSON Lines file of edits, or - for stdin."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON document on stdout."));
    parser.addOption(json);
    if (auto stop = parse(parser, args, QStringLiteral("apply"),
                          QStringLiteral("Apply one JSON edit per line; each is committed as it "
                                         "goes, and the first invalid line stops the run."),
                          2, 2))
        return *stop;
    const QString path = parser.positionalArguments().at(0);
    const QString editsPath = parser.positionalArguments().at(1);
    QFile input;
    const bool fromStdin = editsPath == QLatin1String("-");
    if (fromStdin ? !input.open(stdin, QIODevice::ReadOnly)
                  : (input.setFileName(editsPath), !input.open(QIODevice::ReadOnly)))
        return fail(makeError(
            QFile::exists(editsPath) ? input.errorString() : QStringLiteral("no such file"),
            editsPath, QFile::exists(editsPath) ? ErrorKind::Io : ErrorKind::BadInput));
    Result<std::unique_ptr<ProjectStore>> store = ProjectStore::open(path);
    if (!store)
        return fail(store.error());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());
    const QString name = fromStdin ? QStringLiteral("<stdin>") : QFileInfo(editsPath).fileName();
    const Outcome out = applyLines(input, name, project);
    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("applied"), out.applied}};
        if (out.failedLine) {
            o.insert(QStringLiteral("failedLine"), out.failedLine);
            o.insert(QStringLiteral("error"), out.error.message);
        }
        printJson(o);
    }
    if (out.failedLine) {
        fail(out.error);
        message(QStringLiteral("Stopped at line %1; the %2 edit(s) before it were applied and "
                               "kept.")
                    .arg(out.failedLine)
                    .arg(out.applied));
        return exitFor(out.error);
    }
    message(QStringLiteral("Applied %1 edit(s) to %2.").arg(out.applied).arg(path));
    return Success;
}

} // namespace tb::cli
