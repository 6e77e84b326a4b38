#pragma once

#include <QString>
#include <torch/types.h>

namespace negvae {

// Channels × height × width of every image in a set.
struct ImageShape {
    int64_t channels = 1;
    int64_t height = 28;
    int64_t width = 28;

    int64_t pixelCount() const { return channels * height * width; }
    QString toString() const; // "1×28×28"
    bool operator==(const ImageShape& other) const
    {
        return channels == other.channels && height == other.height && width == other.width;
    }
    bool operator!=(const ImageShape& other) const { return !(*this == other); }
};

// A named set of images held as uint8 N×C×H×W with int64 labels (−1 where a set has none).
// Floats in [0, 1] are made per batch on demand: 60 000 MNIST images cost 47 MB as bytes
// and would cost four times that as floats.
class ImageSet {
public:
    ImageSet() = default;
    // Throws std::invalid_argument when the tensors are not uint8 4-D images with matching
    // int64 labels: that is a programming error, not a user-input error.
    ImageSet(QString name, torch::Tensor images, torch::Tensor labels = {});

    const QString& name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }
    int64_t size() const { return m_images.defined() ? m_images.size(0) : 0; }
    bool isEmpty() const { return size() == 0; }
    ImageShape shape() const;

    const torch::Tensor& images() const { return m_images; }
    const torch::Tensor& labels() const { return m_labels; }

    // Float images in [0, 1] for the given int64 indices (N×C×H×W).
    torch::Tensor floatBatch(const torch::Tensor& indices) const;
    // Float images in [0, 1] for [begin, end).
    torch::Tensor floatRange(int64_t begin, int64_t end) const;

    // The images at the given indices, in that order.
    ImageSet select(const torch::Tensor& indices) const;
    // The first min(count, size()) images.
    ImageSet head(int64_t count) const;

private:
    QString m_name;
    torch::Tensor m_images; // uint8, N×C×H×W, contiguous
    torch::Tensor m_labels; // int64, N
};

} // namespace negvae
