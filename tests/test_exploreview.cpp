// The Explore view on a real run folder: a tiny run is trained (bars as inliers, uniform
// noise as the OOD set, noisy inliers as negatives) and the view must show exactly the images
// behind a clicked histogram bin, the right top-k and "fooled" lists, an image's detail with
// its true ranks, the latent points with both priors' centres, an interpolation, and exports
// that read back as the images shown.
#include "barimages.h"
#include "evalreport.h"
#include "experimentrunner.h"
#include "exploreview.h"
#include "histogramplot.h"
#include "idxreader.h"
#include "imagedetailpanel.h"
#include "imagegridview.h"
#include "latentscatterplot.h"
#include "mainwindow.h"
#include "rundashboard.h"
#include "runstore.h"
#include "scoredimagegallery.h"
#include "scoreranking.h"

#include <QDir>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace negvae;

namespace {

QImage rgb(const QImage& image)
{
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestExploreView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_inliers;
    QString m_run;
    EvalReport m_report; // the run's last evaluation, as scores.csv holds it

    bool openAndWait(ExploreView& view)
    {
        QSignalSpy ready(&view, &ExploreView::imagesReady);
        view.showRun(m_run);
        return (ready.count() > 0 || ready.wait(30000)) && view.imagesLoaded();
    }

    // The inlier test image `index` as the IDX file stores it.
    QImage inlierImage(int64_t index) const
    {
        const torch::Tensor images = IdxReader::readImages(m_inliers + QStringLiteral("/t10k-images-idx3-ubyte.gz"));
        QImage image(28, 28, QImage::Format_RGB32);
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x) {
                const int v = images[index][0][y][x].item<uint8_t>();
                image.setPixel(x, y, qRgb(v, v, v));
            }
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("NEGVAE_RUNS_DIR", m_root.filePath(QStringLiteral("runs")).toUtf8());
        m_inliers = m_root.filePath(QStringLiteral("bars"));
        QVERIFY(testing::writeBarImages(m_inliers, 80, true, 5));
        m_run = m_root.filePath(QStringLiteral("run"));
        ExperimentConfig config = testing::tinyExperiment(m_inliers, NegativeSource::NoisyInliers);
        config.name = QStringLiteral("explore-test");
        ExperimentRunner runner(m_run);
        runner.start(config);
        const std::atomic<bool> stop {false};
        QCOMPARE(runner.run(stop), ExperimentRunner::Outcome::Finished);
        const RunStore store(m_run);
        m_report = store.readEvaluationWithScores(store.evaluationFiles().last());
        QCOMPARE(m_report.sets.size(), size_t(3)); // inliers, uniform noise, negatives
    }

    void clickedBinShowsExactlyItsImages()
    {
        ExploreView view;
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(openAndWait(view));
        QCOMPARE(view.evaluationCount(), 2);
        HistogramPlot* histogram = view.histogram();

        // The bin holding the most images of all three sets together, so the check is not trivial.
        std::vector<int> counts(size_t(histogram->binCount()), 0);
        for (const SetScores& set : m_report.sets)
            for (float bpd : set.bpd)
                if (histogram->binOf(bpd) >= 0)
                    ++counts[size_t(histogram->binOf(bpd))];
        const int bin = int(std::max_element(counts.begin(), counts.end()) - counts.begin());
        QVERIFY(counts[size_t(bin)] > 0);

        // What a click on the bin does (the widget tests click the pixels themselves).
        QSignalSpy clicked(histogram, &HistogramPlot::binClicked);
        histogram->selectBin(bin);
        QCOMPARE(clicked.count(), 1);

        // Exactly the images whose score the histogram counts in that bin, negatives included
        // (the run keeps those of its latest evaluation), each with its score and its pixels.
        std::set<std::pair<QString, qint64>> expected;
        for (const SetScores& set : m_report.sets)
            for (size_t i = 0; i < set.bpd.size(); ++i)
                if (histogram->binOf(set.bpd[i]) == bin)
                    expected.insert({set.name, qint64(i)});
        ScoredImageGallery* gallery = view.gallery();
        QCOMPARE(gallery->count(), int(expected.size()));
        std::set<std::pair<QString, qint64>> shown;
        for (int row = 0; row < gallery->count(); ++row) {
            const GalleryItem item = gallery->item(row);
            shown.insert({item.set, item.index});
            const auto set = std::find_if(m_report.sets.begin(), m_report.sets.end(),
                                          [&](const SetScores& s) { return s.name == item.set; });
            QVERIFY(set != m_report.sets.end());
            QCOMPARE(item.bpd, double(set->bpd[size_t(item.index)]));
            QCOMPARE(item.image.size(), QSize(28, 28));
            if (item.set == m_report.sets[0].name)
                QCOMPARE(rgb(item.image), inlierImage(item.index));
        }
        QVERIFY(shown == expected);

        // At the first evaluation the negatives' images are gone: the others are still listed.
        view.showEvaluation(0);
        QCOMPARE(view.shownEpoch(), qint64(1));
        histogram->selectRange(histogram->binEdges().first(), histogram->binEdges().last());
        for (int row = 0; row < gallery->count(); ++row)
            QVERIFY(gallery->item(row).set != m_report.sets[2].name);
        QVERIFY2(view.statusText().contains(QStringLiteral("latest evaluation only")), qPrintable(view.statusText()));
    }

    void topListsAndTheFooledList()
    {
        ExploreView view;
        QVERIFY(openAndWait(view));
        const SetScores& inliers = m_report.sets[0];
        QVERIFY(view.showTopK(inliers.name, true, 5));
        const std::vector<int64_t> top = ScoreRanking(inliers.bpd).mostAnomalous(5);
        QCOMPARE(view.gallery()->count(), 5);
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(view.gallery()->item(row).index, top[size_t(row)]);
            QCOMPARE(view.gallery()->item(row).rank, int(ScoreRanking(inliers.bpd).rank(top[size_t(row)])));
            QCOMPARE(rgb(view.gallery()->item(row).image), inlierImage(top[size_t(row)]));
        }

        // The fooled list: OOD images only, lowest BPD first, starting at the lowest OOD BPD.
        view.findChild<QSpinBox*>(QStringLiteral("exploreTopK"))->setValue(7);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("foolingOodButton")), Qt::LeftButton);
        const SetScores& ood = m_report.sets[1];
        QCOMPARE(view.gallery()->count(), 7);
        QCOMPARE(view.gallery()->item(0).bpd, double(*std::min_element(ood.bpd.begin(), ood.bpd.end())));
        for (int row = 0; row < 7; ++row) {
            QCOMPARE(view.gallery()->item(row).set, ood.name);
            if (row > 0)
                QVERIFY(view.gallery()->item(row).bpd >= view.gallery()->item(row - 1).bpd);
        }
        QVERIFY(view.gallery()->title().contains(QStringLiteral("fooled")));
    }

    void opensOnWhereTheModelIsFooled()
    {
        ExploreView view;
        QVERIFY(openAndWait(view));
        // The fooled list, its first image in detail, and the path to it from the most
        // typical inlier.
        QVERIFY(view.gallery()->title().contains(QStringLiteral("fooled")));
        QCOMPARE(view.gallery()->count(), ExploreView::defaultTopK);
        const GalleryItem first = view.gallery()->item(0);
        QCOMPARE(view.detailPanel()->detail().set, first.set);
        QCOMPARE(view.detailPanel()->detail().index, first.index);
        const int64_t typical = ScoreRanking(m_report.sets[0].bpd).mostTypical(1).front();
        QCOMPARE(view.interpolationView()->cellCount(), 8);
        QCOMPARE(rgb(view.interpolationView()->grid().copy(2, 2, 28, 28)), inlierImage(typical));
        QCOMPARE(rgb(view.interpolationView()->grid().copy(2 + 7 * 30, 2, 28, 28)), rgb(first.image));
    }

    void detailShowsScoresRanksAndReconstruction()
    {
        ExploreView view;
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(openAndWait(view));
        const SetScores& inliers = m_report.sets[0];
        QVERIFY(view.showTopK(inliers.name, false, 3));
        // Clicking the second image of the list opens it in detail.
        QListView* list = view.gallery()->findChild<QListView*>();
        const QRect rect = list->visualRect(list->model()->index(1, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        const ImageDetailPanel::Detail& detail = view.detailPanel()->detail();
        const int64_t index = ScoreRanking(inliers.bpd).mostTypical(3)[1];
        QCOMPARE(detail.set, inliers.name);
        QCOMPARE(detail.index, qint64(index));
        QCOMPARE(detail.bpd, double(inliers.bpd[size_t(index)]));
        QCOMPARE(detail.kl, double(inliers.kl[size_t(index)]));
        QCOMPARE(detail.rec, double(inliers.rec[size_t(index)]));
        QCOMPARE(detail.rankBpd, ScoreRanking(inliers.bpd).rank(index));
        QCOMPARE(detail.rankKl, ScoreRanking(inliers.kl).rank(index));
        QCOMPARE(detail.setSize, qint64(inliers.bpd.size()));
        QCOMPARE(rgb(detail.image), inlierImage(index));
        QCOMPARE(detail.reconstruction.size(), QSize(28, 28));
        QVERIFY(view.detailPanel()->scoreText().contains(QStringLiteral("rank %1 of %2").arg(detail.rankBpd).arg(detail.setSize)));
        // The image is ringed in the latent plot.
        QCOMPARE(view.latentPlot()->highlightedPoint().index, qint64(index));
    }

    void latentViewMarksBothPriors()
    {
        ExploreView view;
        view.showRun(m_run);
        LatentScatterPlot* latent = view.latentPlot();
        QCOMPARE(latent->seriesCount(), 3); // inliers, OOD, negatives
        QCOMPARE(latent->pointCount(), int(m_report.sets[0].latentCount() + m_report.sets[1].latentCount()
                                           + m_report.sets[2].latentCount()));
        QVERIFY(latent->priorCentre().has_value());
        QVERIFY(latent->negativePriorCentre().has_value());
        // In coordinate mode the centres sit at 0 and at c in both axes.
        latent->setProjection(false, 1, 2);
        QCOMPARE(*latent->priorCentre(), QPointF(0, 0));
        QCOMPARE(*latent->negativePriorCentre(), QPointF(8, 8));

        // A baseline has no negative prior to mark.
        const QString baseline = m_root.filePath(QStringLiteral("baseline"));
        ExperimentRunner runner(baseline);
        ExperimentConfig config = testing::tinyExperiment(m_inliers, NegativeSource::None);
        config.training.epochs = 1;
        runner.start(config);
        const std::atomic<bool> stop {false};
        QCOMPARE(runner.run(stop), ExperimentRunner::Outcome::Finished);
        view.showRun(baseline);
        QVERIFY(latent->priorCentre().has_value());
        QVERIFY(!latent->negativePriorCentre().has_value());
    }

    void followsLiveEvaluations()
    {
        ExploreView view;
        view.showRun(m_run);
        LatentScatterPlot* latent = view.latentPlot();
        latent->setProjection(false, 0, 1);
        // A new evaluation arrives from training: shown at once, latent points included.
        EvalReport next = m_report;
        next.epoch = 3;
        next.step += 10;
        for (SetScores& set : next.sets)
            for (float& mu : set.latentMeans)
                mu += 100.0f;
        view.addEvaluation(next);
        QCOMPARE(view.evaluationCount(), 3);
        QCOMPARE(view.shownEpoch(), qint64(3));
        const QStringList firstRow = latent->csv().split(QLatin1Char('\n')).value(1).split(QLatin1Char(','));
        QCOMPARE(firstRow.value(3).toDouble(), double(next.sets[0].latentMeans[0]));
        QCOMPARE(firstRow.value(4).toDouble(), double(next.sets[0].latentMeans[1]));
        // A user looking at an older evaluation is not pulled away from it.
        view.showEvaluation(0);
        next.epoch = 4;
        view.addEvaluation(next);
        QCOMPARE(view.evaluationCount(), 4);
        QCOMPARE(view.shownEpoch(), qint64(1));
    }

    void interpolationAndExports()
    {
        ExploreView view;
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(openAndWait(view));
        const QString inliers = m_report.sets[0].name;
        const QString ood = m_report.sets[1].name;
        QVERIFY(view.showDetail(inliers, 4));
        QTest::mouseClick(view.detailPanel()->fromButton(), Qt::LeftButton);
        QVERIFY(view.showDetail(ood, 9));
        QTest::mouseClick(view.detailPanel()->toButton(), Qt::LeftButton);
        // Image A, the decoded steps, image B.
        view.findChild<QSpinBox*>(QStringLiteral("interpolationSteps"))->setValue(8);
        ImageGridView* path = view.interpolationView();
        QCOMPARE(path->cellCount(), 10);
        QCOMPARE(path->grid().size(), QSize(10 * 30 + 2, 32));
        QCOMPARE(rgb(path->grid().copy(2, 2, 28, 28)), inlierImage(4));

        QTemporaryDir out;
        QVERIFY(path->exportPng(out.filePath(QStringLiteral("path.png"))));
        QCOMPARE(QImage(out.filePath(QStringLiteral("path.png"))).size(), path->grid().size());

        // The gallery's exports read back as the images shown, at their own size.
        QVERIFY(view.showTopK(inliers, true, 4));
        ScoredImageGallery* gallery = view.gallery();
        QVERIFY(gallery->exportGridPng(out.filePath(QStringLiteral("grid.png"))));
        const QImage grid(out.filePath(QStringLiteral("grid.png")));
        QCOMPARE(grid.size(), QSize(2 * 30 + 2, 2 * 30 + 2));
        QCOMPARE(rgb(grid.copy(32, 32, 28, 28)), inlierImage(gallery->item(3).index));
        QString error;
        QVERIFY2(gallery->exportImages(out.filePath(QStringLiteral("chosen")), {0, 2}, &error), qPrintable(error));
        for (int row : {0, 2}) {
            const QImage image(out.filePath(QStringLiteral("chosen/") + ScoredImageGallery::imageFileName(inliers, gallery->item(row).index)));
            QCOMPARE(image.size(), QSize(28, 28));
            QCOMPARE(rgb(image), inlierImage(gallery->item(row).index));
        }
        QFile csv(out.filePath(QStringLiteral("chosen/scores.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 3); // header and two rows
    }

    void dashboardBinOpensExplore()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(window.exploreView(), &ExploreView::imagesReady);
        QSignalSpy opened(&window, &MainWindow::runOpened);
        QVERIFY(window.openRun(m_run));
        QVERIFY(opened.wait(30000));
        QVERIFY(ready.count() > 0 || ready.wait(30000));
        QVERIFY(window.showView(QStringLiteral("explore")));
        QVERIFY(window.showView(QStringLiteral("dashboard")));
        HistogramPlot* histogram = window.dashboard()->histogramPlot();
        histogram->replotNow();
        int bin = 0;
        while (bin < histogram->binCount() && histogram->density(0)[bin] == 0)
            ++bin;
        histogram->selectBin(bin);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("views"));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(window.exploreView()));
        QCOMPARE(window.exploreView()->histogram()->selection().bin, bin);
        QVERIFY(window.exploreView()->gallery()->count() > 0);
    }

    void missingRunIsReported()
    {
        ExploreView view;
        QSignalSpy problems(&view, &ExploreView::problem);
        QSignalSpy ready(&view, &ExploreView::imagesReady);
        view.showRun(m_root.filePath(QStringLiteral("no-such-run")));
        QVERIFY(ready.count() > 0 || ready.wait(10000));
        QVERIFY(!view.imagesLoaded());
        QVERIFY(problems.count() >= 1);
        QVERIFY2(problems.last().first().toString().contains(QStringLiteral("no-such-run")),
                 qPrintable(problems.last().first().toString()));
        QVERIFY(!view.showTopK(m_report.sets[0].name, true, 3));
    }
};

QTEST_MAIN(TestExploreView)
#include "test_exploreview.moc"
