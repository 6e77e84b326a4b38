#include "idxreader.h"

#include "compressedfile.h"
#include "dataerror.h"

#include <QFileInfo>
#include <QtEndian>

#include <stdexcept>
#include <vector>

namespace negvae {

namespace {

constexpr quint32 kImagesMagic = 0x00000803;
constexpr quint32 kLabelsMagic = 0x00000801;
constexpr quint32 kUnsignedByteType = 0x08;
// Larger sides are surely a misread header, and the cap keeps N×H×W inside 64 bits.
constexpr qint64 kMaxSide = 16384;

struct IdxHeader {
    std::vector<qint64> dims;
    qint64 headerBytes = 0;
};

QString hex(quint32 value)
{
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}

QString describeMagic(quint32 magic)
{
    if ((magic >> 16) != 0)
        return IdxReader::tr("not an IDX file");
    const quint32 type = (magic >> 8) & 0xff;
    const quint32 dims = magic & 0xff;
    if (magic == kImagesMagic)
        return IdxReader::tr("IDX images");
    if (magic == kLabelsMagic)
        return IdxReader::tr("IDX labels");
    if (type != kUnsignedByteType)
        return IdxReader::tr("IDX with element type 0x%1, only unsigned bytes (0x08) are supported")
            .arg(type, 2, 16, QLatin1Char('0'));
    return IdxReader::tr("IDX unsigned bytes with %1 dimensions").arg(dims);
}

quint32 bigEndianAt(const QByteArray& bytes, qint64 offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

IdxHeader parseHeader(const QString& path, const QByteArray& bytes, quint32 expectedMagic)
{
    if (bytes.size() < 4)
        throw DataError(path, IdxReader::tr("too short for an IDX header: %1 bytes").arg(bytes.size()));
    const quint32 magic = bigEndianAt(bytes, 0);
    if (magic != expectedMagic)
        throw DataError(path, IdxReader::tr("wrong magic number %1 (%2), expected %3 (%4)")
                                  .arg(hex(magic), describeMagic(magic), hex(expectedMagic),
                                       describeMagic(expectedMagic)));
    IdxHeader header;
    const qint64 dimCount = magic & 0xff;
    header.headerBytes = 4 + 4 * dimCount;
    if (bytes.size() < header.headerBytes)
        throw DataError(path, IdxReader::tr("too short for an IDX header: %1 bytes, the header "
                                            "needs %2").arg(bytes.size()).arg(header.headerBytes));
    for (qint64 i = 0; i < dimCount; ++i) {
        const qint64 dim = bigEndianAt(bytes, 4 + 4 * i);
        if (dim == 0)
            throw DataError(path, IdxReader::tr("dimension %1 of %2 is zero").arg(i + 1).arg(dimCount));
        if (i > 0 && dim > kMaxSide)
            throw DataError(path, IdxReader::tr("dimension %1 is %2, implausibly large for an image "
                                                "(at most %3)").arg(i + 1).arg(dim).arg(kMaxSide));
        header.dims.push_back(dim);
    }
    return header;
}

void checkLength(const QString& path, const QByteArray& bytes, const IdxHeader& header)
{
    qint64 expected = 1;
    for (qint64 dim : header.dims)
        expected *= dim;
    expected += header.headerBytes;
    if (bytes.size() < expected)
        throw DataError(path, IdxReader::tr("truncated: expected %1 bytes, found %2")
                                  .arg(expected).arg(bytes.size()));
    if (bytes.size() > expected)
        throw DataError(path, IdxReader::tr("%1 trailing bytes after the %2 bytes the header "
                                            "describes").arg(bytes.size() - expected).arg(expected));
}

torch::Tensor payload(const QByteArray& bytes, const IdxHeader& header, torch::IntArrayRef shape)
{
    auto* data = const_cast<char*>(bytes.constData() + header.headerBytes);
    return torch::from_blob(data, shape, torch::kUInt8).clone();
}

QByteArray makeHeader(quint32 magic, const std::vector<qint64>& dims)
{
    QByteArray bytes(static_cast<qsizetype>(4 + 4 * dims.size()), Qt::Uninitialized);
    qToBigEndian<quint32>(magic, bytes.data());
    for (size_t i = 0; i < dims.size(); ++i) {
        if (dims[i] <= 0 || dims[i] > 0xffffffffLL)
            throw std::invalid_argument("IdxReader: every dimension must fit an unsigned 32-bit count");
        qToBigEndian<quint32>(static_cast<quint32>(dims[i]), bytes.data() + 4 + 4 * i);
    }
    return bytes;
}

void appendTensor(QByteArray& bytes, const torch::Tensor& tensor)
{
    const torch::Tensor flat = tensor.to(torch::kCPU).contiguous();
    bytes.append(reinterpret_cast<const char*>(flat.data_ptr<uint8_t>()), flat.numel());
}

} // namespace

torch::Tensor IdxReader::readImages(const QString& path)
{
    const QByteArray bytes = CompressedFile::read(path);
    const IdxHeader header = parseHeader(path, bytes, kImagesMagic);
    checkLength(path, bytes, header);
    return payload(bytes, header, {header.dims[0], 1, header.dims[1], header.dims[2]});
}

torch::Tensor IdxReader::readLabels(const QString& path)
{
    const QByteArray bytes = CompressedFile::read(path);
    const IdxHeader header = parseHeader(path, bytes, kLabelsMagic);
    checkLength(path, bytes, header);
    return payload(bytes, header, {header.dims[0]}).to(torch::kInt64);
}

ImageSet IdxReader::readSet(const QString& name, const QString& imagesPath,
                            const QString& labelsPath, bool transpose)
{
    torch::Tensor images = readImages(imagesPath);
    const torch::Tensor labels = readLabels(labelsPath);
    if (labels.size(0) != images.size(0))
        throw DataError(labelsPath, tr("holds %1 labels but %2 holds %3 images; the counts must match")
                                        .arg(labels.size(0))
                                        .arg(QFileInfo(imagesPath).fileName())
                                        .arg(images.size(0)));
    if (transpose)
        images = images.transpose(2, 3).contiguous();
    return ImageSet(name, images, labels);
}

void IdxReader::writeImages(const QString& path, const torch::Tensor& images, bool gzip)
{
    if (!images.defined() || images.dim() != 4 || images.size(1) != 1
        || images.scalar_type() != torch::kUInt8)
        throw std::invalid_argument("IdxReader::writeImages: images must be uint8 N×1×H×W");
    QByteArray bytes = makeHeader(kImagesMagic, {images.size(0), images.size(2), images.size(3)});
    appendTensor(bytes, images);
    CompressedFile::write(path, bytes, gzip);
}

void IdxReader::writeLabels(const QString& path, const torch::Tensor& labels, bool gzip)
{
    if (!labels.defined() || labels.dim() != 1)
        throw std::invalid_argument("IdxReader::writeLabels: labels must be a 1-D tensor");
    if (labels.numel() > 0 && (labels.min().item<int64_t>() < 0 || labels.max().item<int64_t>() > 255))
        throw std::invalid_argument("IdxReader::writeLabels: IDX labels must lie in 0..255");
    QByteArray bytes = makeHeader(kLabelsMagic, {labels.size(0)});
    appendTensor(bytes, labels.to(torch::kUInt8));
    CompressedFile::write(path, bytes, gzip);
}

} // namespace negvae
