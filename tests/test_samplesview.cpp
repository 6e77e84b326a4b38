// The Samples view on real run folders: two tiny runs are trained (one with negatives, one
// baseline) and the view must list their evaluations, show exactly the grids the runner
// wrote for the chosen epoch and set, hide the negatives of a baseline run, follow a live run
// to its newest evaluation unless the user scrubbed back, and export what it shows.
#include "barimages.h"
#include "experimentrunner.h"
#include "imagegridview.h"
#include "logdock.h"
#include "mainwindow.h"
#include "samplesview.h"

#include <QDir>
#include <QFile>
#include <QScrollArea>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace negvae;

namespace {

QImage rgb(const QImage& image)
{
    return image.convertToFormat(QImage::Format_RGB32);
}

// Clicks the centre of cell `index` of a view (cells of 28 px, 2 px padding).
void clickCell(ImageGridView* view, int index)
{
    QWidget* canvas = view->findChild<QScrollArea*>()->widget();
    const int pitch = 28 + 2;
    const QPoint pixel(2 + (index % view->columns()) * pitch + 14, 2 + (index / view->columns()) * pitch + 14);
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, pixel * view->zoom());
}

} // namespace

class TestSamplesView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_inliers;
    QString m_withNegatives;
    QString m_baseline;

    ExperimentConfig smallConfig(NegativeSource source) const
    {
        ExperimentConfig config = testing::tinyExperiment(m_inliers, source);
        config.name = QStringLiteral("samples-test");
        return config;
    }

    static bool train(const ExperimentConfig& config, const QString& folder)
    {
        ExperimentRunner runner(folder);
        runner.start(config);
        std::atomic<bool> stop {false};
        return runner.run(stop) == ExperimentRunner::Outcome::Finished;
    }

    QImage sample(const QString& folder, const QString& file) const
    {
        const QImage image(QDir(folder).filePath(QStringLiteral("samples/") + file));
        if (image.isNull())
            qWarning("missing sample grid %s", qPrintable(file));
        return image;
    }

    // A copy of a run folder without the samples of epochs after `lastEpoch`, as a live run
    // looks before those evaluations.
    static bool copyRunUpTo(const QString& from, const QString& to, int lastEpoch)
    {
        if (!QDir().mkpath(to + QStringLiteral("/samples")) || !QFile::copy(from + QStringLiteral("/config.json"), to + QStringLiteral("/config.json")))
            return false;
        for (int epoch = 1; epoch <= lastEpoch; ++epoch)
            if (!copySamples(from, epoch, to, epoch))
                return false;
        return true;
    }

    static bool copySamples(const QString& from, int fromEpoch, const QString& to, int toEpoch)
    {
        const QString stem = QStringLiteral("epoch_%1_").arg(fromEpoch, 3, 10, QLatin1Char('0'));
        const QString newStem = QStringLiteral("epoch_%1_").arg(toEpoch, 3, 10, QLatin1Char('0'));
        const QDir samples(from + QStringLiteral("/samples"));
        const QStringList files = samples.entryList({stem + QLatin1Char('*')}, QDir::Files);
        if (files.isEmpty())
            return false;
        for (const QString& file : files) {
            QString target = file;
            target.replace(stem, newStem);
            if (!QFile::copy(samples.filePath(file), to + QStringLiteral("/samples/") + target))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QStandardPaths::setTestModeEnabled(true); // MainWindow's QSettings go to a test location
        qputenv("NEGVAE_RUNS_DIR", m_root.filePath(QStringLiteral("runs")).toUtf8());
        m_inliers = m_root.filePath(QStringLiteral("vertical"));
        QVERIFY(testing::writeBarImages(m_inliers, 80, true, 1));
        m_withNegatives = m_root.filePath(QStringLiteral("with-negatives"));
        m_baseline = m_root.filePath(QStringLiteral("baseline"));
        QVERIFY(train(smallConfig(NegativeSource::NoisyInliers), m_withNegatives));
        QVERIFY(train(smallConfig(NegativeSource::None), m_baseline));
        // The view must be able to tell the epochs apart by what it shows.
        QVERIFY(rgb(sample(m_withNegatives, QStringLiteral("epoch_001_reconstructions.png")))
                != rgb(sample(m_withNegatives, QStringLiteral("epoch_002_reconstructions.png"))));
    }

    void listsEveryEvaluationAndSet()
    {
        SamplesView view;
        view.showRun(m_withNegatives);
        QCOMPARE(view.runFolder(), m_withNegatives);
        QCOMPARE(view.epochs(), (QVector<qint64>{1, 2}));
        QCOMPARE(view.shownEpoch(), qint64(2)); // the newest first
        QCOMPARE(view.epochSlider()->minimum(), 0);
        QCOMPARE(view.epochSlider()->maximum(), 1);
        QVERIFY(view.epochSlider()->isEnabled());
        QCOMPARE(view.setNames(), (QStringList{QStringLiteral("vertical (inliers)"), QStringLiteral("uniform-noise (OOD)")}));
        QCOMPARE(view.shownSet(), 0);
    }

    void sliderShowsThatEpochsGrids()
    {
        SamplesView view;
        view.showRun(m_withNegatives);
        for (int index : {0, 1, 0}) {
            view.epochSlider()->setValue(index);
            const qint64 epoch = index + 1;
            QCOMPARE(view.shownEpoch(), epoch);
            const QString stem = QStringLiteral("epoch_00%1_").arg(epoch);
            QCOMPARE(rgb(view.inputsView()->grid()), rgb(sample(m_withNegatives, stem + QStringLiteral("inputs.png"))));
            QCOMPARE(rgb(view.reconstructionsView()->grid()), rgb(sample(m_withNegatives, stem + QStringLiteral("reconstructions.png"))));
            QCOMPARE(rgb(view.generatedView()->grid()), rgb(sample(m_withNegatives, stem + QStringLiteral("generated.png"))));
            QCOMPARE(rgb(view.negativesView()->grid()), rgb(sample(m_withNegatives, stem + QStringLiteral("negatives.png"))));
        }
        // The cells are read back from the grid: 8 images of 28×28 in 3 columns.
        QCOMPARE(view.inputsView()->cellSize(), QSize(28, 28));
        QCOMPARE(view.inputsView()->columns(), 3);
        QCOMPARE(view.inputsView()->cellCount(), 8);
        QCOMPARE(view.generatedView()->cellCount(), 8);
    }

    void oodSetShowsItsGrids()
    {
        SamplesView view;
        view.showRun(m_withNegatives);
        view.showSet(1);
        QCOMPARE(view.shownSet(), 1);
        for (int index : {1, 0}) {
            view.epochSlider()->setValue(index);
            const QString stem = QStringLiteral("epoch_00%1_ood1_").arg(index + 1);
            QCOMPARE(rgb(view.inputsView()->grid()), rgb(sample(m_withNegatives, stem + QStringLiteral("inputs.png"))));
            QCOMPARE(rgb(view.reconstructionsView()->grid()), rgb(sample(m_withNegatives, stem + QStringLiteral("reconstructions.png"))));
        }
        QVERIFY2(view.inputsView()->caption().contains(QLatin1String("uniform-noise")), qPrintable(view.inputsView()->caption()));
        QVERIFY(rgb(view.inputsView()->grid()) != rgb(sample(m_withNegatives, QStringLiteral("epoch_001_inputs.png"))));
        view.showSet(0);
        QCOMPARE(rgb(view.inputsView()->grid()), rgb(sample(m_withNegatives, QStringLiteral("epoch_001_inputs.png"))));
    }

    void negativesOnlyWhenTheRunHasThem()
    {
        SamplesView view;
        view.resize(1000, 800);
        view.showRun(m_withNegatives);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.negativesView()->isVisible());
        QVERIFY(!view.negativesView()->grid().isNull());
        QVERIFY(view.negativesView()->caption().contains(QLatin1String("noisy inliers")));

        view.showRun(m_baseline);
        QVERIFY(!view.negativesView()->isVisible());
        QVERIFY(view.generatedView()->isVisible());
        QCOMPARE(rgb(view.generatedView()->grid()), rgb(sample(m_baseline, QStringLiteral("epoch_002_generated.png"))));
        QVERIFY(!QFileInfo::exists(m_baseline + QStringLiteral("/samples/epoch_002_negatives.png")));
    }

    void zoomIsFittedOnceShown()
    {
        SamplesView view;
        view.resize(1600, 1200); // room for more than the default 4× of a 92 px grid
        view.showRun(m_withNegatives);
        QCOMPARE(view.inputsView()->zoom(), ImageGridView::defaultZoom); // hidden: no size to fit yet
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.inputsView()->zoom() > ImageGridView::defaultZoom);
        QCOMPARE(view.inputsView()->zoom(), std::min(view.inputsView()->fitZoom(), view.reconstructionsView()->fitZoom()));
        QCOMPARE(view.reconstructionsView()->zoom(), view.inputsView()->zoom());
        // The user's zoom then stays, and the pair keeps zooming together.
        view.reconstructionsView()->setZoom(2);
        QCOMPARE(view.inputsView()->zoom(), 2);
        view.refresh();
        view.epochSlider()->setValue(0);
        QCOMPARE(view.inputsView()->zoom(), 2);
    }

    void clickNamesTheImage()
    {
        SamplesView view;
        view.resize(1000, 800);
        view.showRun(m_withNegatives);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.inputsView()->setZoom(2);
        clickCell(view.inputsView(), 4);
        QVERIFY2(view.statusText().contains(QLatin1String("image 4 ")), qPrintable(view.statusText()));
        QVERIFY(view.statusText().contains(QLatin1String("vertical")));
        clickCell(view.generatedView(), 7);
        QVERIFY2(view.statusText().contains(QLatin1String("image 7 ")), qPrintable(view.statusText()));
        QVERIFY(view.statusText().contains(QLatin1String("generated")));
    }

    void exportWritesTheShownGrid()
    {
        SamplesView view;
        view.showRun(m_withNegatives);
        view.showSet(1);
        const QString path = m_root.filePath(QStringLiteral("exported.png"));
        QVERIFY(view.reconstructionsView()->exportPng(path));
        const QImage written(path);
        const QImage shown = sample(m_withNegatives, QStringLiteral("epoch_002_ood1_reconstructions.png"));
        QCOMPARE(written.size(), shown.size());
        QCOMPARE(written.size(), QSize(3 * 30 + 2, 3 * 30 + 2));
        QCOMPARE(rgb(written), rgb(shown));
    }

    void refreshFollowsTheNewestUnlessScrubbedBack()
    {
        const QString live = m_root.filePath(QStringLiteral("live"));
        QVERIFY(copyRunUpTo(m_withNegatives, live, 1));
        SamplesView view;
        view.showRun(live);
        QCOMPARE(view.epochs(), QVector<qint64>{1});
        QVERIFY(!view.epochSlider()->isEnabled());

        QVERIFY(copySamples(m_withNegatives, 2, live, 2));
        view.refresh();
        QCOMPARE(view.epochs(), (QVector<qint64>{1, 2}));
        QCOMPARE(view.shownEpoch(), qint64(2));
        QCOMPARE(rgb(view.reconstructionsView()->grid()), rgb(sample(m_withNegatives, QStringLiteral("epoch_002_reconstructions.png"))));

        view.epochSlider()->setValue(0); // the user looks back at epoch 1
        QVERIFY(copySamples(m_withNegatives, 2, live, 3));
        view.refresh();
        QCOMPARE(view.epochs(), (QVector<qint64>{1, 2, 3}));
        QCOMPARE(view.shownEpoch(), qint64(1));
        QCOMPARE(rgb(view.reconstructionsView()->grid()), rgb(sample(m_withNegatives, QStringLiteral("epoch_001_reconstructions.png"))));
    }

    void folderWithoutSamples()
    {
        const QString empty = m_root.filePath(QStringLiteral("not-yet"));
        QVERIFY(QDir().mkpath(empty));
        SamplesView view;
        view.showRun(empty);
        QVERIFY(view.epochs().isEmpty());
        QCOMPARE(view.shownEpoch(), qint64(-1));
        QVERIFY(view.inputsView()->grid().isNull());
        QVERIFY(view.negativesView()->isHidden());
        QVERIFY2(view.statusText().contains(QLatin1String("No samples yet")), qPrintable(view.statusText()));
        view.clear();
        QVERIFY(view.runFolder().isEmpty());
    }

    void mainWindowHasTheSamplesTab()
    {
        MainWindow window;
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("views"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4); // Dashboard, Samples, Explore, Runs
        QCOMPARE(tabs->tabText(1), QStringLiteral("Samples"));
        QSignalSpy opened(&window, &MainWindow::runOpened);
        QVERIFY(window.openRun(m_withNegatives));
        QVERIFY(opened.wait(30000));
        QVERIFY2(opened.first().at(1).toBool(), qPrintable(window.logDock()->text()));
        QCOMPARE(window.samplesView()->runFolder(), m_withNegatives);
        QCOMPARE(window.samplesView()->epochs(), (QVector<qint64>{1, 2}));
        QVERIFY(window.showView(QStringLiteral("samples")));
        QCOMPARE(tabs->currentWidget(), window.samplesView());
        QVERIFY(window.showView(QStringLiteral("dashboard")));
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(!window.showView(QStringLiteral("histograms")));
        QCOMPARE(tabs->currentIndex(), 0);
    }
};

QTEST_MAIN(TestSamplesView)
#include "test_samplesview.moc"
