#pragma once

#include "vaemodel.h"

#include <torch/torch.h>

namespace negvae {

// Likelihood regret (Xiao et al., 2020): how much better the model explains an image once
// the posterior is fitted to that image alone. An inlier's amortised posterior is already
// near its best, an OOD image's is not. Here the per-image posterior (mu, log σ²) itself is
// optimised (Adam, a fixed step budget), not a copy of the encoder: the images are
// independent, so one optimiser over a [B, d] tensor does a whole batch at once, and the
// model's weights are never touched (gradients go to the posterior parameters only).
class LikelihoodRegret {
public:
    LikelihoodRegret(int64_t steps, double learningRate);

    // Per image, in nats, shape [B]: −ELBO at the encoder's posterior minus the lowest −ELBO
    // reached while optimising, both with the same ε (drawn once from `generator`), so the
    // value is ≥ 0 and exactly 0 when the encoder's posterior is already a stationary point.
    // Works under an outer NoGradGuard (it enables gradients for itself); model in eval mode.
    torch::Tensor regret(Vae& model, const torch::Tensor& x, at::Generator& generator) const;

private:
    int64_t m_steps;
    double m_learningRate;
};

} // namespace negvae
