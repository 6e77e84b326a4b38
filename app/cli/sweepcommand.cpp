#include "sweepcommand.h"

#include "commandparser.h"
#include "dataerror.h"
#include "exitcodes.h"
#include "sweepgrid.h"
#include "sweepplan.h"
#include "sweepscheduler.h"
#include "sweepslurm.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QThread>

#include <memory>

using namespace negvae;

namespace {

bool positiveInteger(const QCommandLineParser& parser, const QString& option, int fallback, int* value)
{
    if (!parser.isSet(option)) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    if (!ok || *value < 1) {
        QTextStream(stderr) << "negvae sweep: --" << option << " must be a whole number ≥ 1, got '"
                            << parser.value(option) << "'\n";
        return false;
    }
    return true;
}

void writeRecord(const QString& path, const QJsonObject& record)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(record).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw DataError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
}

} // namespace

int SweepCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run every combination of a grid file's settings and seeds, each in its own run folder under --out.\n"
        "Finished runs are skipped and interrupted ones resumed, so the same command continues a sweep.\n"
        "\n"
        "GRID.json: {\"base\": PRESET | \"config.json\" | {config}, \"overrides\": {\"training.epochs\": 5},\n"
        "            \"variants\": [{\"name\": \"letters\", \"set\": {\"data.negatives.source\": \"auxiliary\",\n"
        "                                                \"data.negatives.sets\": [\"letters\"]}}, ...],\n"
        "            \"grid\": {\"model.noiseModel\": [\"bernoulli\", \"gaussian-learned\"]}, \"seeds\": [1, 2, 3]}\n"
        "Field paths as for `train --set`; see docs/cluster.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sweep"), QStringLiteral("The command name."));
    parser.addPositionalArgument(QStringLiteral("GRID.json"), QStringLiteral("The grid file."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Sweep folder: one run folder per run, and sweep.json."),
        QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("jobs"), QStringLiteral("Runs at once on this machine (default 1)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Threads per run (default: cores / jobs, at least 1)."),
        QStringLiteral("K")});
    parser.addOption(
        {QStringLiteral("dry-run"), QStringLiteral("Only list the runs and what would be done with each.")});
    parser.addOption(
        {QStringLiteral("data-dir"), QStringLiteral("Search this folder for data sets first."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("emit"),
        QStringLiteral("Write the sweep for a cluster instead of running it: slurm."), QStringLiteral("KIND")});
    parser.addOption(
        {QStringLiteral("partition"), QStringLiteral("--emit slurm: the partition."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("time"), QStringLiteral("--emit slurm: time limit per run, e.g. 04:00:00."),
        QStringLiteral("T")});
    parser.addOption({QStringLiteral("cpus-per-task"),
        QStringLiteral("--emit slurm: cores per run, also its thread count (default 1)."), QStringLiteral("K")});
    parser.addOption(
        {QStringLiteral("mem"), QStringLiteral("--emit slurm: memory per run, e.g. 4G."), QStringLiteral("M")});
    parser.addOption(
        {QStringLiteral("account"), QStringLiteral("--emit slurm: the account to charge."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("max-parallel"), QStringLiteral("--emit slurm: at most N tasks at once."),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("sbatch"),
        QStringLiteral("--emit slurm: one more sbatch option (repeatable), e.g. --sbatch=--qos=long."),
        QStringLiteral("OPTION")});
    parser.addOption({QStringLiteral("negvae"),
        QStringLiteral("--emit slurm: the negvae binary the tasks run (default: this one)."), QStringLiteral("PATH")});
    if (const auto exitCode = CommandParser::parse(parser, arguments, QStringLiteral("sweep")))
        return *exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        QTextStream(stderr) << "negvae sweep: give one grid file: negvae sweep GRID.json --out DIR\n";
        return ExitCode::Usage;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        QTextStream(stderr) << "negvae sweep: --out DIR is required\n";
        return ExitCode::Usage;
    }
    const bool emitSlurm = parser.isSet(QStringLiteral("emit"));
    if (emitSlurm && parser.value(QStringLiteral("emit")) != QLatin1String("slurm")) {
        QTextStream(stderr) << "negvae sweep: --emit knows 'slurm', not '" << parser.value(QStringLiteral("emit"))
                            << "'\n";
        return ExitCode::Usage;
    }
    int jobs = 1;
    int cpusPerTask = 1;
    int maxParallel = 0;
    if (!positiveInteger(parser, QStringLiteral("jobs"), 1, &jobs)
        || !positiveInteger(parser, QStringLiteral("cpus-per-task"), 1, &cpusPerTask)
        || !positiveInteger(parser, QStringLiteral("max-parallel"), 0, &maxParallel))
        return ExitCode::Usage;
    // Two trainings that each use every core wait on each other at every operation: many
    // times slower than splitting the cores between them.
    int threads = std::max(1, QThread::idealThreadCount() / jobs);
    if (!positiveInteger(parser, QStringLiteral("threads"), threads, &threads))
        return ExitCode::Usage;
    if (emitSlurm)
        threads = cpusPerTask;

    const SweepGrid grid = SweepGrid::loadFile(positional.at(0));
    const QString sweepFolder = QFileInfo(out).absoluteFilePath();

    // Two sweeps into one folder would train the same runs side by side.
    std::unique_ptr<QLockFile> lock;
    if (!emitSlurm && !parser.isSet(QStringLiteral("dry-run"))) {
        if (!QDir().mkpath(sweepFolder))
            throw DataError(sweepFolder, QStringLiteral("cannot create the folder"));
        lock = std::make_unique<QLockFile>(QDir(sweepFolder).filePath(QStringLiteral(".sweep.lock")));
        lock->setStaleLockTime(0); // stale only when its process is gone
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            QTextStream(stderr) << "negvae sweep: another sweep (process " << pid << " on " << host
                                << ") is running in " << sweepFolder << "; wait for it, or stop it with Ctrl-C\n";
            return ExitCode::Failure;
        }
    }

    QList<SweepRun> toDo;
    QList<SweepScheduler::Job> jobsToRun;
    QStringList refusals;
    QStringList resumeFolders;
    int skipped = 0;
    int resumed = 0;
    QTextStream stdOut(stdout);
    for (SweepRun run : grid.runs()) {
        run.config.training.threads = threads;
        const QString folder = QDir(sweepFolder).filePath(run.folder);
        const SweepPlan::Decision decision = SweepPlan::decide(folder, run.config);
        if (parser.isSet(QStringLiteral("dry-run"))) {
            stdOut << SweepPlan::actionName(decision.action).leftJustified(7) << run.folder << "  (" << decision.reason
                   << ")\n";
        }
        switch (decision.action) {
        case SweepPlan::Action::Refuse:
            refusals.append(decision.reason);
            continue;
        case SweepPlan::Action::Skip:
            ++skipped;
            continue;
        case SweepPlan::Action::Resume:
            ++resumed;
            break;
        case SweepPlan::Action::Start:
            break;
        }
        toDo.append(run);
        jobsToRun.append({run.folder, folder, run.config, decision.action == SweepPlan::Action::Start});
        if (decision.action == SweepPlan::Action::Resume)
            resumeFolders.append(folder);
    }
    if (!refusals.isEmpty()) {
        for (const QString& refusal : refusals)
            QTextStream(stderr) << "negvae sweep: " << refusal << '\n';
        QTextStream(stderr) << "negvae sweep: nothing was started\n";
        return ExitCode::DataProblem;
    }
    const QString plan = QStringLiteral("sweep %1: %2 run(s): %3 finished, %4 to resume, %5 to start")
                             .arg(grid.name())
                             .arg(grid.runs().size())
                             .arg(skipped)
                             .arg(resumed)
                             .arg(toDo.size() - resumed);
    if (parser.isSet(QStringLiteral("dry-run"))) {
        stdOut << plan << '\n';
        return ExitCode::Ok;
    }

    if (!QDir().mkpath(sweepFolder))
        throw DataError(sweepFolder, QStringLiteral("cannot create the folder"));
    QJsonObject record = grid.toJson();
    record.insert(QStringLiteral("threads"), threads);
    writeRecord(QDir(sweepFolder).filePath(QStringLiteral("sweep.json")), record);

    const QStringList dataArguments = parser.isSet(QStringLiteral("data-dir"))
        ? QStringList {QStringLiteral("--data-dir"),
            QFileInfo(parser.value(QStringLiteral("data-dir"))).absoluteFilePath()}
        : QStringList();
    if (emitSlurm) {
        stdOut << plan << '\n';
        if (toDo.isEmpty()) {
            stdOut << "Every run has finished; nothing to submit. Collect them with: negvae report " << sweepFolder
                   << '\n';
            return ExitCode::Ok;
        }
        SlurmOptions options;
        options.negvae = parser.isSet(QStringLiteral("negvae"))
            ? QFileInfo(parser.value(QStringLiteral("negvae"))).absoluteFilePath()
            : QCoreApplication::applicationFilePath();
        options.dataDir = dataArguments.value(1);
        options.jobName = grid.name();
        options.jobName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
        options.partition = parser.value(QStringLiteral("partition"));
        options.time = parser.value(QStringLiteral("time"));
        options.memory = parser.value(QStringLiteral("mem"));
        options.account = parser.value(QStringLiteral("account"));
        options.cpusPerTask = cpusPerTask;
        options.maxParallel = maxParallel;
        options.extra = parser.values(QStringLiteral("sbatch"));
        const QString script = SweepSlurm::write(sweepFolder, toDo, options);
        // A task resumes with the run's stored config: give it the task's CPUs.
        for (const QString& folder : resumeFolders)
            SweepPlan::adoptThreads(folder, cpusPerTask);
        stdOut << "Wrote a Slurm array job of " << toDo.size() << " task(s), " << cpusPerTask << " CPU(s) each:\n"
               << "  " << script << "\n"
               << "  " << QDir(sweepFolder).filePath(QStringLiteral("slurm/tasks.txt")) << "   task → run folder\n"
               << "Submit it with:\n  sbatch " << script << "\n"
               << "Follow it with `squeue --me`; each task logs to "
               << QDir(sweepFolder).filePath(QStringLiteral("slurm/logs/")) << ".\n"
               << "When the tasks are done (or to see partial results):\n  negvae report " << sweepFolder << '\n';
        return ExitCode::Ok;
    }

    if (toDo.isEmpty()) {
        stdOut << plan << "; nothing to run\nResults: negvae report " << sweepFolder << '\n';
        return ExitCode::Ok;
    }
    stdOut << plan
           << QStringLiteral("; %1 at a time, %2 thread(s) each\n")
                  .arg(std::min<qsizetype>(jobs, toDo.size()))
                  .arg(threads);
    stdOut.flush();
    SweepScheduler scheduler(QCoreApplication::applicationFilePath(), dataArguments, jobs, threads);
    for (const SweepScheduler::Job& job : jobsToRun)
        scheduler.add(job);
    const int exitCode = scheduler.exec(skipped);
    if (exitCode == 0)
        stdOut << "Results: negvae report " << sweepFolder << '\n';
    return exitCode;
}
