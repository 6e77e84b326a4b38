#pragma once

// Runs the real negvae executable (NEGVAE_CLI) as a child process, the way users and
// schedulers do, for the command-line tests.
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace negvae::testing {

struct CliResult {
    int exitCode = -1; // −1 when it crashed or timed out
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& arguments, int timeoutMs = 300000)
{
    QProcess process;
    process.start(QStringLiteral(NEGVAE_CLI), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Starts negvae with `arguments` (stdout and stderr merged) and reads its output until it
// holds `needle` or `timeoutMs` pass; returns what was read. The process keeps running.
inline QByteArray startCliUntil(QProcess& process, const QStringList& arguments, const QByteArray& needle,
                                int timeoutMs = 60000)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(NEGVAE_CLI), arguments);
    QByteArray output;
    if (!process.waitForStarted())
        return output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains(needle) && timer.elapsed() < timeoutMs && process.state() == QProcess::Running) {
        process.waitForReadyRead(50);
        output += process.readAll();
    }
    return output;
}

} // namespace negvae::testing
