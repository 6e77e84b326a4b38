#include "subpixelconvtranspose.h"

#include <torch/torch.h>

#include <stdexcept>

namespace negvae {

SubPixelConvTranspose2dImpl::SubPixelConvTranspose2dImpl(const torch::nn::ConvTranspose2dOptions& options)
{
    const auto square = [](const torch::ExpandingArray<2>& a, int64_t v) { return a->at(0) == v && a->at(1) == v; };
    if (!square(options.kernel_size(), 4) || !square(options.stride(), 2) || !square(options.padding(), 1)
        || !square(options.output_padding(), 0) || !square(options.dilation(), 1) || options.groups() != 1)
        throw std::invalid_argument("SubPixelConvTranspose2d: only kernel 4, stride 2, padding 1 is supported");
    // Initialise exactly as torch::nn::ConvTranspose2d does (same draws from the global
    // generator), so a model's starting weights do not depend on which form computes it.
    torch::nn::ConvTranspose2d reference(options);
    weight = register_parameter("weight", reference->weight.detach().clone());
    if (options.bias())
        bias = register_parameter("bias", reference->bias.detach().clone());
    // Output row 2i + a (a = 0, 1) collects input rows i − 1 + a + t (t = 0, 1) through kernel
    // row 3 − a − 2t; columns alike. Order: a, b, t, s.
    std::vector<int64_t> taps;
    for (int64_t a = 0; a < 2; ++a)
        for (int64_t b = 0; b < 2; ++b)
            for (int64_t t = 0; t < 2; ++t)
                for (int64_t s = 0; s < 2; ++s)
                    taps.push_back((3 - a - 2 * t) * 4 + (3 - b - 2 * s));
    m_tapIndex = torch::tensor(taps, torch::kInt64);
}

torch::Tensor SubPixelConvTranspose2dImpl::phaseWeight() const
{
    const int64_t in = weight.size(0);
    const int64_t out = weight.size(1);
    // [in, out, 16] → taps per phase [in, out, a, b, t, s] → [a, b, out, in, t, s]
    return weight.reshape({in, out, 16})
        .index_select(2, m_tapIndex.to(weight.device()))
        .reshape({in, out, 2, 2, 2, 2})
        .permute({2, 3, 1, 0, 4, 5})
        .reshape({4 * out, in, 2, 2});
}

torch::Tensor SubPixelConvTranspose2dImpl::forward(const torch::Tensor& input)
{
    if (input.dim() != 4)
        throw std::invalid_argument("SubPixelConvTranspose2d: the input must be N×C×H×W");
    const int64_t n = input.size(0);
    const int64_t h = input.size(2);
    const int64_t w = input.size(3);
    const int64_t out = weight.size(1);
    // Padding 1 gives (h+1)×(w+1) positions; phase (a, b) reads them from offset (a, b).
    const torch::Tensor phases =
        torch::conv2d(input, phaseWeight(), bias.defined() ? bias.repeat({4}) : torch::Tensor(), 1, 1)
            .view({n, 2, 2, out, h + 1, w + 1});
    std::vector<torch::Tensor> rows;
    for (int64_t a = 0; a < 2; ++a) {
        std::vector<torch::Tensor> columns;
        for (int64_t b = 0; b < 2; ++b)
            columns.push_back(phases.select(1, a).select(1, b).slice(2, a, a + h).slice(3, b, b + w));
        rows.push_back(torch::stack(columns, -1)); // [n, out, h, w, b]
    }
    return torch::stack(rows, 3).reshape({n, out, 2 * h, 2 * w}); // [n, out, h, a, w, b]
}

} // namespace negvae
