#include "cifar10reader.h"

#include "compressedfile.h"
#include "dataerror.h"

#include <QDir>
#include <QFileInfo>

#include <vector>

namespace negvae {

namespace {

constexpr qint64 kSide = 32;
constexpr qint64 kImageBytes = 3 * kSide * kSide;
constexpr qint64 kRecordBytes = 1 + kImageBytes;
constexpr int kClassCount = 10;

QStringList batchFileNames(Split split)
{
    if (split == Split::Test)
        return {QStringLiteral("test_batch.bin")};
    QStringList names;
    for (int i = 1; i <= 5; ++i)
        names << QStringLiteral("data_batch_%1.bin").arg(i);
    return names;
}

void checkLength(const QString& file, qint64 length)
{
    if (length == 0)
        throw DataError(file, Cifar10Reader::tr("file is empty"));
    if (length % kRecordBytes != 0)
        throw DataError(file, Cifar10Reader::tr("length %1 bytes is not a multiple of the %2-byte "
                                                "record (%3 whole records and %4 bytes left over)")
                                  .arg(length)
                                  .arg(kRecordBytes)
                                  .arg(length / kRecordBytes)
                                  .arg(length % kRecordBytes));
}

void checkLabels(const QString& file, const QByteArray& bytes)
{
    for (qint64 offset = 0; offset < bytes.size(); offset += kRecordBytes) {
        const int label = static_cast<unsigned char>(bytes[offset]);
        if (label >= kClassCount)
            throw DataError(file, Cifar10Reader::tr("record %1 has label %2, expected 0..9")
                                      .arg(offset / kRecordBytes)
                                      .arg(label));
    }
}

// The archive unpacks into cifar-10-batches-bin/; accept its parent folder too.
QDir batchFolder(const QString& folder, const QString& firstFile)
{
    const QDir dir(folder);
    const QString nested = dir.filePath(QStringLiteral("cifar-10-batches-bin"));
    if (!dir.exists(firstFile) && QFileInfo::exists(QDir(nested).filePath(firstFile)))
        return QDir(nested);
    return dir;
}

} // namespace

ImageSet Cifar10Reader::readBatch(const QString& file)
{
    const QByteArray bytes = CompressedFile::read(file);
    checkLength(file, bytes.size());
    checkLabels(file, bytes);
    const qint64 count = bytes.size() / kRecordBytes;
    // Each record's planes are already channel, row, column: no reordering needed.
    auto* data = const_cast<char*>(bytes.constData());
    const torch::Tensor records = torch::from_blob(data, {count, kRecordBytes}, torch::kUInt8);
    const torch::Tensor images = records.slice(1, 1).reshape({count, 3, kSide, kSide}).clone();
    const torch::Tensor labels = records.select(1, 0).to(torch::kInt64);
    return ImageSet(QFileInfo(file).completeBaseName(), images, labels);
}

ImageSet Cifar10Reader::readSplit(const QString& folder, Split split)
{
    if (!QFileInfo(folder).isDir())
        throw DataError(folder, tr("folder does not exist"));
    const QStringList names = batchFileNames(split);
    const QDir dir = batchFolder(folder, names.first());
    for (const QString& name : names) {
        if (!QFileInfo::exists(dir.filePath(name)))
            throw DataError(dir.filePath(name), tr("missing: the CIFAR-10 %1 split needs %2")
                                                    .arg(splitName(split), names.join(QStringLiteral(", "))));
    }
    std::vector<torch::Tensor> images;
    std::vector<torch::Tensor> labels;
    for (const QString& name : names) {
        const ImageSet batch = readBatch(dir.filePath(name));
        images.push_back(batch.images());
        labels.push_back(batch.labels());
    }
    return ImageSet(QStringLiteral("cifar10-%1").arg(splitName(split)), torch::cat(images),
                    torch::cat(labels));
}

} // namespace negvae
