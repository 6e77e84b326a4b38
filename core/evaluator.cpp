#include "evaluator.h"

#include "inferenceguard.h"
#include "likelihood.h"

#include <cmath>
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
    for (const auto* values : {&set.bpd, &set.kl, &set.rec}) {
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
    // Re-seeded per set: a set's scores must not depend on which sets were scored before it.
    at::Generator generator = at::detail::createCPUGenerator(static_cast<uint64_t>(m_seed));
    SetScores scores;
    scores.name = name;
    scores.role = role;
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
        if (progress)
            progress(end, count, QStringLiteral("scoring %1").arg(name));
    }
    requireFinite(scores);
    return scores;
}

EvalReport Evaluator::evaluate(Vae& model, const ImageSet& inlierTest, const std::vector<ImageSet>& oodTests,
                               const ProgressCallback& progress) const
{
    EvalReport report;
    report.sets.push_back(score(model, inlierTest, ScoreRole::Inlier, progress));
    for (const ImageSet& set : oodTests)
        report.sets.push_back(score(model, set, ScoreRole::Ood, progress));
    computeMetrics(report);
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
        for (const QString& score : EvalReport::scoreNames()) {
            MetricRow row;
            row.oodSet = report.sets[i].name;
            row.score = score;
            row.values = OodMetrics::all(EvalReport::scores(inlier, score), EvalReport::scores(report.sets[i], score));
            report.metrics.push_back(row);
        }
    }
}

} // namespace negvae
