#include "imageset.h"

#include <stdexcept>

namespace negvae {

QString ImageShape::toString() const
{
    return QStringLiteral("%1×%2×%3").arg(channels).arg(height).arg(width);
}

ImageSet::ImageSet(QString name, torch::Tensor images, torch::Tensor labels)
    : m_name(std::move(name))
{
    if (!images.defined() || images.dim() != 4 || images.scalar_type() != torch::kUInt8)
        throw std::invalid_argument("ImageSet: images must be a uint8 N×C×H×W tensor");
    m_images = images.contiguous();
    if (!labels.defined())
        labels = torch::full({images.size(0)}, -1, torch::kInt64);
    if (labels.dim() != 1 || labels.size(0) != images.size(0))
        throw std::invalid_argument("ImageSet: labels must be a 1-D tensor with one label per image");
    m_labels = labels.to(torch::kInt64).contiguous();
}

ImageShape ImageSet::shape() const
{
    if (!m_images.defined())
        return {0, 0, 0};
    return {m_images.size(1), m_images.size(2), m_images.size(3)};
}

torch::Tensor ImageSet::floatBatch(const torch::Tensor& indices) const
{
    return m_images.index_select(0, indices).to(torch::kFloat32).div_(255.0);
}

torch::Tensor ImageSet::floatRange(int64_t begin, int64_t end) const
{
    return m_images.slice(0, begin, end).to(torch::kFloat32).div_(255.0);
}

ImageSet ImageSet::select(const torch::Tensor& indices) const
{
    return ImageSet(m_name, m_images.index_select(0, indices), m_labels.index_select(0, indices));
}

ImageSet ImageSet::head(int64_t count) const
{
    const int64_t n = std::min(count, size());
    return ImageSet(m_name, m_images.slice(0, 0, n).clone(), m_labels.slice(0, 0, n).clone());
}

} // namespace negvae
