#pragma once

#include "configerror.h"
#include "experimentconfig.h"
#include "imageset.h"
#include "vaemodel.h"

#include <QString>
#include <optional>

namespace negvae {

// What a run will need, estimated before it starts, so that a run which cannot fit in memory
// or on disk is refused with a message instead of dying at its first big batch or, hours
// later, at a checkpoint. Estimates, deliberately on the generous side; the exact figures
// depend on LibTorch's allocator.
class ResourceCheck {
public:
    // Working memory of one training step on `batch` images: the activations of encoder and
    // decoder with their gradients, twice over when a negative batch goes through the encoder
    // too, and once more for the adversarial generator's pass.
    static qint64 stepMemory(const ExperimentConfig& config, const VaeOptions& model, int64_t batch);
    // How much the run folder grows over `epochs` more epochs: checkpoints (twice, while one
    // replaces the other), metrics rows, and each evaluation's scores, latents and images.
    static qint64 diskNeeded(const ExperimentConfig& config, int64_t parameterCount, int64_t trainImages,
                             int64_t scoredImages, const ImageShape& shape, int64_t epochs);

    // MemAvailable from /proc/meminfo; −1 where it cannot be read.
    static qint64 availableMemory();
    // Free bytes for an unprivileged writer on the volume of `folder` (or of its nearest
    // existing parent, for a folder not made yet); −1 where unknown.
    static qint64 availableDisk(const QString& folder);

    // A problem with training.batchSize when the step needs more memory than is available.
    static std::optional<ConfigError> memoryProblem(qint64 needed, qint64 available, int64_t batch);
    // Empty when the run fits on disk, else what to do about it.
    static QString diskProblem(qint64 needed, qint64 available);

    static QString megabytes(qint64 bytes);
};

} // namespace negvae
