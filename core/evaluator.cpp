#include "evaluator.h"

#include "importanceweightedbound.h"
#include "inferenceguard.h"
#include "inputcomplexity.h"
#include "likelihood.h"
#include "likelihoodregret.h"
#include "scoringcancelled.h"

#include <QJsonObject>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace negvae {

namespace {

void append(std::vector<float>& into, const torch::Tensor& values)
{
    const torch::Tensor cpu = values.to(torch::kCPU, torch::kFloat32).contiguous();
    into.insert(into.end(), cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
}

void requireFinite(const SetScores& set)
{
    std::vector<const std::vector<float>*> all {&set.bpd, &set.kl, &set.rec};
    for (const NamedScores& extra : set.extra)
        all.push_back(&extra.values);
    for (const auto* values : all) {
        for (float v : *values) {
            if (!std::isfinite(v)) {
                throw std::runtime_error(QStringLiteral("%1: the model gives non-finite scores (diverged?)")
                                             .arg(set.name).toStdString());
            }
        }
    }
}

} // namespace

Evaluator::Evaluator(int64_t seed, int64_t batchSize, torch::Device device)
    : m_seed(seed)
    , m_batchSize(std::max<int64_t>(1, batchSize))
    , m_device(device)
{
}

void Evaluator::setExtraScores(const ScoresConfig& config, Vae background, bool regret, const std::atomic<bool>* stop)
{
    m_scores = config;
    m_background = config.background ? background : Vae(nullptr);
    m_regret = regret && config.regret;
    m_stop = stop;
}

QJsonObject Evaluator::extraScoreSettings() const
{
    QJsonObject settings;
    if (m_scores.iwae)
        settings.insert(QStringLiteral("bpd_iw"), QJsonObject {{QStringLiteral("samples"), qint64(m_scores.iwaeSamples)}});
    if (m_scores.complexity)
        settings.insert(QStringLiteral("complexity"), QJsonObject {{QStringLiteral("compressor"), jsonName(m_scores.compressor)}});
    if (m_background)
        settings.insert(QStringLiteral("likelihood_ratio"),
                        QJsonObject {{QStringLiteral("perturbation_rate"), m_scores.perturbationRate}});
    if (m_regret)
        settings.insert(QStringLiteral("regret"), QJsonObject {{QStringLiteral("steps"), qint64(m_scores.regretSteps)},
                                                               {QStringLiteral("learning_rate"), m_scores.regretLearningRate}});
    return settings;
}

SetScores Evaluator::score(Vae& model, const ImageSet& set, ScoreRole role, const ProgressCallback& progress) const
{
    SetScores scores = scoreBatches(
        model, set.size(), [&](int64_t begin, int64_t end) { return set.floatRange(begin, end); }, set.name(), role, progress);
    const torch::Tensor labels = set.labels().contiguous();
    scores.labels.assign(labels.data_ptr<int64_t>(), labels.data_ptr<int64_t>() + labels.numel());
    return scores;
}

SetScores Evaluator::score(Vae& model, const torch::Tensor& images, const QString& name, ScoreRole role) const
{
    SetScores scores = scoreBatches(
        model, images.size(0), [&](int64_t begin, int64_t end) { return images.slice(0, begin, end); }, name, role, {});
    scores.labels.assign(size_t(images.size(0)), -1);
    return scores;
}

SetScores Evaluator::scoreBatches(Vae& model, int64_t count, const BatchSource& batch, const QString& name,
                                  ScoreRole role, const ProgressCallback& progress) const
{
    const InferenceGuard inference(*model);
    Vae background = m_background; // a handle: the module is shared, not copied
    std::optional<InferenceGuard> backgroundInference;
    if (background)
        backgroundInference.emplace(*background);
    // Re-seeded per set: a set's scores must not depend on which sets were scored before it.
    at::Generator generator = at::detail::createCPUGenerator(static_cast<uint64_t>(m_seed));
    SetScores scores;
    scores.name = name;
    scores.role = role;
    std::vector<float> backgroundBpd;
    for (int64_t begin = 0; begin < count; begin += m_batchSize) {
        const int64_t end = std::min(count, begin + m_batchSize);
        const torch::Tensor x = batch(begin, end).to(m_device);
        const int64_t dims = x[0].numel();
        auto [mu, logvar] = model->encoder()->forward(x);
        const torch::Tensor eps = torch::randn(mu.sizes(), generator, torch::kFloat32).to(m_device);
        const torch::Tensor z = mu + torch::exp(0.5 * logvar) * eps;
        const torch::Tensor rec = -model->logLikelihood(model->decoder()->forward(z), x);
        const torch::Tensor kl = Likelihood::klToIsotropic(mu, logvar, 0.0);
        if (begin < kLatentSample) {
            append(scores.latentMeans, mu.slice(0, 0, std::min(end, kLatentSample) - begin));
            scores.latentDim = mu.size(1);
        }
        append(scores.rec, rec);
        append(scores.kl, kl);
        append(scores.bpd, Likelihood::bitsPerDim(rec + kl, dims));
        if (m_background) {
            // The same ε as the model's ELBO (common random numbers), so sampling noise that
            // both models share cancels in the difference.
            auto [bgMu, bgLogvar] = background->encoder()->forward(x);
            const torch::Tensor bgZ = bgMu + torch::exp(0.5 * bgLogvar) * eps;
            const torch::Tensor bgNegativeElbo = -background->logLikelihood(background->decoder()->forward(bgZ), x)
                + Likelihood::klToIsotropic(bgMu, bgLogvar, 0.0);
            append(backgroundBpd, Likelihood::bitsPerDim(bgNegativeElbo, dims));
        }
        if (progress)
            progress(end, count, QStringLiteral("scoring %1").arg(name));
    }
    if (m_background) {
        std::vector<float> ratio(scores.bpd.size());
        for (size_t i = 0; i < ratio.size(); ++i)
            ratio[i] = scores.bpd[i] - backgroundBpd[i];
        scores.setExtraScores(QStringLiteral("likelihood_ratio"), std::move(ratio));
    }
    scoreExtras(model, count, batch, scores, progress);
    requireFinite(scores);
    return scores;
}

void Evaluator::scoreExtras(Vae& model, int64_t count, const BatchSource& batch, SetScores& scores,
                            const ProgressCallback& progress) const
{
    if (m_scores.iwae) {
        // Its own generator, seeded alike, so bpd_iw does not depend on which scores ran before.
        at::Generator generator = at::detail::createCPUGenerator(static_cast<uint64_t>(m_seed));
        const ImportanceWeightedBound bound(m_scores.iwaeSamples, m_scores.iwaeBatch);
        std::vector<float> values;
        for (int64_t begin = 0; begin < count; begin += m_batchSize) {
            const int64_t end = std::min(count, begin + m_batchSize);
            const torch::Tensor x = batch(begin, end).to(m_device);
            append(values, Likelihood::bitsPerDim(bound.negativeLogLikelihood(model, x, generator), x[0].numel()));
            if (progress)
                progress(end, count, QStringLiteral("importance-weighted bound (K = %1) of %2").arg(m_scores.iwaeSamples).arg(scores.name));
        }
        scores.setExtraScores(QStringLiteral("bpd_iw"), std::move(values));
    }
    if (m_scores.complexity) {
        const InputComplexity complexity(m_scores.compressor);
        std::vector<float> values;
        for (int64_t begin = 0; begin < count; begin += m_batchSize) {
            const int64_t end = std::min(count, begin + m_batchSize);
            for (float bits : complexity.bitsPerDim(batch(begin, end)))
                values.push_back(scores.bpd[values.size()] - bits);
        }
        scores.setExtraScores(QStringLiteral("complexity"), std::move(values));
    }
    if (m_regret) {
        at::Generator generator = at::detail::createCPUGenerator(static_cast<uint64_t>(m_seed));
        const LikelihoodRegret regret(m_scores.regretSteps, m_scores.regretLearningRate);
        std::vector<float> values;
        for (int64_t begin = 0; begin < count; begin += m_batchSize) {
            if (m_stop && m_stop->load())
                throw ScoringCancelled();
            const int64_t end = std::min(count, begin + m_batchSize);
            const torch::Tensor x = batch(begin, end).to(m_device);
            append(values, Likelihood::bitsPerDim(regret.regret(model, x, generator), x[0].numel()));
            if (progress)
                progress(end, count, QStringLiteral("likelihood regret (slow) of %1").arg(scores.name));
        }
        scores.setExtraScores(QStringLiteral("regret"), std::move(values));
    }
}

EvalReport Evaluator::evaluate(Vae& model, const ImageSet& inlierTest, const std::vector<ImageSet>& oodTests,
                               const ProgressCallback& progress) const
{
    EvalReport report;
    report.sets.push_back(score(model, inlierTest, ScoreRole::Inlier, progress));
    for (const ImageSet& set : oodTests)
        report.sets.push_back(score(model, set, ScoreRole::Ood, progress));
    computeMetrics(report);
    report.scoreSettings = extraScoreSettings();
    return report;
}

void Evaluator::computeMetrics(EvalReport& report)
{
    report.metrics.clear();
    if (report.sets.empty())
        return;
    const SetScores& inlier = report.sets.front();
    for (size_t i = 1; i < report.sets.size(); ++i) {
        if (report.sets[i].role != ScoreRole::Ood)
            continue;
        for (const QString& score : report.availableScores()) {
            MetricRow row;
            row.oodSet = report.sets[i].name;
            row.score = score;
            row.values = OodMetrics::all(EvalReport::scores(inlier, score), EvalReport::scores(report.sets[i], score));
            report.metrics.push_back(row);
        }
    }
}

} // namespace negvae
