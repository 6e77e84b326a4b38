// The desktop application driven as a user would: clicking Start trains a tiny synthetic run
// to the end, Pause and Stop behave, invalid settings block Start, and closing the window
// during a run stops the worker and keeps the checkpoint.
#include "aurocplot.h"
#include "experimentpanel.h"
#include "histogramplot.h"
#include "barimages.h"
#include "logdock.h"
#include "lossplot.h"
#include "mainwindow.h"
#include "rocplot.h"
#include "rundashboard.h"
#include "runstore.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using namespace negvae;

class TestGui : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_inliers;

    ExperimentConfig tinyConfig(int64_t epochs) const
    {
        ExperimentConfig config;
        config.name = QStringLiteral("gui-test");
        config.data.inlier = m_inliers;
        config.data.ood = {QStringLiteral("uniform-noise")};
        config.data.negatives.source = NegativeSource::NoisyInliers;
        config.model.latentDim = 4;
        config.model.widths = {8, 16};
        config.model.hidden = 32;
        config.optimizer.learningRate = 1e-3;
        config.training.epochs = epochs;
        config.training.batchSize = 16;
        config.training.threads = 1;
        config.training.sampleCount = 8;
        return config;
    }

    static void click(MainWindow& window, QAction* action)
    {
        QToolBar* toolbar = window.findChild<QToolBar*>(QStringLiteral("trainingToolbar"));
        QWidget* button = toolbar->widgetForAction(action);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        qputenv("NEGVAE_RUNS_DIR", m_root.filePath(QStringLiteral("runs")).toUtf8());
        m_inliers = m_root.filePath(QStringLiteral("bars"));
        QVERIFY(testing::writeBarImages(m_inliers, 64, true));
    }

    void startRunsToTheEndAndFillsThePlots()
    {
        MainWindow window;
        window.show();
        window.experimentPanel()->setConfig(tinyConfig(2));
        QVERIFY(window.startAction()->isEnabled());
        QSignalSpy ended(&window, &MainWindow::runEnded);
        click(window, window.startAction());
        QVERIFY(window.isRunning());
        QVERIFY(!window.startAction()->isEnabled());
        QVERIFY(ended.wait(120000));
        QCOMPARE(ended.first().first().toBool(), true);
        QVERIFY(!window.isRunning());

        RunDashboard* dashboard = window.dashboard();
        QCOMPARE(dashboard->evaluationCount(), 2);
        QVERIFY(dashboard->lossPlot()->seriesNames().contains(QStringLiteral("total")));
        QVERIFY(dashboard->lossPlot()->seriesNames().contains(QStringLiteral("KL of negatives to negative prior")));
        QCOMPARE(dashboard->lossPlot()->pointCount(QStringLiteral("total")), 8); // 2 epochs × 4 batches
        // One histogram per scored set: inlier test, the OOD set, the negatives.
        QCOMPARE(dashboard->histogramPlot()->graphCount(), 3);
        QVERIFY(dashboard->aurocPlot()->graphNames().join(QLatin1Char('|')).contains(QLatin1String("uniform-noise")));
        QVERIFY(dashboard->rocPlot()->graphNames().join(QLatin1Char('|')).contains(QLatin1String("uniform-noise")));
        QVERIFY(window.statusText().contains(QLatin1String("Finished")));
        QVERIFY(QFileInfo::exists(window.currentRunFolder() + QStringLiteral("/scores/epoch_002.csv")));

        // The epoch slider scrubs back to the first evaluation.
        dashboard->showEvaluation(0);
        QCOMPARE(dashboard->shownEvaluation(), 0);

        // The same run opens in a fresh window from its folder.
        MainWindow other;
        QSignalSpy opened(&other, &MainWindow::runOpened);
        QVERIFY(other.openRun(window.currentRunFolder()));
        QVERIFY(opened.wait(30000));
        QVERIFY(opened.first().at(1).toBool());
        QCOMPARE(other.dashboard()->evaluationCount(), 2);
        QCOMPARE(other.dashboard()->lossPlot()->pointCount(QStringLiteral("total")), 8);
    }

    void pauseHoldsAndStopKeepsACheckpoint()
    {
        MainWindow window;
        window.show();
        window.experimentPanel()->setConfig(tinyConfig(10000));
        QSignalSpy ended(&window, &MainWindow::runEnded);
        click(window, window.startAction());
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboard()->lossPlot()->pointCount(QStringLiteral("total")) > 0, 60000);

        click(window, window.pauseAction());
        QVERIFY(window.pauseAction()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QLatin1String("Paused")), 10000);
        const int pausedAt = window.dashboard()->lossPlot()->pointCount(QStringLiteral("total"));
        QTest::qWait(600);
        QCOMPARE(window.dashboard()->lossPlot()->pointCount(QStringLiteral("total")), pausedAt);

        click(window, window.pauseAction()); // resume
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboard()->lossPlot()->pointCount(QStringLiteral("total")) > pausedAt, 30000);

        click(window, window.stopAction());
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.first().first().toBool(), false);
        QVERIFY(RunStore(window.currentRunFolder()).hasCheckpoint());
        QVERIFY(window.statusText().contains(QLatin1String("Stopped")));
    }

    void divergedRunOffersALowerLearningRate()
    {
        MainWindow window;
        ExperimentConfig config = tinyConfig(2);
        config.optimizer.learningRate = 1e30; // overflows the weights within a step or two
        window.experimentPanel()->setConfig(config);
        QList<QPair<double, double>> asked;
        window.setLowerRateConfirmation([&](const QString& message, double current, double proposed) {
            asked.append({current, proposed});
            return asked.size() == 1 && message.contains(QLatin1String("became")); // accept once, then give up
        });
        QSignalSpy ended(&window, &MainWindow::runEnded);
        click(window, window.startAction());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 120000); // the run, and its resumption at a tenth
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 10000);
        QCOMPARE(asked[0].first, 1e30);
        QCOMPARE(asked[0].second, 1e29);
        QCOMPARE(asked[1].first, 1e29);
        QVERIFY(!window.isRunning());
        QCOMPARE(RunStore(window.currentRunFolder()).readConfig().optimizer.learningRate, 1e29);
        QVERIFY(window.findChild<LogDock*>()->text().contains(QLatin1String("diverged")));
        QVERIFY(window.statusText().contains(QLatin1String("diverged")));
    }

    void invalidSettingBlocksStart()
    {
        MainWindow window;
        window.show();
        ExperimentConfig config = tinyConfig(1);
        config.data.negatives.source = NegativeSource::Auxiliary; // but no sets
        window.experimentPanel()->setConfig(config);
        QVERIFY(!window.experimentPanel()->isValid());
        QVERIFY(!window.startAction()->isEnabled());
        QVERIFY2(window.startAction()->toolTip().contains(QLatin1String("data.negatives.sets")),
                 qPrintable(window.startAction()->toolTip()));
        auto* summary = window.experimentPanel()->findChild<QLabel*>(QStringLiteral("problemSummary"));
        QVERIFY(summary && summary->isVisible());
        QVERIFY(summary->text().contains(QLatin1String("data.negatives.sets")));
        window.startTraining();
        QVERIFY(!window.isRunning());

        config.data.negatives.source = NegativeSource::None;
        window.experimentPanel()->setConfig(config);
        QVERIFY(window.startAction()->isEnabled());
    }

    void missingDataFailsWithAClearMessage()
    {
        // A folder that exists but holds no images passes the panel's checks and fails when
        // the worker loads it: the message must reach the log and the status bar.
        MainWindow window;
        ExperimentConfig config = tinyConfig(1);
        const QString empty = m_root.filePath(QStringLiteral("empty-set"));
        QVERIFY(QDir().mkpath(empty));
        config.data.ood = {empty};
        window.experimentPanel()->setConfig(config);
        QVERIFY(window.experimentPanel()->isValid());
        QSignalSpy ended(&window, &MainWindow::runEnded);
        window.startTraining();
        QVERIFY(ended.wait(60000));
        QVERIFY(!window.isRunning());
        QVERIFY2(window.logDock()->text().contains(QLatin1String("empty-set")), qPrintable(window.logDock()->text()));
        QVERIFY(window.statusText().startsWith(QLatin1String("Failed")));
    }

    void closingDuringARunStopsTheWorker()
    {
        auto* window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> guard(window);
        window->show();
        window->experimentPanel()->setConfig(tinyConfig(10000));
        window->startTraining();
        QTRY_VERIFY_WITH_TIMEOUT(window->dashboard()->lossPlot()->pointCount(QStringLiteral("total")) > 0, 60000);
        const QString folder = window->currentRunFolder();

        bool asked = false;
        window->setCloseConfirmation([&] { asked = true; return false; });
        QVERIFY(!window->close()); // the user said no: it keeps training
        QVERIFY(asked);
        QVERIFY(window->isRunning());

        window->setCloseConfirmation([] { return true; });
        QVERIFY(!window->close()); // closes only once the worker has stopped
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 30000);
        QVERIFY(RunStore(folder).hasCheckpoint());
    }
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
