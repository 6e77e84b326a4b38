#include "syntheticsets.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <stdexcept>

namespace negvae {

namespace {

void checkRequest(const ImageShape& shape, int64_t count)
{
    if (shape.channels <= 0 || shape.height <= 0 || shape.width <= 0)
        throw std::invalid_argument("SyntheticSets: every image dimension must be positive");
    if (count < 0)
        throw std::invalid_argument("SyntheticSets: the image count must not be negative");
}

std::vector<int64_t> tensorSize(const ImageShape& shape, int64_t count)
{
    return {count, shape.channels, shape.height, shape.width};
}

// A generator of our own so that building a set neither reads nor disturbs the global torch
// seed that training relies on.
at::Generator seededGenerator(uint64_t seed)
{
    return at::detail::createCPUGenerator(seed);
}

// Every pixel value a uint8 can hold is equally likely, the discrete form of U[0, 1].
torch::Tensor uniformBytes(at::IntArrayRef size, uint64_t seed)
{
    return torch::randint(0, 256, size, seededGenerator(seed), torch::TensorOptions(torch::kUInt8));
}

ImageSet unlabelled(const QString& name, torch::Tensor images)
{
    return ImageSet(name, std::move(images));
}

} // namespace

ImageSet SyntheticSets::uniformNoise(const ImageShape& shape, int64_t count, uint64_t seed)
{
    checkRequest(shape, count);
    return unlabelled(QStringLiteral("uniform noise"), uniformBytes(tensorSize(shape, count), seed));
}

ImageSet SyntheticSets::gaussianNoise(const ImageShape& shape, int64_t count, uint64_t seed,
                                      double mean, double sigma)
{
    checkRequest(shape, count);
    if (!(sigma >= 0.0) || !std::isfinite(sigma) || !std::isfinite(mean))
        throw std::invalid_argument("SyntheticSets: Gaussian noise needs a finite mean and sigma >= 0");
    torch::Tensor values = torch::normal(mean, sigma, tensorSize(shape, count), seededGenerator(seed),
                                         torch::TensorOptions(torch::kFloat32));
    torch::Tensor images = values.clamp_(0.0, 1.0).mul_(255.0).round_().to(torch::kUInt8);
    return unlabelled(QStringLiteral("gaussian noise"), std::move(images));
}

ImageSet SyntheticSets::constant(const ImageShape& shape, int64_t count, uint64_t seed)
{
    checkRequest(shape, count);
    torch::Tensor values = uniformBytes({count, 1, 1, 1}, seed);
    torch::Tensor images = values.expand(tensorSize(shape, count)).contiguous();
    return unlabelled(QStringLiteral("constant"), std::move(images));
}

} // namespace negvae
