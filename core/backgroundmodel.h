#pragma once

#include "experimentconfig.h"
#include "imageset.h"
#include "stepmetrics.h"
#include "trainer.h"

#include <torch/torch.h>

namespace negvae {

// The background model of Ren et al. (2019) for the likelihood-ratio score: a second VAE of
// the same architecture and optimiser, trained alongside the run's model on the same inlier
// batches with each pixel replaced, with probability evaluation.scores.perturbationRate, by a
// uniform value. Corrupting the semantics but not the low-level statistics makes it learn the
// "background" part of the likelihood, which the ratio then cancels.
class BackgroundModel {
public:
    // Trains without negatives (the ratio needs a plain likelihood model) and from the seed
    // after the run's, so its initialisation differs from the main model's.
    BackgroundModel(const ExperimentConfig& config, const ImageShape& shape, torch::Device device);

    // The run's config as the background model's trainer sees it.
    static ExperimentConfig trainerConfig(const ExperimentConfig& config);
    // x with every pixel (all channels of it) replaced by U(0, 1) with probability `rate`.
    static torch::Tensor perturb(const torch::Tensor& x, double rate, at::Generator& generator);

    // One update on the perturbed batch; the perturbation uses this model's own generator,
    // so the run's training stream is the same with or without a background model.
    StepMetrics trainStep(const torch::Tensor& x, int64_t epoch);

    Vae& model() { return m_trainer.model(); }
    Trainer& trainer() { return m_trainer; }

    void save(torch::serialize::OutputArchive& archive) const { m_trainer.save(archive); }
    void load(torch::serialize::InputArchive& archive) { m_trainer.load(archive); }

private:
    double m_rate;
    Trainer m_trainer;
};

} // namespace negvae
