#pragma once

#include "evalreport.h"
#include "imageset.h"
#include "progress.h"
#include "vaemodel.h"

#include <atomic>
#include <functional>
#include <torch/torch.h>
#include <vector>

namespace negvae {

// Scores test sets image by image (BPD, KL, REC, and the opt-in scores of ScoreCatalog) and
// turns the scores into OOD metrics (SPEC §4). Deterministic: every random draw comes from a
// generator re-seeded with the evaluation seed for every set and every score, under
// NoGradGuard and eval mode, so the same model always gets the same numbers whichever sets
// or other scores were computed before.
class Evaluator {
public:
    // Images per set whose posterior means are kept for the latent view.
    static constexpr int64_t kLatentSample = 1000;

    Evaluator(int64_t seed, int64_t batchSize, torch::Device device);

    // Which opt-in scores to compute (config evaluation.scores). The likelihood ratio needs
    // `background` (the run's background model) and is skipped without one; regret runs only
    // when `regret` is true as well as enabled in the config, because it is slow. `stop` is
    // read between regret batches: when it is set, scoring throws ScoringCancelled.
    void setExtraScores(const ScoresConfig& config, Vae background = nullptr, bool regret = false,
                        const std::atomic<bool>* stop = nullptr);
    // The settings of the opt-in scores this evaluator computes, for EvalReport::scoreSettings.
    QJsonObject extraScoreSettings() const;

    SetScores score(Vae& model, const ImageSet& set, ScoreRole role, const ProgressCallback& progress = {}) const;
    // The same for float images in [0, 1] (N×C×H×W), e.g. a sample of the negatives.
    SetScores score(Vae& model, const torch::Tensor& images, const QString& name, ScoreRole role) const;
    // The inlier test set against every OOD set, with all metrics for every score. Throws
    // std::runtime_error naming the set when a score is not finite (the model diverged).
    EvalReport evaluate(Vae& model, const ImageSet& inlierTest, const std::vector<ImageSet>& oodTests,
                        const ProgressCallback& progress = {}) const;
    // Metrics of every OOD-role set in `report.sets` against the inlier set (sets[0]).
    static void computeMetrics(EvalReport& report);

private:
    using BatchSource = std::function<torch::Tensor(int64_t begin, int64_t end)>;
    SetScores scoreBatches(Vae& model, int64_t count, const BatchSource& batch, const QString& name, ScoreRole role,
                           const ProgressCallback& progress) const;

    void scoreExtras(Vae& model, int64_t count, const BatchSource& batch, SetScores& scores,
                     const ProgressCallback& progress) const;

    int64_t m_seed;
    ScoresConfig m_scores;
    Vae m_background {nullptr};
    bool m_regret = false;
    const std::atomic<bool>* m_stop = nullptr;
    int64_t m_batchSize;
    torch::Device m_device;
};

} // namespace negvae
