// The letters set rendered from installed fonts (SPEC §6), the stand-in for EMNIST-Letters.
#include "dataerror.h"
#include "letterrenderer.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <torch/torch.h>

#include <algorithm>

using namespace negvae;

namespace {

constexpr int kLetters = 52;

int labelOf(char letter)
{
    return letter >= 'a' ? 26 + (letter - 'a') : letter - 'A';
}

// A font file installed on this machine, found by name; empty when it is not installed.
QString systemFont(const QString& fileName)
{
    QDirIterator it(QStringLiteral("/usr/share/fonts"), {fileName}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

// Copies installed fonts into `directory`; false when one of them is not installed.
bool copyFonts(const QStringList& fileNames, const QString& directory)
{
    for (const QString& name : fileNames) {
        const QString source = systemFont(name);
        if (source.isEmpty() || !QFile::copy(source, directory + QLatin1Char('/') + name))
            return false;
    }
    return true;
}

LetterOptions optionsFor(const QString& directory, int samplesPerGlyph = 1)
{
    LetterOptions options;
    options.fontDirectories = {directory};
    options.samplesPerGlyph = samplesPerGlyph;
    return options;
}

QSet<QString> toSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// Pixels on the outermost rows and columns of every image, N × (4 · size).
torch::Tensor borderPixels(const torch::Tensor& images)
{
    const int64_t n = images.size(0);
    const int64_t last = images.size(2) - 1;
    return torch::cat({images.select(2, 0).reshape({n, -1}), images.select(2, last).reshape({n, -1}),
                       images.select(3, 0).reshape({n, -1}), images.select(3, last).reshape({n, -1})},
                      1);
}

// Mean number of columns holding bright ink, over the images of one letter.
double meanInkWidth(const ImageSet& set, int label)
{
    const torch::Tensor images = set.images().index({set.labels() == label}).squeeze(1);
    return (images > 128).any(1).sum(1).to(torch::kFloat64).mean().item<double>();
}

} // namespace

class TestLetters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fontsAreUsableAndSorted();
    void symbolFontsAreSkipped();
    void splitsHaveShapesAndAllLabels_data();
    void splitsHaveShapesAndAllLabels();
    void splitIsByFamily();
    void clonesShareASplit();
    void imagesAreWhiteOnBlack_data();
    void imagesAreWhiteOnBlack();
    void lettersKeepTheirShape_data();
    void lettersKeepTheirShape();
    void sameSeedSameImages();
    void differentSeedDifferentImages();
    void imageSizeIsHonoured_data();
    void imageSizeIsHonoured();
    void progressIsReported();
    void cacheKeyFollowsOptions();
    void cacheKeyFollowsFontFiles();
    void twoFamiliesSplitOneEach();
    void rejectsUnusableInput_data();
    void rejectsUnusableInput();

private:
    LetterOptions m_options;
    QList<LetterRenderer::Font> m_fonts;
    QStringList m_families;
    LetterRenderer::Result m_result;
};

void TestLetters::initTestCase()
{
    m_options.samplesPerGlyph = 2;
    const LetterRenderer renderer(m_options);
    m_fonts = renderer.availableFonts();
    for (const LetterRenderer::Font& font : m_fonts) {
        if (!m_families.contains(font.family))
            m_families.append(font.family);
    }
    if (m_families.size() < 2)
        QSKIP("fewer than two font families with all 52 letters are installed");
    m_result = renderer.render();
}

void TestLetters::fontsAreUsableAndSorted()
{
    QVERIFY(!m_fonts.isEmpty());
    QSet<QString> styles;
    for (qsizetype i = 0; i < m_fonts.size(); ++i) {
        const LetterRenderer::Font& font = m_fonts[i];
        QVERIFY(!font.family.isEmpty());
        QVERIFY(QFile::exists(font.file));
        const QString key = font.family + QLatin1Char('/') + font.style;
        QVERIFY2(!styles.contains(key), qPrintable(key + QStringLiteral(" listed twice")));
        styles.insert(key);
        if (i > 0) {
            const LetterRenderer::Font& previous = m_fonts[i - 1];
            QVERIFY(std::make_pair(previous.family, previous.style) < std::make_pair(font.family, font.style));
        }
    }
}

void TestLetters::symbolFontsAreSkipped()
{
    // URW's symbol and dingbat fonts map A–Z to Greek letters and ornaments.
    const QTemporaryDir directory;
    QVERIFY(directory.isValid());
    if (!copyFonts({QStringLiteral("StandardSymbolsPS.otf"), QStringLiteral("D050000L.otf"),
                    QStringLiteral("DejaVuSans.ttf")},
                   directory.path()))
        QSKIP("the URW symbol fonts or DejaVu Sans are not installed");
    QFile notAFont(directory.filePath(QStringLiteral("notes.ttf")));
    QVERIFY(notAFont.open(QIODevice::WriteOnly));
    notAFont.write("not a font");
    notAFont.close();
    const QList<LetterRenderer::Font> fonts = LetterRenderer(optionsFor(directory.path())).availableFonts();
    QCOMPARE(fonts.size(), 1);
    QCOMPARE(fonts.first().family, QStringLiteral("DejaVu Sans"));
}

void TestLetters::splitsHaveShapesAndAllLabels_data()
{
    QTest::addColumn<bool>("test");
    QTest::newRow("train") << false;
    QTest::newRow("test") << true;
}

void TestLetters::splitsHaveShapesAndAllLabels()
{
    QFETCH(bool, test);
    const ImageSet& set = test ? m_result.test : m_result.train;
    const QSet<QString> families = toSet(test ? m_result.testFamilies : m_result.trainFamilies);
    const auto faces = std::count_if(m_fonts.cbegin(), m_fonts.cend(),
                                     [&](const LetterRenderer::Font& font) { return families.contains(font.family); });

    QCOMPARE(set.shape(), (ImageShape{1, 28, 28}));
    QCOMPARE(set.images().scalar_type(), torch::kUInt8);
    QCOMPARE(set.size(), int64_t(faces) * kLetters * m_options.samplesPerGlyph);
    // Every letter equally often: each face renders each letter samplesPerGlyph times.
    const torch::Tensor counts = torch::bincount(set.labels(), {}, kLetters);
    QCOMPARE(counts.size(0), kLetters);
    QVERIFY(torch::all(counts == set.size() / kLetters).item<bool>());
}

void TestLetters::splitIsByFamily()
{
    const QSet<QString> train = toSet(m_result.trainFamilies);
    const QSet<QString> test = toSet(m_result.testFamilies);
    QVERIFY(!train.isEmpty());
    QVERIFY(!test.isEmpty());
    QVERIFY(!train.intersects(test));
    QCOMPARE(train + test, toSet(m_families));
    QCOMPARE(train.size() + test.size(), m_families.size());
    QVERIFY(std::is_sorted(m_result.trainFamilies.cbegin(), m_result.trainFamilies.cend()));
    QVERIFY(std::is_sorted(m_result.testFamilies.cbegin(), m_result.testFamilies.cend()));
}

void TestLetters::clonesShareASplit()
{
    // Pairs of families that are one typeface under two names.
    const QList<QStringList> pairs = {
        {QStringLiteral("Arimo"), QStringLiteral("Liberation Sans")},        // metric clone
        {QStringLiteral("Tinos"), QStringLiteral("Liberation Serif")},       // metric clone
        {QStringLiteral("FreeSans"), QStringLiteral("Nimbus Sans")},         // derived
        {QStringLiteral("DejaVu Serif"), QStringLiteral("DejaVu Math TeX Gyre")}, // derived
    };
    QList<QStringList> installed;
    for (const QStringList& pair : pairs) {
        if (m_families.contains(pair[0]) && m_families.contains(pair[1]))
            installed.append(pair);
    }
    if (installed.isEmpty())
        QSKIP("none of the known pairs of look-alike fonts is installed");
    // The split is drawn from the seed; whatever is drawn, a typeface must not be on both sides.
    for (uint64_t seed = 0; seed < 6; ++seed) {
        LetterOptions options = m_options;
        options.samplesPerGlyph = 1;
        options.seed = seed;
        const LetterRenderer::Result result = LetterRenderer(options).render();
        for (const QStringList& pair : installed)
            QCOMPARE(result.testFamilies.contains(pair[0]), result.testFamilies.contains(pair[1]));
    }
}

void TestLetters::imagesAreWhiteOnBlack_data()
{
    splitsHaveShapesAndAllLabels_data();
}

void TestLetters::imagesAreWhiteOnBlack()
{
    QFETCH(bool, test);
    const ImageSet& set = test ? m_result.test : m_result.train;
    const torch::Tensor images = set.images().to(torch::kFloat32);
    const torch::Tensor perImage = images.reshape({set.size(), -1});
    const torch::Tensor border = borderPixels(images);
    // The glyph keeps a margin like EMNIST's, so the border is black but for blur tails.
    QVERIFY2(border.max().item<float>() < 48.0f, qPrintable(QString::number(border.max().item<float>())));
    QVERIFY(border.mean().item<float>() < 1.0f);
    // Each image is stretched to full white, and ink covers a minority of the pixels.
    QVERIFY(torch::all(std::get<0>(perImage.max(1)) == 255.0f).item<bool>());
    const torch::Tensor means = perImage.mean(1);
    QVERIFY(means.min().item<float>() > 2.0f);
    QVERIFY(means.max().item<float>() < 128.0f);
    const float overall = means.mean().item<float>() / 255.0f;
    QVERIFY2(overall > 0.08f && overall < 0.25f, qPrintable(QString::number(overall)));
}

void TestLetters::lettersKeepTheirShape_data()
{
    QTest::addColumn<char>("narrow");
    QTest::addColumn<char>("wide");
    QTest::newRow("I W") << 'I' << 'W';
    QTest::newRow("l m") << 'l' << 'm';
    QTest::newRow("i w") << 'i' << 'w';
}

void TestLetters::lettersKeepTheirShape()
{
    // A check that labels travel with their images through the shuffle: narrow letters must
    // stay narrow.
    QFETCH(char, narrow);
    QFETCH(char, wide);
    const double narrowWidth = meanInkWidth(m_result.train, labelOf(narrow));
    const double wideWidth = meanInkWidth(m_result.train, labelOf(wide));
    QVERIFY2(narrowWidth < 0.65 * wideWidth,
             qPrintable(QStringLiteral("%1 vs %2").arg(narrowWidth).arg(wideWidth)));
}

void TestLetters::sameSeedSameImages()
{
    LetterOptions options = m_options;
    options.samplesPerGlyph = 1;
    options.seed = 42;
    const LetterRenderer::Result a = LetterRenderer(options).render();
    const LetterRenderer::Result b = LetterRenderer(options).render();
    QCOMPARE(a.trainFamilies, b.trainFamilies);
    QCOMPARE(a.testFamilies, b.testFamilies);
    QVERIFY(torch::equal(a.train.images(), b.train.images()));
    QVERIFY(torch::equal(a.train.labels(), b.train.labels()));
    QVERIFY(torch::equal(a.test.images(), b.test.images()));
    QVERIFY(torch::equal(a.test.labels(), b.test.labels()));
}

void TestLetters::differentSeedDifferentImages()
{
    // Two families alone, so both seeds put the same family in each split and only the
    // distortions can differ.
    const QTemporaryDir directory;
    if (!copyFonts({QStringLiteral("DejaVuSans.ttf"), QStringLiteral("FreeSerif.ttf")}, directory.path()))
        QSKIP("DejaVu Sans or FreeSerif is not installed");
    LetterOptions options = optionsFor(directory.path(), 3);
    const LetterRenderer::Result a = LetterRenderer(options).render();
    options.seed = 1;
    const LetterRenderer::Result b = LetterRenderer(options).render();
    QCOMPARE(a.train.size(), b.train.size());
    QVERIFY(!torch::equal(a.train.images(), b.train.images()));
    QVERIFY(!torch::equal(a.test.images(), b.test.images()));
}

void TestLetters::imageSizeIsHonoured_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("16") << 16;
    QTest::newRow("32") << 32;
    QTest::newRow("64") << 64;
}

void TestLetters::imageSizeIsHonoured()
{
    QFETCH(int, size);
    const QTemporaryDir directory;
    if (!copyFonts({QStringLiteral("DejaVuSans.ttf"), QStringLiteral("FreeSerif.ttf")}, directory.path()))
        QSKIP("DejaVu Sans or FreeSerif is not installed");
    LetterOptions options = optionsFor(directory.path(), 2);
    options.imageSize = size;
    const LetterRenderer::Result result = LetterRenderer(options).render();
    QCOMPARE(result.train.shape(), (ImageShape{1, size, size}));
    QCOMPARE(result.test.shape(), (ImageShape{1, size, size}));
    QCOMPARE(result.train.size() + result.test.size(), 2 * kLetters * 2);
    QVERIFY(borderPixels(result.train.images()).max().item<int>() < 48);
}

void TestLetters::progressIsReported()
{
    const QTemporaryDir directory;
    if (!copyFonts({QStringLiteral("DejaVuSans.ttf"), QStringLiteral("FreeSerif.ttf")}, directory.path()))
        QSKIP("DejaVu Sans or FreeSerif is not installed");
    QList<qint64> done;
    qint64 total = -1;
    const LetterRenderer::Result result = LetterRenderer(optionsFor(directory.path(), 10))
                                              .render([&](qint64 d, qint64 t, const QString& what) {
                                                  done.append(d);
                                                  total = t;
                                                  QVERIFY(!what.isEmpty());
                                              });
    QVERIFY(done.size() >= 2);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QCOMPARE(total, result.train.size() + result.test.size());
    QCOMPARE(done.last(), total);
}

void TestLetters::cacheKeyFollowsOptions()
{
    const QString key = LetterRenderer(m_options).cacheKey();
    QCOMPARE(LetterRenderer(m_options).cacheKey(), key);
    QList<LetterOptions> changed(5, m_options);
    changed[0].seed += 1;
    changed[1].samplesPerGlyph += 1;
    changed[2].imageSize = 32;
    changed[3].testFamilyFraction = 0.3;
    changed[4].fontDirectories.append(QStringLiteral("/nonexistent"));
    for (const LetterOptions& options : changed)
        QVERIFY(LetterRenderer(options).cacheKey() != key);
}

void TestLetters::cacheKeyFollowsFontFiles()
{
    const QTemporaryDir directory;
    if (!copyFonts({QStringLiteral("DejaVuSans.ttf")}, directory.path()))
        QSKIP("DejaVu Sans is not installed");
    const LetterOptions options = optionsFor(directory.path());
    const QString before = LetterRenderer(options).cacheKey();

    QFile font(directory.filePath(QStringLiteral("DejaVuSans.ttf")));
    QVERIFY(font.open(QIODevice::ReadWrite));
    QVERIFY(font.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
    font.close();
    const QString touched = LetterRenderer(options).cacheKey();
    QVERIFY(touched != before);

    QVERIFY(copyFonts({QStringLiteral("FreeSerif.ttf")}, directory.path()));
    QVERIFY(LetterRenderer(options).cacheKey() != touched);
}

void TestLetters::twoFamiliesSplitOneEach()
{
    const QTemporaryDir directory;
    if (!copyFonts({QStringLiteral("DejaVuSans.ttf"), QStringLiteral("DejaVuSans-Bold.ttf"),
                    QStringLiteral("FreeSerif.ttf")},
                   directory.path()))
        QSKIP("DejaVu Sans or FreeSerif is not installed");
    LetterOptions options = optionsFor(directory.path(), 2);
    options.testFamilyFraction = 0.9; // at least one family stays in training regardless
    const LetterRenderer::Result result = LetterRenderer(options).render();
    QCOMPARE(result.trainFamilies.size(), 1);
    QCOMPARE(result.testFamilies.size(), 1);
    const bool sansInTest = result.testFamilies.first() == QStringLiteral("DejaVu Sans");
    // DejaVu Sans has two faces here, FreeSerif one: all of a family's faces go with it.
    QCOMPARE(result.test.size(), int64_t(sansInTest ? 2 : 1) * kLetters * 2);
    QCOMPARE(result.train.size(), int64_t(sansInTest ? 1 : 2) * kLetters * 2);
}

void TestLetters::rejectsUnusableInput_data()
{
    QTest::addColumn<QStringList>("fonts");
    QTest::addColumn<int>("samplesPerGlyph");
    QTest::addColumn<double>("testFraction");
    QTest::addColumn<int>("imageSize");
    const QStringList two = {QStringLiteral("DejaVuSans.ttf"), QStringLiteral("FreeSerif.ttf")};
    QTest::newRow("no fonts") << QStringList() << 1 << 0.25 << 28;
    QTest::newRow("one family") << QStringList{QStringLiteral("DejaVuSans.ttf"), QStringLiteral("DejaVuSans-Bold.ttf")}
                                << 1 << 0.25 << 28;
    QTest::newRow("two names, one design") << QStringList{QStringLiteral("Arimo-Regular.ttf"),
                                                          QStringLiteral("LiberationSans-Regular.ttf")}
                                           << 1 << 0.25 << 28;
    QTest::newRow("no samples") << two << 0 << 0.25 << 28;
    QTest::newRow("no test families") << two << 1 << 0.0 << 28;
    QTest::newRow("no train families") << two << 1 << 1.0 << 28;
    QTest::newRow("tiny images") << two << 1 << 0.25 << 4;
}

void TestLetters::rejectsUnusableInput()
{
    QFETCH(QStringList, fonts);
    QFETCH(int, samplesPerGlyph);
    QFETCH(double, testFraction);
    QFETCH(int, imageSize);
    const QTemporaryDir directory;
    if (!copyFonts(fonts, directory.path()))
        QSKIP("a font of this row is not installed");
    LetterOptions options = optionsFor(directory.path(), samplesPerGlyph);
    options.testFamilyFraction = testFraction;
    options.imageSize = imageSize;
    QVERIFY_THROWS_EXCEPTION(DataError, LetterRenderer(options).render());
    // What the registry reports as available must agree with what renders: the font rows
    // fail for want of two designs, the others for their options.
    const bool fontProblem = QByteArray(QTest::currentDataTag()) == "no fonts" || QByteArray(QTest::currentDataTag()) == "one family"
        || QByteArray(QTest::currentDataTag()) == "two names, one design";
    QCOMPARE(LetterRenderer(options).canSplit(), !fontProblem);
}

QTEST_GUILESS_MAIN(TestLetters)
#include "test_letters.moc"
