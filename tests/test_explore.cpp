// The explorer's core: rankings and score ranges behind the top-k lists and drill-down,
// latent projections, the latents kept per evaluation, and the inspector that finds the
// image behind each score.
#include "barimages.h"
#include "dataerror.h"
#include "evalreport.h"
#include "experimentrunner.h"
#include "idxreader.h"
#include "latentprojection.h"
#include "runinspector.h"
#include "scoreranking.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace negvae;

class TestExplore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_inliers;
    QString m_run; // a finished tiny run shared by the inspector tests

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_inliers = m_dir.filePath(QStringLiteral("bars"));
        QVERIFY(testing::writeBarImages(m_inliers, 64, true, 3));
        m_run = m_dir.filePath(QStringLiteral("run"));
        ExperimentRunner runner(m_run);
        ExperimentConfig config = testing::tinyExperiment(m_inliers, NegativeSource::UniformNoise);
        config.training.epochs = 1;
        runner.start(config);
        const std::atomic<bool> stop {false};
        QCOMPARE(runner.run(stop), ExperimentRunner::Outcome::Finished);
    }

    void rankingOrdersByScore()
    {
        const float nan = std::nanf("");
        const ScoreRanking ranking({0.5f, 2.0f, nan, 2.0f, -1.0f, 0.7f});
        QCOMPARE(ranking.mostAnomalous(3), (std::vector<int64_t> {1, 3, 5}));
        QCOMPARE(ranking.mostTypical(2), (std::vector<int64_t> {4, 0}));
        // k beyond the finite scores lists each finite score once, NaN never.
        QCOMPARE(ranking.mostAnomalous(10).size(), size_t(5));
        QCOMPARE(ranking.mostTypical(-1).size(), size_t(0));
        QCOMPARE(ranking.rank(1), int64_t(1));
        QCOMPARE(ranking.rank(3), int64_t(1)); // a tie shares the best rank
        QCOMPARE(ranking.rank(5), int64_t(3));
        QCOMPARE(ranking.rank(4), int64_t(5));
        QCOMPARE(ranking.rank(2), int64_t(0)); // NaN is not ranked
        QCOMPARE(ranking.rank(6), int64_t(0));
    }

    void rangeIsInclusive()
    {
        const std::vector<float> scores {0.1f, 0.25f, 0.5f, 0.75f, std::nanf(""), 1.0f};
        QCOMPARE(ScoreRanking::inRange(scores, 0.25, 0.75), (std::vector<int64_t> {1, 2, 3}));
        QCOMPARE(ScoreRanking::inRange(scores, 2.0, 3.0), std::vector<int64_t> {});
    }

    void coordinateProjectionPicksAxes()
    {
        const LatentProjection projection = LatentProjection::coordinates(3, 2, 0);
        const float point[3] = {1.0f, 2.0f, 3.0f};
        QCOMPARE(projection.project(point), QPointF(3.0, 1.0));
        QCOMPARE(projection.projectConstant(8.0), QPointF(8.0, 8.0));
        QVERIFY(projection.xLabel().startsWith(QStringLiteral("z3")));
    }

    void principalComponentsFollowTheSpread()
    {
        // Points spread widely along (1, 1, 0) and a little along (0, 0, 1): PC1 is the first
        // direction, PC2 the second, and the origin maps to minus the mean's projection.
        std::vector<float> a;
        std::vector<float> b;
        for (int i = -10; i <= 10; ++i) {
            a.insert(a.end(), {float(i) + 5.0f, float(i) + 5.0f, 0.1f * float(i % 3)});
            b.insert(b.end(), {float(i) + 5.0f, float(i) + 5.0f, -0.1f * float(i % 3)});
        }
        const LatentProjection projection = LatentProjection::principalComponents({&a, &b}, 3);
        QVERIFY(projection.xLabel().startsWith(QStringLiteral("PC1")));
        const float along[3] = {6.0f, 6.0f, 0.0f};
        const float mean[3] = {5.0f, 5.0f, 0.0f};
        const QPointF centre = projection.project(mean);
        QVERIFY(std::abs(centre.x()) < 1e-4 && std::abs(centre.y()) < 1e-4);
        const QPointF step = projection.project(along) - centre;
        QVERIFY2(std::abs(step.x() - std::sqrt(2.0)) < 1e-4, qPrintable(QString::number(step.x())));
        QVERIFY(std::abs(step.y()) < 1e-4);
        // The sign convention puts the direction of the negative prior (c·1) on +x.
        QVERIFY(projection.projectConstant(8.0).x() > projection.projectConstant(0.0).x());
        // Too few points: plain coordinates rather than a meaningless fit.
        const std::vector<float> one {1.0f, 2.0f, 3.0f};
        QVERIFY(LatentProjection::principalComponents({&one}, 3).xLabel().startsWith(QStringLiteral("z1")));
    }

    void latentsRoundTripThroughCsv()
    {
        EvalReport report;
        SetScores inlier;
        inlier.name = QStringLiteral("bars");
        inlier.role = ScoreRole::Inlier;
        inlier.latentDim = 2;
        inlier.latentMeans = {0.5f, -1.25f, 3.0f, 4.0f};
        SetScores ood;
        ood.name = QStringLiteral("a, \"quoted\" set");
        ood.latentDim = 2;
        ood.latentMeans = {7.0f, 8.0f};
        report.sets = {inlier, ood};
        EvalReport read;
        read.sets = {SetScores {}, SetScores {}};
        read.sets[0].name = inlier.name;
        read.sets[1].name = ood.name;
        QString error;
        QVERIFY2(read.readLatentsCsv(report.latentsCsv(), &error), qPrintable(error));
        QCOMPARE(read.sets[0].latentMeans, inlier.latentMeans);
        QCOMPARE(read.sets[0].latentCount(), int64_t(2));
        QCOMPARE(read.sets[1].latentMeans, ood.latentMeans);

        QVERIFY(!read.readLatentsCsv("set,role,index,mu_1,mu_2\nbars,inlier,0,1\n", &error));
        QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
        QVERIFY(!read.readLatentsCsv("set,role,index,mu_1\nbars,inlier,0,x\n", &error));
        QVERIFY2(error.contains(QStringLiteral("mu_1")), qPrintable(error));
        QVERIFY(!read.readLatentsCsv("nonsense\n", &error));
    }

    void evaluationKeepsLatentSample()
    {
        const RunStore store(m_run);
        const QStringList files = store.evaluationFiles();
        QCOMPARE(files.size(), 1);
        QVERIFY(QFile::exists(store.path(QStringLiteral("latents/epoch_001.csv"))));
        const EvalReport report = store.readEvaluationWithScores(files.last());
        QVERIFY(report.sets.size() >= 2);
        for (const SetScores& set : report.sets) {
            QCOMPARE(set.latentDim, int64_t(4));
            QCOMPARE(set.latentCount(), std::min<int64_t>(int64_t(set.bpd.size()), 1000));
        }
    }

    void inspectorShowsTheImagesBehindTheScores()
    {
        RunInspector inspector(m_run);
        inspector.loadSets();
        const RunStore store(m_run);
        const EvalReport report = store.readEvaluationWithScores(store.evaluationFiles().last());
        // The sets are those scores.csv names, in its order, with as many images.
        QCOMPARE(inspector.setNames().size(), qsizetype(2));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(inspector.setNames()[i], report.sets[size_t(i)].name);
            QCOMPARE(inspector.setSize(i), int64_t(report.sets[size_t(i)].bpd.size()));
        }
        QCOMPARE(inspector.setIndex(QStringLiteral("negatives (uniform-noise)")), -1); // until loadNegatives()

        // Image 5 of the inliers is pixel for pixel test image 5 of the IDX file.
        const torch::Tensor images = IdxReader::readImages(m_inliers + QStringLiteral("/t10k-images-idx3-ubyte.gz"));
        const QImage image = inspector.image(0, 5);
        QCOMPARE(image.size(), QSize(28, 28));
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x)
                QCOMPARE(qGray(image.pixel(x, y)), int(images[5][0][y][x].item<uint8_t>()));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, inspector.image(0, 64));
        const std::vector<QImage> batch = inspector.images(0, {5, 0, 5});
        QCOMPARE(batch.size(), size_t(3));
        QCOMPARE(batch[0], image);
        QCOMPARE(batch[1], inspector.image(0, 0));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, inspector.images(1, {-1}));

        QVERIFY(inspector.loadModel());
        QVERIFY(inspector.modelStep() > 0);
        QCOMPARE(inspector.reconstruction(1, 3).size(), QSize(28, 28));
        // A, six decoded steps, B: eight 28-px cells with 2-px padding.
        const QImage path = inspector.interpolation(0, 1, 1, 2, 6);
        QCOMPARE(path.size(), QSize(8 * 30 + 2, 32));
        // The row starts and ends with the two chosen images.
        const QImage b = inspector.image(1, 2);
        QCOMPARE(path.copy(2 + 7 * 30, 2, 28, 28).convertToFormat(b.format()), b);
        QCOMPARE(path.copy(2, 2, 28, 28).convertToFormat(image.format()), inspector.image(0, 1));
    }

    void inspectorShowsTheKeptNegatives()
    {
        RunInspector inspector(m_run);
        inspector.loadSets();
        const RunStore store(m_run);
        const EvalReport report = store.readEvaluationWithScores(store.evaluationFiles().last());
        const SetScores& negatives = report.sets.back();
        QCOMPARE(negatives.role, ScoreRole::Negative);
        QCOMPARE(inspector.loadNegatives(), int64_t(1));
        const int set = inspector.setIndex(negatives.name);
        QCOMPARE(set, 2);
        QVERIFY(inspector.setSize(set) >= int64_t(negatives.bpd.size()));
        // Uniform noise: every cell is noise, not the grid's grey padding.
        const QImage first = inspector.image(set, 0);
        QCOMPARE(first.size(), QSize(28, 28));
        int grey = 0;
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x)
                grey += qGray(first.pixel(x, y)) == 128;
        QVERIFY2(grey < 28 * 28 / 4, qPrintable(QString::number(grey)));

        // A damaged file is named, not half-read.
        const QString run = m_dir.filePath(QStringLiteral("bad-negatives"));
        QVERIFY(QDir().mkpath(run + QStringLiteral("/negatives")));
        QVERIFY(QFile::copy(m_run + QStringLiteral("/config.json"), run + QStringLiteral("/config.json")));
        QImage wrong(50, 50, QImage::Format_RGB888);
        wrong.fill(Qt::black);
        QVERIFY(wrong.save(run + QStringLiteral("/negatives/epoch_003.png")));
        RunInspector damaged(run);
        damaged.loadSets();
        try {
            damaged.loadNegatives();
            QFAIL("a grid of the wrong size was accepted");
        } catch (const DataError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("epoch_003.png")), qPrintable(error.message()));
        }
    }

    void inspectorRefusesADamagedCheckpoint()
    {
        const QString run = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(run + QStringLiteral("/checkpoints")));
        QVERIFY(QFile::copy(m_run + QStringLiteral("/config.json"), run + QStringLiteral("/config.json")));
        RunInspector inspector(run);
        inspector.loadSets();
        QVERIFY(!inspector.loadModel()); // no checkpoint yet: not an error
        QVERIFY_THROWS_EXCEPTION(std::logic_error, inspector.reconstruction(0, 0));

        QFile original(m_run + QStringLiteral("/checkpoints/latest.pt"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QFile truncated(run + QStringLiteral("/checkpoints/latest.pt"));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(original.read(original.size() / 2));
        truncated.close();
        try {
            inspector.loadModel();
            QFAIL("a truncated checkpoint was accepted");
        } catch (const DataError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("latest.pt")), qPrintable(error.message()));
        }
        QVERIFY(!inspector.hasModel());
    }

    void inspectorNamesAFolderWithoutRun()
    {
        RunInspector inspector(m_dir.filePath(QStringLiteral("nothing")));
        try {
            inspector.loadSets();
            QFAIL("a folder without a run was accepted");
        } catch (const DataError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("nothing")), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestExplore)
#include "test_explore.moc"
