#pragma once

#include <QByteArray>
#include <QStringList>

namespace tb::test {

/// One run of threatbench-cli. exitCode is -1 when it did not start, hung, or ended by a signal
/// (a crash breaks the CLI contract whatever the exit code would have been).
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &args, const QByteArray &stdinData = {});

} // namespace tb::test
