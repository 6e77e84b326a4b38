// The networks of SPEC §2 and the spectral normalisation of the adversarial mode.
#include "spectralnormconv.h"
#include "vaemodel.h"

#include <QtTest>

using namespace negvae;

class TestModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void architecturesMapImagesToLatentsAndBack_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("architecture");
        QTest::addColumn<int>("latent");
        QTest::newRow("grayscale 28") << 1 << 28 << int(Architecture::Grayscale) << 10;
        QTest::newRow("colour 32") << 3 << 32 << int(Architecture::Colour) << 100;
    }
    void architecturesMapImagesToLatentsAndBack()
    {
        QFETCH(int, channels);
        QFETCH(int, size);
        QFETCH(int, architecture);
        QFETCH(int, latent);
        ModelConfig config;
        config.architecture = Architecture(architecture);
        const VaeOptions options = VaeOptions::fromConfig(config, {channels, size, size});
        QCOMPARE(options.latentDim, int64_t(latent));
        Vae model(options);
        const torch::Tensor x = torch::rand({5, channels, size, size});
        auto [mu, logvar] = model->encoder()->forward(x);
        QCOMPARE(mu.sizes().vec(), (std::vector<int64_t> {5, latent}));
        QCOMPARE(logvar.sizes().vec(), (std::vector<int64_t> {5, latent}));
        const torch::Tensor output = model->decoder()->forward(mu);
        QCOMPARE(output.sizes().vec(), x.sizes().vec());
        const torch::Tensor images = model->sample(3);
        QVERIFY(images.min().item<float>() >= 0.0f && images.max().item<float>() <= 1.0f);
    }

    void colourEncoderFollowsThePaper()
    {
        ModelConfig config;
        config.architecture = Architecture::Colour;
        Vae model(VaeOptions::fromConfig(config, {3, 32, 32}));
        // DCGAN blocks: conv weights of 32, 64, 128, 256 filters with 4×4 kernels, each followed by BatchNorm.
        std::vector<int64_t> filters;
        int batchNorms = 0;
        for (const auto& item : model->encoder()->named_modules()) {
            if (auto* conv = item.value()->as<torch::nn::Conv2d>()) {
                filters.push_back(conv->weight.size(0));
                QCOMPARE(conv->weight.size(2), int64_t(4));
            }
            if (item.value()->as<torch::nn::BatchNorm2d>())
                ++batchNorms;
        }
        QCOMPARE(filters, (std::vector<int64_t> {32, 64, 128, 256}));
        QCOMPARE(batchNorms, 4);
        // Decoder: dense to 256·4·4 = 4096.
        bool found4096 = false;
        for (const auto& item : model->decoder()->named_modules())
            if (auto* linear = item.value()->as<torch::nn::Linear>())
                found4096 = found4096 || linear->weight.size(0) == 4096;
        QVERIFY(found4096);
    }

    void badShapesAreExplained()
    {
        ModelConfig config;
        VaeOptions options = VaeOptions::fromConfig(config, {1, 30, 30});
        QVERIFY2(options.problem().contains(QLatin1String("divisible by 4")), qPrintable(options.problem()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Vae {options});
        options = VaeOptions::fromConfig(config, {1, 28, 28});
        QVERIFY(options.problem().isEmpty());
    }

    void learnedSigmaIsADecoderParameter()
    {
        ModelConfig config;
        config.noiseModel = NoiseModel::GaussianLearned;
        config.gaussianSigma = 0.2;
        Vae learned(VaeOptions::fromConfig(config, {1, 28, 28}));
        QVERIFY(learned->decoder()->logSigma().requires_grad());
        QVERIFY(std::abs(std::exp(learned->decoder()->logSigma().item<double>()) - 0.2) < 1e-6);
        config.noiseModel = NoiseModel::GaussianFixed;
        Vae fixed(VaeOptions::fromConfig(config, {1, 28, 28}));
        QVERIFY(!fixed->decoder()->logSigma().requires_grad());
        QCOMPARE(learned->decoder()->parameters().size(), fixed->decoder()->parameters().size() + 1);
    }

    void spectralNormFindsTheLargestSingularValue()
    {
        torch::manual_seed(3);
        SpectralNormConv2d conv(torch::nn::Conv2dOptions(3, 8, 4).stride(2).padding(1));
        conv->train();
        const torch::Tensor x = torch::rand({2, 3, 8, 8});
        for (int i = 0; i < 200; ++i)
            conv->forward(x);
        const torch::Tensor weight = conv->named_parameters()["weight"].detach().reshape({8, -1});
        const double largest = torch::linalg_svdvals(weight)[0].item<double>();
        QVERIFY2(std::abs(conv->sigma().item<double>() - largest) < 1e-4 * largest,
                 qPrintable(QStringLiteral("%1 vs %2").arg(conv->sigma().item<double>()).arg(largest)));
        const double normalized = torch::linalg_svdvals(conv->normalizedWeight().detach().reshape({8, -1}))[0].item<double>();
        QVERIFY(std::abs(normalized - 1.0) < 1e-4);
    }

    void spectralNormConvolvesWithTheNormalizedWeight()
    {
        torch::manual_seed(4);
        SpectralNormConv2d conv(torch::nn::Conv2dOptions(1, 2, 4).stride(2).padding(1));
        conv->eval(); // no power-iteration step: the weight used is exactly normalizedWeight()
        const torch::Tensor x = torch::rand({1, 1, 8, 8});
        const torch::Tensor expected = torch::conv2d(x, conv->normalizedWeight(), conv->named_parameters()["bias"], 2, 1);
        QVERIFY(torch::allclose(conv->forward(x), expected));
    }

    void spectralNormGradientFlowsIntoTheWeight()
    {
        SpectralNormConv2d conv(torch::nn::Conv2dOptions(1, 2, 4).stride(2).padding(1));
        conv->forward(torch::rand({1, 1, 8, 8})).sum().backward();
        QVERIFY(conv->named_parameters()["weight"].grad().defined());
        QVERIFY(conv->named_parameters()["weight"].grad().abs().sum().item<double>() > 0);
        QVERIFY(conv->named_buffers().contains("u"));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
