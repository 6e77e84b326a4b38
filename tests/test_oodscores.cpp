// The opt-in OOD scores beside BPD/KL/REC: the importance-weighted bound, input complexity,
// the likelihood ratio against a background model and likelihood regret. Each is checked on
// a case whose right answer is known, plus their config fields and their scores.csv columns.
#include "backgroundmodel.h"
#include "barimages.h"
#include "configerror.h"
#include "evalreport.h"
#include "evaluator.h"
#include "experimentrunner.h"
#include "importanceweightedbound.h"
#include "inferenceguard.h"
#include "inputcomplexity.h"
#include "likelihoodregret.h"
#include "runstore.h"
#include "scorecatalog.h"
#include "scoringcancelled.h"
#include "sweepreport.h"
#include "sweepreportwriter.h"
#include "syntheticruns.h"
#include "trainer.h"
#include "vaemodel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <numeric>

using namespace negvae;

namespace {

// A tiny untrained grayscale VAE: its posterior is far from optimal, which is what the bound
// and the regret need to show a difference on.
Vae tinyModel(uint64_t seed = 3)
{
    torch::manual_seed(seed);
    const ExperimentConfig config = testing::tinyExperiment(QString(), NegativeSource::None);
    return Vae(VaeOptions::fromConfig(config.model, {1, 28, 28}));
}

// Bars on black, as in the training tests, made in memory.
torch::Tensor barImages(int count, uint64_t seed = 1)
{
    torch::manual_seed(seed);
    torch::Tensor images = torch::zeros({count, 1, 28, 28});
    const torch::Tensor positions = torch::randint(4, 22, {count}, torch::kInt64);
    using torch::indexing::Slice;
    for (int i = 0; i < count; ++i) {
        const int64_t p = positions[i].item<int64_t>();
        images.index_put_({i, 0, Slice(4, 24), Slice(p, p + 3)}, 1.0);
    }
    return images;
}

double mean(const std::vector<float>& values)
{
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

std::vector<float> toVector(const torch::Tensor& values)
{
    const torch::Tensor cpu = values.to(torch::kFloat32).contiguous();
    return std::vector<float>(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
}

std::map<std::string, torch::Tensor> snapshot(torch::nn::Module& module)
{
    std::map<std::string, torch::Tensor> values;
    for (const auto& p : module.named_parameters())
        values[p.key()] = p.value().detach().clone();
    return values;
}

QStringList errorFields(const QList<ConfigError>& errors)
{
    QStringList fields;
    for (const ConfigError& error : errors)
        fields.append(error.field);
    return fields;
}

} // namespace

class TestOodScores : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(1);
    }

    // The IWAE bound is a tighter lower bound on log p(x) than the ELBO, and tightens with K:
    // in bits per dimension, bpd_iw (K = 100) <= bpd_iw (K = 10) <= bpd_iw (K = 1) and <= bpd.
    void importanceWeightedBoundTightensWithSamples()
    {
        // A few steps of training make the decoder depend on z; untrained, the posterior is the
        // prior in all but name and every K gives the same number.
        const ExperimentConfig config = testing::tinyExperiment(QString(), NegativeSource::None);
        Trainer trainer(config, {1, 28, 28}, torch::kCPU);
        for (int step = 0; step < 60; ++step)
            trainer.trainStep(barImages(16, uint64_t(step)), 1);
        Vae model = trainer.model();
        const torch::Tensor x = barImages(24, 1000);
        Evaluator evaluator(11, 8, torch::kCPU);
        const SetScores plain = evaluator.score(model, x, QStringLiteral("bars"), ScoreRole::Inlier);
        double previous = std::numeric_limits<double>::infinity();
        for (int64_t samples : {1, 10, 100}) {
            ScoresConfig scores;
            scores.iwae = true;
            scores.iwaeSamples = samples;
            evaluator.setExtraScores(scores);
            const SetScores set = evaluator.score(model, x, QStringLiteral("bars"), ScoreRole::Inlier);
            const std::vector<float>* bound = set.extraScores(QStringLiteral("bpd_iw"));
            QVERIFY(bound);
            QCOMPARE(bound->size(), plain.bpd.size());
            const double value = mean(*bound);
            QVERIFY2(value < previous, qPrintable(QStringLiteral("K = %1: %2 after %3").arg(samples).arg(value).arg(previous)));
            previous = value;
        }
        QVERIFY2(previous < mean(plain.bpd), qPrintable(QStringLiteral("bpd_iw %1, bpd %2").arg(previous).arg(mean(plain.bpd))));
    }

    // How many samples are decoded per pass bounds memory; it must not change the values.
    void importanceWeightedBoundIgnoresPassSize()
    {
        Vae model = tinyModel();
        const torch::Tensor x = barImages(6);
        const InferenceGuard inference(*model);
        at::Generator a = at::detail::createCPUGenerator(5);
        at::Generator b = at::detail::createCPUGenerator(5);
        const torch::Tensor onePass = ImportanceWeightedBound(20, 100000).negativeLogLikelihood(model, x, a);
        const torch::Tensor manyPasses = ImportanceWeightedBound(20, 7).negativeLogLikelihood(model, x, b);
        QVERIFY(torch::allclose(onePass, manyPasses, 1e-4, 1e-3));
    }

    // A set's opt-in scores do not depend on what was scored before it (the generator discipline).
    void scoresDoNotDependOnScoringOrder()
    {
        Vae model = tinyModel();
        const torch::Tensor first = barImages(10, 1);
        const torch::Tensor second = barImages(10, 2);
        Evaluator evaluator(11, 4, torch::kCPU);
        ScoresConfig scores;
        scores.iwae = true;
        scores.iwaeSamples = 5;
        scores.complexity = true;
        scores.regret = true;
        scores.regretSteps = 3;
        evaluator.setExtraScores(scores, nullptr, true);
        const SetScores alone = evaluator.score(model, second, QStringLiteral("b"), ScoreRole::Ood);
        evaluator.score(model, first, QStringLiteral("a"), ScoreRole::Inlier);
        const SetScores after = evaluator.score(model, second, QStringLiteral("b"), ScoreRole::Ood);
        QCOMPARE(after.extra.size(), size_t(3));
        for (const NamedScores& score : alone.extra)
            QCOMPARE(*after.extraScores(score.name), score.values);
    }

    // A flat image compresses to far fewer bits than noise, with both codecs where available.
    void complexityOfConstantBelowNoise_data()
    {
        QTest::addColumn<int>("compressor");
        QTest::newRow("png") << int(Compressor::Png);
        QTest::newRow("jpeg2000") << int(Compressor::Jpeg2000);
    }
    void complexityOfConstantBelowNoise()
    {
        QFETCH(int, compressor);
        if (!InputComplexity::available(Compressor(compressor)))
            QSKIP("this OpenCV cannot write the codec");
        torch::manual_seed(4);
        const torch::Tensor images = torch::cat({torch::full({1, 1, 28, 28}, 0.5), barImages(1), torch::rand({1, 1, 28, 28})});
        const std::vector<float> bits = InputComplexity(Compressor(compressor)).bitsPerDim(images);
        QCOMPARE(bits.size(), size_t(3));
        QVERIFY2(bits[0] < bits[1] && bits[1] < bits[2],
                 qPrintable(QStringLiteral("%1 %2 %3").arg(bits[0]).arg(bits[1]).arg(bits[2])));
        // Noise of 8-bit pixels cannot compress below about 8 bits per pixel.
        QVERIFY(bits[2] > 7.0f);
        const torch::Tensor colour = torch::rand({2, 3, 32, 32});
        QCOMPARE(InputComplexity(Compressor(compressor)).bitsPerDim(colour).size(), size_t(2));
    }

    // complexity = bpd − L(x), per image, in the evaluator's output.
    void complexityScoreIsBpdMinusCompressedLength()
    {
        Vae model = tinyModel();
        const torch::Tensor x = barImages(5);
        Evaluator evaluator(11, 2, torch::kCPU);
        ScoresConfig scores;
        scores.complexity = true;
        evaluator.setExtraScores(scores);
        const SetScores set = evaluator.score(model, x, QStringLiteral("bars"), ScoreRole::Inlier);
        const std::vector<float> bits = InputComplexity(Compressor::Png).bitsPerDim(x);
        for (size_t i = 0; i < bits.size(); ++i)
            QCOMPARE((*set.extraScores(QStringLiteral("complexity")))[i], set.bpd[i] - bits[i]);
    }

    // What the background model shares with the model cancels in the ratio: against itself the
    // ratio is exactly 0 for every image, however much BPD varies between images.
    void likelihoodRatioCancelsSharedModel()
    {
        Vae model = tinyModel();
        const torch::Tensor x = torch::cat({barImages(4), torch::rand({4, 1, 28, 28})});
        Evaluator evaluator(11, 3, torch::kCPU);
        ScoresConfig scores;
        scores.background = true;
        evaluator.setExtraScores(scores, model);
        const SetScores set = evaluator.score(model, x, QStringLiteral("mixed"), ScoreRole::Ood);
        const std::vector<float>& ratio = *set.extraScores(QStringLiteral("likelihood_ratio"));
        QVERIFY(*std::max_element(set.bpd.begin(), set.bpd.end()) - *std::min_element(set.bpd.begin(), set.bpd.end()) > 0.1f);
        for (float value : ratio)
            QCOMPARE(value, 0.0f);
    }

    // Against another model, the ratio is the difference of the two models' BPDs scored alone.
    void likelihoodRatioIsBpdDifference()
    {
        Vae model = tinyModel(3);
        Vae background = tinyModel(4);
        const torch::Tensor x = barImages(6);
        Evaluator evaluator(11, 4, torch::kCPU);
        const SetScores own = evaluator.score(model, x, QStringLiteral("bars"), ScoreRole::Ood);
        const SetScores theirs = evaluator.score(background, x, QStringLiteral("bars"), ScoreRole::Ood);
        ScoresConfig scores;
        scores.background = true;
        evaluator.setExtraScores(scores, background);
        const SetScores set = evaluator.score(model, x, QStringLiteral("bars"), ScoreRole::Ood);
        const std::vector<float>& ratio = *set.extraScores(QStringLiteral("likelihood_ratio"));
        for (size_t i = 0; i < ratio.size(); ++i)
            QVERIFY(std::abs(ratio[i] - (own.bpd[i] - theirs.bpd[i])) < 1e-4f);
    }

    // Uniform pixel replacement: about `rate` of the pixels, every channel of a pixel at once.
    void perturbationReplacesPixelsAtTheRate()
    {
        at::Generator generator = at::detail::createCPUGenerator(9);
        const torch::Tensor x = torch::full({8, 3, 32, 32}, 2.0); // outside [0, 1]: replaced pixels show
        const torch::Tensor perturbed = BackgroundModel::perturb(x, 0.2, generator);
        const torch::Tensor replaced = perturbed < 1.5;
        const double fraction = replaced.to(torch::kFloat32).mean().item<double>();
        QVERIFY2(std::abs(fraction - 0.2) < 0.02, qPrintable(QString::number(fraction)));
        QVERIFY(torch::equal(replaced.select(1, 0), replaced.select(1, 2)));
        QVERIFY((perturbed.masked_select(replaced) >= 0).all().item<bool>());
        QVERIFY((BackgroundModel::perturb(x, 1.0, generator) < 1.5).all().item<bool>());
    }

    // Regret is never negative, positive for an untrained encoder, and the model's weights and
    // gradients are left untouched.
    void regretIsNonNegativeAndLeavesTheModelAlone()
    {
        Vae model = tinyModel();
        const auto before = snapshot(*model);
        const torch::Tensor x = barImages(6);
        const InferenceGuard inference(*model);
        at::Generator generator = at::detail::createCPUGenerator(5);
        const std::vector<float> regret = toVector(LikelihoodRegret(20, 0.05).regret(model, x, generator));
        QCOMPARE(regret.size(), size_t(6));
        for (float value : regret)
            QVERIFY(value >= 0.0f);
        QVERIFY(*std::max_element(regret.begin(), regret.end()) > 0.0f);
        for (const auto& p : model->named_parameters()) {
            QVERIFY2(torch::equal(p.value(), before.at(p.key())), p.key().c_str());
            QVERIFY2(!p.value().grad().defined(), p.key().c_str());
        }
        QVERIFY(!torch::GradMode::is_enabled()); // the outer NoGradGuard holds again
    }

    // A decoder that ignores z makes the prior the optimal posterior; an encoder that outputs
    // exactly the prior (mu = 0, log σ² = 0) then leaves nothing to regret.
    void regretIsZeroForAnOptimalPosterior()
    {
        Vae model = tinyModel();
        {
            const torch::NoGradGuard noGrad;
            for (auto& p : model->encoder()->named_parameters()) {
                if (p.key().rfind("mu", 0) == 0 || p.key().rfind("logvar", 0) == 0)
                    p.value().zero_();
            }
            model->decoder()->parameters().front().zero_(); // the first layer's weights: z is ignored
        }
        const torch::Tensor x = barImages(5);
        const InferenceGuard inference(*model);
        at::Generator generator = at::detail::createCPUGenerator(5);
        const torch::Tensor regret = LikelihoodRegret(10, 0.05).regret(model, x, generator);
        QVERIFY2(torch::equal(regret, torch::zeros({5})), qPrintable(QString::number(regret.max().item<double>())));
    }

    // The stop flag cancels regret between batches; the cheap scores can be had without it.
    void regretIsCancellable()
    {
        Vae model = tinyModel();
        Evaluator evaluator(11, 2, torch::kCPU);
        ScoresConfig scores;
        scores.regret = true;
        std::atomic<bool> stop {true};
        evaluator.setExtraScores(scores, nullptr, true, &stop);
        QVERIFY_THROWS_EXCEPTION(ScoringCancelled, evaluator.score(model, barImages(4), QStringLiteral("bars"), ScoreRole::Ood));
        // Without asking for regret the same config scores without it.
        evaluator.setExtraScores(scores, nullptr, false, &stop);
        QVERIFY(evaluator.score(model, barImages(4), QStringLiteral("bars"), ScoreRole::Ood).extra.empty());
    }

    void configDefaultsAndRoundTrip()
    {
        const ScoresConfig defaults;
        QVERIFY(!defaults.iwae && !defaults.complexity && !defaults.background && !defaults.regret);
        QCOMPARE(defaults.iwaeSamples, int64_t(100));
        QCOMPARE(defaults.compressor, Compressor::Png);
        QCOMPARE(defaults.perturbationRate, 0.2);
        ExperimentConfig config;
        config.evaluation.scores.iwae = true;
        config.evaluation.scores.iwaeSamples = 7;
        config.evaluation.scores.complexity = true;
        config.evaluation.scores.background = true;
        config.evaluation.scores.perturbationRate = 0.3;
        config.evaluation.scores.regret = true;
        config.evaluation.scores.regretSteps = 9;
        config.evaluation.scores.regretLearningRate = 0.5;
        QList<ConfigError> errors;
        const ExperimentConfig read = ExperimentConfig::fromJsonText(config.toJsonText(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(read, config);
        // A config written before the section existed reads with every opt-in score off.
        const ExperimentConfig old = ExperimentConfig::fromJsonText(R"({"version": 1, "evaluation": {"seed": 5}})", &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(old.evaluation.scores, ScoresConfig());
    }

    void configRejectsOutOfRangeValues_data()
    {
        QTest::addColumn<QByteArray>("scores");
        QTest::addColumn<QString>("field");
        QTest::newRow("no samples") << QByteArray(R"("iwaeSamples": 0)") << QStringLiteral("evaluation.scores.iwaeSamples");
        QTest::newRow("no pass") << QByteArray(R"("iwaeBatch": 0)") << QStringLiteral("evaluation.scores.iwaeBatch");
        QTest::newRow("rate 0") << QByteArray(R"("perturbationRate": 0)") << QStringLiteral("evaluation.scores.perturbationRate");
        QTest::newRow("rate > 1") << QByteArray(R"("perturbationRate": 1.5)") << QStringLiteral("evaluation.scores.perturbationRate");
        QTest::newRow("no steps") << QByteArray(R"("regretSteps": 0)") << QStringLiteral("evaluation.scores.regretSteps");
        QTest::newRow("negative rate") << QByteArray(R"("regretLearningRate": -1)") << QStringLiteral("evaluation.scores.regretLearningRate");
        QTest::newRow("unknown codec") << QByteArray(R"("compressor": "gif")") << QStringLiteral("evaluation.scores.compressor");
        QTest::newRow("not a flag") << QByteArray(R"("iwae": 1)") << QStringLiteral("evaluation.scores.iwae");
        QTest::newRow("unknown key") << QByteArray(R"("iwea": true)") << QStringLiteral("evaluation.scores.iwea");
    }
    void configRejectsOutOfRangeValues()
    {
        QFETCH(QByteArray, scores);
        QFETCH(QString, field);
        QList<ConfigError> errors;
        ExperimentConfig::fromJsonText(R"({"evaluation": {"scores": {)" + scores + "}}}", &errors);
        QVERIFY2(errorFields(errors).contains(field), qPrintable(errorFields(errors).join(QStringLiteral(", "))));
    }

    // Named columns after bpd,kl,rec; a set without a score leaves its column empty.
    void scoresCsvRoundTrip()
    {
        EvalReport report;
        SetScores inlier;
        inlier.name = QStringLiteral("fashion, test");
        inlier.role = ScoreRole::Inlier;
        inlier.bpd = {0.5f, 0.25f};
        inlier.kl = {10.0f, 11.0f};
        inlier.rec = {300.0f, 301.0f};
        inlier.labels = {1, 2};
        inlier.setExtraScores(QStringLiteral("regret"), {0.01f, 0.02f});
        inlier.setExtraScores(QStringLiteral("bpd_iw"), {0.45f, 0.2f});
        SetScores negatives = inlier;
        negatives.name = QStringLiteral("negatives");
        negatives.role = ScoreRole::Negative;
        negatives.extra.pop_back(); // no regret
        report.sets = {inlier, negatives};
        const QByteArray csv = report.scoresCsv();
        QVERIFY(csv.startsWith("set,role,index,label,bpd,kl,rec,bpd_iw,regret\n"));
        QVERIFY(csv.contains("\nnegatives,negative,1,2,0.25,11,301,0.2,\n"));
        EvalReport read;
        QString error;
        QVERIFY2(read.readScoresCsv(csv, &error), qPrintable(error));
        QCOMPARE(read.sets.size(), size_t(2));
        QCOMPARE(read.sets[0].name, inlier.name);
        QCOMPARE(*read.sets[0].extraScores(QStringLiteral("bpd_iw")), std::vector<float>({0.45f, 0.2f}));
        QCOMPARE(*read.sets[0].extraScores(QStringLiteral("regret")), std::vector<float>({0.01f, 0.02f}));
        QVERIFY(!read.sets[1].extraScores(QStringLiteral("regret")));
        QCOMPARE(read.availableScores(), QStringList({QStringLiteral("bpd"), QStringLiteral("kl"), QStringLiteral("rec"),
                                                      QStringLiteral("bpd_iw")}));
        QCOMPARE(read.scoresCsv(), csv);
    }

    // scores.csv as every earlier version wrote it.
    void oldScoresCsvStillReads()
    {
        EvalReport read;
        QString error;
        QVERIFY2(read.readScoresCsv("set,role,index,label,bpd,kl,rec\nmnist,ood,0,7,0.3,12,200\nmnist,ood,1,2,0.4,13,210\n", &error),
                 qPrintable(error));
        QCOMPARE(read.sets.size(), size_t(1));
        QCOMPARE(read.sets[0].bpd, std::vector<float>({0.3f, 0.4f}));
        QVERIFY(read.sets[0].extra.empty());
        QCOMPARE(read.availableScores(), EvalReport::scoreNames());
    }

    void malformedScoresCsvIsRefused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown column") << QByteArray("set,role,index,label,bpd,kl,rec,magic\na,ood,0,1,1,1,1,2\n")
                                        << QStringLiteral("unknown score column \"magic\"");
        QTest::newRow("repeated column") << QByteArray("set,role,index,label,bpd,kl,rec,regret,regret\n")
                                         << QStringLiteral("appears twice");
        QTest::newRow("gap") << QByteArray("set,role,index,label,bpd,kl,rec,regret\na,ood,0,1,1,1,1,2\na,ood,1,1,1,1,1,\n")
                             << QStringLiteral("line 3: regret is empty on some rows");
        QTest::newRow("not a number") << QByteArray("set,role,index,label,bpd,kl,rec,regret\na,ood,0,1,1,1,1,x\n")
                                      << QStringLiteral("line 2: regret is not a number");
        QTest::newRow("missing field") << QByteArray("set,role,index,label,bpd,kl,rec,regret\na,ood,0,1,1,1,1\n")
                                       << QStringLiteral("line 2 is malformed");
    }
    void malformedScoresCsvIsRefused()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        EvalReport report;
        QString error;
        QVERIFY(!report.readScoresCsv(csv, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // The sweep report gives each opt-in score its own rows where runs have it, titled and
    // with its convention written out; runs without it simply contribute no such row.
    void sweepReportHasRowsForOptInScores()
    {
        QTemporaryDir dir;
        for (int seed = 1; seed <= 2; ++seed) {
            ExperimentConfig config = testing::syntheticConfig();
            config.seed = seed;
            EvalReport report = testing::syntheticEvaluation(2, {{QStringLiteral("mnist"), {0.4, 0.6}}});
            MetricRow regret {QStringLiteral("mnist"), QStringLiteral("regret"), {}};
            regret.values.auroc = 0.8 + 0.1 * seed;
            report.metrics.push_back(regret);
            const RunStore store(dir.filePath(QStringLiteral("seed_%1").arg(seed)));
            store.create(config);
            store.writeEvaluation(report);
        }
        const SweepReport report = SweepReport::fromFolder(dir.path(), SweepReport::Options());
        QStringList scores;
        for (const SweepReport::Row& row : report.rows())
            scores.append(row.score);
        QCOMPARE(scores, QStringList({QStringLiteral("bpd"), QStringLiteral("kl"), QStringLiteral("regret")}));
        QCOMPARE(report.cell(2, 0).n(), 2);
        QVERIFY(std::abs(report.cell(2, 0).mean() - 0.95) < 1e-9);
        QVERIFY2(report.conventions().contains(ScoreCatalog::convention(QStringLiteral("regret"))),
                 qPrintable(report.conventions()));
        QVERIFY(SweepReportWriter(report).markdown().contains(QStringLiteral("| Regret |")));
    }

    // A run with every cheap opt-in score and a background model: the scores land in the eval
    // json (means, metrics, conventions, settings) and scores.csv, the final evaluation has
    // regret, and a resumed run (background model from the checkpoint) equals an uninterrupted one.
    void runWritesEveryScoreAndResumes()
    {
        QTemporaryDir dir;
        const QString inliers = dir.filePath(QStringLiteral("bars"));
        QVERIFY(testing::writeBarImages(inliers, 48, true));
        ExperimentConfig config = testing::tinyExperiment(inliers, NegativeSource::None);
        config.training.sampleCount = 0;
        ScoresConfig& scores = config.evaluation.scores;
        scores.iwae = true;
        scores.iwaeSamples = 4;
        scores.complexity = true;
        scores.background = true;
        scores.regret = true;
        scores.regretSteps = 3;

        const QString whole = dir.filePath(QStringLiteral("whole"));
        {
            ExperimentRunner runner(whole);
            runner.start(config);
            std::atomic<bool> stop {false};
            QCOMPARE(runner.run(stop), ExperimentRunner::Outcome::Finished);
        }
        const RunStore store(whole);
        const QStringList files = store.evaluationFiles();
        QCOMPARE(files.size(), 2);
        const EvalReport first = store.readEvaluationWithScores(files.first());
        const EvalReport last = store.readEvaluationWithScores(files.last());
        const QStringList cheap {QStringLiteral("bpd"), QStringLiteral("kl"), QStringLiteral("rec"), QStringLiteral("bpd_iw"),
                                 QStringLiteral("complexity"), QStringLiteral("likelihood_ratio")};
        QCOMPARE(first.availableScores(), cheap); // regret only at the final evaluation
        QCOMPARE(last.availableScores(), cheap + QStringList {QStringLiteral("regret")});
        QVERIFY(last.find(QStringLiteral("uniform-noise"), QStringLiteral("regret")));
        QVERIFY(last.find(QStringLiteral("uniform-noise"), QStringLiteral("likelihood_ratio")));

        QFile json(QDir(whole).filePath(QStringLiteral("eval/epoch_002.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonObject conventions = object[QStringLiteral("conventions")][QStringLiteral("score_conventions")].toObject();
        for (const QString& name : last.availableScores())
            QCOMPARE(conventions[name].toString(), ScoreCatalog::convention(name));
        QCOMPARE(object[QStringLiteral("score_settings")][QStringLiteral("bpd_iw")][QStringLiteral("samples")].toInt(), 4);
        QVERIFY(object[QStringLiteral("sets")][0][QStringLiteral("mean_regret")].toDouble() >= 0.0);

        // Stopped after three steps (mid first epoch), resumed: the same final scores.
        const QString pieces = dir.filePath(QStringLiteral("pieces"));
        std::atomic<bool> stop {false};
        {
            ExperimentRunner runner(pieces);
            runner.setCallbacks({[&](const StepMetrics& m) { stop = m.step >= 3; }, {}, {}, {}});
            runner.start(config);
            QCOMPARE(runner.run(stop), ExperimentRunner::Outcome::Stopped);
        }
        stop = false;
        ExperimentRunner resumed(pieces);
        resumed.resume();
        QVERIFY(resumed.background());
        QCOMPARE(resumed.run(stop), ExperimentRunner::Outcome::Finished);
        QFile a(QDir(whole).filePath(QStringLiteral("scores.csv")));
        QFile b(QDir(pieces).filePath(QStringLiteral("scores.csv")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }

    // Turning the background model on for a run trained without one is refused, naming why.
    void backgroundNeedsTrainedModel()
    {
        QTemporaryDir dir;
        const QString inliers = dir.filePath(QStringLiteral("bars"));
        QVERIFY(testing::writeBarImages(inliers, 16, true));
        ExperimentConfig config = testing::tinyExperiment(inliers, NegativeSource::None);
        config.training.epochs = 1;
        config.training.sampleCount = 0;
        const QString folder = dir.filePath(QStringLiteral("run"));
        {
            ExperimentRunner runner(folder);
            runner.start(config);
            std::atomic<bool> stop {false};
            QCOMPARE(runner.run(stop), ExperimentRunner::Outcome::Finished);
        }
        config.evaluation.scores.background = true;
        RunStore(folder).updateConfig(config);
        ExperimentRunner runner(folder);
        try {
            runner.openForEvaluation();
            QFAIL("no error");
        } catch (const std::exception& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("no background model")), error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestOodScores)
#include "test_oodscores.moc"
