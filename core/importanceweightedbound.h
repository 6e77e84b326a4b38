#pragma once

#include "vaemodel.h"

#include <torch/torch.h>

namespace negvae {

// The importance-weighted log-likelihood bound (Burda et al., IWAE) of a trained VAE:
// log p_K(x) = log (1/K) Σ_k p(x|z_k) p(z_k) / q(z_k|x), z_k ~ q(z|x). It is at least the ELBO
// and tightens towards log p(x) as K grows, so it is the better likelihood to rank images by.
// The K samples are decoded in passes of at most maxBatch images × samples, which bounds the
// memory of one pass however large K is.
class ImportanceWeightedBound {
public:
    ImportanceWeightedBound(int64_t samples, int64_t maxBatch);

    int64_t samples() const { return m_samples; }

    // −log p_K(x) per image, in nats, shape [B], for float images x in [0, 1] on the model's
    // device. ε is drawn from `generator` (CPU), so a seeded generator gives the same values
    // every time. Call under NoGradGuard with the model in eval mode (InferenceGuard).
    torch::Tensor negativeLogLikelihood(Vae& model, const torch::Tensor& x, at::Generator& generator) const;

private:
    int64_t m_samples;
    int64_t m_maxBatch;
};

} // namespace negvae
