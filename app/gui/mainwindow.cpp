#include "mainwindow.h"

#include "aboutdialog.h"
#include "backgroundtask.h"
#include "configerror.h"
#include "datasetcatalog.h"
#include "durationtext.h"
#include "experimentpanel.h"
#include "exploreview.h"
#include "histogramplot.h"
#include "languageswitcher.h"
#include "logdock.h"
#include "runcontents.h"
#include "rundashboard.h"
#include "runsview.h"
#include "samplesview.h"
#include "trainingworker.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>

namespace negvae {

namespace {

const QString recentExperimentsKey = QStringLiteral("recent/experiments");
const QString recentRunsKey = QStringLiteral("recent/runs");
constexpr int maxRecent = 8;

} // namespace

void MainWindow::registerMetaTypes()
{
    qRegisterMetaType<StepMetrics>();
    qRegisterMetaType<QVector<StepMetrics>>();
    qRegisterMetaType<EvalReport>();
    qRegisterMetaType<ExperimentConfig>();
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_panel(new ExperimentPanel(DatasetCatalog::fromRegistry(), this))
    , m_dashboard(new RunDashboard(this))
    , m_samples(new SamplesView(this))
    , m_explore(new ExploreView(this))
    , m_runs(new RunsView(this))
    , m_log(new LogDock(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_thread(new QThread(this))
    , m_worker(new TrainingWorker)
{
    registerMetaTypes();
    // Before the texts below are set, so that they are in the user's language from the start.
    m_language = new LanguageSwitcher(this);
    m_language->setLanguage(LanguageSwitcher::preferredLanguage());
    setWindowTitle(tr("negvae — negative sampling in VAEs"));
    setObjectName(QStringLiteral("mainWindow"));

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->addTab(m_dashboard, tr("Dashboard"));
    m_samples->setObjectName(QStringLiteral("samplesView"));
    m_views->addTab(m_samples, tr("Samples"));
    m_explore->setObjectName(QStringLiteral("exploreView"));
    m_views->addTab(m_explore, tr("Explore"));
    m_runs->setObjectName(QStringLiteral("runsView"));
    m_views->addTab(m_runs, tr("Runs"));
    connect(m_runs, &RunsView::problem, this, [this](const QString& text) { m_log->append(LogDock::Level::Warning, text); });
    connect(m_runs, &RunsView::openRunRequested, this, [this](const QString& folder) {
        if (openRun(folder))
            m_views->setCurrentWidget(m_dashboard);
    });
    // The runs folder is read when the tab is first looked at, not at every start.
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (m_views->currentWidget() == m_runs && m_runs->folder().isEmpty())
            m_runs->showFolder(runsDirectory());
    });
    connect(m_explore, &ExploreView::problem, this, [this](const QString& text) { m_log->append(LogDock::Level::Error, text); });
    // A bin clicked on the dashboard opens the same bin's images in the Explore view.
    connect(m_dashboard->histogramPlot(), &HistogramPlot::binClicked, this, [this](int bin) {
        m_explore->setScore(m_dashboard->score());
        m_explore->showEvaluation(m_dashboard->shownEvaluation());
        m_explore->histogram()->setBinCount(m_dashboard->histogramPlot()->binCount());
        m_explore->histogram()->selectBin(bin);
        m_views->setCurrentWidget(m_explore);
    });
    setCentralWidget(m_views);

    auto* panelDock = new QDockWidget(tr("Experiment"), this);
    panelDock->setObjectName(QStringLiteral("experimentDock"));
    panelDock->setWidget(m_panel);
    addDockWidget(Qt::LeftDockWidgetArea, panelDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_log);

    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_statusLabel->setObjectName(QStringLiteral("runStatus"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_statusLabel->setText(tr("Ready"));

    // The worker trains on its own named thread; it is deleted there when the thread ends.
    m_thread->setObjectName(QStringLiteral("training"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    createActions();
    createMenus();
    connectWorker();
    connect(m_panel, &ExperimentPanel::validityChanged, this, [this] { updateActions(); });
    restoreSettings();
    updateActions();
    m_confirmClose = [this] {
        return QMessageBox::question(this, tr("Training is running"),
                                     tr("Stop the run and close? The run keeps a checkpoint and can be resumed later "
                                        "(File ▸ Resume run).")) == QMessageBox::Yes;
    };
    m_showProblem = [this](const QString& title, const QString& text) { QMessageBox::warning(this, title, text); };
    m_confirmLowerRate = [this](const QString& message, double current, double proposed) {
        return QMessageBox::question(this, tr("Training diverged"),
                                     tr("%1\n\nResume from the last checkpoint with the learning rate lowered from %2 to %3? "
                                        "config.json and history.txt will record the change.")
                                         .arg(message).arg(current).arg(proposed))
            == QMessageBox::Yes;
    };
    m_log->append(LogDock::Level::Info, tr("negvae %1 ready; new runs go to %2").arg(QStringLiteral(NEGVAE_VERSION), runsDirectory()));
}

MainWindow::~MainWindow()
{
    // A run still going when the window dies (e.g. the test harness) is stopped cleanly.
    m_worker->requestStop();
    m_thread->quit();
    m_thread->wait();
    BackgroundTask::waitForAll(this);
}

void MainWindow::createActions()
{
    m_start = new QAction(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("startAction"));
    // Ctrl+R as in "run"; F5 as in debuggers and browsers' "go". Pause and Stop take the
    // neighbouring debugger keys and Ctrl+letter twins; none is used elsewhere in the window.
    m_start->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_start->setToolTip(tr("Train the experiment in a new run folder"));
    connect(m_start, &QAction::triggered, this, &MainWindow::startTraining);

    m_pause = new QAction(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_pause->setCheckable(true);
    m_pause->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_F6)});
    m_pause->setToolTip(tr("Pause after the current batch; press again to resume"));
    connect(m_pause, &QAction::triggered, this, &MainWindow::togglePause);

    m_stop = new QAction(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("stopAction"));
    m_stop->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    m_stop->setToolTip(tr("Stop after the current batch and save a checkpoint"));
    connect(m_stop, &QAction::triggered, this, &MainWindow::stopTraining);

    QToolBar* toolbar = addToolBar(tr("Training"));
    toolbar->setObjectName(QStringLiteral("trainingToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_start);
    toolbar->addAction(m_pause);
    toolbar->addAction(m_stop);
}

void MainWindow::createMenus()
{
    QMenu* file = addTranslatedMenu(nullptr, QT_TR_NOOP("&File"));
    connect(addTranslatedAction(file, QT_TR_NOOP("&Open experiment…")), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open experiment"), QString(), tr("Experiments (*.json)"));
        if (!path.isEmpty())
            openExperiment(path);
    });
    connect(addTranslatedAction(file, QT_TR_NOOP("&Save experiment as…")), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save experiment"), QString(), tr("Experiments (*.json)"));
        if (!path.isEmpty())
            saveExperiment(path);
    });
    m_recentExperiments = addTranslatedMenu(file, QT_TR_NOOP("Recent e&xperiments"));
    file->addSeparator();
    connect(addTranslatedAction(file, QT_TR_NOOP("Open &run…")), &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open run folder"), runsDirectory());
        if (!folder.isEmpty())
            openRun(folder);
    });
    connect(addTranslatedAction(file, QT_TR_NOOP("Res&ume run…")), &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Resume run folder"), runsDirectory());
        if (!folder.isEmpty())
            resumeRun(folder);
    });
    m_recentRuns = addTranslatedMenu(file, QT_TR_NOOP("Recent r&uns"));
    connect(addTranslatedAction(file, QT_TR_NOOP("Compare runs in &folder…")), &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of runs (e.g. a sweep)"), runsDirectory());
        if (!folder.isEmpty())
            showRuns(folder);
    });
    file->addSeparator();
    QAction* quit = addTranslatedAction(file, QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* run = addTranslatedMenu(nullptr, QT_TR_NOOP("&Training"));
    run->addAction(m_start);
    run->addAction(m_pause);
    run->addAction(m_stop);

    QMenu* view = addTranslatedMenu(nullptr, QT_TR_NOOP("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    createLanguageMenu(view);

    QMenu* help = addTranslatedMenu(nullptr, QT_TR_NOOP("&Help"));
    QAction* about = addTranslatedAction(help, QT_TR_NOOP("&About negvae"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] { (new AboutDialog(this))->open(); });
}

QMenu* MainWindow::addTranslatedMenu(QMenu* parent, const char* sourceText)
{
    QMenu* menu = parent ? parent->addMenu(tr(sourceText)) : menuBar()->addMenu(tr(sourceText));
    m_translatedActions.append({menu->menuAction(), sourceText});
    return menu;
}

QAction* MainWindow::addTranslatedAction(QMenu* menu, const char* sourceText)
{
    QAction* action = menu->addAction(tr(sourceText));
    m_translatedActions.append({action, sourceText});
    return action;
}

void MainWindow::createLanguageMenu(QMenu* into)
{
    QMenu* menu = addTranslatedMenu(into, QT_TR_NOOP("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    for (const LanguageSwitcher::Language& language : LanguageSwitcher::languages()) {
        // Each language by its own name, so that a user lost in a foreign one finds theirs.
        QAction* action = menu->addAction(language.nativeName);
        action->setObjectName(QStringLiteral("languageAction_") + language.code);
        action->setCheckable(true);
        action->setChecked(language.code == m_language->language());
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, [this, action, code = language.code] {
            if (!m_language->setLanguage(code)) {
                m_log->append(LogDock::Level::Error, tr("The %1 translation could not be loaded.").arg(action->text()));
                for (QAction* other : action->actionGroup()->actions())
                    other->setChecked(other->objectName().endsWith(m_language->language()));
            }
        });
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("negvae — negative sampling in VAEs"));
    m_views->setTabText(m_views->indexOf(m_dashboard), tr("Dashboard"));
    m_views->setTabText(m_views->indexOf(m_samples), tr("Samples"));
    m_views->setTabText(m_views->indexOf(m_explore), tr("Explore"));
    m_views->setTabText(m_views->indexOf(m_runs), tr("Runs"));
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("experimentDock")))
        dock->setWindowTitle(tr("Experiment"));
    if (auto* toolbar = findChild<QToolBar*>(QStringLiteral("trainingToolbar")))
        toolbar->setWindowTitle(tr("Training"));
    for (const auto& [action, sourceText] : std::as_const(m_translatedActions))
        action->setText(tr(sourceText));
    m_start->setText(tr("&Start"));
    m_stop->setText(tr("S&top"));
    m_stop->setToolTip(tr("Stop after the current batch and save a checkpoint"));
    m_pause->setToolTip(tr("Pause after the current batch; press again to resume"));
    updateActions(); // Pause/Resume and Start's reason
    // The idle status names no event, so it can be said again; the others are replaced by the
    // next step or run anyway.
    if (!m_running && m_runFolder.isEmpty())
        m_statusLabel->setText(tr("Ready"));
}

void MainWindow::connectWorker()
{
    connect(m_worker, &TrainingWorker::runStarted, this, &MainWindow::onRunStarted);
    connect(m_worker, &TrainingWorker::stepsCompleted, this, &MainWindow::onSteps);
    connect(m_worker, &TrainingWorker::evaluated, this, &MainWindow::onEvaluated);
    connect(m_worker, &TrainingWorker::runFinished, this, &MainWindow::onFinished);
    connect(m_worker, &TrainingWorker::failed, this, &MainWindow::onFailed);
    // Sent after failed(): the run is no longer running, so it can be resumed at once.
    connect(m_worker, &TrainingWorker::diverged, this, [this](const QString& folder, const QString& message, double rate) {
        if (m_closeWhenStopped || !m_confirmLowerRate)
            return;
        const double lower = rate / 10;
        if (m_confirmLowerRate(message, rate, lower)) {
            m_log->append(LogDock::Level::Info, tr("resuming %1 from its last checkpoint at learning rate %2").arg(folder).arg(lower));
            resumeRun(folder, lower);
        }
    });
    connect(m_worker, &TrainingWorker::loadingProgress, this, &MainWindow::onLoadingProgress);
    connect(m_worker, &TrainingWorker::logMessage, this, [this](const QString& line) { m_log->append(LogDock::Level::Info, line); });
    connect(m_worker, &TrainingWorker::pausedChanged, this, [this](bool paused) {
        m_log->append(LogDock::Level::Info, paused ? tr("paused") : tr("resumed"));
        m_statusLabel->setText(paused ? tr("Paused at step %1").arg(m_lastStep) : tr("Training…"));
    });
}

QString MainWindow::runsDirectory() const
{
    const QString fromEnvironment = qEnvironmentVariable("NEGVAE_RUNS_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings().value(QStringLiteral("runs/directory"), QDir::homePath() + QStringLiteral("/negvae-runs")).toString();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::startTraining()
{
    if (m_running)
        return;
    if (!m_panel->isValid()) {
        const QList<ConfigError> problems = m_panel->problems();
        m_log->append(LogDock::Level::Error, tr("cannot start: %1").arg(problems.isEmpty() ? QString() : problems.first().toString()));
        return;
    }
    const ExperimentConfig config = m_panel->config();
    QString name = config.name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString stem = QDir(runsDirectory()).filePath(
        name + QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Two starts within one second must not collide in one folder.
    QString folder = stem;
    for (int n = 2; QFileInfo::exists(folder); ++n)
        folder = stem + QStringLiteral("-%1").arg(n);
    cancelRunRead(); // a run still being opened must not replace the new one's views
    m_dashboard->clear();
    m_samples->clear();
    m_explore->clear();
    m_runFolder = folder;
    setRunning(true);
    m_statusLabel->setText(tr("Loading data…"));
    m_log->append(LogDock::Level::Info, tr("starting %1 in %2").arg(config.name, folder));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, config, folder] { worker->startRun(config, folder); });
}

bool MainWindow::resumeRun(const QString& folder, double learningRate)
{
    if (m_running)
        return false;
    m_runFolder = folder;
    setRunning(true);
    // The history is shown before training continues, so new evaluations append to it.
    readRun(folder, [this, folder, learningRate](const RunContents* contents, const QString& error) {
        if (contents) {
            showRunContents(*contents);
        } else {
            m_log->append(LogDock::Level::Warning, tr("could not show the run's history: %1").arg(error));
            m_dashboard->clear();
            m_explore->clear();
            m_samples->showRun(folder);
        }
        m_statusLabel->setText(tr("Loading data…"));
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, folder, learningRate] { worker->resumeRun(folder, learningRate); });
    });
    addRecent(recentRunsKey, folder);
    return true;
}

void MainWindow::togglePause()
{
    if (!m_running)
        return;
    m_worker->setPaused(m_pause->isChecked());
    updateActions();
}

void MainWindow::stopTraining()
{
    if (!m_running)
        return;
    if (m_readingRun) {
        // Still reading the history of a run to resume: the worker has not started yet.
        cancelRunRead();
        setRunning(false);
        m_statusLabel->setText(tr("Resume cancelled"));
        m_log->append(LogDock::Level::Info, tr("resume of %1 cancelled before training started").arg(m_runFolder));
        Q_EMIT runEnded(false);
        if (m_closeWhenStopped)
            close();
        return;
    }
    m_worker->requestStop();
    m_statusLabel->setText(tr("Stopping after the current batch…"));
}

bool MainWindow::openRun(const QString& folder)
{
    if (m_running) {
        m_log->append(LogDock::Level::Warning, tr("stop the current run before opening another"));
        return false;
    }
    readRun(folder, [this, folder](const RunContents* contents, const QString& error) {
        if (!contents) {
            m_statusLabel->setText(tr("Could not open %1").arg(folder));
            m_log->append(LogDock::Level::Error, tr("cannot open run %1: %2").arg(folder, error));
            if (m_showProblem)
                m_showProblem(tr("Cannot open run"), error);
            Q_EMIT runOpened(folder, false);
            return;
        }
        showRunContents(*contents);
        m_panel->setConfig(contents->config);
        m_statusLabel->setText(tr("Showing run %1").arg(folder));
        m_log->append(LogDock::Level::Info, tr("opened run %1 (%2 evaluations)").arg(folder).arg(m_dashboard->evaluationCount()));
        addRecent(recentRunsKey, folder);
        Q_EMIT runOpened(folder, true);
    });
    return true;
}

void MainWindow::readRun(const QString& folder, std::function<void(const RunContents*, const QString&)> then)
{
    const quint64 generation = ++m_readGeneration;
    m_readingRun = true;
    m_statusLabel->setText(tr("Reading run %1…").arg(folder));
    m_progress->setRange(0, 0); // busy until the first file is read
    const ProgressCallback progress =
        BackgroundTask::relayProgress(this, [this, generation](qint64 done, qint64 total, const QString& what) {
            if (generation != m_readGeneration)
                return;
            m_statusLabel->setText(tr("Reading the run… %1").arg(what));
            m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
            m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
        });
    auto contents = std::make_shared<RunContents>();
    // A run with many evaluations holds tens of MB of per-image scores (seconds to parse).
    BackgroundTask::start(
        this, QStringLiteral("run-reader"),
        [folder, contents, progress, hook = m_runReadHook] {
            if (hook)
                hook(folder);
            *contents = RunContents::read(folder, progress);
        },
        [this, generation, contents, then = std::move(then)](const QString& error) {
            if (generation != m_readGeneration)
                return; // superseded by a newer read or a start
            m_readingRun = false;
            m_progress->setRange(0, 1);
            m_progress->setValue(error.isEmpty() ? 1 : 0);
            then(error.isEmpty() ? contents.get() : nullptr, error);
        });
}

void MainWindow::cancelRunRead()
{
    ++m_readGeneration;
    m_readingRun = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
}

void MainWindow::showRunContents(const RunContents& contents)
{
    m_dashboard->showHistory(contents.metrics, contents.evaluations);
    m_samples->showRun(contents.folder);
    m_explore->showRun(contents);
    m_runFolder = contents.folder;
}

bool MainWindow::openExperiment(const QString& file)
{
    try {
        m_panel->setConfig(ExperimentConfig::loadFile(file));
    } catch (const ConfigException& error) {
        m_log->append(LogDock::Level::Error, error.message());
        if (m_showProblem)
            m_showProblem(tr("Cannot open experiment"), error.message());
        return false;
    }
    m_log->append(LogDock::Level::Info, tr("opened experiment %1").arg(file));
    addRecent(recentExperimentsKey, file);
    return true;
}

bool MainWindow::saveExperiment(const QString& file)
{
    try {
        m_panel->config().saveFile(file);
    } catch (const ConfigException& error) {
        m_log->append(LogDock::Level::Error, error.message());
        if (m_showProblem)
            m_showProblem(tr("Cannot save experiment"), error.message());
        return false;
    }
    m_log->append(LogDock::Level::Info, tr("saved experiment %1").arg(file));
    addRecent(recentExperimentsKey, file);
    return true;
}

bool MainWindow::showView(const QString& name)
{
    QWidget* view = name == QLatin1String("dashboard") ? static_cast<QWidget*>(m_dashboard)
                  : name == QLatin1String("samples")   ? static_cast<QWidget*>(m_samples)
                  : name == QLatin1String("explore")   ? static_cast<QWidget*>(m_explore)
                  : name == QLatin1String("runs")      ? static_cast<QWidget*>(m_runs)
                                                        : nullptr;
    if (!view)
        return false;
    m_views->setCurrentWidget(view);
    return true;
}

void MainWindow::showRuns(const QString& folder)
{
    m_runs->showFolder(folder);
    m_views->setCurrentWidget(m_runs);
}

void MainWindow::setRunning(bool running)
{
    m_running = running;
    m_panel->setEditable(!running);
    if (!running) {
        m_pause->setChecked(false);
        m_worker->setPaused(false);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    m_start->setEnabled(!m_running && m_panel->isValid());
    m_start->setToolTip(m_panel->isValid() || m_running
                            ? tr("Train the experiment in a new run folder")
                            : tr("Cannot start: %1").arg(m_panel->problems().value(0).toString()));
    m_pause->setEnabled(m_running);
    m_pause->setText(m_pause->isChecked() ? tr("&Resume") : tr("&Pause"));
    m_stop->setEnabled(m_running);
}

void MainWindow::onRunStarted(const QString& folder, const ExperimentConfig& config, qint64 totalSteps, qint64 completedSteps)
{
    m_runFolder = folder;
    if (m_samples->runFolder() != folder)
        m_samples->showRun(folder);
    if (m_explore->runFolder() != folder)
        m_explore->showRun(folder);
    m_totalSteps = totalSteps;
    m_stepsAtStart = completedSteps;
    m_lastStep = completedSteps;
    m_imagesSinceStart = 0;
    m_epochs = config.training.epochs;
    m_runClock.start();
    m_progress->setRange(0, int(std::min<qint64>(totalSteps, INT_MAX)));
    m_progress->setValue(int(completedSteps));
    m_statusLabel->setText(tr("Training…"));
    if (config != m_panel->config())
        m_panel->setConfig(config);
    addRecent(recentRunsKey, folder);
}

void MainWindow::onSteps(const QVector<StepMetrics>& steps)
{
    if (steps.isEmpty())
        return;
    m_dashboard->addSteps(steps);
    for (const StepMetrics& m : steps)
        m_imagesSinceStart += m.images;
    m_lastStep = steps.last().step;
    m_lastEpoch = steps.last().epoch;
    const double seconds = m_runClock.elapsed() / 1000.0;
    const double stepsPerSecond = seconds > 0 ? (m_lastStep - m_stepsAtStart) / seconds : 0;
    const double eta = stepsPerSecond > 0 ? (m_totalSteps - m_lastStep) / stepsPerSecond : -1;
    m_progress->setValue(int(std::min<qint64>(m_lastStep, INT_MAX)));
    m_statusLabel->setText(tr("Epoch %1/%2 · step %3/%4 · %5 images/s · elapsed %6 · ETA %7")
                               .arg(m_lastEpoch).arg(m_epochs).arg(m_lastStep).arg(m_totalSteps)
                               .arg(seconds > 0 ? m_imagesSinceStart / seconds : 0.0, 0, 'f', 0)
                               .arg(DurationText::format(seconds), DurationText::format(eta)));
}

void MainWindow::onEvaluated(const EvalReport& report)
{
    m_dashboard->addEvaluation(report);
    m_samples->refresh(); // the runner writes the grids before it reports the evaluation
    m_explore->addEvaluation(report);
    QStringList aurocs;
    for (const MetricRow& row : report.metrics)
        if (row.score == QLatin1String("bpd") || row.score == QLatin1String("kl"))
            aurocs << tr("%1 %2 %3").arg(row.oodSet, row.score.toUpper()).arg(row.values.auroc, 0, 'f', 3);
    m_log->append(LogDock::Level::Info, tr("evaluation after epoch %1: AUROC (OOD positive) %2")
                                            .arg(report.epoch).arg(aurocs.join(QStringLiteral(", "))));
}

void MainWindow::onFinished(const QString& folder, bool completed)
{
    setRunning(false);
    m_statusLabel->setText(completed ? tr("Finished: %1").arg(folder) : tr("Stopped; checkpoint saved in %1").arg(folder));
    m_log->append(LogDock::Level::Info, completed ? tr("run finished: %1").arg(folder)
                                                  : tr("run stopped; resume it with File ▸ Resume run (%1)").arg(folder));
    Q_EMIT runEnded(completed);
    if (m_closeWhenStopped)
        close();
}

void MainWindow::onFailed(const QString& message)
{
    setRunning(false);
    m_statusLabel->setText(tr("Failed: %1").arg(message.section(QLatin1Char('\n'), 0, 0)));
    m_log->append(LogDock::Level::Error, message);
    Q_EMIT runEnded(false);
    if (m_closeWhenStopped)
        close();
}

void MainWindow::onLoadingProgress(qint64 done, qint64 total, const QString& what)
{
    if (m_lastStep > m_stepsAtStart && m_runClock.isValid())
        return; // scoring progress during training would make the step bar jump
    m_statusLabel->setText(what);
    m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_running) {
        if (!m_closeWhenStopped) {
            if (!m_confirmClose || !m_confirmClose()) {
                event->ignore();
                return;
            }
            m_closeWhenStopped = true;
            stopTraining();
        }
        // Close again once the worker reports that it stopped and saved its checkpoint.
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::addRecent(const QString& key, const QString& path)
{
    QSettings settings;
    QStringList items = settings.value(key).toStringList();
    items.removeAll(path);
    items.prepend(path);
    while (items.size() > maxRecent)
        items.removeLast();
    settings.setValue(key, items);
    if (key == recentRunsKey)
        rebuildRecentMenu(m_recentRuns, key, [this](const QString& p) { openRun(p); });
    else
        rebuildRecentMenu(m_recentExperiments, key, [this](const QString& p) { openExperiment(p); });
}

void MainWindow::rebuildRecentMenu(QMenu* menu, const QString& key, const std::function<void(const QString&)>& open)
{
    menu->clear();
    const QStringList items = QSettings().value(key).toStringList();
    for (const QString& path : items)
        menu->addAction(path, this, [open, path] { open(path); });
    menu->setEnabled(!items.isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // First start: big enough for four readable plots beside the experiment panel.
    resize(1480, 940);
    resizeDocks({findChild<QDockWidget*>(QStringLiteral("experimentDock"))}, {390}, Qt::Horizontal);
    resizeDocks({m_log}, {150}, Qt::Vertical);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray last = settings.value(QStringLiteral("experiment/last")).toByteArray();
    QList<ConfigError> errors;
    const ExperimentConfig config = last.isEmpty() ? *ExperimentConfig::preset(QStringLiteral("quick"))
                                                   : ExperimentConfig::fromJsonText(last, &errors);
    m_panel->setConfig(errors.isEmpty() ? config : *ExperimentConfig::preset(QStringLiteral("quick")));
    rebuildRecentMenu(m_recentRuns, recentRunsKey, [this](const QString& p) { openRun(p); });
    rebuildRecentMenu(m_recentExperiments, recentExperimentsKey, [this](const QString& p) { openExperiment(p); });
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("experiment/last"), m_panel->config().toJsonText());
}

} // namespace negvae
