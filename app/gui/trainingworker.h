#pragma once

#include "evalreport.h"
#include "experimentconfig.h"
#include "stepmetrics.h"

#include <QObject>
#include <QString>
#include <QVector>
#include <atomic>

namespace negvae {

// Runs one experiment on the thread it lives on (ARCHITECTURE.md, Threading): the GUI moves
// it to a named QThread and calls startRun/resumeRun through QMetaObject::invokeMethod.
// Stop and pause are atomic flags read once per batch, not slots, because a busy worker never
// drains its event queue. Results leave as copies of plain structs in queued signals; step
// metrics are batched so a fast model cannot flood the GUI thread.
class TrainingWorker : public QObject {
    Q_OBJECT

public:
    explicit TrainingWorker(QObject* parent = nullptr);

    // Thread-safe: the run stops after the current batch and saves a checkpoint.
    void requestStop() { m_stop.store(true); }
    // Thread-safe: the run waits after the current batch until resumed or stopped.
    void setPaused(bool paused) { m_paused.store(paused); }
    bool isPaused() const { return m_paused.load(); }

    // How often batched step metrics are sent, in milliseconds.
    static constexpr int kStepBatchMs = 50;

public Q_SLOTS:
    // A new run in `runFolder` (new or empty). Blocks this thread until the run ends.
    void startRun(const negvae::ExperimentConfig& config, const QString& runFolder);
    // Continue the run in `runFolder` from its latest checkpoint; a positive `learningRate`
    // replaces the run's (e.g. lower, after it diverged).
    void resumeRun(const QString& runFolder, double learningRate = 0);

Q_SIGNALS:
    void loadingProgress(qint64 done, qint64 total, const QString& what);
    // Training begins: the run's config, its total steps and those already done (resume).
    void runStarted(const QString& runFolder, const negvae::ExperimentConfig& config, qint64 totalSteps,
                    qint64 completedSteps);
    void stepsCompleted(const QVector<negvae::StepMetrics>& steps);
    void evaluated(const negvae::EvalReport& report);
    void pausedChanged(bool paused);
    void logMessage(const QString& message);
    // `completed` is false when the run was stopped before its last epoch.
    void runFinished(const QString& runFolder, bool completed);
    void failed(const QString& message);
    // The loss or a gradient became NaN or infinite (failed() is sent too): the run stopped at
    // its last checkpoint, which can be resumed with a lower rate than `learningRate`.
    void diverged(const QString& runFolder, const QString& message, double learningRate);

private:
    void execute(const QString& runFolder, const negvae::ExperimentConfig* config, double learningRate = 0);

    std::atomic<bool> m_stop {false};
    std::atomic<bool> m_paused {false};
};

} // namespace negvae

// Queued signals carry the config by value.
Q_DECLARE_METATYPE(negvae::ExperimentConfig)
