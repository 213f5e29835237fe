#pragma once

// Shared plumbing of threatbench-cli commands: exit codes, output, loading projects.

#include "core/projectdata.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace tb::cli {

/// The exit-code contract users' scripts rely on.
enum Exit : int {
    Success = 0,
    CheckFailed = 1,
    BadInput = 2, // usage errors and bad input
    IoFailure = 3 // I/O or environment failures
};

int exitFor(const Error &error);
/// Prints "threatbench-cli: <where>: <message>" on stderr and returns the matching exit code.
int fail(const Error &error);
int usageError(const QString &message);
void message(const QString &text);   // to stderr
void printJson(const QJsonValue &v); // one document on stdout
void printText(const QString &text); // to stdout

/// Parses a command's arguments. Returns an exit code when the command should stop here
/// (--help shown, or a usage error), nothing when it should run.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args,
                         const QString &command, const QString &description, int minPositional,
                         int maxPositional);

/// Loads a project file (*.threatbench, read-only) or an exchange file (*.threatbench.json),
/// recognised from content.
Result<ProjectData> loadAny(const QString &path);

int runNew(const QStringList &args);
int runInfo(const QStringList &args);
int runImport(const QStringList &args);
int runExport(const QStringList &args);
int runApply(const QStringList &args);
int runDerive(const QStringList &args);
int runThreats(const QStringList &args);
int runExplain(const QStringList &args);
int runTemplates(const QStringList &args);
int runCra(const QStringList &args);
int runTasks(const QStringList &args);
int runAccept(const QStringList &args);
int runCheck(const QStringList &args);
int runImportSbom(const QStringList &args);
int runComponents(const QStringList &args);
int runRisks(const QStringList &args);
int runReport(const QStringList &args);
int runEbios(const QStringList &args);
int runDiff(const QStringList &args);
int runTechfile(const QStringList &args);
int runVex(const QStringList &args);

} // namespace tb::cli
