#pragma once

#include "experimentconfig.h" // NoiseModel and its JSON spellings

#include <QString>
#include <torch/types.h>

#include <vector>

namespace negvae {

// The probabilistic pieces of the VAE objective and of the OOD scores, kept apart from the
// networks so that training and evaluation compute them the same way and the tests can check
// them against hand calculations. Every function works on a batch (first dimension B) and
// returns one value per sample, shape [B], summed over pixels or latent dimensions, in nats.
// Shape mismatches and missing arguments throw std::invalid_argument.
class Likelihood {
public:
    // Width of one pixel bin of the quantized Gaussian in [0, 1] units. Pixel k is the value
    // k/255, so neighbouring values are 1/255 apart; bins centred on them with edges half-way
    // between tile the line, and the masses of the 256 values sum to exactly 1.
    static constexpr double kQuantizedBinWidth = 1.0 / 255.0;
    // logSigma is clamped to this range inside the quantized Gaussian, where a σ beyond it
    // would push (x − mean)/σ out of floating-point range; nothing sensible lives there.
    static constexpr double kQuantizedMinLogSigma = -30.0;
    static constexpr double kQuantizedMaxLogSigma = 30.0;

    // KL(N(mu, exp(logvar)) ‖ N(centre·1, I)) = ½ Σ (exp(logvar) + (mu − centre)² − 1 − logvar).
    // centre = 0 is the prior p(z), centre = c the negative prior p̄(z). mu, logvar: [B, d].
    static torch::Tensor klToIsotropic(const torch::Tensor& mu, const torch::Tensor& logvar, double centre = 0.0);

    // log p(x|z) for images x in [0, 1] given the decoder's raw output (same shape as x):
    //  - Bernoulli: −BCE-with-logits(output, x) with the continuous x as target;
    //  - GaussianFixed / GaussianLearned: log N(x; sigmoid(output), σ²), σ = exp(logSigma);
    //  - QuantizedGaussian: log of that Gaussian's mass on x's pixel bin (see
    //    kQuantizedBinWidth); the bins of 0 and 1 extend to −∞ and +∞.
    // logSigma is a tensor broadcastable to x (normally a scalar: the config σ as a constant
    // for the fixed model, the trained parameter for the learned one); the Gaussian models
    // require it, Bernoulli ignores it.
    static torch::Tensor logLikelihood(NoiseModel model, const torch::Tensor& decoderOutput, const torch::Tensor& x,
                                       const torch::Tensor& logSigma = {});

    // The decoder's image in [0, 1] (its mean, for every noise model: sigmoid of the output).
    static torch::Tensor decoderMean(NoiseModel model, const torch::Tensor& decoderOutput);

    // −ELBO / (D · ln 2): nats per image to bits per dimension. D = C·H·W, must be > 0.
    static torch::Tensor bitsPerDim(const torch::Tensor& negativeElbo, int64_t dims);
    static double bitsPerDim(double negativeElbo, int64_t dims);

    // z = mu + exp(½ logvar) · ε, ε ~ N(0, I) drawn from `generator` when one is given (for
    // reproducible evaluation), from torch's default generator otherwise.
    static torch::Tensor reparameterize(const torch::Tensor& mu, const torch::Tensor& logvar,
                                        c10::optional<at::Generator> generator = c10::nullopt);

    // "bernoulli", "gaussian-fixed", "gaussian-learned", "quantized-gaussian": the config's
    // spellings (jsonName), so a name means the same in a file, the CLI and a message.
    static QString noiseModelName(NoiseModel model);
    // Inverse of noiseModelName; throws std::invalid_argument listing the valid names for
    // anything else, since the name comes from config files and the CLI.
    static NoiseModel noiseModelFromName(const QString& name);
    static std::vector<NoiseModel> allNoiseModels();
    // True for the models that take a σ (all but Bernoulli).
    static bool usesSigma(NoiseModel model);
};

} // namespace negvae
