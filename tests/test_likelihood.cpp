#include "likelihood.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QList>
#include <QTest>
#include <torch/torch.h>

#include <cmath>
#include <limits>
#include <stdexcept>

using negvae::Likelihood;
using negvae::NoiseModel;

Q_DECLARE_METATYPE(NoiseModel)

namespace {

const auto kDouble = torch::TensorOptions().dtype(torch::kDouble);

torch::Tensor row(const QList<double>& values)
{
    return torch::tensor(std::vector<double>(values.begin(), values.end()), kDouble).unsqueeze(0);
}

double logit(double p)
{
    return std::log(p / (1.0 - p));
}

bool closeRelative(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

// log N(z; mean, exp(logvar)) per element, written out here rather than taken from the code
// under test, so that the Monte Carlo KL is an independent estimate.
torch::Tensor logNormalDensity(const torch::Tensor& z, const torch::Tensor& mean, const torch::Tensor& logvar)
{
    return -0.5 * std::log(2.0 * M_PI) - 0.5 * logvar - (z - mean).pow(2) / (2.0 * torch::exp(logvar));
}

} // namespace

// Checks the KL terms, the four noise models' log-likelihoods and the BPD conversion against
// hand calculations, Monte Carlo estimates and normalisation.
class TestLikelihood : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void klClosedFormMatchesMonteCarlo_data();
    void klClosedFormMatchesMonteCarlo();
    void klIsZeroWhenPosteriorIsThePrior_data();
    void klIsZeroWhenPosteriorIsThePrior();
    void logLikelihoodByHand_data();
    void logLikelihoodByHand();
    void learnedSigmaGradient();
    void quantizedMassesSumToOne_data();
    void quantizedMassesSumToOne();
    void quantizedGradientMatchesFiniteDifferences_data();
    void quantizedGradientMatchesFiniteDifferences();
    void quantizedStaysFiniteAtExtremes();
    void decoderMeanIsSigmoid();
    void bitsPerDim();
    void reparameterizeIsReproducible();
    void noiseModelNames();
    void rejectsBadArguments();
};

void TestLikelihood::klClosedFormMatchesMonteCarlo_data()
{
    QTest::addColumn<QList<double>>("mu");
    QTest::addColumn<QList<double>>("logvar");
    QTest::addColumn<double>("centre");
    QTest::addColumn<double>("expected");

    // Expected values: ½ Σ (e^logvar + (mu − c)² − 1 − logvar), evaluated by hand, e.g. the
    // first row: ½[(e^−0.5 + 0.25 − 1 + 0.5) + (e^0.3 + 1 − 1 − 0.3) + (1 + 4 − 1 − 0)]
    //          = ½[(0.606531 − 0.25) + (1.349859 − 0.3) + 4] = 2.703195.
    QTest::newRow("prior p(z)") << QList<double>{0.5, -1, 2} << QList<double>{-0.5, 0.3, 0} << 0.0
                                << 2.7031947336443183;
    QTest::newRow("negative prior c=8") << QList<double>{0.5, -1, 2} << QList<double>{-0.5, 0.3, 0} << 8.0
                                        << 86.703194733644318;
    QTest::newRow("wide and narrow, c=2") << QList<double>{-0.3, 1.2} << QList<double>{1.5, -2} << 2.0
                                          << 4.5235121767873388;
    // One dimension, unit variance, mean 1: ½(1 + 1 − 1 − 0) = ½.
    QTest::newRow("shifted by one") << QList<double>{1} << QList<double>{0} << 0.0 << 0.5;
}

void TestLikelihood::klClosedFormMatchesMonteCarlo()
{
    QFETCH(QList<double>, mu);
    QFETCH(QList<double>, logvar);
    QFETCH(double, centre);
    QFETCH(double, expected);

    const auto muT = row(mu);
    const auto logvarT = row(logvar);
    const auto kl = Likelihood::klToIsotropic(muT, logvarT, centre);
    QCOMPARE(kl.sizes().vec(), (std::vector<int64_t>{1}));
    QVERIFY2(closeRelative(kl.item<double>(), expected, 1e-12), qPrintable(QString::number(kl.item<double>(), 'g', 17)));

    // KL = E_q[log q(z) − log p(z)], estimated from 200 000 draws made by reparameterize().
    const int64_t samples = 200000;
    auto generator = at::detail::createCPUGenerator(1234);
    const auto muN = muT.expand({samples, muT.size(1)});
    const auto logvarN = logvarT.expand({samples, logvarT.size(1)});
    const auto z = Likelihood::reparameterize(muN, logvarN, generator);
    const auto logRatio = (logNormalDensity(z, muN, logvarN) - logNormalDensity(z, torch::full_like(z, centre),
                                                                                torch::zeros_like(z)))
                              .sum(1);
    const double estimate = logRatio.mean().item<double>();
    const double standardError = logRatio.std().item<double>() / std::sqrt(double(samples));
    // 5 standard errors: a false alarm about once in 3.5 million runs, and the seed is fixed.
    QVERIFY2(std::abs(estimate - expected) < 5.0 * standardError + 1e-12,
             qPrintable(QStringLiteral("MC %1 ± %2, closed form %3").arg(estimate).arg(standardError).arg(expected)));
}

void TestLikelihood::klIsZeroWhenPosteriorIsThePrior_data()
{
    QTest::addColumn<double>("centre");
    QTest::newRow("p(z)") << 0.0;
    QTest::newRow("negative prior c=8") << 8.0;
    QTest::newRow("negative prior c=25") << 25.0;
}

void TestLikelihood::klIsZeroWhenPosteriorIsThePrior()
{
    QFETCH(double, centre);
    const auto mu = torch::full({3, 10}, centre, kDouble);
    const auto logvar = torch::zeros({3, 10}, kDouble);
    const auto kl = Likelihood::klToIsotropic(mu, logvar, centre);
    QCOMPARE(kl.sizes().vec(), (std::vector<int64_t>{3}));
    QVERIFY(torch::equal(kl, torch::zeros({3}, kDouble)));
    // And strictly positive anywhere else.
    QVERIFY((Likelihood::klToIsotropic(mu + 0.1, logvar, centre) > 0).all().item<bool>());
    QVERIFY((Likelihood::klToIsotropic(mu, logvar - 0.1, centre) > 0).all().item<bool>());
}

void TestLikelihood::logLikelihoodByHand_data()
{
    QTest::addColumn<NoiseModel>("model");
    QTest::addColumn<QList<double>>("output");
    QTest::addColumn<QList<double>>("x");
    QTest::addColumn<double>("logSigma");
    QTest::addColumn<double>("expected");

    // Two pixels throughout. Decoder outputs 0 and ln 3 are the means sigmoid = 0.5 and 0.75.
    const QList<double> halfAndThreeQuarters{0.0, std::log(3.0)};

    // Bernoulli, x = (0.25, 1): Σ x log m + (1 − x) log(1 − m)
    //   = (0.25 + 0.75) ln 0.5 + 1 · ln 0.75 = −0.693147 − 0.287682 = −0.980829.
    QTest::newRow("bernoulli") << NoiseModel::Bernoulli << halfAndThreeQuarters << QList<double>{0.25, 1.0}
                               << std::numeric_limits<double>::quiet_NaN() << -0.98082925301172624;

    // Gaussian σ = ½, x − m = (−0.25, 0.25): each pixel −½ ln 2π − ln σ − (x − m)²/2σ²
    //   = −0.918939 + 0.693147 − 0.0625/0.5 = −0.350791; two pixels: −0.701583.
    QTest::newRow("gaussian-fixed") << NoiseModel::GaussianFixed << halfAndThreeQuarters << QList<double>{0.25, 1.0}
                                    << std::log(0.5) << -0.70158270528945486;

    // Gaussian σ = 1: each pixel −0.918939 − 0 − 0.0625/2 = −0.950189; two: −1.900377.
    QTest::newRow("gaussian-learned") << NoiseModel::GaussianLearned << halfAndThreeQuarters
                                      << QList<double>{0.25, 1.0} << 0.0 << -1.9003770664093455;

    // Quantized Gaussian, σ = 0.1; pixel k's bin is [(k − ½)/255, (k + ½)/255], the end bins
    // open. Values from Φ evaluated in 40-digit arithmetic (mpmath):
    //  pixel 0 (x = 0, m = 0.5): Φ((0.5/255 − 0.5)/0.1) = Φ(−4.980392)        → ln = −14.963488
    //  pixel 192 (m = 0.75): Φ((192.5/255 − 0.75)/0.1) − Φ((191.5/255 − 0.75)/0.1) → ln = −4.158114
    QTest::newRow("quantized, low end bin") << NoiseModel::QuantizedGaussian << halfAndThreeQuarters
                                            << QList<double>{0.0, 192.0 / 255.0} << std::log(0.1)
                                            << -19.121601704704260;
    //  pixel 255 (x = 1, m = 0.5): 1 − Φ((254.5/255 − 0.5)/0.1)                → ln = −14.963488
    //  pixel 10 (m = 0.75): Φ((10.5/255 − 0.75)/0.1) − Φ((9.5/255 − 0.75)/0.1)  → ln = −29.415163
    QTest::newRow("quantized, high end bin") << NoiseModel::QuantizedGaussian << halfAndThreeQuarters
                                             << QList<double>{1.0, 10.0 / 255.0} << std::log(0.1)
                                             << -44.378651216838794;
    // Deep tail, σ = e^−8 ≈ 3.4e−4, pixel 10 with m = 0.5: about 1380 σ out, where Φ itself
    // underflows double; each pixel ln mass = −935355.82854790.
    QTest::newRow("quantized, deep tail") << NoiseModel::QuantizedGaussian << QList<double>{0.0, 0.0}
                                          << QList<double>{10.0 / 255.0, 10.0 / 255.0} << -8.0
                                          << -1870711.6570957971;
    // Very wide, σ = e^6 ≈ 403: the bin is 1e−5 σ wide; pixel 100, m = 0.5 → −12.460202.
    QTest::newRow("quantized, very wide") << NoiseModel::QuantizedGaussian << QList<double>{0.0, 0.0}
                                          << QList<double>{100.0 / 255.0, 100.0 / 255.0} << 6.0
                                          << -24.920404228192136;
}

void TestLikelihood::logLikelihoodByHand()
{
    QFETCH(NoiseModel, model);
    QFETCH(QList<double>, output);
    QFETCH(QList<double>, x);
    QFETCH(double, logSigma);
    QFETCH(double, expected);

    // As a 1×1×1×2 image, so that the sum runs over channel and spatial dimensions.
    const auto outputT = row(output).reshape({1, 1, 1, 2});
    const auto xT = row(x).reshape({1, 1, 1, 2});
    const torch::Tensor logSigmaT = std::isnan(logSigma) ? torch::Tensor() : torch::tensor(logSigma, kDouble);
    const auto logp = Likelihood::logLikelihood(model, outputT, xT, logSigmaT);
    QCOMPARE(logp.sizes().vec(), (std::vector<int64_t>{1}));
    QVERIFY2(closeRelative(logp.item<double>(), expected, 1e-10),
             qPrintable(QString::number(logp.item<double>(), 'g', 17)));

    // A batch of two copies gives the same value twice; float in gives float out.
    const auto batch = Likelihood::logLikelihood(model, outputT.repeat({2, 1, 1, 1}).to(torch::kFloat),
                                                 xT.repeat({2, 1, 1, 1}).to(torch::kFloat),
                                                 logSigmaT.defined() ? logSigmaT.to(torch::kFloat) : logSigmaT);
    QCOMPARE(batch.scalar_type(), torch::kFloat);
    QCOMPARE(batch.sizes().vec(), (std::vector<int64_t>{2}));
    QVERIFY(closeRelative(batch[0].item<double>(), expected, 1e-5));
    QVERIFY(closeRelative(batch[1].item<double>(), expected, 1e-5));
}

void TestLikelihood::learnedSigmaGradient()
{
    // d/d ln σ of Σ(−ln σ − (x − m)²/2σ²) = Σ(−1 + (x − m)²/σ²) = 2 · (−1 + 0.0625) at σ = 1.
    const auto logSigma = torch::zeros({}, kDouble).requires_grad_();
    const auto output = torch::tensor({0.0, std::log(3.0)}, kDouble).reshape({1, 2});
    const auto x = torch::tensor({0.25, 1.0}, kDouble).reshape({1, 2});
    Likelihood::logLikelihood(NoiseModel::GaussianLearned, output, x, logSigma).sum().backward();
    QVERIFY(closeRelative(logSigma.grad().item<double>(), -1.875, 1e-12));
}

void TestLikelihood::quantizedMassesSumToOne_data()
{
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sigma");

    QTest::newRow("centre, σ 0.1") << 0.5 << 0.1;
    QTest::newRow("near 0, σ below a bin") << 0.01 << 0.003;
    QTest::newRow("σ wider than the range") << 0.9 << 2.0;
    QTest::newRow("on a bin edge, tiny σ") << 76.5 / 255.0 << 1e-4;
    QTest::newRow("near 1, tinier σ") << 0.999 << 1e-6;
    QTest::newRow("very wide (midpoint rule)") << 0.5 << 50.0;
}

void TestLikelihood::quantizedMassesSumToOne()
{
    QFETCH(double, mean);
    QFETCH(double, sigma);

    // Every pixel value k/255 as one sample of a batch of 256 one-pixel images.
    const auto x = torch::arange(256, kDouble).div(255.0).reshape({256, 1});
    const auto output = torch::full({256, 1}, logit(mean), kDouble);
    const auto logSigma = torch::tensor(std::log(sigma), kDouble);
    const auto logMass = Likelihood::logLikelihood(NoiseModel::QuantizedGaussian, output, x, logSigma);
    QVERIFY(torch::isfinite(logMass).all().item<bool>());
    QVERIFY((logMass <= 0).all().item<bool>());
    const double total = logMass.exp().sum().item<double>();
    QVERIFY2(std::abs(total - 1.0) < 1e-9, qPrintable(QString::number(total, 'g', 17)));

    const auto logMassF = Likelihood::logLikelihood(NoiseModel::QuantizedGaussian, output.to(torch::kFloat),
                                                    x.to(torch::kFloat), logSigma.to(torch::kFloat));
    const double totalF = logMassF.to(torch::kDouble).exp().sum().item<double>();
    QVERIFY2(std::abs(totalF - 1.0) < 1e-4, qPrintable(QString::number(totalF, 'g', 17)));
}

void TestLikelihood::quantizedGradientMatchesFiniteDifferences_data()
{
    QTest::addColumn<double>("output");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("logSigma");

    QTest::newRow("interior, moderate") << 0.3 << 100.0 / 255.0 << std::log(0.1);
    QTest::newRow("interior, right of mean") << -1.0 << 200.0 / 255.0 << std::log(0.05);
    QTest::newRow("low end bin") << 0.2 << 0.0 << std::log(0.2);
    QTest::newRow("high end bin") << 1.5 << 1.0 << std::log(0.3);
    QTest::newRow("deep tail") << 0.0 << 10.0 / 255.0 << -8.0;
    QTest::newRow("very wide (midpoint rule)") << 0.4 << 30.0 / 255.0 << 6.0;
}

void TestLikelihood::quantizedGradientMatchesFiniteDifferences()
{
    QFETCH(double, output);
    QFETCH(double, x);
    QFETCH(double, logSigma);

    const auto f = [x](double out, double ls) {
        return Likelihood::logLikelihood(NoiseModel::QuantizedGaussian, torch::full({1, 1}, out, kDouble),
                                         torch::full({1, 1}, x, kDouble), torch::tensor(ls, kDouble))
            .item<double>();
    };
    const auto outputT = torch::full({1, 1}, output, kDouble).requires_grad_();
    const auto logSigmaT = torch::tensor(logSigma, kDouble).requires_grad_();
    Likelihood::logLikelihood(NoiseModel::QuantizedGaussian, outputT, torch::full({1, 1}, x, kDouble), logSigmaT)
        .sum()
        .backward();

    const double h = 1e-6;
    const double dOutput = (f(output + h, logSigma) - f(output - h, logSigma)) / (2 * h);
    const double dLogSigma = (f(output, logSigma + h) - f(output, logSigma - h)) / (2 * h);
    const double gOutput = outputT.grad().item<double>();
    const double gLogSigma = logSigmaT.grad().item<double>();
    QVERIFY2(closeRelative(gOutput, dOutput, 1e-5), qPrintable(QStringLiteral("%1 vs %2").arg(gOutput).arg(dOutput)));
    QVERIFY2(closeRelative(gLogSigma, dLogSigma, 1e-5),
             qPrintable(QStringLiteral("%1 vs %2").arg(gLogSigma).arg(dLogSigma)));
}

void TestLikelihood::quantizedStaysFiniteAtExtremes()
{
    // Decoders saturate and learned σ can run off during training: no value or gradient may
    // turn into NaN or ±inf, in float (what training uses) or double.
    const std::vector<double> outputs{-60.0, -8.0, 0.0, 8.0, 60.0};
    const std::vector<double> pixels{0.0, 1.0 / 255.0, 0.5, 254.0 / 255.0, 1.0};
    const std::vector<double> logSigmas{-80.0, -30.0, -12.0, -3.0, 0.0, 3.0, 12.0, 30.0, 80.0};
    for (const auto dtype : {torch::kFloat, torch::kDouble}) {
        const auto options = torch::TensorOptions().dtype(dtype);
        const auto n = static_cast<int64_t>(outputs.size() * pixels.size());
        std::vector<double> outValues;
        std::vector<double> xValues;
        for (double o : outputs) {
            for (double p : pixels) {
                outValues.push_back(o);
                xValues.push_back(p);
            }
        }
        for (double ls : logSigmas) {
            const auto output = torch::tensor(outValues, options).reshape({n, 1}).requires_grad_();
            const auto x = torch::tensor(xValues, options).reshape({n, 1});
            const auto logSigma = torch::tensor(ls, options).requires_grad_();
            const auto logp = Likelihood::logLikelihood(NoiseModel::QuantizedGaussian, output, x, logSigma);
            logp.sum().backward();
            const QByteArray where = QByteArray("log σ = ") + QByteArray::number(ls) + " dtype "
                + QByteArray(c10::toString(dtype));
            QVERIFY2(torch::isfinite(logp).all().item<bool>(), where.constData());
            QVERIFY2((logp <= 0).all().item<bool>(), where.constData());
            QVERIFY2(torch::isfinite(output.grad()).all().item<bool>(), where.constData());
            QVERIFY2(torch::isfinite(logSigma.grad()).all().item<bool>(), where.constData());
        }
    }
}

void TestLikelihood::decoderMeanIsSigmoid()
{
    const auto output = torch::tensor({-1e4, 0.0, std::log(3.0), 1e4}, kDouble).reshape({1, 4});
    const auto expected = torch::tensor({0.0, 0.5, 0.75, 1.0}, kDouble).reshape({1, 4});
    for (const NoiseModel model : Likelihood::allNoiseModels())
        QVERIFY(torch::allclose(Likelihood::decoderMean(model, output), expected, 0.0, 1e-15));
}

void TestLikelihood::bitsPerDim()
{
    // 1000 nats over 784 dimensions: 1000 / (784 · 0.693147) = 1.840172 bits per dimension;
    // 784 · ln 2 / 2 nats is exactly half a bit per dimension.
    QVERIFY(closeRelative(Likelihood::bitsPerDim(1000.0, 784), 1.8401722460318411, 1e-14));
    const auto bpd = Likelihood::bitsPerDim(torch::tensor({1000.0, 784.0 * std::log(2.0) / 2.0}, kDouble), 784);
    QVERIFY(closeRelative(bpd[0].item<double>(), 1.8401722460318411, 1e-14));
    QVERIFY(closeRelative(bpd[1].item<double>(), 0.5, 1e-14));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Likelihood::bitsPerDim(1.0, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Likelihood::bitsPerDim(torch::ones({2}), -3));
}

void TestLikelihood::reparameterizeIsReproducible()
{
    const auto mu = torch::tensor({0.5, -2.0, 3.0}, kDouble).reshape({1, 3});
    const auto logvar = torch::tensor({0.0, 1.0, -1.0}, kDouble).reshape({1, 3});
    const auto a = Likelihood::reparameterize(mu, logvar, at::detail::createCPUGenerator(42));
    const auto b = Likelihood::reparameterize(mu, logvar, at::detail::createCPUGenerator(42));
    const auto c = Likelihood::reparameterize(mu, logvar, at::detail::createCPUGenerator(43));
    QVERIFY(torch::equal(a, b));
    QVERIFY(!torch::equal(a, c));
    // With no variance left, z is the mean.
    QVERIFY(torch::equal(Likelihood::reparameterize(mu, torch::full_like(logvar, -1e4)), mu));

    // Gradients reach mu and logvar through the sample.
    const auto muG = mu.clone().requires_grad_();
    const auto logvarG = logvar.clone().requires_grad_();
    Likelihood::reparameterize(muG, logvarG, at::detail::createCPUGenerator(1)).sum().backward();
    QVERIFY(torch::equal(muG.grad(), torch::ones_like(mu)));
    QVERIFY(logvarG.grad().defined());
}

void TestLikelihood::noiseModelNames()
{
    const QStringList expected{QStringLiteral("bernoulli"), QStringLiteral("gaussian-fixed"),
                               QStringLiteral("gaussian-learned"), QStringLiteral("quantized-gaussian")};
    QStringList names;
    for (const NoiseModel model : Likelihood::allNoiseModels()) {
        names << Likelihood::noiseModelName(model);
        QCOMPARE(Likelihood::noiseModelFromName(Likelihood::noiseModelName(model)), model);
    }
    QCOMPARE(names, expected);
    QVERIFY(!Likelihood::usesSigma(NoiseModel::Bernoulli));
    QVERIFY(Likelihood::usesSigma(NoiseModel::QuantizedGaussian));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Likelihood::noiseModelFromName(QStringLiteral("gaussian")));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Likelihood::noiseModelFromName(QString()));
}

void TestLikelihood::rejectsBadArguments()
{
    const auto a = torch::zeros({2, 3}, kDouble);
    const auto b = torch::zeros({2, 4}, kDouble);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Likelihood::klToIsotropic(a, b));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Likelihood::klToIsotropic(a, torch::Tensor()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Likelihood::reparameterize(a, b));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             Likelihood::logLikelihood(NoiseModel::Bernoulli, a, b, torch::Tensor()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             Likelihood::logLikelihood(NoiseModel::Bernoulli, torch::zeros({}), torch::zeros({})));
    // The Gaussian models cannot guess a σ.
    for (const NoiseModel model :
         {NoiseModel::GaussianFixed, NoiseModel::GaussianLearned, NoiseModel::QuantizedGaussian})
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Likelihood::logLikelihood(model, a, a, torch::Tensor()));
    // Bernoulli does without.
    QCOMPARE(Likelihood::logLikelihood(NoiseModel::Bernoulli, a, a).sizes().vec(), (std::vector<int64_t>{2}));
}

QTEST_GUILESS_MAIN(TestLikelihood)
#include "test_likelihood.moc"
