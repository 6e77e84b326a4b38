#include "imagefolderreader.h"

#include "dataerror.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace negvae {

namespace {

struct FolderEntry {
    QString path;
    QStringList segments; // relative to the folder
    int64_t label = -1;
};

struct FolderScan {
    QStringList classNames;
    std::vector<FolderEntry> entries;
};

bool isImageFile(const QFileInfo& info)
{
    static const QStringList suffixes = {QStringLiteral("png"), QStringLiteral("jpg"),
                                         QStringLiteral("jpeg"), QStringLiteral("bmp")};
    return suffixes.contains(info.suffix().toLower());
}

// Segment by segment, so every image of one class folder sorts together even when another
// folder's name extends it ("cat" and "cat-small").
bool segmentsLess(const FolderEntry& a, const FolderEntry& b)
{
    return std::lexicographical_compare(a.segments.cbegin(), a.segments.cend(),
                                        b.segments.cbegin(), b.segments.cend());
}

FolderScan scanFolder(const QString& folder)
{
    FolderScan scan;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!isImageFile(it.fileInfo()))
            continue;
        const QString relative = root.relativeFilePath(it.filePath());
        scan.entries.push_back({it.filePath(), relative.split(QLatin1Char('/')), -1});
    }
    std::sort(scan.entries.begin(), scan.entries.end(), segmentsLess);
    for (const FolderEntry& entry : scan.entries) {
        if (entry.segments.size() > 1 && !scan.classNames.contains(entry.segments.first()))
            scan.classNames << entry.segments.first();
    }
    for (FolderEntry& entry : scan.entries) {
        if (entry.segments.size() > 1)
            entry.label = scan.classNames.indexOf(entry.segments.first());
    }
    return scan;
}

void checkFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        throw DataError(folder, negvae::ImageFolderReader::tr("folder does not exist"));
    if (!info.isDir())
        throw DataError(folder, negvae::ImageFolderReader::tr("is not a folder"));
    if (QDir(folder).isEmpty())
        throw DataError(folder, negvae::ImageFolderReader::tr("folder is empty"));
}

cv::Mat decode(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(path, negvae::ImageFolderReader::tr("cannot be opened: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        throw DataError(path, negvae::ImageFolderReader::tr("file is empty, not an image"));
    // imdecode rather than imread: the bytes come through Qt, so any file name works.
    const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char*>(bytes.constData()));
    cv::Mat image;
    try {
        image = cv::imdecode(raw, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& e) {
        throw DataError(path, negvae::ImageFolderReader::tr("cannot be decoded as an image: %1")
                                  .arg(QString::fromStdString(e.msg)));
    }
    if (image.empty())
        throw DataError(path, negvae::ImageFolderReader::tr("cannot be decoded as a PNG, JPEG or BMP image"));
    return image;
}

// Brings any decoded image to 8-bit gray or RGB: 16-bit is scaled down, alpha dropped.
cv::Mat toEightBit(const QString& path, cv::Mat image)
{
    if (image.depth() == CV_16U)
        image.convertTo(image, CV_8U, 255.0 / 65535.0);
    else if (image.depth() != CV_8U)
        throw DataError(path, negvae::ImageFolderReader::tr("has an unsupported pixel depth (OpenCV depth %1); "
                                                    "8- and 16-bit images are supported")
                                  .arg(image.depth()));
    cv::Mat converted;
    switch (image.channels()) {
    case 1: return image;
    case 2: cv::extractChannel(image, converted, 0); return converted;
    case 3: cv::cvtColor(image, converted, cv::COLOR_BGR2RGB); return converted;
    case 4: cv::cvtColor(image, converted, cv::COLOR_BGRA2RGB); return converted;
    default:
        throw DataError(path, negvae::ImageFolderReader::tr("has %1 channels; 1 to 4 are supported")
                                  .arg(image.channels()));
    }
}

cv::Mat applyChannels(ImageFolderPolicy::Channels policy, const cv::Mat& image)
{
    cv::Mat converted;
    if (policy == ImageFolderPolicy::Channels::Grayscale && image.channels() == 3) {
        cv::cvtColor(image, converted, cv::COLOR_RGB2GRAY);
        return converted;
    }
    if (policy == ImageFolderPolicy::Channels::Colour && image.channels() == 1) {
        cv::cvtColor(image, converted, cv::COLOR_GRAY2RGB);
        return converted;
    }
    return image;
}

cv::Mat resized(const cv::Mat& image, const cv::Size& target)
{
    const bool shrinking = target.width <= image.cols && target.height <= image.rows;
    cv::Mat out;
    cv::resize(image, out, target, 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    return out;
}

cv::Mat loadImage(const QString& path, const ImageFolderPolicy& policy)
{
    cv::Mat image = applyChannels(policy.channels, toEightBit(path, decode(path)));
    if (policy.resizeTo) {
        const cv::Size target(policy.resizeTo->width(), policy.resizeTo->height());
        if (image.size() != target)
            image = resized(image, target);
    }
    return image;
}

// The first image sets the shape every later one must have.
class ShapeCheck {
public:
    ShapeCheck(const QString& folder, const QString& firstPath, const cv::Mat& first)
        : m_firstName(QDir(folder).relativeFilePath(firstPath))
        , m_size(first.size())
        , m_channels(first.channels())
    {
    }

    void check(const QString& path, const cv::Mat& image) const
    {
        if (image.size() != m_size)
            throw DataError(path, negvae::ImageFolderReader::tr("is %1×%2 pixels but the first image (%3) is "
                                                        "%4×%5; choose a resize size to mix sizes")
                                      .arg(image.cols).arg(image.rows).arg(m_firstName)
                                      .arg(m_size.width).arg(m_size.height));
        if (image.channels() != m_channels)
            throw DataError(path, negvae::ImageFolderReader::tr("has a channel count of %1 but the first image "
                                                        "(%2) has %3; convert to grayscale or colour to mix them")
                                      .arg(image.channels()).arg(m_firstName).arg(m_channels));
    }

private:
    QString m_firstName;
    cv::Size m_size;
    int m_channels;
};

void copyInto(torch::Tensor& images, int64_t index, const cv::Mat& image)
{
    const cv::Mat dense = image.isContinuous() ? image : image.clone();
    const torch::Tensor hwc = torch::from_blob(dense.data, {dense.rows, dense.cols, dense.channels()},
                                               torch::kUInt8);
    images[index].copy_(hwc.permute({2, 0, 1}));
}

void checkPolicy(const QString& folder, const ImageFolderPolicy& policy)
{
    if (policy.resizeTo && (policy.resizeTo->width() <= 0 || policy.resizeTo->height() <= 0))
        throw DataError(folder, negvae::ImageFolderReader::tr("resize size %1×%2 must be positive")
                                    .arg(policy.resizeTo->width()).arg(policy.resizeTo->height()));
}

} // namespace

ImageSet ImageFolderReader::read(const QString& folder, const ImageFolderPolicy& policy,
                                 const ProgressCallback& progress)
{
    checkFolder(folder);
    checkPolicy(folder, policy);
    const FolderScan scan = scanFolder(folder);
    if (scan.entries.empty())
        throw DataError(folder, tr("contains no PNG, JPEG or BMP images"));

    const auto count = static_cast<int64_t>(scan.entries.size());
    const QString what = tr("Reading images from %1").arg(QDir(folder).dirName());
    const cv::Mat first = loadImage(scan.entries.front().path, policy);
    const ShapeCheck shape(folder, scan.entries.front().path, first);
    torch::Tensor images = torch::empty({count, first.channels(), first.rows, first.cols}, torch::kUInt8);
    torch::Tensor labels = torch::empty({count}, torch::kInt64);
    int64_t* labelData = labels.data_ptr<int64_t>();
    for (int64_t i = 0; i < count; ++i) {
        const FolderEntry& entry = scan.entries[static_cast<size_t>(i)];
        const cv::Mat image = i == 0 ? first : loadImage(entry.path, policy);
        shape.check(entry.path, image);
        copyInto(images, i, image);
        labelData[i] = entry.label;
        if (progress)
            progress(i + 1, count, what);
    }
    return ImageSet(QDir(folder).dirName(), images, labels);
}

QStringList ImageFolderReader::classNames(const QString& folder)
{
    return scanFolder(folder).classNames;
}

} // namespace negvae
