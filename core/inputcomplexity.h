#pragma once

#include "experimentconfig.h"

#include <torch/torch.h>
#include <vector>

namespace negvae {

// An image's complexity as Serrà et al. (2020) measure it: the length of its losslessly
// compressed 8-bit version, in bits per dimension. Simple images (flat backgrounds, few
// strokes) get high likelihoods from any generative model; subtracting this length from BPD
// removes that bias from the OOD score.
class InputComplexity {
public:
    explicit InputComplexity(Compressor compressor);

    // Whether this OpenCV can encode with the compressor (JPEG 2000 is an optional codec).
    static bool available(Compressor compressor);

    // Compressed bits / (C·H·W) of each float image in [0, 1] of x (N×C×H×W, C 1 or 3),
    // quantised to 8 bits as a file would hold it. Throws std::runtime_error when the codec
    // fails (e.g. JPEG 2000 is not available).
    std::vector<float> bitsPerDim(const torch::Tensor& x) const;

private:
    Compressor m_compressor;
};

} // namespace negvae
