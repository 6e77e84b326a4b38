#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

namespace negvae {

// A ConvTranspose2d(kernel 4, stride 2, padding 1) computed as one stride-1 2×2 convolution
// with four output channels per output channel (one per output-pixel phase) followed by a
// pixel interleave. Same parameters, names, shapes and initialisation as torch::nn's module,
// so checkpoints do not change; the numbers agree to float rounding. Why: LibTorch 1.13 on the
// CPU runs transposed convolutions through slow_conv_transpose2d (a small GEMM and col2im per
// image), while ordinary convolutions go to oneDNN; this form was about twice as fast
// forward and backward for the decoder's 64→32 layer (docs/performance.md).
class SubPixelConvTranspose2dImpl : public torch::nn::Module {
public:
    // Throws std::invalid_argument for any kernel, stride, padding, dilation, groups or
    // output padding other than 4, 2, 1, 1, 1, 0.
    explicit SubPixelConvTranspose2dImpl(const torch::nn::ConvTranspose2dOptions& options);

    torch::Tensor forward(const torch::Tensor& input);

    // The [4·out, in, 2, 2] weight of the equivalent convolution, phases (row, column) major.
    torch::Tensor phaseWeight() const;

    torch::Tensor weight; // [in, out, 4, 4], as torch::nn::ConvTranspose2d
    torch::Tensor bias;   // [out], undefined without bias

private:
    torch::Tensor m_tapIndex; // kernel taps of each phase, see phaseWeight()
};
TORCH_MODULE(SubPixelConvTranspose2d);

} // namespace negvae
