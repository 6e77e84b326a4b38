#pragma once

#include "sweepgrid.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace negvae {

// How the array job asks Slurm for resources; empty strings leave Slurm's defaults.
struct SlurmOptions {
    QString negvae;  // absolute path of the negvae binary on the cluster
    QString dataDir; // --data-dir for every task; empty for none
    QString jobName;
    QString partition;
    QString time;   // --time, e.g. 04:00:00
    QString memory; // --mem, e.g. 4G
    QString account;
    int cpusPerTask = 1; // also each run's training.threads
    int maxParallel = 0; // the array's %limit; 0 = no limit
    QStringList extra;   // further sbatch options, each written as one #SBATCH line
};

// `negvae sweep --emit slurm`: a Slurm array job with one task per run, written to
// <sweep folder>/slurm/:
//   task_NNNN.json   the task's complete config (training.threads = cpus per task)
//   tasks.txt        "NNNN <tab> epochs <tab> run folder relative to the sweep folder"
//   sweep.sbatch     the job: `sbatch sweep.sbatch`
//   logs/            each task's output (task_<id>.out)
// Each task does what a local sweep does with its folder: nothing when the final evaluation
// is there, `negvae train --resume` when the folder holds the run (a rerun, a requeue, or a
// task that hit its time limit and saved a checkpoint), else `negvae train --config`.
// Results land in the same run folders `negvae report` collects. The script reads the
// negvae binary and the sweep folder from $NEGVAE and $NEGVAE_SWEEP_DIR when set, so the
// folder can be emitted on one machine and submitted from a copy on another.
class SweepSlurm {
public:
    // Writes the folder (replacing the task files of an earlier emission) and returns the
    // script's path. Throws DataError naming the file that cannot be written.
    static QString write(const QString& sweepFolder, const QList<SweepRun>& runs, const SlurmOptions& options);
    // The sbatch script for `taskCount` tasks.
    static QString script(const QString& sweepFolder, int taskCount, const SlurmOptions& options);
    // 'text' quoted for bash.
    static QString shellQuote(const QString& text);
};

} // namespace negvae
