#include "imagegrid.h"

#include <cmath>
#include <stdexcept>

namespace negvae {

QImage ImageGrid::fromTensor(const torch::Tensor& images, int columns, int padding)
{
    if (!images.defined() || images.dim() != 4 || (images.size(1) != 1 && images.size(1) != 3))
        throw std::invalid_argument("ImageGrid: expected an N×C×H×W tensor with 1 or 3 channels");
    const int64_t n = images.size(0);
    const int64_t h = images.size(2);
    const int64_t w = images.size(3);
    if (columns <= 0)
        columns = std::max<int>(1, int(std::ceil(std::sqrt(double(n)))));
    const int rows = std::max<int>(1, int((n + columns - 1) / columns));
    QImage grid(int(columns * (w + padding) + padding), int(rows * (h + padding) + padding), QImage::Format_RGB888);
    grid.fill(QColor(128, 128, 128));
    // HWC bytes, so each image row is a straight copy into the grid.
    const torch::Tensor bytes = images.detach().to(torch::kCPU, torch::kFloat32).clamp(0, 1).mul(255).round()
                                    .to(torch::kUInt8).expand({n, 3, h, w}).permute({0, 2, 3, 1}).contiguous();
    const uint8_t* data = bytes.data_ptr<uint8_t>();
    for (int64_t i = 0; i < n; ++i) {
        const int x0 = int(padding + (i % columns) * (w + padding));
        const int y0 = int(padding + (i / columns) * (h + padding));
        for (int64_t y = 0; y < h; ++y)
            std::memcpy(grid.scanLine(int(y0 + y)) + x0 * 3, data + ((i * h + y) * w) * 3, size_t(w * 3));
    }
    return grid;
}

} // namespace negvae
