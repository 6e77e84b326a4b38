#pragma once

#include "evalreport.h"
#include "experimentconfig.h"
#include "stepmetrics.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <functional>

class QAction;
class QEvent;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QThread;

namespace negvae {

class ExperimentPanel;
class LanguageSwitcher;
class LogDock;
class RunDashboard;
class ExploreView;
class RunsView;
class SamplesView;
class TrainingWorker;
struct RunContents;

// The desktop application's window: the experiment panel on the left, the live dashboard and
// the sample grids as tabs in the middle, the log below; Start/Pause/Stop drive a
// TrainingWorker on its own thread.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    static void registerMetaTypes();

    bool isRunning() const { return m_running; }
    QString currentRunFolder() const { return m_runFolder; }
    ExperimentPanel* experimentPanel() const { return m_panel; }
    RunDashboard* dashboard() const { return m_dashboard; }
    SamplesView* samplesView() const { return m_samples; }
    ExploreView* exploreView() const { return m_explore; }
    RunsView* runsView() const { return m_runs; }
    // The Runs view on every run at or below `folder` (a sweep's output, or the runs folder).
    void showRuns(const QString& folder);
    LogDock* logDock() const { return m_log; }
    QAction* startAction() const { return m_start; }
    QAction* pauseAction() const { return m_pause; }
    QAction* stopAction() const { return m_stop; }
    QString statusText() const;
    LanguageSwitcher* languageSwitcher() const { return m_language; }

    // Where new runs go: $NEGVAE_RUNS_DIR, else the "runs/directory" setting, else ~/negvae-runs.
    QString runsDirectory() const;
    // Asked before closing during a run; the default shows a question box. Tests replace it.
    void setCloseConfirmation(std::function<bool()> confirm) { m_confirmClose = std::move(confirm); }
    // Asked when a run diverged: resume it at `proposed` (a tenth of `current`)? The default
    // shows a dialog; tests replace it.
    using LowerRateConfirmation = std::function<bool(const QString& message, double current, double proposed)>;
    void setLowerRateConfirmation(LowerRateConfirmation confirm) { m_confirmLowerRate = std::move(confirm); }
    // Shows an error the user must acknowledge (a run or experiment that could not be opened);
    // the default is a warning box. Tests replace it. The log shows every error too.
    using ProblemDialog = std::function<void(const QString& title, const QString& text)>;
    void setProblemDialog(ProblemDialog show) { m_showProblem = std::move(show); }
    // Called on the reading thread before a run folder is read. Tests hold it there to show
    // that the window stays responsive while a large run is read.
    using RunReadHook = std::function<void(const QString& folder)>;
    void setRunReadHook(RunReadHook hook) { m_runReadHook = std::move(hook); }
    // True while a run folder is read in the background (Open run, Resume run).
    bool isReadingRun() const { return m_readingRun; }

public Q_SLOTS:
    void startTraining();
    void togglePause();
    void stopTraining();
    // Reads the run in the background and shows it when read (runOpened); false when it
    // cannot start (a run is training).
    bool openRun(const QString& folder);
    // Reads the run's history in the background, shows it, then resumes training. A positive
    // learningRate replaces the run's (see TrainingWorker::resumeRun).
    bool resumeRun(const QString& folder, double learningRate = 0);
    bool openExperiment(const QString& file);
    bool saveExperiment(const QString& file);
    // Brings a view to the front: "dashboard" or "samples". False for another name.
    bool showView(const QString& name);

Q_SIGNALS:
    void runEnded(bool completed);
    // An openRun() finished: every view shows the run (ok), or the error went to the log.
    void runOpened(const QString& folder, bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createLanguageMenu(QMenu* into);
    // A menu entry whose text retranslateUi() sets again from `sourceText` (a QT_TR_NOOP).
    QAction* addTranslatedAction(QMenu* menu, const char* sourceText);
    QMenu* addTranslatedMenu(QMenu* parent, const char* sourceText);
    void retranslateUi();
    void connectWorker();
    void setRunning(bool running);
    void updateActions();
    void onRunStarted(const QString& folder, const ExperimentConfig& config, qint64 totalSteps, qint64 completedSteps);
    void onSteps(const QVector<StepMetrics>& steps);
    void onEvaluated(const EvalReport& report);
    void onFinished(const QString& folder, bool completed);
    void onFailed(const QString& message);
    void onLoadingProgress(qint64 done, qint64 total, const QString& what);
    // Reads `folder` off the GUI thread with progress in the status bar, then calls `then`
    // with the contents (null on error, with the message). A newer read, or a start, makes
    // an older one's result be dropped.
    void readRun(const QString& folder, std::function<void(const RunContents* contents, const QString& error)> then);
    void cancelRunRead();
    void showRunContents(const RunContents& contents);
    void addRecent(const QString& key, const QString& path);
    void rebuildRecentMenu(QMenu* menu, const QString& key, const std::function<void(const QString&)>& open);
    void restoreSettings();
    void saveSettings() const;

    ExperimentPanel* m_panel = nullptr;
    RunDashboard* m_dashboard = nullptr;
    SamplesView* m_samples = nullptr;
    ExploreView* m_explore = nullptr;
    RunsView* m_runs = nullptr;
    QTabWidget* m_views = nullptr;
    LogDock* m_log = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QAction* m_start = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_stop = nullptr;
    QMenu* m_recentExperiments = nullptr;
    QMenu* m_recentRuns = nullptr;
    LanguageSwitcher* m_language = nullptr;
    QList<QPair<QAction*, const char*>> m_translatedActions;

    QThread* m_thread = nullptr;
    TrainingWorker* m_worker = nullptr;
    bool m_running = false;
    bool m_closeWhenStopped = false;
    QString m_runFolder;
    qint64 m_totalSteps = 0;
    qint64 m_stepsAtStart = 0;
    qint64 m_lastStep = 0;
    qint64 m_imagesSinceStart = 0;
    qint64 m_lastEpoch = 0;
    qint64 m_epochs = 0;
    QElapsedTimer m_runClock;
    std::function<bool()> m_confirmClose;
    LowerRateConfirmation m_confirmLowerRate;
    ProblemDialog m_showProblem;
    RunReadHook m_runReadHook;
    bool m_readingRun = false;
    quint64 m_readGeneration = 0;
};

} // namespace negvae
