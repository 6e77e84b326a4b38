#pragma once

#include "evalreport.h"
#include "imageset.h"
#include "progress.h"
#include "vaemodel.h"

#include <torch/torch.h>
#include <vector>

namespace negvae {

// Scores test sets image by image (BPD, KL, REC) and turns the scores into OOD metrics
// (SPEC §4). Deterministic: the ELBO's z is drawn from a generator re-seeded for every set,
// under NoGradGuard and eval mode, so the same model always gets the same numbers.
class Evaluator {
public:
    Evaluator(int64_t seed, int64_t batchSize, torch::Device device);

    SetScores score(Vae& model, const ImageSet& set, bool inlier, const ProgressCallback& progress = {}) const;
    // The inlier test set against every OOD set, with all metrics for every score. Throws
    // std::runtime_error naming the set when a score is not finite (the model diverged).
    EvalReport evaluate(Vae& model, const ImageSet& inlierTest, const std::vector<ImageSet>& oodTests,
                        const ProgressCallback& progress = {}) const;
    // Metrics of every OOD set in `report.sets` against the inlier set (sets[0]).
    static void computeMetrics(EvalReport& report);

private:
    int64_t m_seed;
    int64_t m_batchSize;
    torch::Device m_device;
};

} // namespace negvae
