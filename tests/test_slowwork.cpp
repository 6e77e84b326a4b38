// The window never freezes on slow work and every error reaches the log: a run folder is read
// off the GUI thread (the test holds the reading thread and drives the window meanwhile), and
// failed opens, failed exports and messages from background threads show in the log dock,
// with a dialog where the user must act.
#include "evaluator.h"
#include "exportflow.h"
#include "experimentpanel.h"
#include "histogramplot.h"
#include "logdock.h"
#include "mainwindow.h"
#include "messagelog.h"
#include "rundashboard.h"
#include "syntheticruns.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace negvae;
using namespace negvae::testing;

namespace {

// Scores for `count` images of one set: a ramp, so the histograms have something to show.
SetScores rampScores(const QString& name, ScoreRole role, int count, float offset)
{
    SetScores set;
    set.name = name;
    set.role = role;
    for (int i = 0; i < count; ++i) {
        set.bpd.push_back(offset + 0.01f * float(i));
        set.kl.push_back(offset + 0.02f * float(i));
        set.rec.push_back(offset + 0.03f * float(i));
        set.labels.push_back(i % 10);
    }
    return set;
}

// A run folder with `evaluations` evaluations holding per-image scores, as training writes it.
void writeRunWithScores(const QString& folder, int evaluations)
{
    const RunStore store(folder);
    ExperimentConfig config = syntheticConfig();
    config.training.epochs = evaluations;
    store.create(config);
    for (int epoch = 1; epoch <= evaluations; ++epoch) {
        EvalReport report;
        report.epoch = epoch;
        report.step = epoch * 10;
        report.sets.push_back(rampScores(QStringLiteral("fashion-mnist"), ScoreRole::Inlier, 200, 1.0f));
        report.sets.push_back(rampScores(QStringLiteral("mnist"), ScoreRole::Ood, 200, 1.5f));
        Evaluator::computeMetrics(report);
        store.writeEvaluation(report);
    }
}

// Holds the run-reading thread until released, so the test can act while a read is "slow".
// Waits at most 20 s, so a broken build fails the test instead of hanging it.
class ReadGate {
public:
    MainWindow::RunReadHook hook()
    {
        return [this](const QString&) {
            m_entered.release();
            m_open.tryAcquire(1, 20000);
        };
    }
    bool waitUntilHeld() { return m_entered.tryAcquire(1, 20000); }
    void release() { m_open.release(); }

private:
    QSemaphore m_entered;
    QSemaphore m_open;
};

} // namespace

class TestSlowWork : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_run;
    QStringList m_dialogs; // titles of the problem dialogs the window showed

    void quietWindow(MainWindow& window)
    {
        window.setProblemDialog([this](const QString& title, const QString&) { m_dialogs << title; });
        window.setCloseConfirmation([] { return true; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEGVAE_RUNS_DIR", m_dir.filePath(QStringLiteral("runs")).toUtf8());
        m_run = m_dir.filePath(QStringLiteral("run"));
        writeRunWithScores(m_run, 3);
        ExportFlow::setFailureDialog([this](QWidget*, const QString& title, const QString&) { m_dialogs << title; });
    }

    void init() { m_dialogs.clear(); }

    void windowAnswersWhileARunIsRead()
    {
        MainWindow window;
        quietWindow(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReadGate gate;
        window.setRunReadHook(gate.hook());
        QSignalSpy opened(&window, &MainWindow::runOpened);

        QVERIFY(window.openRun(m_run));
        QVERIFY(gate.waitUntilHeld());
        // The read is stuck on its thread; the window still takes clicks and says what it does.
        QVERIFY(window.isReadingRun());
        QVERIFY2(window.statusText().startsWith(QLatin1String("Reading")), qPrintable(window.statusText()));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("views"));
        QTabBar* bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(window.dashboard()->evaluationCount(), 0);
        QCOMPARE(opened.count(), 0);

        gate.release();
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.first().at(1).toBool(), true);
        QVERIFY(!window.isReadingRun());
        QCOMPARE(window.dashboard()->evaluationCount(), 3);
        QCOMPARE(window.currentRunFolder(), m_run);
        QVERIFY(window.logDock()->text().contains(QLatin1String("opened run")));
        QVERIFY(m_dialogs.isEmpty());
    }

    void aNewerOpenWinsOverASlowerOlderOne()
    {
        const QString other = m_dir.filePath(QStringLiteral("other"));
        writeRunWithScores(other, 2);
        MainWindow window;
        quietWindow(window);
        ReadGate gate;
        window.setRunReadHook(gate.hook());
        QSignalSpy opened(&window, &MainWindow::runOpened);
        QVERIFY(window.openRun(m_run));
        QVERIFY(gate.waitUntilHeld());
        window.setRunReadHook({});
        QVERIFY(window.openRun(other));
        QVERIFY(opened.wait(20000));
        gate.release();
        QTest::qWait(200); // the older read finishes and must change nothing
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toString(), other);
        QCOMPARE(window.dashboard()->evaluationCount(), 2);
        QCOMPARE(window.currentRunFolder(), other);
    }

    void stopDuringAResumesReadCancelsIt()
    {
        MainWindow window;
        quietWindow(window);
        ReadGate gate;
        window.setRunReadHook(gate.hook());
        QSignalSpy ended(&window, &MainWindow::runEnded);
        QVERIFY(window.resumeRun(m_run));
        QVERIFY(gate.waitUntilHeld());
        QVERIFY(window.isRunning());
        QVERIFY(window.stopAction()->isEnabled());
        window.stopAction()->trigger();
        QVERIFY(!window.isRunning());
        QCOMPARE(ended.count(), 1);
        QCOMPARE(window.statusText(), QStringLiteral("Resume cancelled"));
        gate.release();
        QTest::qWait(200);
        // Training never started: nothing more was reported and the views stayed empty.
        QCOMPARE(ended.count(), 1);
        QCOMPARE(window.statusText(), QStringLiteral("Resume cancelled"));
        QCOMPARE(window.dashboard()->evaluationCount(), 0);
        QVERIFY(window.startAction()->isEnabled());
    }

    void unreadableRunsGoToTheLogAndADialog_data()
    {
        QTest::addColumn<QString>("setup"); // what is wrong with the folder
        QTest::addColumn<QString>("named"); // what the message must name
        QTest::newRow("missing folder") << "missing" << "config.json";
        QTest::newRow("config not JSON") << "garbage-config" << "config.json";
        QTest::newRow("truncated scores") << "truncated-scores" << "epoch_001";
    }

    void unreadableRunsGoToTheLogAndADialog()
    {
        QFETCH(QString, setup);
        QFETCH(QString, named);
        const QString folder = m_dir.filePath(QStringLiteral("bad-") + setup);
        if (setup != QLatin1String("missing")) {
            writeRunWithScores(folder, 1);
            const QString file = setup == QLatin1String("garbage-config") ? QStringLiteral("config.json")
                                                                          : QStringLiteral("scores/epoch_001.csv");
            QFile f(QDir(folder).filePath(file));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(setup == QLatin1String("garbage-config") ? "{ not json" : "set,role,index,label,bpd,kl,rec\nmnist,ood,0,");
            f.close();
        }
        MainWindow window;
        quietWindow(window);
        QSignalSpy opened(&window, &MainWindow::runOpened);
        QVERIFY(window.openRun(folder));
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.first().at(1).toBool(), false);
        const QString log = window.logDock()->text();
        QVERIFY2(log.contains(QLatin1String("error: cannot open run")), qPrintable(log));
        QVERIFY2(log.contains(named), qPrintable(log));
        QCOMPARE(m_dialogs, QStringList {QStringLiteral("Cannot open run")});
        QVERIFY(!window.isReadingRun());
        QVERIFY(window.startAction()->isEnabled());
    }

    void exportsReportToTheLog()
    {
        MainWindow window;
        quietWindow(window);
        HistogramPlot* plot = window.dashboard()->histogramPlot();
        const QString good = m_dir.filePath(QStringLiteral("histogram.png"));
        QVERIFY(plot->exportTo(good));
        QVERIFY(QFileInfo(good).size() > 0);
        QVERIFY(window.logDock()->text().contains(QLatin1String("exported to ") + QDir::toNativeSeparators(good)));
        QVERIFY(m_dialogs.isEmpty());

        const QString bad = m_dir.filePath(QStringLiteral("no-such-folder/histogram.pdf"));
        QVERIFY(!plot->exportTo(bad));
        const QString log = window.logDock()->text();
        QVERIFY2(log.contains(QLatin1String("error: export of plot")), qPrintable(log));
        QVERIFY2(log.contains(QDir::toNativeSeparators(bad)), qPrintable(log));
        QCOMPARE(m_dialogs, QStringList {QStringLiteral("Export failed")});
    }

    void messagesFromOtherThreadsReachTheLog()
    {
        MainWindow window;
        QThread* thread = QThread::create([] { MessageLog::warning(QStringLiteral("disk almost full in /tmp/x")); });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QTRY_VERIFY(window.logDock()->text().contains(QLatin1String("warning: disk almost full in /tmp/x")));
    }

    void badExperimentFileGoesToTheLogAndADialog()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"training": {"batchSize": 0}})");
        f.close();
        MainWindow window;
        quietWindow(window);
        QVERIFY(!window.openExperiment(file));
        const QString log = window.logDock()->text();
        QVERIFY2(log.contains(QLatin1String("training.batchSize")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("broken.json")), qPrintable(log));
        QCOMPARE(m_dialogs, QStringList {QStringLiteral("Cannot open experiment")});
    }
};

QTEST_MAIN(TestSlowWork)
#include "test_slowwork.moc"
