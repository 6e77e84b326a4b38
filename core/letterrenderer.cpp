#include "letterrenderer.h"

#include "dataerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <numeric>
#include <random>
#include <vector>

namespace negvae {

namespace {

constexpr int kLetterCount = 52;
constexpr double kPi = 3.14159265358979323846;
// Pixel size the glyphs are rasterised at once per face; large enough that shrinking to 28 px
// loses nothing, small enough that probing a hundred fonts takes milliseconds.
constexpr int kReferencePixels = 64;
// MNIST and EMNIST fit each character's longer side into a 20 px box of the 28 px image.
constexpr double kBoxFraction = 20.0 / 28.0;
// The glyph, rotated and scaled, is kept this far (per 28 px) from the image edge, like the
// 2 px padding EMNIST leaves, so that borders stay black.
constexpr double kMarginFraction = 2.0 / 28.0;
// Glyph templates are stored at twice the output size so that the per-sample bilinear warp
// shrinks rather than enlarges, which keeps strokes crisp.
constexpr double kTemplateOversampling = 2.0;
// Ranges of the random distortions (sizes are per 28 px and scale with imageSize).
constexpr double kMinScale = 0.8;
constexpr double kMaxScale = 1.05;
constexpr double kMaxRotationDegrees = 15.0;
constexpr double kMaxShiftFraction = 2.0 / 28.0;
constexpr double kMinBlurFraction = 0.3 / 28.0;
constexpr double kMaxBlurFraction = 0.9 / 28.0;
constexpr qint64 kProgressInterval = 500;
// Faces are compared as 52 letters, each scaled into a 24 px box centred on 28 px, by mean
// absolute coverage difference. Measured on Debian 12's fonts: metric clones are at 0.000,
// derived fonts (FreeSans/Nimbus Sans, FreeMono/Nimbus Mono PS) at 0.001 to 0.056, and the
// closest faces of distinct designs (DejaVu Sans Mono/Liberation Mono) at 0.066.
constexpr int kSignatureSize = 28;
constexpr double kSignatureBox = 24.0;
constexpr double kCloneDistance = 0.05;
// Part of the cache key: bump it whenever a change here alters the rendered images.
constexpr int kAlgorithmVersion = 1;

char32_t letterCode(int label)
{
    return label < 26 ? char32_t(U'A' + label) : char32_t(U'a' + (label - 26));
}

// Random numbers that are the same on every platform: std::mt19937_64's output sequence is
// fixed by the standard, but the std:: distributions are implementation-defined (libstdc++ and
// libc++ give different numbers), so the few distributions needed are written out here.
class Random {
public:
    explicit Random(uint64_t seed)
        : m_engine(seed)
    {
    }

    // Uniform in [0, 1) with the 53 bits a double holds.
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * unit(); }
    // Uniform in [0, n): draws from the incomplete last block of n values are rejected, so that
    // the modulo does not favour small results.
    uint64_t below(uint64_t n)
    {
        const uint64_t limit = std::numeric_limits<uint64_t>::max() - std::numeric_limits<uint64_t>::max() % n;
        uint64_t value = m_engine();
        while (value >= limit)
            value = m_engine();
        return value % n;
    }
    template<typename T>
    void shuffle(std::vector<T>& items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[size_t(below(i))]);
    }

private:
    std::mt19937_64 m_engine;
};

// SplitMix64's finaliser: turns related seeds (seed, seed + 1, …) into unrelated ones.
uint64_t mix(uint64_t value)
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

// FNV-1a: a hash that, unlike qHash, is not salted per process.
uint64_t stableHash(const QString& text)
{
    uint64_t hash = 0xCBF29CE484222325ULL;
    for (const char byte : text.toUtf8()) {
        hash ^= uint8_t(byte);
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

// Each face draws from its own generator, seeded from the set's seed and the face's name, so the
// distortions of a face do not change when other fonts are installed or removed.
uint64_t faceSeed(uint64_t seed, const LetterRenderer::Font& font)
{
    return mix(seed ^ stableHash(font.family + QLatin1Char('\n') + font.style));
}

// Separate streams for the family split and the two image orders, all from the one seed.
constexpr uint64_t kSplitStream = 0x5EED5EED5EED5EEDULL;
constexpr uint64_t kTrainOrderStream = 0x0DE70DE70DE70DE7ULL;
constexpr uint64_t kTestOrderStream = 0x7E570DE77E570DE7ULL;

struct LibraryDeleter {
    void operator()(FT_Library library) const { FT_Done_FreeType(library); }
};
struct FaceDeleter {
    void operator()(FT_Face face) const { FT_Done_Face(face); }
};
using LibraryHandle = std::unique_ptr<FT_LibraryRec_, LibraryDeleter>;
using FaceHandle = std::unique_ptr<FT_FaceRec_, FaceDeleter>;

LibraryHandle openLibrary()
{
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0)
        throw DataError(QStringLiteral("FreeType"), QStringLiteral("the font library could not be initialised"));
    return LibraryHandle(library);
}

FaceHandle openFace(FT_Library library, const QString& file, FT_Long index)
{
    FT_Face face = nullptr;
    if (FT_New_Face(library, QFile::encodeName(file).constData(), index, &face) != 0)
        return nullptr;
    return FaceHandle(face);
}

QString faceString(const char* text)
{
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

// Symbol and dingbat fonts map the letter code points to Greek letters or ornaments. Where a
// font names its glyphs, the glyph for a letter must be named after it.
bool namedLikeTheLetter(FT_Face face, FT_UInt glyph, char32_t code)
{
    if (!FT_HAS_GLYPH_NAMES(face))
        return true;
    char name[64] = {};
    if (FT_Get_Glyph_Name(face, glyph, name, sizeof name) != 0)
        return true;
    const QString actual = QString::fromLatin1(name);
    const QString hex = QStringLiteral("%1").arg(uint(code), 4, 16, QLatin1Char('0')).toUpper();
    return actual == QString(QChar(code)) || actual == QLatin1String("uni") + hex
        || actual == QLatin1String("u") + hex;
}

bool hasAllLetters(FT_Face face)
{
    if (!FT_IS_SCALABLE(face) || FT_Select_Charmap(face, FT_ENCODING_UNICODE) != 0)
        return false;
    for (int label = 0; label < kLetterCount; ++label) {
        const char32_t code = letterCode(label);
        const FT_UInt glyph = FT_Get_Char_Index(face, FT_ULong(code));
        if (glyph == 0 || !namedLikeTheLetter(face, glyph, code))
            return false;
    }
    return true;
}

// The antialiased coverage of one glyph, cropped to its inked pixels; empty when the glyph
// cannot be rendered or draws nothing (some fonts map letters to blank glyphs).
cv::Mat renderGlyph(FT_Face face, char32_t code)
{
    if (FT_Load_Char(face, FT_ULong(code), FT_LOAD_RENDER | FT_LOAD_NO_HINTING | FT_LOAD_TARGET_NORMAL) != 0)
        return {};
    const FT_Bitmap& bitmap = face->glyph->bitmap;
    if (bitmap.pixel_mode != FT_PIXEL_MODE_GRAY || bitmap.rows == 0 || bitmap.width == 0)
        return {};
    cv::Mat coverage(int(bitmap.rows), int(bitmap.width), CV_8UC1);
    const int rowBytes = std::abs(bitmap.pitch);
    for (int row = 0; row < coverage.rows; ++row) {
        // A negative pitch means the rows are stored bottom-up.
        const int stored = bitmap.pitch >= 0 ? row : coverage.rows - 1 - row;
        std::copy_n(bitmap.buffer + ptrdiff_t(stored) * rowBytes, coverage.cols, coverage.ptr<uint8_t>(row));
    }
    const cv::Rect inked = cv::boundingRect(coverage);
    if (inked.empty())
        return {};
    return coverage(inked).clone();
}

// One usable face with its 52 glyphs at the reference size.
struct LoadedFace {
    LetterRenderer::Font font;
    std::array<cv::Mat, kLetterCount> glyphs;
};

bool renderAllGlyphs(FT_Face face, LoadedFace& loaded)
{
    if (FT_Select_Charmap(face, FT_ENCODING_UNICODE) != 0 || FT_Set_Pixel_Sizes(face, 0, kReferencePixels) != 0)
        return false;
    for (int label = 0; label < kLetterCount; ++label) {
        loaded.glyphs[size_t(label)] = renderGlyph(face, letterCode(label));
        if (loaded.glyphs[size_t(label)].empty())
            return false;
    }
    return true;
}

// Every file under the directories, sorted, each real file once (distributions link the same
// font into several directories).
QStringList fontFiles(const QStringList& directories)
{
    QStringList files;
    QSet<QString> seen;
    for (const QString& directory : directories) {
        QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString canonical = QFileInfo(file).canonicalFilePath();
            if (!canonical.isEmpty() && !seen.contains(canonical)) {
                seen.insert(canonical);
                files.append(file);
            }
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

// The faces of one file that map all 52 letters (a collection holds several).
void addLetterFaces(FT_Library library, const QString& file, QList<LetterRenderer::Font>& fonts)
{
    FaceHandle first = openFace(library, file, 0);
    if (!first)
        return; // not a font FreeType can read (metrics, encodings, fonts.dir…)
    const FT_Long count = first->num_faces;
    for (FT_Long index = 0; index < count; ++index) {
        FaceHandle face = index == 0 ? std::move(first) : openFace(library, file, index);
        if (!face || !hasAllLetters(face.get()))
            continue;
        LetterRenderer::Font font{file, faceString(face->family_name), faceString(face->style_name), int(index)};
        if (!font.family.isEmpty())
            fonts.append(font);
    }
}

bool fontLess(const LetterRenderer::Font& a, const LetterRenderer::Font& b)
{
    if (a.family != b.family)
        return a.family < b.family;
    if (a.style != b.style)
        return a.style < b.style;
    if (a.file != b.file)
        return a.file < b.file;
    return a.faceIndex < b.faceIndex;
}

bool sameStyle(const LetterRenderer::Font& a, const LetterRenderer::Font& b)
{
    return a.family == b.family && a.style == b.style;
}

// Usable faces in sorted order. The same face is often installed in several formats (URW's
// fonts come as .otf, .t1 and .pfb): rendering it three times would only weight it three times
// over, so each family/style is rendered from the first of its files that renders.
std::vector<LoadedFace> loadFaces(const QStringList& directories)
{
    LibraryHandle library = openLibrary();
    QList<LetterRenderer::Font> candidates;
    for (const QString& file : fontFiles(directories))
        addLetterFaces(library.get(), file, candidates);
    std::sort(candidates.begin(), candidates.end(), fontLess);

    std::vector<LoadedFace> faces;
    for (const LetterRenderer::Font& font : candidates) {
        if (!faces.empty() && sameStyle(faces.back().font, font))
            continue;
        const FaceHandle face = openFace(library.get(), font.file, font.faceIndex);
        LoadedFace loaded;
        loaded.font = font;
        if (face && renderAllGlyphs(face.get(), loaded))
            faces.push_back(std::move(loaded));
    }
    return faces;
}

void checkOptions(const LetterOptions& options)
{
    const QString what = QStringLiteral("letters");
    if (options.imageSize < 8 || options.imageSize > 1024)
        throw DataError(what, QStringLiteral("image size %1 is outside 8…1024").arg(options.imageSize));
    if (options.samplesPerGlyph < 1)
        throw DataError(what, QStringLiteral("samples per glyph must be at least 1, not %1").arg(options.samplesPerGlyph));
    if (!(options.testFamilyFraction > 0.0 && options.testFamilyFraction < 1.0))
        throw DataError(what, QStringLiteral("the test family fraction must lie strictly between 0 and 1, not %1")
                                  .arg(options.testFamilyFraction));
}

QStringList familiesOf(const std::vector<LoadedFace>& faces)
{
    QStringList families;
    for (const LoadedFace& face : faces) {
        if (families.isEmpty() || families.constLast() != face.font.family)
            families.append(face.font.family); // faces are sorted by family
    }
    return families;
}

// A face's look as one vector: every letter scaled into the same box and centred, so faces
// can be compared glyph by glyph whatever their metrics.
cv::Mat faceSignature(const LoadedFace& face)
{
    cv::Mat signature(kLetterCount, kSignatureSize * kSignatureSize, CV_32F, cv::Scalar(0));
    for (int label = 0; label < kLetterCount; ++label) {
        const cv::Mat& glyph = face.glyphs[size_t(label)];
        const double factor = kSignatureBox / double(std::max(glyph.cols, glyph.rows));
        cv::Mat scaled;
        cv::resize(glyph, scaled,
                   cv::Size(std::max(1, int(std::lround(glyph.cols * factor))),
                            std::max(1, int(std::lround(glyph.rows * factor)))),
                   0, 0, cv::INTER_AREA);
        cv::Mat canvas = signature.row(label).reshape(1, kSignatureSize);
        const cv::Rect centred((kSignatureSize - scaled.cols) / 2, (kSignatureSize - scaled.rows) / 2,
                               scaled.cols, scaled.rows);
        scaled.convertTo(canvas(centred), CV_32F, 1.0 / 255.0);
    }
    return signature;
}

// Mean absolute difference in coverage per pixel between two faces' signatures.
double lookDistance(const cv::Mat& a, const cv::Mat& b)
{
    return cv::norm(a, b, cv::NORM_L1) / double(a.total());
}

// Groups of families that must share a split because some of their faces are (near-)copies:
// metric clones (Liberation Sans 2 is Arimo), and derived fonts (FreeSans is Nimbus Sans,
// DejaVu Math TeX Gyre is DejaVu Serif). Splitting those would put the test split's typefaces
// in training under another name. Groups and their families are sorted.
QList<QStringList> familyGroups(const std::vector<LoadedFace>& faces, const QStringList& families)
{
    std::vector<int> parent(size_t(families.size()));
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&parent](int family) {
        while (parent[size_t(family)] != family)
            family = parent[size_t(family)] = parent[size_t(parent[size_t(family)])];
        return family;
    };
    std::vector<cv::Mat> signatures;
    std::vector<int> familyOf;
    for (const LoadedFace& face : faces) {
        signatures.push_back(faceSignature(face));
        familyOf.push_back(int(families.indexOf(face.font.family)));
    }
    for (size_t i = 0; i < faces.size(); ++i) {
        for (size_t j = i + 1; j < faces.size(); ++j) {
            const int a = root(familyOf[i]);
            const int b = root(familyOf[j]);
            if (a != b && lookDistance(signatures[i], signatures[j]) < kCloneDistance)
                parent[size_t(std::max(a, b))] = std::min(a, b);
        }
    }
    QList<QStringList> groups;
    QList<int> groupRoots;
    for (int family = 0; family < int(families.size()); ++family) {
        const qsizetype at = groupRoots.indexOf(root(family));
        if (at < 0) {
            groupRoots.append(root(family));
            groups.append(QStringList{families[family]});
        } else {
            groups[at].append(families[family]);
        }
    }
    return groups;
}

// Picks whole groups for the test split, in an order drawn from the seed, until they hold
// about `fraction` of the families; the last group always stays in training so neither side
// is empty.
QStringList testFamiliesFor(const QList<QStringList>& groups, qsizetype familyCount, double fraction,
                            uint64_t seed)
{
    const qsizetype wanted = std::clamp<qsizetype>(qsizetype(std::lround(fraction * double(familyCount))), 1,
                                                   familyCount - 1);
    std::vector<QStringList> order(groups.cbegin(), groups.cend());
    Random(mix(seed ^ kSplitStream)).shuffle(order);
    QStringList test;
    for (size_t i = 0; i + 1 < order.size() && test.size() < wanted; ++i)
        test += order[i];
    std::sort(test.begin(), test.end());
    return test;
}

// A glyph scaled so that its longer side is the box size (times the oversampling), with area
// averaging so that thin strokes survive the shrink.
cv::Mat glyphTemplate(const cv::Mat& glyph, int imageSize)
{
    const double longSide = kBoxFraction * imageSize * kTemplateOversampling;
    const double factor = longSide / double(std::max(glyph.cols, glyph.rows));
    const cv::Size size(std::max(1, int(std::lround(glyph.cols * factor))),
                        std::max(1, int(std::lround(glyph.rows * factor))));
    cv::Mat scaled;
    cv::resize(glyph, scaled, size, 0, 0, factor < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
    return scaled;
}

struct Distortion {
    double scale;
    double radians;
    double shiftX;
    double shiftY;
    double blurSigma;
};

Distortion drawDistortion(Random& random, int imageSize)
{
    // The draws happen in a fixed order: reordering them would change every image.
    Distortion d{};
    d.scale = random.uniform(kMinScale, kMaxScale);
    d.radians = random.uniform(-kMaxRotationDegrees, kMaxRotationDegrees) * kPi / 180.0;
    const double maxShift = kMaxShiftFraction * imageSize;
    d.shiftX = random.uniform(-maxShift, maxShift);
    d.shiftY = random.uniform(-maxShift, maxShift);
    d.blurSigma = random.uniform(kMinBlurFraction, kMaxBlurFraction) * imageSize;
    return d;
}

// The affine map from template pixels to image pixels. Scale is reduced and the shift clamped
// so that the rotated glyph box stays inside the margin: large, tilted capitals would otherwise
// be cut off at the border.
cv::Matx23d placement(const cv::Size& glyph, const Distortion& d, int imageSize)
{
    const double cosine = std::cos(d.radians);
    const double sine = std::sin(d.radians);
    const double w = glyph.width;
    const double h = glyph.height;
    const double rotatedW = std::abs(cosine) * w + std::abs(sine) * h;
    const double rotatedH = std::abs(sine) * w + std::abs(cosine) * h;
    const double room = imageSize - 2.0 * kMarginFraction * imageSize;
    const double fit = room / std::max(rotatedW, rotatedH);
    const double scale = std::min(d.scale / kTemplateOversampling, fit);

    const double slackX = std::max(0.0, (room - scale * rotatedW) / 2.0);
    const double slackY = std::max(0.0, (room - scale * rotatedH) / 2.0);
    const double centre = (imageSize - 1) / 2.0;
    const double targetX = centre + std::clamp(d.shiftX, -slackX, slackX);
    const double targetY = centre + std::clamp(d.shiftY, -slackY, slackY);

    const double a = scale * cosine;
    const double b = scale * sine;
    const double glyphX = (w - 1) / 2.0;
    const double glyphY = (h - 1) / 2.0;
    return {a, -b, targetX - (a * glyphX - b * glyphY),
            b, a, targetY - (b * glyphX + a * glyphY)};
}

// Draws one distorted glyph straight into `image` (an imageSize² view of the output tensor).
void drawSample(const cv::Mat& glyph, const Distortion& d, cv::Mat& image)
{
    const cv::Matx23d transform = placement(glyph.size(), d, image.cols);
    cv::warpAffine(glyph, image, cv::Mat(transform), image.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);
    cv::GaussianBlur(image, image, cv::Size(0, 0), d.blurSigma, d.blurSigma, cv::BORDER_CONSTANT);
    // Stretch so the brightest pixel is white, as in EMNIST, whatever blur and stroke width did.
    double brightest = 0.0;
    cv::minMaxLoc(image, nullptr, &brightest);
    if (brightest > 0.0 && brightest < 255.0)
        image.convertTo(image, CV_8U, 255.0 / brightest);
}

struct SplitPlan {
    std::vector<int64_t> slots; // destination index of each of the split's images, in face order
    size_t next = 0;            // the next entry of `slots` to fill
    torch::Tensor images;
    torch::Tensor labels;
};

SplitPlan planSplit(int64_t count, int imageSize, uint64_t orderSeed)
{
    SplitPlan plan;
    plan.slots.resize(size_t(count));
    std::iota(plan.slots.begin(), plan.slots.end(), int64_t(0));
    // Shuffled once here so that the first n images of a split are a fair sample of letters
    // and fonts, not the first font's A to Z.
    Random(orderSeed).shuffle(plan.slots);
    plan.images = torch::zeros({count, 1, imageSize, imageSize}, torch::kUInt8);
    plan.labels = torch::empty({count}, torch::kInt64);
    return plan;
}

// Renders all samples of one face into the next slots of its split.
void renderFace(const LoadedFace& face, const LetterOptions& options, SplitPlan& plan,
                const std::function<void()>& imageDone)
{
    const int size = options.imageSize;
    Random random(faceSeed(options.seed, face.font));
    auto* pixels = plan.images.data_ptr<uint8_t>();
    auto* labels = plan.labels.data_ptr<int64_t>();
    for (int label = 0; label < kLetterCount; ++label) {
        const cv::Mat glyph = glyphTemplate(face.glyphs[size_t(label)], size);
        for (int sample = 0; sample < options.samplesPerGlyph; ++sample) {
            const int64_t slot = plan.slots[plan.next++];
            cv::Mat image(size, size, CV_8UC1, pixels + slot * size * size);
            drawSample(glyph, drawDistortion(random, size), image);
            labels[slot] = label;
            imageDone();
        }
    }
}

void requireTwoGroups(const QList<QStringList>& groups, const QStringList& directories)
{
    if (groups.size() >= 2)
        return;
    throw DataError(directories.join(QStringLiteral(", ")),
                    QStringLiteral("found %1 distinct font families with scalable glyphs for all 52 letters; "
                                   "the letters set needs at least 2 to split train and test by family")
                        .arg(groups.size()));
}

ImageSet toSet(const QString& name, SplitPlan& plan)
{
    return ImageSet(name, std::move(plan.images), std::move(plan.labels));
}

} // namespace

LetterRenderer::LetterRenderer(LetterOptions options)
    : m_options(std::move(options))
{
}

QList<LetterRenderer::Font> LetterRenderer::availableFonts() const
{
    QList<Font> fonts;
    for (const LoadedFace& face : loadFaces(m_options.fontDirectories))
        fonts.append(face.font);
    return fonts;
}

bool LetterRenderer::canSplit() const
{
    const std::vector<LoadedFace> faces = loadFaces(m_options.fontDirectories);
    return familyGroups(faces, familiesOf(faces)).size() >= 2;
}

LetterRenderer::Result LetterRenderer::render(const ProgressCallback& progress) const
{
    checkOptions(m_options);
    const std::vector<LoadedFace> faces = loadFaces(m_options.fontDirectories);
    const QStringList families = familiesOf(faces);
    const QList<QStringList> groups = familyGroups(faces, families);
    requireTwoGroups(groups, m_options.fontDirectories);

    Result result;
    result.testFamilies = testFamiliesFor(groups, families.size(), m_options.testFamilyFraction, m_options.seed);
    for (const QString& family : families) {
        if (!result.testFamilies.contains(family))
            result.trainFamilies.append(family);
    }
    const QSet<QString> testFamilies(result.testFamilies.cbegin(), result.testFamilies.cend());
    std::vector<bool> inTest;
    for (const LoadedFace& face : faces)
        inTest.push_back(testFamilies.contains(face.font.family));

    const int64_t perFace = int64_t(kLetterCount) * m_options.samplesPerGlyph;
    const auto testFaces = int64_t(std::count(inTest.cbegin(), inTest.cend(), true));
    SplitPlan train = planSplit(perFace * (int64_t(faces.size()) - testFaces), m_options.imageSize,
                                mix(m_options.seed ^ kTrainOrderStream));
    SplitPlan test = planSplit(perFace * testFaces, m_options.imageSize, mix(m_options.seed ^ kTestOrderStream));

    const int64_t total = perFace * int64_t(faces.size());
    const QString what = QStringLiteral("rendering letters");
    qint64 done = 0;
    const std::function<void()> imageDone = [&] {
        if (++done % kProgressInterval == 0 && progress)
            progress(done, total, what);
    };
    for (size_t i = 0; i < faces.size(); ++i)
        renderFace(faces[i], m_options, inTest[i] ? test : train, imageDone);
    if (progress)
        progress(total, total, what);

    result.train = toSet(QStringLiteral("letters (train)"), train);
    result.test = toSet(QStringLiteral("letters (test)"), test);
    return result;
}

QString LetterRenderer::cacheKey() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString& text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    };
    FT_Int major = 0, minor = 0, patch = 0;
    {
        LibraryHandle library = openLibrary();
        FT_Library_Version(library.get(), &major, &minor, &patch);
    }
    // The rasteriser's and OpenCV's versions are in the key because their output can change
    // between releases even for the same fonts and options.
    add(QStringLiteral("letters v%1 freetype %2.%3.%4 opencv %5")
            .arg(kAlgorithmVersion)
            .arg(major)
            .arg(minor)
            .arg(patch)
            .arg(QString::fromLatin1(cv::getVersionString().c_str())));
    add(QStringLiteral("size %1 samples %2 seed %3 test %4")
            .arg(m_options.imageSize)
            .arg(m_options.samplesPerGlyph)
            .arg(m_options.seed)
            .arg(QString::number(m_options.testFamilyFraction, 'g', 17)));
    add(m_options.fontDirectories.join(QLatin1Char('\n')));
    for (const QString& file : fontFiles(m_options.fontDirectories)) {
        const QFileInfo info(file);
        add(QStringLiteral("%1 %2 %3")
                .arg(file)
                .arg(info.size())
                .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace negvae
