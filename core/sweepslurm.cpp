#include "sweepslurm.h"

#include "dataerror.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace negvae {

namespace {

QString taskName(qsizetype index)
{
    return QStringLiteral("%1").arg(index, 4, 10, QLatin1Char('0'));
}

void writeFile(const QString& path, const QByteArray& bytes, bool executable = false)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw DataError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
    if (executable)
        QFile::setPermissions(
            path, QFile::permissions(path) | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
}

} // namespace

QString SweepSlurm::shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString SweepSlurm::script(const QString& sweepFolder, int taskCount, const SlurmOptions& options)
{
    const QString folder = QFileInfo(sweepFolder).absoluteFilePath();
    const QString slurmFolder = QDir(folder).filePath(QStringLiteral("slurm"));
    QString text = QStringLiteral("#!/bin/bash\n");
    const auto directive
        = [&text](const QString& option) { text += QStringLiteral("#SBATCH ") + option + QLatin1Char('\n'); };
    directive(
        QStringLiteral("--job-name=") + (options.jobName.isEmpty() ? QStringLiteral("negvae-sweep") : options.jobName));
    directive(QStringLiteral("--array=0-%1%2")
                  .arg(taskCount - 1)
                  .arg(options.maxParallel > 0 ? QStringLiteral("%%1").arg(options.maxParallel) : QString()));
    directive(QStringLiteral("--ntasks=1"));
    directive(QStringLiteral("--cpus-per-task=%1").arg(options.cpusPerTask));
    directive(QStringLiteral("--output=%1/logs/task_%a.out").arg(slurmFolder));
    if (!options.partition.isEmpty())
        directive(QStringLiteral("--partition=") + options.partition);
    if (!options.time.isEmpty())
        directive(QStringLiteral("--time=") + options.time);
    if (!options.memory.isEmpty())
        directive(QStringLiteral("--mem=") + options.memory);
    if (!options.account.isEmpty())
        directive(QStringLiteral("--account=") + options.account);
    for (const QString& option : options.extra)
        directive(option);

    text += QStringLiteral(
        "#\n"
        "# Written by `negvae sweep --emit slurm`: one array task per run of the sweep in\n"
        "# @FOLDER@.\n"
        "# Submit with `sbatch @SLURM@/sweep.sbatch`; when the tasks are done,\n"
        "# `negvae report @FOLDER@` collects the run folders.\n"
        "# A task resumes its run when the folder already holds it (a rerun, a requeue, a time\n"
        "# limit: negvae saves a checkpoint on SIGTERM) and does nothing when it has finished.\n"
        "set -euo pipefail\n"
        "negvae=${NEGVAE:-@NEGVAE@}\n"
        "sweep_dir=${NEGVAE_SWEEP_DIR:-@SWEEP@}\n"
        "task=$(printf '%04d' \"${SLURM_ARRAY_TASK_ID:?run this script with sbatch}\")\n"
        "line=$(grep -m1 \"^${task}\"$'\\t' \"$sweep_dir/slurm/tasks.txt\") || {\n"
        "  echo \"negvae sweep: task $task is not in $sweep_dir/slurm/tasks.txt\" >&2; exit 1; }\n"
        "epochs=$(printf '%s' \"$line\" | cut -f2)\n"
        "run=\"$sweep_dir/$(printf '%s' \"$line\" | cut -f3-)\"\n"
        "config=\"$sweep_dir/slurm/task_${task}.json\"\n"
        "data_args=(@DATA@)\n"
        "# One thread per CPU Slurm gave the task: more would only make the threads wait.\n"
        "export OMP_NUM_THREADS=\"${SLURM_CPUS_PER_TASK:-@CPUS@}\"\n"
        "echo \"negvae sweep: task $task on $(hostname): $run\"\n"
        "if [ -f \"$run/eval/epoch_$(printf '%03d' \"$epochs\").json\" ]; then\n"
        "  echo \"negvae sweep: $run has finished; nothing to do\"\n"
        "elif [ -f \"$run/config.json\" ]; then\n"
        "  exec \"$negvae\" train --resume --out \"$run\" ${data_args[@]+\"${data_args[@]}\"}\n"
        "else\n"
        "  exec \"$negvae\" train --config \"$config\" --out \"$run\" ${data_args[@]+\"${data_args[@]}\"}\n"
        "fi\n");
    // Tokens rather than QString::arg(): the script's own printf formats (%04d) would read
    // as arg() placeholders.
    text.replace(QStringLiteral("@FOLDER@"), folder);
    text.replace(QStringLiteral("@SLURM@"), slurmFolder);
    text.replace(QStringLiteral("@NEGVAE@"), shellQuote(options.negvae));
    text.replace(QStringLiteral("@SWEEP@"), shellQuote(folder));
    text.replace(QStringLiteral("@DATA@"),
        options.dataDir.isEmpty() ? QString() : QStringLiteral("--data-dir ") + shellQuote(options.dataDir));
    text.replace(QStringLiteral("@CPUS@"), QString::number(options.cpusPerTask));
    return text;
}

QString SweepSlurm::write(const QString& sweepFolder, const QList<SweepRun>& runs, const SlurmOptions& options)
{
    const QDir slurm(QDir(sweepFolder).filePath(QStringLiteral("slurm")));
    for (const QString& sub : {QString(), QStringLiteral("logs")}) {
        if (!QDir().mkpath(slurm.filePath(sub)))
            throw DataError(slurm.filePath(sub), QStringLiteral("cannot create the folder"));
    }
    // Task files of an earlier emission would otherwise pair with the wrong tasks.txt lines.
    for (const QString& old : slurm.entryList({QStringLiteral("task_*.json")}, QDir::Files)) {
        if (!QFile::remove(slurm.filePath(old)))
            throw DataError(slurm.filePath(old), QStringLiteral("cannot remove the task file of an earlier emission"));
    }
    QString tasks;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        ExperimentConfig config = runs[i].config;
        config.training.threads = options.cpusPerTask;
        writeFile(slurm.filePath(QStringLiteral("task_%1.json").arg(taskName(i))), config.toJsonText());
        tasks += QStringLiteral("%1\t%2\t%3\n").arg(taskName(i)).arg(config.training.epochs).arg(runs[i].folder);
    }
    writeFile(slurm.filePath(QStringLiteral("tasks.txt")), tasks.toUtf8());
    const QString scriptPath = slurm.filePath(QStringLiteral("sweep.sbatch"));
    writeFile(scriptPath, script(sweepFolder, int(runs.size()), options).toUtf8(), true);
    return QFileInfo(scriptPath).absoluteFilePath();
}

} // namespace negvae
