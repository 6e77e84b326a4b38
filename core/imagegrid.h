#pragma once

#include <QImage>
#include <torch/types.h>

namespace negvae {

// Tiles a batch of images into one picture, the form in which samples are saved and shown.
class ImageGrid {
public:
    // images: N×C×H×W floats in [0, 1] (C = 1 or 3). `columns` = 0 picks a near-square grid.
    // Cells are separated by `padding` pixels of mid grey.
    static QImage fromTensor(const torch::Tensor& images, int columns = 0, int padding = 2);
};

} // namespace negvae
