// A sweep on a real Slurm cluster, end to end: the test starts a one-node cluster on
// localhost (Debian's slurm-wlm and munge; every file in a temporary folder, the daemons on
// free ports), submits the array job `negvae sweep --emit slurm` writes, waits for it,
// reports on the run folders the tasks wrote, and stops exactly the daemons it started.
// It installs slurm-wlm and munge when they are missing, and skips, saying why, only where
// they cannot be had (not root, or apt-get cannot install them).
#include "barimages.h"
#include "runstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace negvae;

namespace {

const QStringList kSystemPaths {
    QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin"), QStringLiteral("/bin")};
const QStringList kTools {QStringLiteral("munged"), QStringLiteral("slurmctld"), QStringLiteral("slurmd"),
    QStringLiteral("sbatch"), QStringLiteral("squeue"), QStringLiteral("sinfo"), QStringLiteral("scancel")};

QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name, kSystemPaths);
}

QStringList missingTools()
{
    QStringList missing;
    for (const QString& name : kTools) {
        if (tool(name).isEmpty())
            missing.append(name);
    }
    return missing;
}

// A TCP port nobody listens on right now (the kernel picks it), for slurmctld and slurmd, so
// that the test never meets a cluster that already runs on this machine.
quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("(no %1)").arg(path);
}

} // namespace

class TestSlurm : public QObject {
    Q_OBJECT

private:
    struct Result {
        int exitCode = -1;
        QString out;
    };

    QTemporaryDir m_root;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QList<QProcess*> m_daemons; // in start order
    QString m_jobId;

    Result runTool(const QString& program, const QStringList& arguments, int timeoutMs = 60000) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_root.path());
        process.start(program, arguments);
        Result result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.out = QStringLiteral("%1 timed out").arg(program);
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAll());
        return result;
    }

    // Empty when slurm-wlm and munge are there (installing them if need be), else why not.
    QString installSlurm() const
    {
        if (missingTools().isEmpty())
            return {};
        if (::geteuid() != 0)
            return QStringLiteral("%1 missing, and installing slurm-wlm and munge needs root")
                .arg(missingTools().join(QStringLiteral(", ")));
        const QString apt = tool(QStringLiteral("apt-get"));
        if (apt.isEmpty())
            return QStringLiteral("%1 missing, and there is no apt-get to install slurm-wlm and munge")
                .arg(missingTools().join(QStringLiteral(", ")));
        QProcess install;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
        install.setProcessEnvironment(environment);
        install.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList arguments {QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("-q"),
            QStringLiteral("--no-install-recommends"), QStringLiteral("slurm-wlm"), QStringLiteral("munge")};
        QString output;
        for (int attempt = 0; attempt < 2 && !missingTools().isEmpty(); ++attempt) {
            if (attempt == 1) {
                // The package lists may be stale or absent (a fresh container).
                install.start(apt, {QStringLiteral("update"), QStringLiteral("-q")});
                install.waitForFinished(600000);
                output += QString::fromUtf8(install.readAll());
            }
            install.start(apt, arguments);
            install.waitForFinished(900000);
            output += QString::fromUtf8(install.readAll());
        }
        if (missingTools().isEmpty())
            return {};
        return QStringLiteral("apt-get could not install slurm-wlm and munge (%1 still missing): %2")
            .arg(missingTools().join(QStringLiteral(", ")), output.right(600).trimmed());
    }

    QProcess* startDaemon(const QString& name, const QStringList& arguments)
    {
        auto* process = new QProcess(this);
        process->setProcessEnvironment(m_environment);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->setStandardOutputFile(m_root.filePath(name + QStringLiteral(".out")));
        process->start(tool(name), arguments);
        m_daemons.append(process);
        return process->waitForStarted(10000) ? process : nullptr;
    }

    // What the daemons said, for a failure message.
    QString daemonLogs() const
    {
        QString text;
        for (const QString& name : {QStringLiteral("munged"), QStringLiteral("slurmctld"), QStringLiteral("slurmd")}) {
            text += QStringLiteral("\n--- %1:\n%2")
                        .arg(name, readText(m_root.filePath(name + QStringLiteral(".out"))).right(1500));
            text += readText(m_root.filePath(QStringLiteral("log/%1.log").arg(name))).right(1500);
        }
        return text;
    }

    void stopDaemons()
    {
        if (!m_jobId.isEmpty()) {
            runTool(tool(QStringLiteral("scancel")), {m_jobId}, 10000);
            m_jobId.clear();
        }
        // Only the processes this test started, newest first, by their own PIDs.
        for (qsizetype i = m_daemons.size() - 1; i >= 0; --i) {
            QProcess* process = m_daemons[i];
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(15000)) {
                    process->kill();
                    process->waitForFinished(5000);
                }
            }
            delete process;
        }
        m_daemons.clear();
    }

private Q_SLOTS:
    void cleanup() { stopDaemons(); }
    void cleanupTestCase() { stopDaemons(); }

    void sweepRunsOnALocalSlurmCluster()
    {
        if (::geteuid() != 0)
            QSKIP("a local Slurm cluster needs root here (munged, slurmctld and slurmd run as root, see "
                  "docs/cluster.md)");
        const QString why = installSlurm();
        if (!why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("Slurm cannot be had on this machine: ") + why));

        // munged insists that everyone may traverse its socket's folder and that only its
        // user may read the key.
        const QDir root(m_root.path());
        QVERIFY(QFile::setPermissions(m_root.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther));
        for (const QString& sub :
            {QStringLiteral("munge"), QStringLiteral("log"), QStringLiteral("state"), QStringLiteral("spool")})
            QVERIFY(root.mkpath(sub));
        const QString key = root.filePath(QStringLiteral("munge.key"));
        {
            QFile file(key);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes(1024, '\0');
            for (char& byte : bytes)
                byte = char(QRandomGenerator::global()->bounded(256));
            file.write(bytes);
        }
        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner));
        const QString socket = root.filePath(QStringLiteral("munge/munge.socket"));
        QVERIFY(startDaemon(QStringLiteral("munged"),
            {QStringLiteral("--foreground"), QStringLiteral("--socket=") + socket, QStringLiteral("--key-file=") + key,
                QStringLiteral("--log-file=") + root.filePath(QStringLiteral("log/munged.log")),
                QStringLiteral("--pid-file=") + root.filePath(QStringLiteral("munge/munged.pid")),
                QStringLiteral("--seed-file=") + root.filePath(QStringLiteral("munge/munged.seed"))}));
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo::exists(socket), qPrintable(daemonLogs()), 15000);

        const QString host = QSysInfo::machineHostName();
        const quint16 controllerPort = freePort();
        quint16 nodePort = freePort();
        while (nodePort == controllerPort)
            nodePort = freePort();
        QVERIFY(controllerPort != 0 && nodePort != 0);
        const QString conf = root.filePath(QStringLiteral("slurm.conf"));
        {
            QFile file(conf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("ClusterName=negvaetest\n"
                                      "SlurmctldHost=%1(127.0.0.1)\n"
                                      "SlurmctldPort=%2\n"
                                      "SlurmdPort=%3\n"
                                      "SlurmUser=root\n"
                                      "SlurmdUser=root\n"
                                      "AuthType=auth/munge\n"
                                      "CredType=cred/munge\n"
                                      "AuthInfo=socket=%4\n"
                                      "StateSaveLocation=%5/state\n"
                                      "SlurmdSpoolDir=%5/spool\n"
                                      "SlurmctldPidFile=%5/state/slurmctld.pid\n"
                                      "SlurmdPidFile=%5/spool/slurmd.pid\n"
                                      "SlurmctldLogFile=%5/log/slurmctld.log\n"
                                      "SlurmdLogFile=%5/log/slurmd.log\n"
                                      "ProctrackType=proctrack/linuxproc\n"
                                      "TaskPlugin=task/none\n"
                                      "JobAcctGatherType=jobacct_gather/none\n"
                                      "MpiDefault=none\n"
                                      "SelectType=select/cons_tres\n"
                                      "SelectTypeParameters=CR_Core\n"
                                      "ReturnToService=2\n"
                                      "SlurmdParameters=config_overrides\n"
                                      "NodeName=%1 NodeAddr=127.0.0.1 CPUs=%6 RealMemory=1000 State=UNKNOWN\n"
                                      "PartitionName=debug Nodes=%1 Default=YES MaxTime=INFINITE State=UP\n")
                           .arg(host)
                           .arg(controllerPort)
                           .arg(nodePort)
                           .arg(socket, root.path())
                           .arg(std::max(1, QThread::idealThreadCount()))
                           .toUtf8());
        }
        m_environment.insert(QStringLiteral("SLURM_CONF"), conf);
        QVERIFY(startDaemon(QStringLiteral("slurmctld"), {QStringLiteral("-D"), QStringLiteral("-f"), conf}));
        QVERIFY(startDaemon(
            QStringLiteral("slurmd"), {QStringLiteral("-D"), QStringLiteral("-f"), conf, QStringLiteral("-N"), host}));
        QElapsedTimer timer;
        timer.start();
        Result state;
        while (timer.elapsed() < 60000) {
            state = runTool(tool(QStringLiteral("sinfo")),
                {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%T")}, 10000);
            if (state.exitCode == 0 && state.out.contains(QLatin1String("idle")))
                break;
            QTest::qWait(500);
        }
        QVERIFY2(state.out.contains(QLatin1String("idle")),
            qPrintable(QStringLiteral("the node never became idle: ") + state.out + daemonLogs()));
        qInfo("local Slurm cluster up after %.1f s", timer.elapsed() / 1000.0);

        // Two tiny runs as a sweep, emitted for Slurm and submitted.
        const QString inliers = root.filePath(QStringLiteral("bars"));
        QVERIFY(testing::writeBarImages(inliers, 48, true));
        const QString grid = root.filePath(QStringLiteral("grid.json"));
        {
            QFile file(grid);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral(R"({"name": "slurm-test",
                "base": {"data": {"inlier": "%1", "ood": ["uniform-noise"], "negatives": {"source": "uniform-noise"}},
                         "model": {"latentDim": 4, "widths": [8, 16], "hidden": 32},
                         "optimizer": {"learningRate": 0.001},
                         "training": {"epochs": 2, "batchSize": 16, "sampleCount": 8},
                         "evaluation": {"batchSize": 32}},
                "seeds": [1, 2]})")
                           .arg(inliers)
                           .toUtf8());
        }
        const QString out = root.filePath(QStringLiteral("sweep"));
        const Result emitted = runTool(QStringLiteral(NEGVAE_CLI),
            {QStringLiteral("sweep"), grid, QStringLiteral("--out"), out, QStringLiteral("--emit"),
                QStringLiteral("slurm"), QStringLiteral("--partition"), QStringLiteral("debug"),
                QStringLiteral("--time"), QStringLiteral("00:10:00"), QStringLiteral("--cpus-per-task"),
                QStringLiteral("1")});
        QVERIFY2(emitted.exitCode == 0, qPrintable(emitted.out));
        const QString script = QDir(out).filePath(QStringLiteral("slurm/sweep.sbatch"));
        const Result submitted = runTool(tool(QStringLiteral("sbatch")), {script});
        const QRegularExpressionMatch job
            = QRegularExpression(QStringLiteral("Submitted batch job (\\d+)")).match(submitted.out);
        QVERIFY2(submitted.exitCode == 0 && job.hasMatch(), qPrintable(submitted.out + daemonLogs()));
        m_jobId = job.captured(1);

        timer.restart();
        Result queue;
        while (timer.elapsed() < 600000) {
            queue
                = runTool(tool(QStringLiteral("squeue")), {QStringLiteral("-h"), QStringLiteral("-j"), m_jobId}, 10000);
            // Finished jobs leave the queue; one already purged is an "invalid job id".
            if ((queue.exitCode == 0 && queue.out.trimmed().isEmpty())
                || queue.out.contains(QLatin1String("Invalid job id")))
                break;
            QTest::qWait(1000);
        }
        QVERIFY2(queue.out.trimmed().isEmpty() || queue.out.contains(QLatin1String("Invalid job id")),
            qPrintable(QStringLiteral("the job did not finish: ") + queue.out + daemonLogs()));
        m_jobId.clear();
        qInfo("array job of 2 tasks done after %.1f s", timer.elapsed() / 1000.0);

        for (int task = 0; task < 2; ++task) {
            const QString seed = QStringLiteral("seed_%1").arg(task + 1);
            const QString log = readText(QDir(out).filePath(QStringLiteral("slurm/logs/task_%1.out").arg(task)));
            QVERIFY2(QFileInfo::exists(QDir(out).filePath(seed + QStringLiteral("/eval/epoch_002.json"))),
                qPrintable(seed + QStringLiteral(" did not finish; its task's log:\n") + log + daemonLogs()));
            QVERIFY2(log.contains(QLatin1String("finished: ")), qPrintable(log));
            QCOMPARE(RunStore(QDir(out).filePath(seed)).readConfig().seed, int64_t(task + 1));
        }

        const Result report = runTool(QStringLiteral(NEGVAE_CLI), {QStringLiteral("report"), out});
        QVERIFY2(report.exitCode == 0, qPrintable(report.out));
        QVERIFY2(report.out.contains(QLatin1String("over 2 seed(s) per cell; 2 run(s)")), qPrintable(report.out));
        QVERIFY2(report.out.contains(QLatin1String("| uniform noise |")), qPrintable(report.out));

        // Emitting again finds nothing left to do.
        const Result again = runTool(QStringLiteral(NEGVAE_CLI),
            {QStringLiteral("sweep"), grid, QStringLiteral("--out"), out, QStringLiteral("--emit"),
                QStringLiteral("slurm")});
        QVERIFY2(again.exitCode == 0 && again.out.contains(QLatin1String("nothing to submit")), qPrintable(again.out));
    }
};

QTEST_GUILESS_MAIN(TestSlurm)
#include "test_slurm.moc"
