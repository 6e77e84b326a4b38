#pragma once

#include "evalreport.h"
#include "experimentconfig.h"
#include "progress.h"
#include "stepmetrics.h"

#include <QString>
#include <vector>

namespace negvae {

// Everything the views show of a run folder, read in one pass: a run with a hundred
// evaluations holds tens of MB of per-image scores, so the GUI reads it once, off its own
// thread, and hands the same copy to every view.
struct RunContents {
    QString folder;
    ExperimentConfig config;
    std::vector<StepMetrics> metrics;
    std::vector<EvalReport> evaluations; // in epoch order, with per-image scores and latents

    // Reads `folder`; `progress` hears of every evaluation file. Throws (DataError,
    // ConfigException) naming the file and what was wrong when the folder is not a readable run.
    static RunContents read(const QString& folder, const ProgressCallback& progress = {});
};

} // namespace negvae
