#include "experimentrunner.h"

#include "checkpointarchive.h"
#include "configerror.h"
#include "dataerror.h"
#include "evaluator.h"
#include "imagegrid.h"
#include "inferenceguard.h"
#include "resourcecheck.h"
#include "scoringcancelled.h"

#include <QThread>
#include <cmath>
#include <sstream>

namespace negvae {

ExperimentRunner::ExperimentRunner(QString runFolder, DatasetRegistry registry)
    : m_store(std::move(runFolder))
    , m_registry(std::move(registry))
{
}

torch::Device ExperimentRunner::chooseDevice(DevicePreference preference)
{
    const bool cuda = torch::cuda::is_available();
    if (preference == DevicePreference::Cuda && !cuda)
        throw std::runtime_error("training.device is \"cuda\" but this LibTorch build has no usable CUDA device");
    return (preference != DevicePreference::Cpu && cuda) ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

void ExperimentRunner::log(const QString& message) const
{
    if (m_callbacks.log)
        m_callbacks.log(message);
}

void ExperimentRunner::start(const ExperimentConfig& config)
{
    config.throwIfInvalid(m_store.path(QStringLiteral("config.json")));
    m_config = config;
    // Load the data before creating the folder: a typo in a data-set name leaves nothing behind.
    prepare();
    checkResources();
    m_store.create(m_config);
    log(QStringLiteral("new run in %1").arg(m_store.folder()));
}

void ExperimentRunner::resume(std::optional<double> learningRate)
{
    if (!m_store.exists())
        throw DataError(m_store.folder(), QStringLiteral("holds no run to resume (no config.json)"));
    m_config = m_store.readConfig();
    if (learningRate && !(std::isfinite(*learningRate) && *learningRate > 0)) {
        throw ConfigException(m_store.path(QStringLiteral("config.json")),
                              {ConfigError {QStringLiteral("optimizer.learningRate"),
                                            QStringLiteral("the learning rate to resume with must be a positive number, not %1")
                                                .arg(*learningRate)}});
    }
    prepare();
    if (m_store.hasCheckpoint()) {
        loadCheckpoint();
        log(QStringLiteral("resuming %1 at epoch %2, step %3").arg(m_store.folder()).arg(m_nextEpoch).arg(m_trainer->step()));
    } else {
        log(QStringLiteral("no checkpoint in %1: starting from the beginning").arg(m_store.folder()));
    }
    checkResources();
    m_store.truncateMetrics(m_trainer->step());
    if (learningRate && *learningRate != m_config.optimizer.learningRate) {
        const double previous = m_config.optimizer.learningRate;
        m_trainer->setLearningRate(*learningRate);
        m_config.optimizer.learningRate = *learningRate;
        m_store.updateConfig(m_config);
        const QString change = QStringLiteral("resumed at step %1 with optimizer.learningRate %2 (was %3)")
                                   .arg(m_trainer->step()).arg(*learningRate).arg(previous);
        m_store.appendHistory(change);
        log(change);
    }
}

void ExperimentRunner::openForEvaluation(const QStringList& ood)
{
    if (!m_store.exists())
        throw DataError(m_store.folder(), QStringLiteral("holds no run (no config.json)"));
    if (!m_store.hasCheckpoint())
        throw DataError(m_store.checkpointPath(), QStringLiteral("missing: the run has no checkpoint to evaluate yet"));
    m_config = m_store.readConfig();
    if (!ood.isEmpty())
        m_config.data.ood = ood;
    prepare();
    loadCheckpoint();
}

void ExperimentRunner::prepare()
{
    const int threads = m_config.training.threads > 0 ? int(m_config.training.threads) : QThread::idealThreadCount();
    torch::set_num_threads(threads);
    const torch::Device device = chooseDevice(m_config.training.device);
    m_data = ExperimentData::load(m_config, m_registry, m_callbacks.progress);
    // The background model first: each trainer seeds torch's global generator, and the run's
    // own must be the last to do so for the run to train the same with or without it.
    m_background.reset();
    if (m_config.evaluation.scores.background)
        m_background = std::make_unique<BackgroundModel>(m_config, m_data.train.shape(), device);
    m_trainer = std::make_unique<Trainer>(m_config, m_data.train.shape(), device, m_data.negatives);
    log(QStringLiteral("%1 train / %2 test images of %3 (%4), %5 OOD set(s), %6 thread(s), %7")
            .arg(m_data.train.size()).arg(m_data.test.size()).arg(m_config.data.inlier, m_data.train.shape().toString())
            .arg(m_data.ood.size()).arg(threads)
            .arg(device.is_cuda() ? QStringLiteral("CUDA") : QStringLiteral("CPU")));
}

int64_t ExperimentRunner::stepsPerEpoch() const
{
    const int64_t batch = m_config.training.batchSize;
    return (m_data.train.size() + batch - 1) / batch;
}

ExperimentRunner::Outcome ExperimentRunner::run(const std::atomic<bool>& stop)
{
    const int64_t batchSize = m_config.training.batchSize;
    const int64_t batches = stepsPerEpoch();
    std::vector<StepMetrics> pending;
    for (int64_t epoch = m_nextEpoch; epoch <= m_config.training.epochs; ++epoch) {
        if (m_nextBatch == 0)
            m_permutation = torch::randperm(m_data.train.size(), m_trainer->generator(), torch::kInt64);
        for (int64_t batch = m_nextBatch; batch < batches; ++batch) {
            const torch::Tensor indices = m_permutation.slice(0, batch * batchSize, std::min(m_data.train.size(), (batch + 1) * batchSize));
            const torch::Tensor images = m_data.train.floatBatch(indices);
            const StepMetrics metrics = m_trainer->trainStep(images, epoch);
            if (m_background)
                m_background->trainStep(images, epoch);
            pending.push_back(metrics);
            if (m_callbacks.step)
                m_callbacks.step(metrics);
            if (stop.load()) {
                m_store.appendMetrics(pending);
                saveCheckpoint(epoch, batch + 1);
                log(QStringLiteral("stopped at epoch %1, step %2; checkpoint saved").arg(epoch).arg(metrics.step));
                return Outcome::Stopped;
            }
        }
        m_store.appendMetrics(pending);
        pending.clear();
        m_nextBatch = 0;
        const bool last = epoch == m_config.training.epochs;
        if (last || epoch % m_config.training.evalInterval == 0)
            evaluate(epoch, last, &stop);
        if (last || epoch % m_config.training.checkpointInterval == 0)
            saveCheckpoint(epoch + 1, 0);
        m_nextEpoch = epoch + 1;
    }
    return Outcome::Finished;
}

EvalReport ExperimentRunner::score(bool regret, const std::atomic<bool>* stop)
{
    Evaluator evaluator(m_config.evaluation.seed, m_config.evaluation.batchSize, m_trainer->device());
    // Regret is asked for per call (final evaluation, `negvae eval --regret`), not by the config alone.
    ScoresConfig scores = m_config.evaluation.scores;
    scores.regret = regret;
    evaluator.setExtraScores(scores, m_background ? m_background->model() : Vae(nullptr), regret, stop);
    EvalReport report = evaluator.evaluate(m_trainer->model(), m_data.test, m_data.ood, m_callbacks.progress);
    m_scoredNegatives = negativeSample();
    if (m_scoredNegatives.defined())
        report.sets.push_back(evaluator.score(m_trainer->model(), m_scoredNegatives, negativeSetName(m_config), ScoreRole::Negative));
    report.epoch = m_nextEpoch - 1;
    report.step = m_trainer->step();
    return report;
}

EvalReport ExperimentRunner::evaluate(int64_t epoch, bool final, const std::atomic<bool>* stop)
{
    EvalReport report;
    const bool regret = final && m_config.evaluation.scores.regret;
    try {
        report = score(regret, stop);
    } catch (const ScoringCancelled&) {
        // The cheap scores are worth keeping; only the slow one was asked to stop.
        log(QStringLiteral("likelihood regret cancelled; epoch %1 is evaluated without it").arg(epoch));
        report = score(false);
    }
    report.epoch = epoch;
    m_store.writeEvaluation(report);
    writeSamples(epoch);
    // The negatives behind the histogram, so the explorer can show the images of any bin.
    if (m_scoredNegatives.defined())
        m_store.writeScoredNegatives(epoch, ImageGrid::fromTensor(m_scoredNegatives));
    if (m_callbacks.evaluation)
        m_callbacks.evaluation(report);
    return report;
}

void ExperimentRunner::checkResources() const
{
    const int64_t batch = std::min(m_config.training.batchSize, m_data.train.size());
    const qint64 memory = ResourceCheck::stepMemory(m_config, m_trainer->model()->options(), batch);
    const qint64 freeMemory = m_memoryLimit >= 0 ? m_memoryLimit : ResourceCheck::availableMemory();
    if (const auto problem = ResourceCheck::memoryProblem(memory, freeMemory, batch))
        throw ConfigException(m_store.path(QStringLiteral("config.json")), {*problem});

    int64_t parameters = 0;
    for (const torch::Tensor& p : m_trainer->model()->parameters())
        parameters += p.numel();
    // The background model shares each checkpoint; it trains after the main model's step, so
    // it adds to the disk but not to the step's peak memory.
    if (m_background)
        for (const torch::Tensor& p : m_background->model()->parameters())
            parameters += p.numel();
    int64_t scored = m_data.test.size();
    for (const ImageSet& set : m_data.ood)
        scored += set.size();
    const int64_t epochs = std::max<int64_t>(1, m_config.training.epochs - m_nextEpoch + 1);
    const qint64 disk = ResourceCheck::diskNeeded(m_config, parameters, m_data.train.size(), scored, m_data.train.shape(), epochs);
    const qint64 freeDisk = m_diskLimit >= 0 ? m_diskLimit : ResourceCheck::availableDisk(m_store.folder());
    if (const QString problem = ResourceCheck::diskProblem(disk, freeDisk); !problem.isEmpty())
        throw DataError(m_store.folder(), problem);
}

QString ExperimentRunner::negativeSetName(const ExperimentConfig& config)
{
    return QStringLiteral("negatives (%1)").arg(jsonName(config.data.negatives.source));
}

torch::Tensor ExperimentRunner::negativeSample()
{
    if (m_config.data.negatives.source == NegativeSource::None)
        return {};
    // As many negatives as the histogram needs to be smooth, made the way training makes
    // them, without touching the training's random stream.
    const InferenceGuard inference(*m_trainer->model(), &m_trainer->generator());
    const int64_t count = std::min<int64_t>(m_data.test.size(), kNegativeSampleSize);
    std::vector<torch::Tensor> batches;
    for (int64_t begin = 0; begin < count; begin += m_config.evaluation.batchSize) {
        const int64_t end = std::min(count, begin + m_config.evaluation.batchSize);
        batches.push_back(m_trainer->makeNegatives(m_data.test.floatRange(begin, end).to(m_trainer->device())).cpu());
    }
    return torch::cat(batches);
}

void ExperimentRunner::writeSamples(int64_t epoch)
{
    const int64_t count = m_config.training.sampleCount;
    if (count <= 0)
        return;
    Vae& model = m_trainer->model();
    at::Generator& generator = m_trainer->generator();
    const InferenceGuard inference(*model, &generator);
    // Inputs beside their reconstructions (decoded at the posterior mean) for the inlier test
    // set and every OOD set, where the model's failures show.
    const auto writePair = [&](const ImageSet& set, const QString& prefix) {
        const torch::Tensor images = set.floatRange(0, std::min(count, set.size())).to(m_trainer->device());
        m_store.writeSamples(epoch, prefix + QStringLiteral("inputs"), ImageGrid::fromTensor(images));
        m_store.writeSamples(epoch, prefix + QStringLiteral("reconstructions"),
                             ImageGrid::fromTensor(model->decode(model->encoder()->forward(images).first)));
        return images;
    };
    const torch::Tensor inputs = writePair(m_data.test, QString());
    for (size_t i = 0; i < m_data.ood.size(); ++i)
        writePair(m_data.ood[i], QStringLiteral("ood%1_").arg(i + 1));
    m_store.writeSamples(epoch, QStringLiteral("generated"), ImageGrid::fromTensor(model->sample(count, generator)));
    const torch::Tensor negatives = m_trainer->makeNegatives(inputs);
    if (negatives.defined())
        m_store.writeSamples(epoch, QStringLiteral("negatives"), ImageGrid::fromTensor(negatives));
}

void ExperimentRunner::saveCheckpoint(int64_t nextEpoch, int64_t nextBatch)
{
    torch::serialize::OutputArchive archive;
    archive.write("format_version", torch::tensor(int64_t(CheckpointArchive::kFormat)));
    archive.write("next_epoch", torch::tensor(nextEpoch));
    archive.write("next_batch", torch::tensor(nextBatch));
    archive.write("permutation", m_permutation.defined() ? m_permutation : torch::empty({0}, torch::kInt64));
    torch::serialize::OutputArchive trainer;
    m_trainer->save(trainer);
    archive.write("trainer", trainer);
    if (m_background) {
        torch::serialize::OutputArchive background;
        m_background->save(background);
        archive.write("background", background);
    }
    std::ostringstream out;
    archive.save_to(out);
    const std::string bytes = out.str();
    m_store.writeCheckpoint(QByteArray(bytes.data(), qsizetype(bytes.size())));
}

void ExperimentRunner::loadCheckpoint()
{
    CheckpointArchive checkpoint(m_store);
    checkpoint.read([&](torch::serialize::InputArchive& archive) {
        torch::Tensor value;
        archive.read("next_epoch", value);
        m_nextEpoch = value.item<int64_t>();
        archive.read("next_batch", value);
        m_nextBatch = value.item<int64_t>();
        archive.read("permutation", m_permutation);
    });
    checkpoint.readTrainer([&](torch::serialize::InputArchive& trainer) { m_trainer->load(trainer); });
    if (m_background) {
        bool found = false;
        checkpoint.read([&](torch::serialize::InputArchive& archive) {
            torch::serialize::InputArchive background;
            found = archive.try_read("background", background);
            if (found)
                m_background->load(background);
        });
        if (!found)
            throw DataError(m_store.checkpointPath(),
                            QStringLiteral("holds no background model, but evaluation.scores.background is on: the run "
                                           "was trained without one (turn it off, or train a new run with it)"));
    }
    if (m_nextBatch > 0 && m_permutation.numel() != m_data.train.size())
        throw DataError(m_store.checkpointPath(), QStringLiteral("was written for a different training set size"));
}

} // namespace negvae
