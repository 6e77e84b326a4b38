#include "inputcomplexity.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <stdexcept>

namespace negvae {

namespace {

constexpr int kMinJpeg2000Side = 32;

const char* extension(Compressor compressor)
{
    return compressor == Compressor::Jpeg2000 ? ".jp2" : ".png";
}

} // namespace

InputComplexity::InputComplexity(Compressor compressor)
    : m_compressor(compressor)
{
}

bool InputComplexity::available(Compressor compressor)
{
    return cv::haveImageWriter(extension(compressor));
}

std::vector<float> InputComplexity::bitsPerDim(const torch::Tensor& x) const
{
    // Serrà et al. use the strongest setting of each codec; JPEG 2000 at rate 1000/1000 is lossless.
    const std::vector<int> parameters = m_compressor == Compressor::Jpeg2000
        ? std::vector<int> {cv::IMWRITE_JPEG2000_COMPRESSION_X1000, 1000}
        : std::vector<int> {cv::IMWRITE_PNG_COMPRESSION, 9};
    // N×H×W×C bytes, as the codecs take them.
    const torch::Tensor bytes = (x.detach().to(torch::kCPU, torch::kFloat32).clamp(0.0, 1.0) * 255.0)
                                    .round()
                                    .to(torch::kUInt8)
                                    .permute({0, 2, 3, 1})
                                    .contiguous();
    const int64_t count = bytes.size(0);
    const int height = int(bytes.size(1));
    const int width = int(bytes.size(2));
    const int channels = int(bytes.size(3));
    const double dims = double(height) * width * channels;
    std::vector<float> result;
    result.reserve(size_t(count));
    std::vector<uchar> encoded;
    for (int64_t i = 0; i < count; ++i) {
        cv::Mat image(height, width, CV_8UC(channels), bytes[i].data_ptr<uint8_t>());
        // OpenCV's JPEG 2000 writer uses six resolution levels, which OpenJPEG refuses below
        // 32 pixels a side: smaller images (28×28) are padded by repeating their edge pixels,
        // which costs few bits; the length is still divided by the image's own dimensions.
        if (m_compressor == Compressor::Jpeg2000 && (height < kMinJpeg2000Side || width < kMinJpeg2000Side)) {
            cv::Mat padded;
            cv::copyMakeBorder(image, padded, 0, std::max(0, kMinJpeg2000Side - height), 0,
                               std::max(0, kMinJpeg2000Side - width), cv::BORDER_REPLICATE);
            image = padded;
        }
        bool ok = false;
        try {
            ok = cv::imencode(extension(m_compressor), image, encoded, parameters);
        } catch (const cv::Exception& e) {
            throw std::runtime_error(std::string("cannot compress an image as ") + extension(m_compressor) + ": " + e.what());
        }
        if (!ok)
            throw std::runtime_error(std::string("cannot compress an image as ") + extension(m_compressor));
        result.push_back(float(double(encoded.size()) * 8.0 / dims));
    }
    return result;
}

} // namespace negvae
