#pragma once

#include "experimentconfig.h"

#include <QString>
#include <QStringList>

namespace negvae {

class RunStore;

// What a sweep does with one run folder, decided from the folder alone so that a rerun (or a
// Slurm task after a requeue) picks up where the last one stopped:
//   no folder, or an empty one                          → Start
//   the final evaluation (eval/epoch_<epochs>.json)     → Skip
//   config.json of the same experiment, not finished    → Resume (from the checkpoint when
//                                                         there is one, else from the start)
//   a different experiment, or files but no run         → Refuse: never touch someone's work
// "The same experiment" ignores the run's name and training.threads, which a sweep sets
// from the grid's name and from how many runs share the machine.
class SweepPlan {
public:
    enum class Action { Start, Resume, Skip, Refuse };
    struct Decision {
        Action action = Action::Start;
        QString reason; // for the user: why, in a few words
    };

    static Decision decide(const QString& folder, const ExperimentConfig& wanted);

    // The final evaluation of the run is in the folder.
    static bool isFinished(const RunStore& store, const ExperimentConfig& config);
    // "field: value here, value wanted" for every field in which the two experiments differ
    // (name and training.threads ignored); empty when they are the same experiment.
    static QStringList differences(const ExperimentConfig& stored, const ExperimentConfig& wanted);

    // Before a resume: the run's share of the cores depends on how many runs share the
    // machine (or on the CPUs Slurm gives a task), not on the experiment, so the stored
    // config.json takes the sweep's thread count. Throws ConfigException when it cannot.
    static void adoptThreads(const QString& folder, int64_t threads);

    static QString actionName(Action action); // "start", "resume", "skip", "refuse"
};

} // namespace negvae
