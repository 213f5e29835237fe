#include "clirunner.h"

#include <QProcess>

namespace tb::test {

CliRun runCli(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    p.start(QStringLiteral(THREATBENCH_CLI), args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace tb::test
