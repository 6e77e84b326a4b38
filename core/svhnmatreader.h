#pragma once

#include "imageset.h"

#include <QCoreApplication>
#include <QString>

namespace negvae {

// Reads SVHN's cropped-digits files (train_32x32.mat, test_32x32.mat): variable X is
// uint8 32×32×3×N, y is N×1 with labels 1..10 where 10 stands for the digit 0 (mapped to 0).
// Throws DataError naming the file when it is not a MAT file, lacks X or y, or their types,
// shapes or counts are wrong.
class SvhnMatReader {
    Q_DECLARE_TR_FUNCTIONS(negvae::SvhnMatReader)

public:
    static ImageSet read(const QString& file);
};

} // namespace negvae
