#pragma once

// Run folders written directly through RunStore, with evaluations holding chosen metric
// values: what the report and the Runs view read, without training anything.
#include "evalreport.h"
#include "experimentconfig.h"
#include "runstore.h"

#include <QMap>
#include <QPair>
#include <QString>

namespace negvae::testing {

// A small valid config, with everything a finished synthetic run needs.
inline ExperimentConfig syntheticConfig()
{
    ExperimentConfig config;
    config.name = QStringLiteral("test");
    config.data.inlier = QStringLiteral("fashion-mnist");
    config.data.ood = {QStringLiteral("mnist")};
    config.training.epochs = 2;
    return config;
}

// One evaluation at `epoch` holding the given (BPD, KL) AUROCs against each OOD set; FPR95 is
// 1 − AUROC so a metric switch is visible.
inline EvalReport syntheticEvaluation(int64_t epoch, const QMap<QString, QPair<double, double>>& aurocs)
{
    EvalReport report;
    report.epoch = epoch;
    report.step = epoch * 10;
    for (auto it = aurocs.constBegin(); it != aurocs.constEnd(); ++it) {
        MetricRow bpd {it.key(), QStringLiteral("bpd"), {}};
        bpd.values.auroc = it.value().first;
        bpd.values.fpr95 = 1.0 - it.value().first;
        MetricRow kl {it.key(), QStringLiteral("kl"), {}};
        kl.values.auroc = it.value().second;
        kl.values.fpr95 = 1.0 - it.value().second;
        MetricRow rec {it.key(), QStringLiteral("rec"), {}};
        rec.values.auroc = 0.5;
        report.metrics.insert(report.metrics.end(), {bpd, kl, rec});
    }
    return report;
}

// A finished (or, with epoch < epochs, unfinished) run folder whose last evaluation holds
// the given AUROCs.
inline void writeSyntheticRun(const QString& folder, const ExperimentConfig& config,
                              const QMap<QString, QPair<double, double>>& aurocs, int64_t epoch = -1)
{
    const RunStore store(folder);
    store.create(config);
    store.writeEvaluation(syntheticEvaluation(epoch < 0 ? config.training.epochs : epoch, aurocs));
}

} // namespace negvae::testing
