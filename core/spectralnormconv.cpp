#include "spectralnormconv.h"

#include <torch/torch.h>

namespace negvae {

namespace {

constexpr double kEps = 1e-12;

// v / max(‖v‖, eps): what torch::nn::functional::normalize computes for a vector, written out
// because GCC 12 warns (-Wmaybe-uninitialized) inside LibTorch's NormalizeFuncOptions copy.
torch::Tensor unitVector(const torch::Tensor& v)
{
    return v / v.norm(2, {0}, true).clamp_min(kEps);
}

} // namespace

SpectralNormConv2dImpl::SpectralNormConv2dImpl(const torch::nn::Conv2dOptions& options, int powerIterations)
    : m_options(options)
    , m_powerIterations(powerIterations)
{
    // Initialise exactly as torch::nn::Conv2d does, so switching spectral normalisation on
    // changes only the normalisation, not the starting point.
    torch::nn::Conv2d reference(options);
    m_weight = register_parameter("weight", reference->weight.detach().clone());
    if (options.bias())
        m_bias = register_parameter("bias", reference->bias.detach().clone());
    const int64_t rows = m_weight.size(0);
    const int64_t cols = m_weight.numel() / rows;
    m_u = register_buffer("u", unitVector(torch::randn({rows})));
    m_v = register_buffer("v", unitVector(torch::randn({cols})));
}

torch::Tensor SpectralNormConv2dImpl::weightMatrix() const
{
    return m_weight.reshape({m_weight.size(0), -1});
}

void SpectralNormConv2dImpl::powerIteration()
{
    torch::NoGradGuard noGrad;
    const torch::Tensor w = weightMatrix();
    for (int i = 0; i < m_powerIterations; ++i) {
        m_v.copy_(unitVector(torch::mv(w.t(), m_u)));
        m_u.copy_(unitVector(torch::mv(w, m_v)));
    }
}

torch::Tensor SpectralNormConv2dImpl::sigma() const
{
    // u and v are constants here: the gradient flows through W alone, as in the reference
    // implementation.
    return torch::dot(m_u, torch::mv(weightMatrix(), m_v));
}

torch::Tensor SpectralNormConv2dImpl::normalizedWeight() const
{
    return m_weight / sigma();
}

torch::Tensor SpectralNormConv2dImpl::forward(const torch::Tensor& input)
{
    if (is_training())
        powerIteration();
    const auto& o = m_options;
    const torch::ExpandingArray<2>& padding = c10::get<torch::ExpandingArray<2>>(o.padding());
    return torch::conv2d(input, normalizedWeight(), m_bias, o.stride(), padding, o.dilation(), o.groups());
}

} // namespace negvae
