#pragma once

#include "experimentconfig.h"
#include "imageset.h"
#include "likelihood.h"

#include <torch/torch.h>
#include <vector>

namespace negvae {

// The network shapes of SPEC §2. Grayscale: plain conv encoder with a dense hidden layer;
// colour: DCGAN-style conv–BatchNorm–ReLU blocks.
struct VaeOptions {
    ImageShape shape;
    Architecture architecture = Architecture::Grayscale;
    int64_t latentDim = 10;
    std::vector<int64_t> widths = {32, 64}; // conv filters, first layer first
    int64_t hidden = 256;                  // grayscale dense layer
    NoiseModel noiseModel = NoiseModel::Bernoulli;
    double gaussianSigma = 0.1;  // fixed σ, and the starting σ of the learned model
    bool spectralNorm = false;   // encoder conv weights

    // The network a config describes, for images of `shape` (architecture and sizes resolved).
    static VaeOptions fromConfig(const ModelConfig& config, const ImageShape& shape);

    // Empty when the options can build a network, else what is wrong (e.g. the image size is
    // not divisible by 2^layers).
    QString problem() const;
};

// q(z|x): images → (mu, logvar).
class EncoderImpl : public torch::nn::Module {
public:
    explicit EncoderImpl(const VaeOptions& options);
    std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& x);

private:
    torch::nn::Sequential m_features {nullptr};
    torch::nn::Linear m_mu {nullptr};
    torch::nn::Linear m_logvar {nullptr};
};
TORCH_MODULE(Encoder);

// p(x|z): latents → the noise model's raw output (logits / pre-sigmoid means), plus the
// learned log σ of the Gaussian model, which trains with the decoder.
class DecoderImpl : public torch::nn::Module {
public:
    explicit DecoderImpl(const VaeOptions& options);
    torch::Tensor forward(const torch::Tensor& z);
    // log σ for the Gaussian models (the learned parameter or the fixed constant); undefined
    // for Bernoulli.
    torch::Tensor logSigma() const { return m_logSigma; }

private:
    torch::nn::Sequential m_layers {nullptr};
    torch::Tensor m_logSigma;
};
TORCH_MODULE(Decoder);

// The VAE: encoder, decoder and the probabilistic glue between them.
class VaeImpl : public torch::nn::Module {
public:
    explicit VaeImpl(const VaeOptions& options);

    const VaeOptions& options() const { return m_options; }
    Encoder& encoder() { return m_encoder; }
    Decoder& decoder() { return m_decoder; }

    // log p(x|z) per image for decoder output `output`.
    torch::Tensor logLikelihood(const torch::Tensor& output, const torch::Tensor& x) const;
    // The decoder's image in [0, 1].
    torch::Tensor decode(const torch::Tensor& z);
    // Images decoded from z ~ N(0, I).
    torch::Tensor sample(int64_t count, c10::optional<at::Generator> generator = c10::nullopt);

private:
    VaeOptions m_options;
    Encoder m_encoder;
    Decoder m_decoder;
};
TORCH_MODULE(Vae);

} // namespace negvae
