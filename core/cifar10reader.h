#pragma once

#include "imageset.h"
#include "split.h"

#include <QCoreApplication>
#include <QString>

namespace negvae {

// Reads the CIFAR-10 binary version: each record is one label byte (0..9) followed by
// 3072 bytes, the 32×32 red, green and blue planes. Throws DataError naming the file when
// its length is not a whole number of records, it is empty, or a label is out of range.
class Cifar10Reader {
    Q_DECLARE_TR_FUNCTIONS(negvae::Cifar10Reader)

public:
    static ImageSet readBatch(const QString& file);
    // A folder as unpacked from cifar-10-binary.tar.gz: data_batch_1..5.bin for Train,
    // test_batch.bin for Test. Throws DataError naming the missing file.
    static ImageSet readSplit(const QString& folder, Split split);
};

} // namespace negvae
