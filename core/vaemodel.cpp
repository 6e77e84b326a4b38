#include "vaemodel.h"

#include "spectralnormconv.h"
#include "subpixelconvtranspose.h"

#include <stdexcept>

namespace negvae {

namespace {

using namespace torch::nn;

// Spatial size after the encoder's stride-2 convolutions.
int64_t reducedSize(int64_t size, size_t layers)
{
    return size >> layers;
}

void addConv(Sequential& seq, int64_t in, int64_t out, bool spectralNorm)
{
    const auto options = Conv2dOptions(in, out, 4).stride(2).padding(1);
    if (spectralNorm)
        seq->push_back(SpectralNormConv2d(options));
    else
        seq->push_back(Conv2d(options));
}

// A stride-2 transposed convolution. Those with several output channels take the sub-pixel
// form, about twice as fast here; for the few-channel image layer the plain one measured
// faster (docs/performance.md). Both have the same parameters, so checkpoints do not care.
void addTransposedConv(Sequential& seq, int64_t in, int64_t out)
{
    constexpr int64_t kSubPixelMinChannels = 8;
    const auto options = ConvTranspose2dOptions(in, out, 4).stride(2).padding(1);
    if (out >= kSubPixelMinChannels)
        seq->push_back(SubPixelConvTranspose2d(options));
    else
        seq->push_back(ConvTranspose2d(options));
}

} // namespace

VaeOptions VaeOptions::fromConfig(const ModelConfig& config, const ImageShape& shape)
{
    const ModelConfig resolved = config.resolved(shape.channels);
    VaeOptions options;
    options.shape = shape;
    options.architecture = resolved.architecture;
    options.latentDim = resolved.latentDim;
    options.widths = resolved.widths;
    options.hidden = resolved.hidden;
    options.noiseModel = resolved.noiseModel;
    options.gaussianSigma = resolved.gaussianSigma;
    options.spectralNorm = resolved.spectralNorm;
    return options;
}

QString VaeOptions::problem() const
{
    if (shape.channels < 1 || shape.height < 1 || shape.width < 1)
        return QStringLiteral("image shape %1 is empty").arg(shape.toString());
    if (latentDim < 1)
        return QStringLiteral("latent dimension must be at least 1, got %1").arg(latentDim);
    if (widths.empty())
        return QStringLiteral("at least one convolution width is needed");
    for (int64_t w : widths)
        if (w < 1)
            return QStringLiteral("convolution widths must be positive");
    if (hidden < 1)
        return QStringLiteral("hidden width must be positive, got %1").arg(hidden);
    const int64_t divisor = int64_t(1) << widths.size();
    if (shape.height % divisor != 0 || shape.width % divisor != 0) {
        return QStringLiteral("image size %1×%2 must be divisible by %3 for %4 stride-2 convolutions")
            .arg(shape.height).arg(shape.width).arg(divisor).arg(widths.size());
    }
    if (architecture == Architecture::Colour && widths.size() < 2)
        return QStringLiteral("the colour architecture needs at least two convolution widths");
    if (Likelihood::usesSigma(noiseModel) && !(gaussianSigma > 0))
        return QStringLiteral("Gaussian σ must be positive, got %1").arg(gaussianSigma);
    return {};
}

EncoderImpl::EncoderImpl(const VaeOptions& o)
{
    if (const QString problem = o.problem(); !problem.isEmpty())
        throw std::invalid_argument(problem.toStdString());
    Sequential features;
    int64_t channels = o.shape.channels;
    for (int64_t width : o.widths) {
        addConv(features, channels, width, o.spectralNorm);
        if (o.architecture == Architecture::Colour)
            features->push_back(BatchNorm2d(width));
        features->push_back(ReLU());
        channels = width;
    }
    features->push_back(Flatten());
    const int64_t flat = channels * reducedSize(o.shape.height, o.widths.size()) * reducedSize(o.shape.width, o.widths.size());
    int64_t headInput = flat;
    if (o.architecture == Architecture::Grayscale) {
        features->push_back(Linear(flat, o.hidden));
        features->push_back(ReLU());
        headInput = o.hidden;
    }
    m_features = register_module("features", features);
    m_mu = register_module("mu", Linear(headInput, o.latentDim));
    m_logvar = register_module("logvar", Linear(headInput, o.latentDim));
}

std::pair<torch::Tensor, torch::Tensor> EncoderImpl::forward(const torch::Tensor& x)
{
    const torch::Tensor h = m_features->forward(x);
    return {m_mu->forward(h), m_logvar->forward(h)};
}

DecoderImpl::DecoderImpl(const VaeOptions& o)
{
    if (const QString problem = o.problem(); !problem.isEmpty())
        throw std::invalid_argument(problem.toStdString());
    Sequential layers;
    const size_t convs = o.widths.size();
    if (o.architecture == Architecture::Grayscale) {
        // Mirror of the encoder: dense, dense to the last conv's feature map, then transposed
        // convolutions back to the image.
        const int64_t h = reducedSize(o.shape.height, convs);
        const int64_t w = reducedSize(o.shape.width, convs);
        layers->push_back(Linear(o.latentDim, o.hidden));
        layers->push_back(ReLU());
        layers->push_back(Linear(o.hidden, o.widths.back() * h * w));
        layers->push_back(ReLU());
        layers->push_back(Unflatten(UnflattenOptions(1, {o.widths.back(), h, w})));
        for (size_t i = convs; i-- > 0;) {
            const int64_t out = i == 0 ? o.shape.channels : o.widths[i - 1];
            addTransposedConv(layers, o.widths[i], out);
            if (i != 0)
                layers->push_back(ReLU());
        }
    } else {
        // DCGAN generator: dense to the widest map at twice the encoder's final size, then
        // transposed-conv–BatchNorm–ReLU blocks, and a 3×3 conv to the image channels.
        const int64_t h = reducedSize(o.shape.height, convs - 1);
        const int64_t w = reducedSize(o.shape.width, convs - 1);
        layers->push_back(Linear(o.latentDim, o.widths.back() * h * w));
        layers->push_back(ReLU());
        layers->push_back(Unflatten(UnflattenOptions(1, {o.widths.back(), h, w})));
        for (size_t i = convs - 1; i-- > 0;) {
            addTransposedConv(layers, o.widths[i + 1], o.widths[i]);
            layers->push_back(BatchNorm2d(o.widths[i]));
            layers->push_back(ReLU());
        }
        layers->push_back(Conv2d(Conv2dOptions(o.widths.front(), o.shape.channels, 3).padding(1)));
    }
    m_layers = register_module("layers", layers);
    if (o.noiseModel == NoiseModel::GaussianLearned)
        m_logSigma = register_parameter("log_sigma", torch::full({}, std::log(o.gaussianSigma)));
    else if (Likelihood::usesSigma(o.noiseModel))
        m_logSigma = register_buffer("log_sigma", torch::full({}, std::log(o.gaussianSigma)));
}

torch::Tensor DecoderImpl::forward(const torch::Tensor& z)
{
    return m_layers->forward(z);
}

VaeImpl::VaeImpl(const VaeOptions& options)
    : m_options(options)
    , m_encoder(options)
    , m_decoder(options)
{
    register_module("encoder", m_encoder);
    register_module("decoder", m_decoder);
}

torch::Tensor VaeImpl::logLikelihood(const torch::Tensor& output, const torch::Tensor& x) const
{
    return Likelihood::logLikelihood(m_options.noiseModel, output, x, m_decoder->logSigma());
}

torch::Tensor VaeImpl::decode(const torch::Tensor& z)
{
    return Likelihood::decoderMean(m_options.noiseModel, m_decoder->forward(z));
}

torch::Tensor VaeImpl::sample(int64_t count, c10::optional<at::Generator> generator)
{
    const auto device = m_decoder->parameters().front().device();
    const torch::Tensor z = torch::randn({count, m_options.latentDim}, generator, torch::TensorOptions().device(device));
    return decode(z);
}

} // namespace negvae
