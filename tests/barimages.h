#pragma once

// A tiny image set for tests that train: 28×28 white bars on black at varying positions,
// written as a gzip IDX set (train and t10k splits alike) that the registry loads as a path.
#include "experimentconfig.h"
#include "idxreader.h"

#include <QDir>
#include <QString>

namespace negvae::testing {

inline bool writeBarImages(const QString& folder, int count, bool vertical, int64_t seed = 1)
{
    if (!QDir().mkpath(folder))
        return false;
    torch::manual_seed(uint64_t(seed));
    auto images = torch::zeros({count, 1, 28, 28}, torch::kUInt8);
    const auto positions = torch::randint(4, 24, {count}, torch::kInt64);
    using torch::indexing::Slice;
    for (int i = 0; i < count; ++i) {
        const int64_t p = positions[i].item<int64_t>();
        if (vertical)
            images.index_put_({i, 0, Slice(4, 24), Slice(p, p + 3)}, 255);
        else
            images.index_put_({i, 0, Slice(p, p + 3), Slice(4, 24)}, 255);
    }
    const auto labels = torch::zeros({count}, torch::kInt64);
    for (const char* split : {"train", "t10k"}) {
        const QString prefix = folder + QLatin1Char('/') + QLatin1String(split);
        IdxReader::writeImages(prefix + QStringLiteral("-images-idx3-ubyte.gz"), images, true);
        IdxReader::writeLabels(prefix + QStringLiteral("-labels-idx1-ubyte.gz"), labels, true);
    }
    return true;
}

// A run small enough for a unit test: a few thousand parameters, two epochs of a handful of
// batches on one thread, scored against uniform noise.
inline ExperimentConfig tinyExperiment(const QString& inliers, NegativeSource source)
{
    ExperimentConfig config;
    config.name = QStringLiteral("test");
    config.seed = 7;
    config.data.inlier = inliers;
    config.data.ood = {QStringLiteral("uniform-noise")};
    config.data.negatives.source = source;
    config.model.latentDim = 4;
    config.model.widths = {8, 16};
    config.model.hidden = 32;
    config.optimizer.learningRate = 1e-3;
    config.training.epochs = 2;
    config.training.batchSize = 16;
    config.training.threads = 1;
    config.training.sampleCount = 8;
    config.evaluation.batchSize = 32;
    return config;
}

} // namespace negvae::testing
