#include "trainingworker.h"

#include "configerror.h"
#include "dataerror.h"
#include "experimentrunner.h"

#include <QElapsedTimer>
#include <QThread>

namespace negvae {

TrainingWorker::TrainingWorker(QObject* parent)
    : QObject(parent)
{
}

void TrainingWorker::startRun(const ExperimentConfig& config, const QString& runFolder)
{
    execute(runFolder, &config);
}

void TrainingWorker::resumeRun(const QString& runFolder, double learningRate)
{
    execute(runFolder, nullptr, learningRate);
}

void TrainingWorker::execute(const QString& runFolder, const ExperimentConfig* config, double learningRate)
{
    m_stop.store(false);
    m_paused.store(false);
    QVector<StepMetrics> pending;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    const auto flush = [&] {
        if (!pending.isEmpty())
            Q_EMIT stepsCompleted(pending);
        pending.clear();
        sinceFlush.restart();
    };
    // Pausing holds the worker between batches; the flags are polled so that Stop still works.
    const auto waitWhilePaused = [&] {
        if (!m_paused.load())
            return;
        flush();
        Q_EMIT pausedChanged(true);
        while (m_paused.load() && !m_stop.load())
            QThread::msleep(20);
        Q_EMIT pausedChanged(false);
    };

    try {
        ExperimentRunner runner(runFolder);
        runner.setCallbacks({
            [&](const StepMetrics& m) {
                pending.push_back(m);
                if (sinceFlush.elapsed() >= kStepBatchMs)
                    flush();
                waitWhilePaused();
            },
            [&](const EvalReport& report) {
                flush();
                Q_EMIT evaluated(report);
            },
            [&](qint64 done, qint64 total, const QString& what) { Q_EMIT loadingProgress(done, total, what); },
            [&](const QString& line) { Q_EMIT logMessage(line); },
        });
        if (config)
            runner.start(*config);
        else
            runner.resume(learningRate > 0 ? std::optional<double>(learningRate) : std::nullopt);
        Q_EMIT runStarted(runFolder, runner.config(), runner.totalSteps(), runner.completedSteps());
        try {
            const ExperimentRunner::Outcome outcome = runner.run(m_stop);
            flush();
            Q_EMIT runFinished(runFolder, outcome == ExperimentRunner::Outcome::Finished);
        } catch (const NonFiniteLossError& error) {
            flush();
            const QString message = QString::fromUtf8(error.what());
            Q_EMIT failed(tr("Training diverged: %1").arg(message));
            Q_EMIT diverged(runFolder, message, runner.config().optimizer.learningRate);
        }
    } catch (const ConfigException& error) {
        flush();
        Q_EMIT failed(tr("Invalid experiment: %1").arg(error.message()));
    } catch (const DataError& error) {
        flush();
        Q_EMIT failed(error.message());
    } catch (const std::exception& error) {
        flush();
        Q_EMIT failed(tr("Training failed: %1").arg(QString::fromUtf8(error.what())));
    }
}

} // namespace negvae
