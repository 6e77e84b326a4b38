#include "importanceweightedbound.h"

#include <algorithm>
#include <cmath>

namespace negvae {

ImportanceWeightedBound::ImportanceWeightedBound(int64_t samples, int64_t maxBatch)
    : m_samples(std::max<int64_t>(1, samples))
    , m_maxBatch(std::max<int64_t>(1, maxBatch))
{
}

torch::Tensor ImportanceWeightedBound::negativeLogLikelihood(Vae& model, const torch::Tensor& x,
                                                             at::Generator& generator) const
{
    const double log2Pi = std::log(2.0 * M_PI);
    const int64_t images = x.size(0);
    auto [mu, logvar] = model->encoder()->forward(x);
    const torch::Tensor sigma = torch::exp(0.5 * logvar).unsqueeze(0);
    const int64_t perPass = std::max<int64_t>(1, m_maxBatch / std::max<int64_t>(1, images));
    std::vector<int64_t> repeats(size_t(x.dim()), 1);

    // Every ε at once (K·B·d floats, small beside the decoded images), so the pass size
    // changes memory and speed but never which ε an image gets.
    const torch::Tensor allEps = torch::randn({m_samples, images, mu.size(1)}, generator, torch::kFloat32).to(x.device());
    std::vector<torch::Tensor> logWeights; // [s, B] per pass
    for (int64_t done = 0; done < m_samples; done += perPass) {
        const int64_t s = std::min(perPass, m_samples - done);
        const torch::Tensor eps = allEps.slice(0, done, done + s);
        const torch::Tensor z = mu.unsqueeze(0) + sigma * eps; // [s, B, d]
        repeats[0] = s;
        const torch::Tensor xs = x.repeat(repeats); // row k·B + b is image b, like z's rows below
        const torch::Tensor logPx = model->logLikelihood(model->decoder()->forward(z.reshape({s * images, -1})), xs).view({s, images});
        const torch::Tensor logPz = -0.5 * (z.pow(2) + log2Pi).sum(-1);
        // log q(z|x) at z = mu + σε: the standardised residual is ε itself.
        const torch::Tensor logQz = -0.5 * (eps.pow(2) + logvar.unsqueeze(0) + log2Pi).sum(-1);
        logWeights.push_back(logPx + logPz - logQz);
    }
    const torch::Tensor logMean = torch::logsumexp(torch::cat(logWeights, 0), 0) - std::log(double(m_samples));
    return -logMean;
}

} // namespace negvae
