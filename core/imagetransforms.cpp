#include "imagetransforms.h"

#include "dataerror.h"

#include <ATen/CPUGeneratorImpl.h>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <stdexcept>

namespace negvae {

namespace {

// Noise is added a slice at a time: a whole CIFAR-sized set as floats would cost four times
// its bytes, twice over. The slice size is part of the result (the generator is drawn per
// slice), so changing it changes the noise of a given seed.
constexpr int64_t kNoiseChunk = 4096;

// A set built from `images`, keeping the name (plus a note of what was done) and the labels.
ImageSet derived(const ImageSet& set, const QString& suffix, torch::Tensor images)
{
    return ImageSet(set.name() + suffix, std::move(images), set.labels());
}

torch::Tensor toBytes(torch::Tensor unitValues)
{
    return unitValues.clamp_(0.0, 1.0).mul_(255.0).round_().to(torch::kUInt8);
}

torch::Tensor grayToRgb(const torch::Tensor& images)
{
    return images.expand({images.size(0), 3, images.size(2), images.size(3)}).contiguous();
}

// ITU-R BT.601 luma, the weights OpenCV and most image libraries use for RGB → gray.
torch::Tensor rgbToGray(const torch::Tensor& images)
{
    const torch::Tensor rgb = images.to(torch::kFloat32);
    const torch::Tensor luma = rgb.select(1, 0).mul(0.299) + rgb.select(1, 1).mul(0.587)
                             + rgb.select(1, 2).mul(0.114);
    return luma.round_().clamp_(0.0, 255.0).to(torch::kUInt8).unsqueeze(1).contiguous();
}

torch::Tensor convertChannels(const torch::Tensor& images, int64_t channels, const QString& name)
{
    const int64_t from = images.size(1);
    if (from == channels)
        return images;
    if (from == 1 && channels == 3)
        return grayToRgb(images);
    if (from == 3 && channels == 1)
        return rgbToGray(images);
    throw DataError(name, QStringLiteral("cannot convert images with %1 channels to %2 channels "
                                         "(only 1 ↔ 3 is supported)")
                              .arg(from)
                              .arg(channels));
}

// Area averaging is the only OpenCV filter that does not alias when shrinking; it degrades to
// blockiness when enlarging, where bilinear looks better.
int interpolationFor(int64_t fromHeight, int64_t fromWidth, int64_t toHeight, int64_t toWidth)
{
    return (toHeight <= fromHeight && toWidth <= fromWidth) ? cv::INTER_AREA : cv::INTER_LINEAR;
}

torch::Tensor resize(const torch::Tensor& images, int64_t height, int64_t width)
{
    const int64_t fromHeight = images.size(2);
    const int64_t fromWidth = images.size(3);
    if (fromHeight == height && fromWidth == width)
        return images;
    const int64_t planes = images.size(0) * images.size(1);
    torch::Tensor out = torch::empty({images.size(0), images.size(1), height, width}, torch::kUInt8);
    const int interpolation = interpolationFor(fromHeight, fromWidth, height, width);
    auto* source = images.data_ptr<uint8_t>();
    auto* target = out.data_ptr<uint8_t>();
    for (int64_t plane = 0; plane < planes; ++plane) {
        // Views onto the tensors' memory: cv::resize writes into a destination of the right
        // size and type without reallocating it.
        const cv::Mat from(int(fromHeight), int(fromWidth), CV_8UC1, source + plane * fromHeight * fromWidth);
        cv::Mat to(int(height), int(width), CV_8UC1, target + plane * height * width);
        cv::resize(from, to, to.size(), 0, 0, interpolation);
    }
    return out;
}

QString sigmaText(double sigma)
{
    return QString::number(sigma, 'g', 3);
}

} // namespace

ImageSet ImageTransforms::addGaussianNoise(const ImageSet& set, double sigma, uint64_t seed)
{
    if (!(sigma >= 0.0) || !std::isfinite(sigma))
        throw std::invalid_argument("ImageTransforms::addGaussianNoise: sigma must be finite and >= 0");
    if (!set.images().defined())
        return set;
    at::Generator generator = at::detail::createCPUGenerator(seed);
    torch::Tensor out = torch::empty_like(set.images());
    for (int64_t begin = 0; begin < set.size(); begin += kNoiseChunk) {
        const int64_t end = std::min(begin + kNoiseChunk, set.size());
        torch::Tensor values = set.floatRange(begin, end);
        values.add_(torch::normal(0.0, sigma, values.sizes(), generator, values.options()));
        out.slice(0, begin, end).copy_(toBytes(std::move(values)));
    }
    return derived(set, QStringLiteral(" + noise σ=%1").arg(sigmaText(sigma)), std::move(out));
}

ImageSet ImageTransforms::invert(const ImageSet& set)
{
    if (!set.images().defined())
        return set;
    // 255 − x is exact in bytes, so inverting twice gives back the very same set.
    return derived(set, QStringLiteral(" inverted"), torch::full_like(set.images(), 255) - set.images());
}

ImageSet ImageTransforms::flip(const ImageSet& set, FlipAxis axis)
{
    if (!set.images().defined())
        return set;
    const bool horizontal = axis == FlipAxis::Horizontal;
    const int64_t dim = horizontal ? 3 : 2; // N×C×H×W: width mirrors left↔right
    return derived(set, horizontal ? QStringLiteral(" flipped left-right") : QStringLiteral(" flipped up-down"),
                   set.images().flip({dim}).contiguous());
}

ImageSet ImageTransforms::convert(const ImageSet& set, const ImageShape& target)
{
    if (target.channels <= 0 || target.height <= 0 || target.width <= 0)
        throw std::invalid_argument("ImageTransforms::convert: every target dimension must be positive");
    if (!set.images().defined() || set.shape() == target)
        return set;
    torch::Tensor images = set.images();
    // Dropping channels first and adding them last keeps the resize on the fewest planes.
    if (target.channels < images.size(1))
        images = convertChannels(images, target.channels, set.name());
    images = resize(images, target.height, target.width);
    images = convertChannels(images, target.channels, set.name());
    return derived(set, QString(), std::move(images));
}

} // namespace negvae
