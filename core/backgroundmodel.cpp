#include "backgroundmodel.h"

namespace negvae {

ExperimentConfig BackgroundModel::trainerConfig(const ExperimentConfig& config)
{
    ExperimentConfig background = config;
    background.data.negatives = NegativesConfig();
    background.seed = config.seed + 1;
    return background;
}

BackgroundModel::BackgroundModel(const ExperimentConfig& config, const ImageShape& shape, torch::Device device)
    : m_rate(config.evaluation.scores.perturbationRate)
    , m_trainer(trainerConfig(config), shape, device)
{
}

torch::Tensor BackgroundModel::perturb(const torch::Tensor& x, double rate, at::Generator& generator)
{
    // One draw per pixel position, shared by its channels: a colour pixel is replaced whole.
    std::vector<int64_t> maskShape = x.sizes().vec();
    maskShape[1] = 1;
    const torch::Tensor replace = torch::rand(maskShape, generator, torch::kFloat32).to(x.device()) < rate;
    const torch::Tensor noise = torch::rand(x.sizes(), generator, torch::kFloat32).to(x.device());
    return torch::where(replace, noise, x);
}

StepMetrics BackgroundModel::trainStep(const torch::Tensor& x, int64_t epoch)
{
    return m_trainer.trainStep(perturb(x, m_rate, m_trainer.generator()), epoch);
}

} // namespace negvae
