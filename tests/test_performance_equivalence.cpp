// The faster paths give the numbers of the straightforward ones: the sub-pixel transposed
// convolution against torch::nn::ConvTranspose2d, and Trainer's alternating steps (gradients
// of one half only, one encoder pass for inliers and negatives) against the plain
// loss.backward() steps of SPEC §3 written out here.
#include "likelihood.h"
#include "subpixelconvtranspose.h"
#include "trainer.h"

#include <QtTest>

using namespace negvae;

namespace {

// Largest |a − b| relative to the largest |b| (at least 1).
double relativeDifference(const torch::Tensor& a, const torch::Tensor& b)
{
    return (a - b).abs().max().item<double>() / std::max(1.0, b.abs().max().item<double>());
}

ImageSet randomImages(const QString& name, int64_t count, uint64_t seed)
{
    at::Generator generator = at::detail::createCPUGenerator(seed);
    return ImageSet(name, torch::randint(0, 256, {count, 1, 28, 28}, generator, torch::kUInt8));
}

// The alternating update of SPEC §3 the plain way: the whole loss backward for each half, on
// a model and generator that start where the Trainer's do.
class PlainSteps {
public:
    PlainSteps(const ExperimentConfig& config, Trainer& twin)
        : m_config(config)
        , m_twin(twin)
    {
        const auto options = torch::optim::RMSpropOptions(config.optimizer.learningRate)
                                 .alpha(config.optimizer.rmspropAlpha).eps(config.optimizer.eps);
        m_encoderOptimizer = std::make_unique<torch::optim::RMSprop>(model()->encoder()->parameters(), options);
        m_decoderOptimizer = std::make_unique<torch::optim::RMSprop>(model()->decoder()->parameters(), options);
    }

    Vae& model() { return m_twin.model(); }

    // The step's loss (the encoder's objective), for comparison with StepMetrics::loss.
    double step(const torch::Tensor& x)
    {
        model()->train();
        at::Generator& generator = m_twin.generator();
        torch::Tensor latent;
        const torch::Tensor negatives = m_twin.makeNegatives(x, &latent); // the same draws as the Trainer's
        const double c = m_config.objective.negativePriorMean;

        m_encoderOptimizer->zero_grad();
        auto [mu, logvar] = model()->encoder()->forward(x);
        torch::Tensor z = Likelihood::reparameterize(mu, logvar, generator);
        torch::Tensor loss = -model()->logLikelihood(model()->decoder()->forward(z), x).mean()
            + Likelihood::klToIsotropic(mu, logvar, 0.0).mean();
        if (negatives.defined()) {
            auto [negativeMu, negativeLogvar] = model()->encoder()->forward(negatives);
            loss = loss + m_config.objective.negativeWeight * Likelihood::klToIsotropic(negativeMu, negativeLogvar, c).mean();
        }
        loss.backward();
        m_encoderOptimizer->step();
        const double encoderLoss = loss.item<double>();

        m_decoderOptimizer->zero_grad();
        {
            torch::NoGradGuard noGrad;
            std::tie(mu, logvar) = model()->encoder()->forward(x);
        }
        z = Likelihood::reparameterize(mu, logvar, generator);
        loss = -model()->logLikelihood(model()->decoder()->forward(z), x).mean();
        if (m_config.data.negatives.source == NegativeSource::Adversarial) {
            auto [generatedMu, generatedLogvar] = model()->encoder()->forward(model()->decode(latent));
            loss = loss + Likelihood::klToIsotropic(generatedMu, generatedLogvar, 0.0).mean();
        }
        loss.backward();
        m_decoderOptimizer->step();
        return encoderLoss;
    }

private:
    ExperimentConfig m_config;
    Trainer& m_twin;
    std::unique_ptr<torch::optim::Optimizer> m_encoderOptimizer;
    std::unique_ptr<torch::optim::Optimizer> m_decoderOptimizer;
};

} // namespace

class TestPerformanceEquivalence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void subPixelMatchesConvTranspose_data()
    {
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("out");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("batch");
        QTest::addColumn<bool>("bias");
        QTest::newRow("decoder 64→32, 7×7") << 64 << 32 << 7 << 5 << true;
        QTest::newRow("image layer 32→1, 14×14") << 32 << 1 << 14 << 3 << true;
        QTest::newRow("colour 256→128, 4×4, no bias") << 256 << 128 << 4 << 2 << false;
        QTest::newRow("one image, non-square") << 8 << 16 << 5 << 1 << true;
    }
    void subPixelMatchesConvTranspose()
    {
        QFETCH(int, in);
        QFETCH(int, out);
        QFETCH(int, size);
        QFETCH(int, batch);
        QFETCH(bool, bias);
        const auto options = torch::nn::ConvTranspose2dOptions(in, out, 4).stride(2).padding(1).bias(bias);
        torch::manual_seed(7);
        torch::nn::ConvTranspose2d plain(options);
        torch::manual_seed(7);
        SubPixelConvTranspose2d subPixel(options);
        // Same initialisation, so swapping the form leaves a model's starting point alone.
        QVERIFY(torch::equal(plain->weight, subPixel->weight));
        QCOMPARE(subPixel->named_parameters().keys(), plain->named_parameters().keys());
        if (bias)
            QVERIFY(torch::equal(plain->bias, subPixel->bias));

        const int64_t width = size == 5 ? 3 : size; // one non-square case
        const torch::Tensor x = torch::randn({batch, in, size, width});
        const torch::Tensor xPlain = x.clone().requires_grad_();
        const torch::Tensor xSubPixel = x.clone().requires_grad_();
        const torch::Tensor yPlain = plain->forward(xPlain);
        const torch::Tensor ySubPixel = subPixel->forward(xSubPixel);
        QCOMPARE(ySubPixel.sizes(), yPlain.sizes());
        QVERIFY2(relativeDifference(ySubPixel, yPlain) < 1e-5, qPrintable(QString::number(relativeDifference(ySubPixel, yPlain))));

        const torch::Tensor upstream = torch::randn(yPlain.sizes());
        (yPlain * upstream).sum().backward();
        (ySubPixel * upstream).sum().backward();
        QVERIFY(relativeDifference(xSubPixel.grad(), xPlain.grad()) < 1e-5);
        QVERIFY(relativeDifference(subPixel->weight.grad(), plain->weight.grad()) < 1e-5);
        if (bias)
            QVERIFY(relativeDifference(subPixel->bias.grad(), plain->bias.grad()) < 1e-5);
    }

    void subPixelRefusesOtherShapes_data()
    {
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("padding");
        QTest::newRow("kernel 3") << 3 << 2 << 1;
        QTest::newRow("stride 1") << 4 << 1 << 1;
        QTest::newRow("padding 0") << 4 << 2 << 0;
    }
    void subPixelRefusesOtherShapes()
    {
        QFETCH(int, kernel);
        QFETCH(int, stride);
        QFETCH(int, padding);
        const auto options = torch::nn::ConvTranspose2dOptions(4, 4, kernel).stride(stride).padding(padding);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SubPixelConvTranspose2d {options});
    }

    void trainerStepsMatchPlainSteps_data()
    {
        QTest::addColumn<int>("source");
        QTest::newRow("baseline") << int(NegativeSource::None);
        QTest::newRow("auxiliary") << int(NegativeSource::Auxiliary);
        QTest::newRow("uniform noise") << int(NegativeSource::UniformNoise);
        QTest::newRow("adversarial") << int(NegativeSource::Adversarial);
    }
    void trainerStepsMatchPlainSteps()
    {
        QFETCH(int, source);
        ExperimentConfig config;
        config.seed = 3;
        config.data.negatives.source = NegativeSource(source);
        config.optimizer.learningRate = 1e-3; // big enough that three steps move every weight
        const ImageSet inliers = randomImages(QStringLiteral("inliers"), 24, 1);
        const ImageSet auxiliary = randomImages(QStringLiteral("auxiliary"), 40, 2);
        Trainer fast(config, inliers.shape(), torch::kCPU, auxiliary);
        Trainer twin(config, inliers.shape(), torch::kCPU, auxiliary);
        PlainSteps plain(config, twin);
        const auto initial = fast.model()->named_parameters().values();
        std::vector<torch::Tensor> start;
        for (const torch::Tensor& p : initial)
            start.push_back(p.detach().clone());

        for (int64_t step = 0; step < 3; ++step) {
            const torch::Tensor x = inliers.floatRange(step * 8, step * 8 + 8);
            const StepMetrics metrics = fast.trainStep(x, 1);
            const double plainLoss = plain.step(x);
            QVERIFY2(std::abs(metrics.loss - plainLoss) <= 1e-5 * std::max(1.0, std::abs(plainLoss)),
                     qPrintable(QStringLiteral("step %1: %2 vs %3").arg(step).arg(metrics.loss).arg(plainLoss)));
        }
        const auto fastParameters = fast.model()->named_parameters();
        const auto plainParameters = plain.model()->named_parameters();
        for (size_t i = 0; i < fastParameters.size(); ++i) {
            const QString name = QString::fromStdString(fastParameters[i].key());
            QVERIFY2(!torch::equal(fastParameters[i].value(), start[i]), qPrintable(name + QStringLiteral(" did not move")));
            // RMSprop divides by the root of a tiny running mean in the first steps, which
            // magnifies rounding differences of the gradients: 1e-4 of the largest weight.
            const double difference = relativeDifference(fastParameters[i].value(), plainParameters[i].value());
            QVERIFY2(difference < 1e-4, qPrintable(name + QStringLiteral(": ") + QString::number(difference)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPerformanceEquivalence)
#include "test_performance_equivalence.moc"
