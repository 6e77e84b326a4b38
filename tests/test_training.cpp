// The update rules of SPEC §3 and the run loop: which parameters each step changes, that a
// tiny run learns, that runs are reproducible and that a resumed run equals an uninterrupted one.
#include "configerror.h"
#include "dataerror.h"
#include "experimentrunner.h"
#include "idxreader.h"
#include "resourcecheck.h"
#include "trainer.h"
#include "barimages.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QtTest>
#include <sstream>

using namespace negvae;

namespace {

std::map<std::string, torch::Tensor> snapshot(torch::nn::Module& module)
{
    std::map<std::string, torch::Tensor> copies;
    for (const auto& item : module.named_parameters())
        copies[item.key()] = item.value().detach().clone();
    return copies;
}

// Names of the parameters that differ from the snapshot.
QStringList changed(torch::nn::Module& module, const std::map<std::string, torch::Tensor>& before)
{
    QStringList names;
    for (const auto& item : module.named_parameters())
        if (!torch::equal(item.value().detach(), before.at(item.key())))
            names << QString::fromStdString(item.key());
    return names;
}

std::vector<std::vector<double>> metricValues(const std::vector<StepMetrics>& rows)
{
    std::vector<std::vector<double>> values;
    for (const StepMetrics& m : rows)
        values.push_back({double(m.step), double(m.epoch), m.loss, m.reconstruction, m.kl,
                          std::isnan(m.negativeKl) ? -1.0 : m.negativeKl,
                          std::isnan(m.generatorLoss) ? -1.0 : m.generatorLoss});
    return values;
}

} // namespace

class TestTraining : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QString m_inliers;
    QString m_negatives;

    ExperimentConfig smallConfig(NegativeSource source) const
    {
        ExperimentConfig config = testing::tinyExperiment(m_inliers, source);
        if (source == NegativeSource::Auxiliary)
            config.data.negatives.sets = {m_negatives};
        return config;
    }

    torch::Tensor batch() const
    {
        return IdxReader::readImages(m_inliers + QStringLiteral("/train-images-idx3-ubyte.gz"))
            .slice(0, 0, 16).to(torch::kFloat32).div(255);
    }

    std::vector<StepMetrics> runToEnd(const ExperimentConfig& config, const QString& folder)
    {
        ExperimentRunner runner(folder);
        runner.start(config);
        std::atomic<bool> stop {false};
        if (runner.run(stop) != ExperimentRunner::Outcome::Finished)
            return {};
        return runner.store().readMetrics();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        m_inliers = m_data.filePath(QStringLiteral("vertical"));
        m_negatives = m_data.filePath(QStringLiteral("horizontal"));
        QVERIFY(testing::writeBarImages(m_inliers, 80, true, 1));
        QVERIFY(testing::writeBarImages(m_negatives, 80, false, 2));
    }

    void encoderStepChangesOnlyTheEncoder_data()
    {
        QTest::addColumn<int>("source");
        QTest::newRow("baseline") << int(NegativeSource::None);
        QTest::newRow("auxiliary") << int(NegativeSource::Auxiliary);
        QTest::newRow("adversarial") << int(NegativeSource::Adversarial);
    }
    void encoderStepChangesOnlyTheEncoder()
    {
        QFETCH(int, source);
        const ExperimentConfig config = smallConfig(NegativeSource(source));
        ImageSet negatives = IdxReader::readSet(QStringLiteral("neg"), m_negatives + QStringLiteral("/train-images-idx3-ubyte.gz"),
                                                m_negatives + QStringLiteral("/train-labels-idx1-ubyte.gz"));
        Trainer trainer(config, {1, 28, 28}, torch::kCPU, negatives);
        const auto encoderBefore = snapshot(*trainer.model()->encoder());
        const auto decoderBefore = snapshot(*trainer.model()->decoder());
        const torch::Tensor x = batch();
        torch::Tensor latent;
        const torch::Tensor xn = trainer.makeNegatives(x, &latent);
        QCOMPARE(xn.defined(), NegativeSource(source) != NegativeSource::None);
        trainer.encoderStep(x, xn);
        QCOMPARE(changed(*trainer.model()->encoder(), encoderBefore).size(), int(encoderBefore.size()));
        QCOMPARE(changed(*trainer.model()->decoder(), decoderBefore), QStringList());
    }

    void decoderStepChangesOnlyTheDecoder_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<bool>("negativeTerm");
        QTest::newRow("baseline") << int(NegativeSource::None) << false;
        QTest::newRow("adversarial") << int(NegativeSource::Adversarial) << false;
        QTest::newRow("adversarial, negative term") << int(NegativeSource::Adversarial) << true;
    }
    void decoderStepChangesOnlyTheDecoder()
    {
        QFETCH(int, source);
        QFETCH(bool, negativeTerm);
        ExperimentConfig config = smallConfig(NegativeSource(source));
        config.data.negatives.generatorNegativeTerm = negativeTerm;
        Trainer trainer(config, {1, 28, 28}, torch::kCPU);
        const torch::Tensor x = batch();
        torch::Tensor latent;
        trainer.makeNegatives(x, &latent);
        const auto encoderBefore = snapshot(*trainer.model()->encoder());
        const auto decoderBefore = snapshot(*trainer.model()->decoder());
        trainer.decoderStep(x, latent);
        QCOMPARE(changed(*trainer.model()->encoder(), encoderBefore), QStringList());
        QCOMPARE(changed(*trainer.model()->decoder(), decoderBefore).size(), int(decoderBefore.size()));
    }

    void generatorLearnsFromTheEncoderOnlyWhenAdversarial()
    {
        // The same decoder step with and without the adversarial term must move the decoder
        // differently: the adversarial generator gets the extra KL(q(z|x̂) ‖ p) signal, and the
        // switch adds the negative-prior term on top.
        std::vector<torch::Tensor> results;
        for (auto [source, negativeTerm] : {std::pair {NegativeSource::Generated, false},
                                            std::pair {NegativeSource::Adversarial, false},
                                            std::pair {NegativeSource::Adversarial, true}}) {
            ExperimentConfig config = smallConfig(source);
            config.data.negatives.generatorNegativeTerm = negativeTerm;
            Trainer trainer(config, {1, 28, 28}, torch::kCPU);
            torch::Tensor latent;
            trainer.makeNegatives(batch(), &latent);
            const double loss = trainer.decoderStep(batch(), latent);
            QVERIFY(std::isfinite(loss));
            results.push_back(torch::cat({trainer.model()->decoder()->parameters().front().flatten().detach()}));
        }
        QVERIFY(!torch::equal(results[0], results[1]));
        QVERIFY(!torch::equal(results[1], results[2]));
    }

    void jointStepChangesBoth_data()
    {
        QTest::addColumn<int>("source");
        QTest::newRow("baseline") << int(NegativeSource::None);
        QTest::newRow("adversarial") << int(NegativeSource::Adversarial);
    }
    void jointStepChangesBoth()
    {
        QFETCH(int, source);
        ExperimentConfig config = smallConfig(NegativeSource(source));
        config.objective.updates = UpdateScheme::Joint;
        Trainer trainer(config, {1, 28, 28}, torch::kCPU);
        const auto encoderBefore = snapshot(*trainer.model()->encoder());
        const auto decoderBefore = snapshot(*trainer.model()->decoder());
        const StepMetrics metrics = trainer.trainStep(batch(), 1);
        QCOMPARE(changed(*trainer.model()->encoder(), encoderBefore).size(), int(encoderBefore.size()));
        QCOMPARE(changed(*trainer.model()->decoder(), decoderBefore).size(), int(decoderBefore.size()));
        QCOMPARE(std::isnan(metrics.generatorLoss), NegativeSource(source) != NegativeSource::Adversarial);
    }

    void negativesHaveTheRequestedKind()
    {
        const torch::Tensor x = batch();
        ExperimentConfig config = smallConfig(NegativeSource::NoisyInliers);
        config.data.negatives.noiseSigma = 0.25;
        Trainer noisy(config, {1, 28, 28}, torch::kCPU);
        const torch::Tensor xn = noisy.makeNegatives(x);
        const double noiseStd = (xn - x).std().item<double>();
        QVERIFY2(noiseStd > 0.1 && noiseStd < 0.25, qPrintable(QString::number(noiseStd))); // clipping shrinks it
        QVERIFY(xn.min().item<float>() >= 0 && xn.max().item<float>() <= 1);

        Trainer uniform(smallConfig(NegativeSource::UniformNoise), {1, 28, 28}, torch::kCPU);
        QVERIFY(std::abs(uniform.makeNegatives(x).mean().item<double>() - 0.5) < 0.02);
        Trainer generated(smallConfig(NegativeSource::Generated), {1, 28, 28}, torch::kCPU);
        const torch::Tensor xg = generated.makeNegatives(x);
        QVERIFY(!xg.requires_grad());
        QCOMPARE(xg.sizes().vec(), x.sizes().vec());
    }

    void tinyRunLowersItsLoss_data()
    {
        QTest::addColumn<int>("source");
        QTest::newRow("baseline") << int(NegativeSource::None);
        QTest::newRow("auxiliary") << int(NegativeSource::Auxiliary);
        QTest::newRow("adversarial") << int(NegativeSource::Adversarial);
    }
    void tinyRunLowersItsLoss()
    {
        QFETCH(int, source);
        ExperimentConfig config = smallConfig(NegativeSource(source));
        config.training.epochs = 6;
        QTemporaryDir runs;
        const std::vector<StepMetrics> rows = runToEnd(config, runs.filePath(QStringLiteral("run")));
        QCOMPARE(int(rows.size()), 6 * 5);
        const auto mean = [&](size_t from, size_t to, auto field) {
            double sum = 0;
            for (size_t i = from; i < to; ++i)
                sum += field(rows[i]);
            return sum / double(to - from);
        };
        const auto reconstruction = [](const StepMetrics& m) { return m.reconstruction; };
        QVERIFY2(mean(25, 30, reconstruction) < 0.8 * mean(0, 5, reconstruction),
                 qPrintable(QStringLiteral("%1 → %2").arg(mean(0, 5, reconstruction)).arg(mean(25, 30, reconstruction))));
        if (NegativeSource(source) == NegativeSource::Auxiliary) {
            const auto negativeKl = [](const StepMetrics& m) { return m.negativeKl; };
            QVERIFY(mean(25, 30, negativeKl) < mean(0, 5, negativeKl));
        }
    }

    void sameSeedSameNumbers()
    {
        QTemporaryDir runs;
        ExperimentConfig config = smallConfig(NegativeSource::Auxiliary);
        const auto first = runToEnd(config, runs.filePath(QStringLiteral("a")));
        const auto second = runToEnd(config, runs.filePath(QStringLiteral("b")));
        QVERIFY(!first.empty());
        QVERIFY(metricValues(first) == metricValues(second));
        QFile scoresA(runs.filePath(QStringLiteral("a/scores.csv")));
        QFile scoresB(runs.filePath(QStringLiteral("b/scores.csv")));
        QVERIFY(scoresA.open(QIODevice::ReadOnly) && scoresB.open(QIODevice::ReadOnly));
        QCOMPARE(scoresA.readAll(), scoresB.readAll());
        config.seed = 8;
        QVERIFY(metricValues(runToEnd(config, runs.filePath(QStringLiteral("c")))) != metricValues(first));
    }

    void runFolderHoldsEverything()
    {
        QTemporaryDir runs;
        const QString folder = runs.filePath(QStringLiteral("run"));
        runToEnd(smallConfig(NegativeSource::Auxiliary), folder);
        for (const char* file : {"config.json", "metrics.csv", "scores.csv", "eval/epoch_001.json", "eval/epoch_002.json", "scores/epoch_001.csv",
                                 "samples/epoch_002_inputs.png", "samples/epoch_002_reconstructions.png",
                                 "samples/epoch_002_generated.png", "samples/epoch_002_negatives.png",
                                 "samples/epoch_002_ood1_inputs.png", "samples/epoch_002_ood1_reconstructions.png",
                                 "checkpoints/latest.pt"})
            QVERIFY2(QFileInfo::exists(QDir(folder).filePath(QLatin1String(file))), file);
        const RunStore store(folder);
        QCOMPARE(store.readConfig(), smallConfig(NegativeSource::Auxiliary));
        const EvalReport report = store.readEvaluation(store.evaluationFiles().last());
        QCOMPARE(report.epoch, int64_t(2));
        QCOMPARE(int(report.metrics.size()), 3); // uniform noise × (bpd, kl, rec)
        QFile scores(QDir(folder).filePath(QStringLiteral("scores.csv")));
        QVERIFY(scores.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = scores.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("set,role,index,label,bpd,kl,rec"));
        QCOMPARE(lines.size(), 1 + 80 + 80 + 80); // inlier test, as many uniform-noise images, a sample of negatives
        const EvalReport withScores = store.readEvaluationWithScores(store.evaluationFiles().last());
        QCOMPARE(int(withScores.sets.size()), 3);
        QCOMPARE(withScores.sets[0].role, ScoreRole::Inlier);
        QCOMPARE(withScores.sets[1].role, ScoreRole::Ood);
        QCOMPARE(withScores.sets[2].role, ScoreRole::Negative);
        QCOMPARE(int(withScores.sets[2].bpd.size()), 80);
    }

    void resumedRunEqualsUninterrupted_data()
    {
        QTest::addColumn<int>("stopAfterStep");
        QTest::newRow("epoch boundary") << 5;
        QTest::newRow("mid epoch") << 3;
        QTest::newRow("second epoch") << 7;
    }
    void resumedRunEqualsUninterrupted()
    {
        QFETCH(int, stopAfterStep);
        QTemporaryDir runs;
        const ExperimentConfig config = smallConfig(NegativeSource::Adversarial);
        const auto uninterrupted = runToEnd(config, runs.filePath(QStringLiteral("whole")));

        const QString folder = runs.filePath(QStringLiteral("pieces"));
        std::atomic<bool> stop {false};
        {
            ExperimentRunner runner(folder);
            runner.setCallbacks({[&](const StepMetrics& m) { stop = m.step >= stopAfterStep; }, {}, {}, {}});
            runner.start(config);
            QCOMPARE(runner.run(stop), ExperimentRunner::Outcome::Stopped);
            QCOMPARE(runner.completedSteps(), int64_t(stopAfterStep));
        }
        stop = false;
        ExperimentRunner resumed(folder);
        resumed.resume();
        QCOMPARE(resumed.completedSteps(), int64_t(stopAfterStep));
        QCOMPARE(resumed.run(stop), ExperimentRunner::Outcome::Finished);
        QVERIFY(metricValues(resumed.store().readMetrics()) == metricValues(uninterrupted));
        QFile a(runs.filePath(QStringLiteral("whole/scores.csv")));
        QFile b(folder + QStringLiteral("/scores.csv"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void damagedCheckpointIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("checkpoint");
        QTest::newRow("foreign") << QByteArray("PK\x03\x04 not a checkpoint") << QStringLiteral("checkpoint");
        // Markers: the test makes these from the run's real checkpoint.
        QTest::newRow("truncated") << QByteArray("truncate") << QStringLiteral("checkpoint");
        QTest::newRow("newer format") << QByteArray("version 99") << QStringLiteral("checkpoint format 99");
    }
    void damagedCheckpointIsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir runs;
        const QString folder = runs.filePath(QStringLiteral("run"));
        ExperimentConfig config = smallConfig(NegativeSource::None);
        config.training.epochs = 1;
        runToEnd(config, folder);
        const QByteArray real = RunStore(folder).readCheckpoint();
        if (content == "truncate") {
            content = real.left(real.size() / 2);
        } else if (content == "version 99") {
            torch::serialize::OutputArchive archive;
            archive.write("format_version", torch::tensor(int64_t(99)));
            std::ostringstream out;
            archive.save_to(out);
            content = QByteArray::fromStdString(out.str());
        }
        QFile checkpoint(RunStore(folder).checkpointPath());
        QVERIFY(checkpoint.open(QIODevice::WriteOnly));
        checkpoint.write(content);
        checkpoint.close();
        ExperimentRunner runner(folder);
        try {
            runner.resume();
            QFAIL("a damaged checkpoint must be refused");
        } catch (const DataError& error) {
            QCOMPARE(error.file(), RunStore(folder).checkpointPath());
            QVERIFY2(error.problem().contains(expected), qPrintable(error.problem()));
        }
    }

    void divergenceStopsWithTheTermAndKeepsTheCheckpoint()
    {
        // A learning rate this large sends the weights to infinity within a few steps.
        ExperimentConfig config = smallConfig(NegativeSource::UniformNoise);
        config.optimizer.learningRate = 1e6;
        config.optimizer.type = OptimizerType::Adam;
        config.training.epochs = 20;
        QTemporaryDir runs;
        const QString folder = runs.filePath(QStringLiteral("run"));
        ExperimentRunner runner(folder);
        runner.start(config);
        std::atomic<bool> stop {false};
        try {
            runner.run(stop);
            QFAIL("a diverging run must stop with an error");
        } catch (const NonFiniteLossError& error) {
            QVERIFY(error.step() >= 1);
            QVERIFY2(QString::fromUtf8(error.what()).contains(error.term()), error.what());
            QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("step %1").arg(error.step())));
            // metrics.csv never holds a step after the failure
            const auto rows = RunStore(folder).readMetrics();
            for (const StepMetrics& m : rows)
                QVERIFY(m.step < error.step());
        }
    }

    void runFolderIsNotOverwritten()
    {
        QTemporaryDir runs;
        const QString folder = runs.filePath(QStringLiteral("run"));
        ExperimentConfig config = smallConfig(NegativeSource::None);
        config.training.epochs = 1;
        runToEnd(config, folder);
        ExperimentRunner again(folder);
        QVERIFY_THROWS_EXCEPTION(DataError, again.start(config));
    }

    void mismatchedShapesNameTheField()
    {
        ExperimentConfig config = smallConfig(NegativeSource::Auxiliary);
        config.data.negatives.sets = {m_negatives + QStringLiteral(":size=32x32")};
        QTemporaryDir runs;
        ExperimentRunner runner(runs.filePath(QStringLiteral("run")));
        try {
            runner.start(config);
            QFAIL("a negative set of another shape must be refused");
        } catch (const ConfigException& error) {
            QVERIFY2(error.message().contains(QLatin1String("data.negatives.sets[0]")), qPrintable(error.message()));
        }
        QVERIFY2(!QFileInfo::exists(runs.filePath(QStringLiteral("run"))), "a failed start must leave no folder behind");
    }

    void divergenceKeepsTheLastCheckpointAndResumesWithALowerRate()
    {
        const QString folder = m_data.filePath(QStringLiteral("diverging"));
        ExperimentConfig config = smallConfig(NegativeSource::NoisyInliers);
        {
            ExperimentRunner runner(folder);
            runner.start(config);
            std::atomic<bool> stop {false};
            runner.setCallbacks({[&](const StepMetrics& m) { stop = m.step == 3; }, {}, {}, {}});
            QCOMPARE(runner.run(stop), ExperimentRunner::Outcome::Stopped);
        }
        const QByteArray checkpoint = RunStore(folder).readCheckpoint();
        {
            // Resumed at an absurd rate the run diverges: it stops naming the step and the
            // term, and the last good checkpoint stays as it was.
            ExperimentRunner runner(folder);
            runner.resume(1e30);
            const std::atomic<bool> stop {false};
            try {
                runner.run(stop);
                QFAIL("a run at learning rate 1e30 did not diverge");
            } catch (const NonFiniteLossError& error) {
                QVERIFY(error.step() > 3);
                QVERIFY2(!error.term().isEmpty(), error.what());
            }
            QCOMPARE(RunStore(folder).readCheckpoint(), checkpoint);
        }
        {
            ExperimentRunner runner(folder);
            runner.resume(1e-3);
            QCOMPARE(runner.completedSteps(), int64_t(3));
            const std::atomic<bool> stop {false};
            QCOMPARE(runner.run(stop), ExperimentRunner::Outcome::Finished);
        }
        // Every step once, the new rate in config.json, both changes in history.txt.
        const std::vector<StepMetrics> steps = RunStore(folder).readMetrics();
        for (size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].step, int64_t(i + 1));
        QCOMPARE(RunStore(folder).readConfig().optimizer.learningRate, 1e-3);
        QFile history(folder + QStringLiteral("/history.txt"));
        QVERIFY(history.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = history.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[1].contains("resumed at step 3 with optimizer.learningRate 0.001 (was 1e+30)"));

        // A rate that is not positive is refused before anything changes.
        ExperimentRunner refused(folder);
        QVERIFY_THROWS_EXCEPTION(ConfigException, refused.resume(0.0));
    }

    void nonFiniteGradientStopsBeforeTheUpdate()
    {
        // An infinite input pixel makes the gradient infinite while the step has not yet
        // changed a weight: the trainer must refuse the update.
        ExperimentConfig config = smallConfig(NegativeSource::None);
        Trainer trainer(config, ImageShape {}, torch::kCPU);
        const torch::Tensor before = trainer.model()->encoder()->parameters().front().clone();
        torch::Tensor x = batch();
        x[0][0][14][14] = std::numeric_limits<float>::infinity();
        QVERIFY_THROWS_EXCEPTION(NonFiniteLossError, trainer.trainStep(x, 1));
        QVERIFY(torch::equal(trainer.model()->encoder()->parameters().front(), before));
    }

    void batchTooLargeForMemoryIsRefusedUpFront()
    {
        const QString folder = m_data.filePath(QStringLiteral("no-memory"));
        ExperimentRunner runner(folder);
        runner.setResourceLimits(64 * 1024, -1); // 64 KiB of memory
        try {
            runner.start(smallConfig(NegativeSource::NoisyInliers));
            QFAIL("a batch that cannot fit in memory was accepted");
        } catch (const ConfigException& error) {
            QVERIFY2(error.message().contains(QLatin1String("training.batchSize")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("at most")), qPrintable(error.message()));
        }
        QVERIFY(!QFileInfo::exists(folder)); // refused before anything was written
    }

    void runTooLargeForTheDiskIsRefusedUpFront()
    {
        const QString folder = m_data.filePath(QStringLiteral("no-disk"));
        ExperimentRunner runner(folder);
        runner.setResourceLimits(-1, 10 * 1024); // 10 KiB free
        try {
            runner.start(smallConfig(NegativeSource::None));
            QFAIL("a run that cannot fit on disk was accepted");
        } catch (const DataError& error) {
            QCOMPARE(error.file(), folder);
            QVERIFY2(error.problem().contains(QLatin1String("free")), qPrintable(error.problem()));
        }
        QVERIFY(!QFileInfo::exists(folder));
    }

    void backgroundModelCountsTowardsTheDiskNeeded()
    {
        // Its weights and optimiser state share every checkpoint.
        const auto needed = [&](bool background) {
            ExperimentConfig config = smallConfig(NegativeSource::None);
            config.evaluation.scores.background = background;
            ExperimentRunner runner(m_data.filePath(background ? QStringLiteral("disk-bg") : QStringLiteral("disk-plain")));
            runner.setResourceLimits(-1, 1024);
            try {
                runner.start(config);
            } catch (const DataError& error) {
                const QRegularExpressionMatch match =
                    QRegularExpression(QStringLiteral("needs about ([0-9.]+) MB")).match(error.problem());
                return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
            }
            return -1.0;
        };
        const double plain = needed(false);
        const double withBackground = needed(true);
        QVERIFY(plain > 0);
        QVERIFY2(withBackground > plain, qPrintable(QStringLiteral("%1 MB vs %2 MB").arg(withBackground).arg(plain)));
    }

    void resourceEstimatesScaleSensibly()
    {
        const ExperimentConfig paper = *ExperimentConfig::preset(QStringLiteral("paper-grayscale"));
        const VaeOptions model = VaeOptions::fromConfig(paper.model, ImageShape {});
        // Linear in the batch; negatives cost a second pass through the encoder.
        QCOMPARE(ResourceCheck::stepMemory(paper, model, 100), 2 * ResourceCheck::stepMemory(paper, model, 50));
        ExperimentConfig baseline = paper;
        baseline.data.negatives.source = NegativeSource::None;
        QVERIFY(ResourceCheck::stepMemory(baseline, model, 50) < ResourceCheck::stepMemory(paper, model, 50));
        // A batch of 50 grayscale images needs megabytes, not gigabytes.
        const qint64 step = ResourceCheck::stepMemory(paper, model, 50);
        QVERIFY2(step > (1 << 20) && step < (qint64(1) << 30), qPrintable(ResourceCheck::megabytes(step)));
        // The paper's 100 epochs on Fashion-MNIST: tens to hundreds of megabytes of run folder.
        Vae vae(model);
        int64_t parameters = 0;
        for (const torch::Tensor& p : vae->parameters())
            parameters += p.numel();
        const qint64 disk = ResourceCheck::diskNeeded(paper, parameters, 60000, 20000, ImageShape {}, 100);
        QVERIFY2(disk > (10 << 20) && disk < (qint64(4) << 30), qPrintable(ResourceCheck::megabytes(disk)));
        QVERIFY(ResourceCheck::diskNeeded(paper, parameters, 60000, 20000, ImageShape {}, 10) < disk);
        QVERIFY(ResourceCheck::availableMemory() > 0);
        QVERIFY(ResourceCheck::availableDisk(m_data.filePath(QStringLiteral("not/made/yet"))) > 0);
        QVERIFY(!ResourceCheck::memoryProblem(100, 200, 10).has_value());
        QVERIFY(ResourceCheck::diskProblem(100, -1).isEmpty()); // unknown: not refused
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
