#pragma once

#include "imageset.h"

#include <QCoreApplication>
#include <QString>
#include <torch/types.h>

namespace negvae {

// Reads and writes the IDX format of MNIST, Fashion-MNIST, KMNIST and EMNIST, raw or gzip.
// Every read validates magic, dimension count and that the file length matches the header
// exactly, and throws DataError naming the file otherwise.
class IdxReader {
    Q_DECLARE_TR_FUNCTIONS(negvae::IdxReader)

public:
    // Magic 0x00000803 (unsigned byte, 3 dimensions N×H×W). Returns uint8 N×1×H×W.
    static torch::Tensor readImages(const QString& path);
    // Magic 0x00000801 (unsigned byte, 1 dimension N). Returns int64 N.
    static torch::Tensor readLabels(const QString& path);
    // Images plus labels; throws DataError when their counts differ. `transpose` swaps H and W
    // (EMNIST stores its images transposed relative to MNIST).
    static ImageSet readSet(const QString& name, const QString& imagesPath, const QString& labelsPath,
                            bool transpose = false);

    // Writers, used for caches and test fixtures. Images must be uint8 N×1×H×W.
    static void writeImages(const QString& path, const torch::Tensor& images, bool gzip);
    static void writeLabels(const QString& path, const torch::Tensor& labels, bool gzip);
};

} // namespace negvae
