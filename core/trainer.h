#pragma once

#include "experimentconfig.h"
#include "imageset.h"
#include "stepmetrics.h"
#include "vaemodel.h"

#include <QString>
#include <memory>
#include <stdexcept>
#include <torch/torch.h>

namespace negvae {

// Training produced a NaN or infinite loss term or gradient: the step's update is not trusted
// and the run must stop at its last checkpoint.
class NonFiniteLossError : public std::runtime_error {
public:
    NonFiniteLossError(int64_t step, const QString& term, double value);
    int64_t step() const { return m_step; }
    const QString& term() const { return m_term; }

private:
    int64_t m_step;
    QString m_term;
};

// One VAE, its two optimisers and the random generator of its training: the update rules of
// SPEC §3. The epoch loop, data and storage live elsewhere (ExperimentRunner); this class
// turns an inlier batch into one update.
class Trainer {
public:
    // `auxiliary` supplies the negatives of NegativeSource::Auxiliary and must then be
    // non-empty. Seeds torch's global generator with config.seed to initialise the weights.
    Trainer(const ExperimentConfig& config, const ImageShape& shape, torch::Device device,
            ImageSet auxiliary = {});

    Vae& model() { return m_model; }
    const ExperimentConfig& config() const { return m_config; }
    torch::Device device() const { return m_device; }
    at::Generator& generator() { return m_generator; }
    int64_t step() const { return m_step; }

    // One update per the configured scheme: alternating (encoder step, then decoder step) or
    // joint. `x` is a float inlier batch in [0, 1] on any device. Throws NonFiniteLossError
    // naming the term when a loss is NaN or infinite.
    StepMetrics trainStep(const torch::Tensor& x, int64_t epoch);

    // The negative batch for `x` (detached), or an undefined tensor for NegativeSource::None.
    // For Generated and Adversarial, *latent receives the z the images were decoded from.
    torch::Tensor makeNegatives(const torch::Tensor& x, torch::Tensor* latent = nullptr);

    // The two halves of an alternating step, public so tests can check that each touches
    // exactly the parameters it should. encoderStep steps only the encoder's optimiser,
    // decoderStep only the decoder's.
    StepMetrics encoderStep(const torch::Tensor& x, const torch::Tensor& negatives);
    double decoderStep(const torch::Tensor& x, const torch::Tensor& latent);

    // Both optimisers continue with this rate, their other state (moments) kept: what resuming
    // a diverged run with a lower learning rate needs.
    void setLearningRate(double learningRate);

    // Model, both optimisers, the generator state and the step counter.
    void save(torch::serialize::OutputArchive& archive) const;
    void load(torch::serialize::InputArchive& archive);

private:
    struct Losses {
        torch::Tensor loss;
        torch::Tensor reconstruction;
        torch::Tensor kl;
        torch::Tensor negativeKl; // undefined without negatives
    };
    Losses objective(const torch::Tensor& x, const torch::Tensor& negatives);
    torch::Tensor generatorObjective(const torch::Tensor& x, const torch::Tensor& latent);
    StepMetrics jointStep(const torch::Tensor& x, const torch::Tensor& negatives, const torch::Tensor& latent);
    std::unique_ptr<torch::optim::Optimizer> makeOptimizer(std::vector<torch::Tensor> parameters) const;
    // Throws NonFiniteLossError naming `what` when a gradient of `module` is NaN or infinite,
    // before the optimiser could spread it into the weights.
    void requireFiniteGradients(torch::nn::Module& module, const char* what) const;

    ExperimentConfig m_config;
    torch::Device m_device;
    Vae m_model {nullptr};
    std::unique_ptr<torch::optim::Optimizer> m_encoderOptimizer;
    std::unique_ptr<torch::optim::Optimizer> m_decoderOptimizer;
    at::Generator m_generator;
    ImageSet m_auxiliary;
    int64_t m_step = 0;
};

} // namespace negvae
