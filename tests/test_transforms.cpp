// Synthetic sets (noise, constant) and the transforms usable on any set.
#include "dataerror.h"
#include "imagetransforms.h"
#include "syntheticsets.h"

#include <QTest>

#include <torch/torch.h>

#include <cmath>
#include <stdexcept>

using namespace negvae;

Q_DECLARE_METATYPE(negvae::ImageTransforms::FlipAxis)

namespace {

ImageSet fromValues(const std::vector<uint8_t>& values, const ImageShape& shape, int64_t count = 1)
{
    torch::Tensor images = torch::tensor(std::vector<int64_t>(values.begin(), values.end()), torch::kInt64)
                               .to(torch::kUInt8)
                               .reshape({count, shape.channels, shape.height, shape.width});
    return ImageSet(QStringLiteral("hand-made"), images, torch::arange(count, torch::kInt64));
}

ImageSet filled(const ImageShape& shape, int64_t count, int value)
{
    return ImageSet(QStringLiteral("filled"),
                    torch::full({count, shape.channels, shape.height, shape.width}, value, torch::kUInt8),
                    torch::arange(count, torch::kInt64));
}

double meanOf(const torch::Tensor& images)
{
    return images.to(torch::kFloat64).mean().item<double>();
}

double stdOf(const torch::Tensor& images)
{
    return images.to(torch::kFloat64).std().item<double>();
}

double fractionEqual(const torch::Tensor& images, int value)
{
    return images.eq(value).to(torch::kFloat64).mean().item<double>();
}

} // namespace

class TestTransforms : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void uniformNoiseStatistics();
    void gaussianNoiseStatistics_data();
    void gaussianNoiseStatistics();
    void gaussianNoiseClips();
    void constantImagesAreConstant();
    void syntheticSetsFollowTheSeed_data();
    void syntheticSetsFollowTheSeed();
    void syntheticSetsLeaveGlobalSeedAlone();
    void syntheticSetsRejectBadRequests();

    void addedNoiseStatistics_data();
    void addedNoiseStatistics();
    void addedNoiseClipsToRange();
    void addedNoiseFollowsTheSeed();
    void addedNoiseRejectsNegativeSigma();
    void invertTwiceIsIdentity();
    void flipMirrorsPixels_data();
    void flipMirrorsPixels();
    void convertKeepsConstantImagesConstant_data();
    void convertKeepsConstantImagesConstant();
    void convertChannels();
    void convertAveragesBlocksWhenShrinking();
    void convertRejectsUnsupportedShapes();
    void transformsKeepLabelsAndInput();
};

void TestTransforms::uniformNoiseStatistics()
{
    const ImageSet set = SyntheticSets::uniformNoise({3, 8, 8}, 2000, 1);
    QCOMPARE(set.size(), 2000);
    QCOMPARE(set.shape(), (ImageShape{3, 8, 8}));
    QVERIFY(torch::all(set.labels() == -1).item<bool>());
    // Discrete uniform on 0..255: mean 127.5, standard deviation sqrt((256² − 1) / 12) ≈ 73.9.
    QVERIFY(std::abs(meanOf(set.images()) - 127.5) < 1.0);
    QVERIFY(std::abs(stdOf(set.images()) - 73.9) < 1.0);
    QCOMPARE(set.images().min().item<int>(), 0);
    QCOMPARE(set.images().max().item<int>(), 255);
}

void TestTransforms::gaussianNoiseStatistics_data()
{
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sigma");
    QTest::newRow("mid-gray") << 0.5 << 0.15;
    QTest::newRow("dark and narrow") << 0.3 << 0.1;
    QTest::newRow("sigma zero") << 0.5 << 0.0;
}

void TestTransforms::gaussianNoiseStatistics()
{
    QFETCH(double, mean);
    QFETCH(double, sigma);
    const ImageSet set = SyntheticSets::gaussianNoise({1, 28, 28}, 500, 7, mean, sigma);
    QCOMPARE(set.shape(), (ImageShape{1, 28, 28}));
    // Three sigmas from either end, clipping touches too few pixels to move the moments.
    QVERIFY2(std::abs(meanOf(set.images()) / 255.0 - mean) < 0.01, qPrintable(QString::number(meanOf(set.images()))));
    QVERIFY2(std::abs(stdOf(set.images()) / 255.0 - sigma) < 0.01, qPrintable(QString::number(stdOf(set.images()))));
}

void TestTransforms::gaussianNoiseClips()
{
    const ImageSet set = SyntheticSets::gaussianNoise({1, 28, 28}, 200, 8, 0.5, 1.0);
    // P(N(0.5, 1) < 0) = Φ(−0.5) ≈ 0.309 of the pixels pile up at 0, as many at 255.
    QVERIFY(std::abs(fractionEqual(set.images(), 0) - 0.309) < 0.01);
    QVERIFY(std::abs(fractionEqual(set.images(), 255) - 0.309) < 0.01);
}

void TestTransforms::constantImagesAreConstant()
{
    const ImageSet set = SyntheticSets::constant({3, 5, 7}, 1000, 3);
    QCOMPARE(set.shape(), (ImageShape{3, 5, 7}));
    const torch::Tensor flat = set.images().reshape({set.size(), -1});
    const torch::Tensor first = flat.select(1, 0).unsqueeze(1);
    QVERIFY(torch::equal(flat, first.expand_as(flat)));
    // The per-image value is itself uniform: many different values, mean near the middle.
    QVERIFY(std::get<0>(torch::_unique(first)).numel() > 200);
    QVERIFY(std::abs(meanOf(first) - 127.5) < 8.0);
}

void TestTransforms::syntheticSetsFollowTheSeed_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("uniform") << 0;
    QTest::newRow("gaussian") << 1;
    QTest::newRow("constant") << 2;
}

void TestTransforms::syntheticSetsFollowTheSeed()
{
    QFETCH(int, kind);
    auto make = [kind](uint64_t seed) {
        const ImageShape shape{1, 28, 28};
        switch (kind) {
        case 0: return SyntheticSets::uniformNoise(shape, 100, seed);
        case 1: return SyntheticSets::gaussianNoise(shape, 100, seed);
        default: return SyntheticSets::constant(shape, 100, seed);
        }
    };
    QVERIFY(torch::equal(make(5).images(), make(5).images()));
    QVERIFY(!torch::equal(make(5).images(), make(6).images()));
}

void TestTransforms::syntheticSetsLeaveGlobalSeedAlone()
{
    torch::manual_seed(123);
    const torch::Tensor expected = torch::rand({16});
    torch::manual_seed(123);
    SyntheticSets::uniformNoise({1, 4, 4}, 10, 9);
    SyntheticSets::gaussianNoise({1, 4, 4}, 10, 9);
    ImageTransforms::addGaussianNoise(filled({1, 4, 4}, 3, 100), 0.1, 9);
    QVERIFY(torch::equal(torch::rand({16}), expected));
}

void TestTransforms::syntheticSetsRejectBadRequests()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SyntheticSets::uniformNoise({0, 28, 28}, 10, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SyntheticSets::constant({1, 28, 28}, -1, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SyntheticSets::gaussianNoise({1, 28, 28}, 10, 1, 0.5, -0.1));
    QCOMPARE(SyntheticSets::uniformNoise({1, 28, 28}, 0, 1).size(), 0);
}

void TestTransforms::addedNoiseStatistics_data()
{
    QTest::addColumn<double>("sigma");
    QTest::newRow("0.02") << 0.02;
    QTest::newRow("0.05") << 0.05;
    QTest::newRow("0.15") << 0.15;
}

void TestTransforms::addedNoiseStatistics()
{
    QFETCH(double, sigma);
    // Mid-gray leaves over three sigmas of room on each side, so clipping does not bias the
    // moments; rounding to bytes adds a variance of only 1/12 of a level².
    const ImageSet clean = filled({1, 28, 28}, 300, 128);
    const ImageSet noisy = ImageTransforms::addGaussianNoise(clean, sigma, 11);
    const torch::Tensor difference = noisy.images().to(torch::kFloat64) - clean.images().to(torch::kFloat64);
    QVERIFY(std::abs(meanOf(difference) / 255.0) < 0.005);
    QVERIFY2(std::abs(stdOf(difference) / 255.0 - sigma) < 0.004,
             qPrintable(QString::number(stdOf(difference) / 255.0)));
}

void TestTransforms::addedNoiseClipsToRange()
{
    const ImageSet black = filled({1, 28, 28}, 200, 0);
    const ImageSet white = filled({1, 28, 28}, 200, 255);
    const ImageSet noisyBlack = ImageTransforms::addGaussianNoise(black, 0.25, 1);
    const ImageSet noisyWhite = ImageTransforms::addGaussianNoise(white, 0.25, 1);
    QCOMPARE(noisyBlack.images().scalar_type(), torch::kUInt8);
    // Half the noise is negative and clips to 0 (a hair more, from rounding to bytes); the
    // other half must not wrap around to high values.
    QVERIFY(std::abs(fractionEqual(noisyBlack.images(), 0) - 0.5) < 0.02);
    QVERIFY(std::abs(fractionEqual(noisyWhite.images(), 255) - 0.5) < 0.02);
    QVERIFY(meanOf(noisyBlack.images()) < 0.25 * 255.0);
    QVERIFY(meanOf(noisyWhite.images()) > 0.75 * 255.0);
}

void TestTransforms::addedNoiseFollowsTheSeed()
{
    const ImageSet clean = SyntheticSets::uniformNoise({3, 8, 8}, 5000, 2); // spans two noise chunks
    QVERIFY(torch::equal(ImageTransforms::addGaussianNoise(clean, 0.1, 4).images(),
                         ImageTransforms::addGaussianNoise(clean, 0.1, 4).images()));
    QVERIFY(!torch::equal(ImageTransforms::addGaussianNoise(clean, 0.1, 4).images(),
                          ImageTransforms::addGaussianNoise(clean, 0.1, 5).images()));
    QVERIFY(torch::equal(ImageTransforms::addGaussianNoise(clean, 0.0, 4).images(), clean.images()));
}

void TestTransforms::addedNoiseRejectsNegativeSigma()
{
    const ImageSet set = filled({1, 4, 4}, 2, 10);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ImageTransforms::addGaussianNoise(set, -0.01, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ImageTransforms::addGaussianNoise(set, std::nan(""), 1));
}

void TestTransforms::invertTwiceIsIdentity()
{
    const ImageSet set = fromValues({0, 1, 127, 128, 254, 255}, {1, 2, 3});
    const ImageSet inverted = ImageTransforms::invert(set);
    QVERIFY(torch::equal(inverted.images().flatten(),
                         torch::tensor({255, 254, 128, 127, 1, 0}, torch::kInt64).to(torch::kUInt8)));
    const ImageSet noise = SyntheticSets::uniformNoise({3, 8, 8}, 50, 1);
    QVERIFY(torch::equal(ImageTransforms::invert(ImageTransforms::invert(noise)).images(), noise.images()));
}

void TestTransforms::flipMirrorsPixels_data()
{
    QTest::addColumn<ImageTransforms::FlipAxis>("axis");
    QTest::addColumn<std::vector<uint8_t>>("expected");
    // The image, one channel, 2 rows × 3 columns:  1 2 3
    //                                              4 5 6
    QTest::newRow("horizontal") << ImageTransforms::FlipAxis::Horizontal << std::vector<uint8_t>{3, 2, 1, 6, 5, 4};
    QTest::newRow("vertical") << ImageTransforms::FlipAxis::Vertical << std::vector<uint8_t>{4, 5, 6, 1, 2, 3};
}

void TestTransforms::flipMirrorsPixels()
{
    QFETCH(ImageTransforms::FlipAxis, axis);
    QFETCH(std::vector<uint8_t>, expected);
    const ImageSet set = fromValues({1, 2, 3, 4, 5, 6}, {1, 2, 3});
    const ImageSet flipped = ImageTransforms::flip(set, axis);
    QVERIFY(torch::equal(flipped.images(), fromValues(expected, {1, 2, 3}).images()));
    const ImageSet colour = SyntheticSets::uniformNoise({3, 5, 7}, 4, 1);
    QVERIFY(torch::equal(ImageTransforms::flip(ImageTransforms::flip(colour, axis), axis).images(), colour.images()));
}

void TestTransforms::convertKeepsConstantImagesConstant_data()
{
    QTest::addColumn<int>("fromChannels");
    QTest::addColumn<int>("fromSize");
    QTest::addColumn<int>("toChannels");
    QTest::addColumn<int>("toSize");
    QTest::newRow("grow 28 → 32") << 1 << 28 << 1 << 32;
    QTest::newRow("shrink 32 → 28") << 1 << 32 << 1 << 28;
    QTest::newRow("halve 28 → 14") << 1 << 28 << 1 << 14;
    QTest::newRow("gray 28 → RGB 32") << 1 << 28 << 3 << 32;
    QTest::newRow("RGB 32 → gray 28") << 3 << 32 << 1 << 28;
    QTest::newRow("RGB 32 → RGB 32") << 3 << 32 << 3 << 32;
}

void TestTransforms::convertKeepsConstantImagesConstant()
{
    QFETCH(int, fromChannels);
    QFETCH(int, fromSize);
    QFETCH(int, toChannels);
    QFETCH(int, toSize);
    for (const int value : {0, 77, 200, 255}) {
        const ImageSet set = filled({fromChannels, fromSize, fromSize}, 3, value);
        const ImageShape target{toChannels, toSize, toSize};
        const ImageSet converted = ImageTransforms::convert(set, target);
        QCOMPARE(converted.shape(), target);
        QCOMPARE(converted.size(), 3);
        QVERIFY2(torch::all(converted.images() == value).item<bool>(), qPrintable(QString::number(value)));
    }
}

void TestTransforms::convertChannels()
{
    // Pure red, green, blue and a gray, as one RGB image of 1 × 4 pixels (planes R, G, B).
    const ImageSet rgb = fromValues({255, 0, 0, 90, 0, 255, 0, 90, 0, 0, 255, 90}, {3, 1, 4});
    const ImageSet gray = ImageTransforms::convert(rgb, {1, 1, 4});
    // 0.299·255 = 76.2, 0.587·255 = 149.7, 0.114·255 = 29.1; gray stays gray.
    QVERIFY(torch::equal(gray.images(), fromValues({76, 150, 29, 90}, {1, 1, 4}).images()));

    const ImageSet noise = SyntheticSets::uniformNoise({1, 6, 6}, 20, 3);
    const ImageSet colour = ImageTransforms::convert(noise, {3, 6, 6});
    for (int channel = 0; channel < 3; ++channel)
        QVERIFY(torch::equal(colour.images().select(1, channel), noise.images().select(1, 0)));
    QVERIFY(torch::equal(ImageTransforms::convert(colour, {1, 6, 6}).images(), noise.images()));
}

void TestTransforms::convertAveragesBlocksWhenShrinking()
{
    const ImageSet set = fromValues({10, 20, 100, 100,
                                     30, 40, 100, 100,
                                     0, 0, 255, 255,
                                     0, 0, 255, 255},
                                    {1, 4, 4});
    const ImageSet half = ImageTransforms::convert(set, {1, 2, 2});
    QVERIFY(torch::equal(half.images(), fromValues({25, 100, 0, 255}, {1, 2, 2}).images()));
}

void TestTransforms::convertRejectsUnsupportedShapes()
{
    const ImageSet twoChannels = filled({2, 4, 4}, 1, 5);
    QVERIFY_THROWS_EXCEPTION(DataError, ImageTransforms::convert(twoChannels, {3, 4, 4}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ImageTransforms::convert(filled({1, 4, 4}, 1, 5), {1, 0, 4}));
}

void TestTransforms::transformsKeepLabelsAndInput()
{
    const ImageSet set = fromValues({1, 2, 3, 4, 5, 6, 7, 8}, {1, 2, 2}, 2);
    const torch::Tensor before = set.images().clone();
    const QList<ImageSet> results = {
        ImageTransforms::addGaussianNoise(set, 0.2, 1),
        ImageTransforms::invert(set),
        ImageTransforms::flip(set, ImageTransforms::FlipAxis::Horizontal),
        ImageTransforms::convert(set, {3, 5, 5}),
    };
    for (const ImageSet& result : results) {
        QVERIFY(torch::equal(result.labels(), set.labels()));
        QCOMPARE(result.images().scalar_type(), torch::kUInt8);
    }
    QVERIFY(torch::equal(set.images(), before));
}

QTEST_GUILESS_MAIN(TestTransforms)
#include "test_transforms.moc"
