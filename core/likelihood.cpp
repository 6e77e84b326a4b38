#include "likelihood.h"

#include <torch/torch.h>

#include <QStringList>

#include <cmath>
#include <stdexcept>
#include <string>

namespace negvae {

namespace {

constexpr double kLn2 = 0.69314718055994530942;
constexpr double kHalfLog2Pi = 0.91893853320467274178; // ½ log(2π)
// Below this bin width in standard units the CDF difference loses its digits to cancellation,
// and the midpoint rule (relative error ≈ width²/24 < 1e-9) is the more accurate of the two.
constexpr double kNarrowBinStd = 1e-4;

std::string shapeOf(const torch::Tensor& t)
{
    std::string s = "[";
    for (int64_t i = 0; i < t.dim(); ++i)
        s += (i ? ", " : "") + std::to_string(t.size(i));
    return s + "]";
}

void requireBatch(const torch::Tensor& t, const char* what, const char* function)
{
    if (!t.defined())
        throw std::invalid_argument(std::string(function) + ": " + what + " is undefined");
    if (t.dim() < 1)
        throw std::invalid_argument(std::string(function) + ": " + what
                                    + " must have a batch dimension, got a 0-d tensor");
}

void requireSameShape(const torch::Tensor& a, const char* aName, const torch::Tensor& b, const char* bName,
                      const char* function)
{
    requireBatch(a, aName, function);
    requireBatch(b, bName, function);
    if (a.sizes() != b.sizes())
        throw std::invalid_argument(std::string(function) + ": " + aName + " " + shapeOf(a) + " and " + bName
                                    + " " + shapeOf(b) + " differ in shape");
}

// Sum over everything but the batch dimension; a 1-d input is one value per sample already.
torch::Tensor perSampleSum(const torch::Tensor& t)
{
    return t.reshape({t.size(0), -1}).sum(1);
}

// log Φ(x). torch::special::log_ndtr has the right values, but in LibTorch 1.13 its gradient
// cancels catastrophically below x ≈ −1e6 (it returns 0.4 instead of 1e13 at x = −1e13),
// which a tiny learned σ reaches. Writing the lower tail as −x²/2 − log 2 + log erfcx(−x/√2)
// keeps the dominant −x²/2 term, and its exact gradient, separate. Each branch sees a
// harmless input where it is not selected, so no inf/NaN leaks into the other's gradient.
torch::Tensor logNormalCdf(const torch::Tensor& x)
{
    const auto negative = x < 0;
    const auto zero = torch::zeros_like(x);
    const auto xNeg = torch::where(negative, x, zero);
    const auto xPos = torch::where(negative, zero, x);
    const auto lower = -0.5 * xNeg * xNeg - kLn2 + torch::log(torch::special::erfcx(-xNeg / M_SQRT2));
    const auto upper = torch::log1p(-0.5 * torch::erfc(xPos / M_SQRT2));
    return torch::where(negative, lower, upper);
}

// log of the N(mean, σ²) mass on each pixel's bin, in double precision throughout: the bin
// masses of a sharp Gaussian differ from 1 or from each other far below float resolution.
torch::Tensor quantizedGaussianLogMass(const torch::Tensor& mean, const torch::Tensor& x, const torch::Tensor& logSigma)
{
    const auto xd = x.to(torch::kDouble);
    const auto meanD = mean.to(torch::kDouble);
    const auto logSigmaD =
        logSigma.to(torch::kDouble).clamp(Likelihood::kQuantizedMinLogSigma, Likelihood::kQuantizedMaxLogSigma);
    const auto invSigma = torch::exp(-logSigmaD);
    const double half = 0.5 * Likelihood::kQuantizedBinWidth;

    // Standardised bin edges. The edge bins' infinite ends are never materialised: they are
    // handled as one-sided tails below, so every branch stays finite for every element.
    const auto a = (xd - half - meanD) * invSigma;
    const auto b = (xd + half - meanD) * invSigma;
    const auto lowEdge = xd < half;
    const auto highEdge = xd > 1.0 - half;

    // Interior bins: Φ(b) − Φ(a) = Φ(−a) − Φ(−b), so mirror bins lying right of the mean
    // into the left tail, where log Φ keeps its precision. Then
    // log(Φ(b) − Φ(a)) = log Φ(b) + log(1 − exp(log Φ(a) − log Φ(b))).
    const auto mirror = a > 0;
    const auto lo = torch::where(mirror, -b, a);
    const auto hi = torch::where(mirror, -a, b);
    const auto logHi = logNormalCdf(hi);
    auto logRatio = logNormalCdf(lo) - logHi;
    const auto narrow = (Likelihood::kQuantizedBinWidth * invSigma < kNarrowBinStd).expand_as(logRatio);
    // Narrow bins can give logRatio == 0 (both CDFs rounded equal); log(0) would be −inf
    // and poison the gradient even though the narrow branch is the one selected.
    logRatio = torch::where(narrow, torch::full_like(logRatio, -1.0), logRatio);
    const auto interior = logHi + torch::log(-torch::expm1(logRatio));

    const auto m = (xd - meanD) * invSigma;
    const auto midpoint = -0.5 * m * m - kHalfLog2Pi + std::log(Likelihood::kQuantizedBinWidth) - logSigmaD;

    const auto lowTail = logNormalCdf(b);   // bin of 0: (−∞, half]
    const auto highTail = logNormalCdf(-a); // bin of 1: [1 − half, ∞)
    return torch::where(lowEdge, lowTail,
                        torch::where(highEdge, highTail, torch::where(narrow, midpoint, interior)));
}

} // namespace

torch::Tensor Likelihood::klToIsotropic(const torch::Tensor& mu, const torch::Tensor& logvar, double centre)
{
    requireSameShape(mu, "mu", logvar, "logvar", "Likelihood::klToIsotropic");
    const auto diff = mu - centre;
    return perSampleSum(0.5 * (torch::exp(logvar) + diff * diff - 1.0 - logvar));
}

torch::Tensor Likelihood::logLikelihood(NoiseModel model, const torch::Tensor& decoderOutput, const torch::Tensor& x,
                                        const torch::Tensor& logSigma)
{
    const char* function = "Likelihood::logLikelihood";
    requireSameShape(decoderOutput, "decoder output", x, "x", function);
    if (usesSigma(model) && !logSigma.defined())
        throw std::invalid_argument(std::string(function) + ": the " + noiseModelName(model).toStdString()
                                    + " noise model needs log σ, none was given");

    switch (model) {
    case NoiseModel::Bernoulli:
        return -perSampleSum(
            torch::binary_cross_entropy_with_logits(decoderOutput, x, {}, {}, at::Reduction::None));
    case NoiseModel::GaussianFixed:
    case NoiseModel::GaussianLearned: {
        const auto z = (x - torch::sigmoid(decoderOutput)) * torch::exp(-logSigma);
        return perSampleSum(-0.5 * z * z - logSigma - kHalfLog2Pi);
    }
    case NoiseModel::QuantizedGaussian:
        return perSampleSum(quantizedGaussianLogMass(torch::sigmoid(decoderOutput), x, logSigma))
            .to(decoderOutput.scalar_type());
    }
    throw std::invalid_argument(std::string(function) + ": unknown noise model");
}

torch::Tensor Likelihood::decoderMean(NoiseModel model, const torch::Tensor& decoderOutput)
{
    // Every model's decoder output is a logit-scale mean; `model` stays in the signature so
    // that a future model with another parameterisation has one place to change.
    (void)model;
    return torch::sigmoid(decoderOutput);
}

torch::Tensor Likelihood::bitsPerDim(const torch::Tensor& negativeElbo, int64_t dims)
{
    if (dims <= 0)
        throw std::invalid_argument("Likelihood::bitsPerDim: the dimension count must be positive, got "
                                    + std::to_string(dims));
    return negativeElbo / (static_cast<double>(dims) * kLn2);
}

double Likelihood::bitsPerDim(double negativeElbo, int64_t dims)
{
    if (dims <= 0)
        throw std::invalid_argument("Likelihood::bitsPerDim: the dimension count must be positive, got "
                                    + std::to_string(dims));
    return negativeElbo / (static_cast<double>(dims) * kLn2);
}

torch::Tensor Likelihood::reparameterize(const torch::Tensor& mu, const torch::Tensor& logvar,
                                         c10::optional<at::Generator> generator)
{
    requireSameShape(mu, "mu", logvar, "logvar", "Likelihood::reparameterize");
    const auto eps = torch::randn(mu.sizes(), generator, mu.options().requires_grad(false));
    return mu + torch::exp(0.5 * logvar) * eps;
}

QString Likelihood::noiseModelName(NoiseModel model)
{
    return jsonName(model);
}

NoiseModel Likelihood::noiseModelFromName(const QString& name)
{
    if (const auto model = fromJsonName<NoiseModel>(name))
        return *model;
    throw std::invalid_argument("unknown noise model \"" + name.toStdString() + "\"; valid: "
                                + jsonNames<NoiseModel>().join(QStringLiteral(", ")).toStdString());
}

std::vector<NoiseModel> Likelihood::allNoiseModels()
{
    return {NoiseModel::Bernoulli, NoiseModel::GaussianFixed, NoiseModel::GaussianLearned,
            NoiseModel::QuantizedGaussian};
}

bool Likelihood::usesSigma(NoiseModel model)
{
    return model != NoiseModel::Bernoulli;
}

} // namespace negvae
