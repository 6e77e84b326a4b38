#pragma once

#include "datasetregistry.h"
#include "evalreport.h"
#include "backgroundmodel.h"
#include "experimentconfig.h"
#include "experimentdata.h"
#include "progress.h"
#include "runstore.h"
#include "stepmetrics.h"
#include "trainer.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace negvae {

// What a running experiment tells its front end (CLI or GUI worker). Every callback is
// optional and runs on the thread that calls run().
struct RunCallbacks {
    std::function<void(const StepMetrics&)> step;
    std::function<void(const EvalReport&)> evaluation;
    ProgressCallback progress; // loading and scoring
    std::function<void(const QString&)> log;
};

// Drives one run from config to run folder: loads the data, trains epoch by epoch, evaluates,
// saves samples and checkpoints, and resumes from the last checkpoint. The stop flag is read
// once per batch; on stop a checkpoint is written so nothing but the current batch is lost.
class ExperimentRunner {
public:
    enum class Outcome { Finished, Stopped };
    static constexpr int64_t kNegativeSampleSize = 2000; // negatives scored at each evaluation

    ExperimentRunner(QString runFolder, DatasetRegistry registry = DatasetRegistry());

    void setCallbacks(RunCallbacks callbacks) { m_callbacks = std::move(callbacks); }

    // A new run: creates the folder (which must be new or empty) with config.json.
    void start(const ExperimentConfig& config);
    // The run in the folder, from its config.json and latest checkpoint (if any). With a
    // learning rate, both optimisers continue at that rate (e.g. lower, after the run
    // diverged); config.json and history.txt record the change. Throws ConfigException for a
    // rate that is not positive and finite.
    void resume(std::optional<double> learningRate = std::nullopt);

    // The finished or interrupted run in the folder, for scoring its latest checkpoint
    // against `ood` (the config's OOD sets when empty). Throws DataError without a checkpoint.
    void openForEvaluation(const QStringList& ood = {});

    Outcome run(const std::atomic<bool>& stop);

    // What start() and resume() compare a run's estimated needs against (ResourceCheck)
    // instead of this machine's free memory and disk; −1 keeps the machine's figure. For
    // planning a run for another machine, and for tests.
    void setResourceLimits(qint64 memoryBytes, qint64 diskBytes)
    {
        m_memoryLimit = memoryBytes;
        m_diskLimit = diskBytes;
    }

    const ExperimentConfig& config() const { return m_config; }
    const RunStore& store() const { return m_store; }
    int64_t stepsPerEpoch() const;
    int64_t totalSteps() const { return stepsPerEpoch() * m_config.training.epochs; }
    int64_t completedSteps() const { return m_trainer ? m_trainer->step() : 0; }
    int64_t nextEpoch() const { return m_nextEpoch; }
    Trainer& trainer() { return *m_trainer; }
    const ExperimentData& data() const { return m_data; }

    // Evaluates the current model on the test sets, writes eval/, scores.csv and samples/.
    // With `final` the slow likelihood regret is included when the config enables it; when
    // `stop` is raised during it, the evaluation is written without regret.
    EvalReport evaluate(int64_t epoch, bool final = false, const std::atomic<bool>* stop = nullptr);
    // The same scores and metrics without writing anything. With `regret`, likelihood regret
    // too (whatever the config says: the caller decides when the slow score is worth it);
    // throws ScoringCancelled when `stop` is raised during it.
    EvalReport score(bool regret = false, const std::atomic<bool>* stop = nullptr);
    // The background model of the likelihood-ratio score; null unless the config enables it.
    BackgroundModel* background() { return m_background.get(); }

    // How evaluations name the scored sample of the negatives, e.g. "negatives (adversarial)".
    static QString negativeSetName(const ExperimentConfig& config);

    // torch::Device for a preference; throws std::runtime_error when CUDA is asked for but
    // this LibTorch has none.
    static torch::Device chooseDevice(DevicePreference preference);

private:
    void prepare();
    // Refuses, before any training, a batch that cannot fit in memory (ConfigException on
    // training.batchSize) or a run whose remaining epochs cannot fit on disk (DataError).
    void checkResources() const;
    void saveCheckpoint(int64_t nextEpoch, int64_t nextBatch);
    void loadCheckpoint();
    void writeSamples(int64_t epoch);
    torch::Tensor negativeSample();
    void log(const QString& message) const;

    RunStore m_store;
    DatasetRegistry m_registry;
    RunCallbacks m_callbacks;
    ExperimentConfig m_config;
    ExperimentData m_data;
    std::unique_ptr<Trainer> m_trainer;
    std::unique_ptr<BackgroundModel> m_background;
    int64_t m_nextEpoch = 1;
    int64_t m_nextBatch = 0;
    torch::Tensor m_permutation; // this epoch's order of the train images
    qint64 m_memoryLimit = -1;
    qint64 m_diskLimit = -1;
    torch::Tensor m_scoredNegatives; // the negatives of the last score(), for the explorer
};

} // namespace negvae
