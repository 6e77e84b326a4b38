#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

namespace negvae {

// A 2-D convolution whose weight is divided by an estimate of its largest singular value
// (Miyato et al., 2018), the spectral normalisation the paper uses on the encoder in the
// adversarial mode. LibTorch 1.13 has no C++ helper for it. The estimate comes from one step
// of power iteration per training forward pass, on persistent vectors u and v kept as
// buffers so they are saved in checkpoints.
class SpectralNormConv2dImpl : public torch::nn::Module {
public:
    SpectralNormConv2dImpl(const torch::nn::Conv2dOptions& options, int powerIterations = 1);

    torch::Tensor forward(const torch::Tensor& input);
    // σ(W) as currently estimated (no power iteration step).
    torch::Tensor sigma() const;
    // The weight actually used: W / σ(W).
    torch::Tensor normalizedWeight() const;

private:
    torch::Tensor weightMatrix() const;
    void powerIteration();

    torch::nn::Conv2dOptions m_options;
    int m_powerIterations;
    torch::Tensor m_weight;
    torch::Tensor m_bias;
    torch::Tensor m_u;
    torch::Tensor m_v;
};
TORCH_MODULE(SpectralNormConv2d);

} // namespace negvae
