#include "resourcecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <algorithm>

namespace negvae {

namespace {

// Floats of activation per image: each conv block's output at its resolution (twice for the
// colour blocks, whose BatchNorm keeps its own output), the dense layers, the image itself,
// and the decoder mirroring the encoder.
qint64 activationsPerImage(const VaeOptions& model)
{
    const ImageShape& shape = model.shape;
    qint64 encoder = shape.pixelCount();
    qint64 pixels = shape.height * shape.width;
    const qint64 perBlock = model.architecture == Architecture::Colour ? 3 : 2; // conv, (norm), ReLU
    for (int64_t width : model.widths) {
        pixels /= 4; // stride 2
        encoder += perBlock * width * std::max<qint64>(1, pixels);
    }
    encoder += 2 * model.hidden + 4 * model.latentDim;
    return 2 * encoder + shape.pixelCount(); // decoder ≈ encoder, plus its output
}

} // namespace

qint64 ResourceCheck::stepMemory(const ExperimentConfig& config, const VaeOptions& model, int64_t batch)
{
    // Forward activations kept for backward, and their gradients: two floats each.
    qint64 perImage = activationsPerImage(model) * qint64(sizeof(float)) * 2;
    if (config.data.negatives.source != NegativeSource::None)
        perImage *= 2; // the negative batch passes through the encoder as well
    if (config.data.negatives.source == NegativeSource::Adversarial)
        perImage += perImage / 2; // the generator's own pass
    return perImage * std::max<int64_t>(1, batch);
}

qint64 ResourceCheck::diskNeeded(const ExperimentConfig& config, int64_t parameterCount, int64_t trainImages,
                                 int64_t scoredImages, const ImageShape& shape, int64_t epochs)
{
    const TrainingConfig& t = config.training;
    const qint64 optimizerSlots = config.optimizer.type == OptimizerType::Adam ? 2 : 1;
    const qint64 checkpoint = parameterCount * qint64(sizeof(float)) * (1 + optimizerSlots) + 8 * trainImages + 4096;
    const qint64 steps = epochs * ((trainImages + t.batchSize - 1) / std::max<int64_t>(1, t.batchSize));
    const qint64 evaluations = epochs / std::max<int64_t>(1, t.evalInterval) + 1;
    const qint64 scoreRows = scoredImages + 2000;           // test sets and the negatives' sample
    const qint64 scores = 2 * scoreRows * 64;                // scores.csv and scores/epoch_NNN.csv
    const qint64 latents = std::min<qint64>(scoreRows, 4000) * (16 + 12 * 100);
    const qint64 pictures = qint64(8 + 2 * config.data.ood.size()) * t.sampleCount * shape.pixelCount();
    const qint64 perEvaluation = scores + latents + pictures + 16384;
    const qint64 negatives = 2 * 2000 * shape.pixelCount(); // the kept grid, while replaced
    return 2 * checkpoint + steps * 160 + evaluations * perEvaluation + negatives;
}

qint64 ResourceCheck::availableMemory()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0, so atEnd() is true at once: read it whole.
    for (const QByteArray& line : meminfo.readAll().split('\n')) {
        if (line.startsWith("MemAvailable:")) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            bool ok = false;
            const qint64 kib = fields.value(1).toLongLong(&ok);
            return ok ? kib * 1024 : -1;
        }
    }
    return -1;
}

qint64 ResourceCheck::availableDisk(const QString& folder)
{
    QFileInfo existing(QDir::cleanPath(QDir(folder).absolutePath()));
    while (!existing.exists() && !existing.isRoot())
        existing = QFileInfo(existing.absolutePath());
    const QStorageInfo storage(existing.absoluteFilePath());
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

std::optional<ConfigError> ResourceCheck::memoryProblem(qint64 needed, qint64 available, int64_t batch)
{
    if (available < 0 || needed <= available)
        return std::nullopt;
    const qint64 perImage = needed / std::max<int64_t>(1, batch);
    const qint64 fits = perImage > 0 ? available / perImage : 0;
    return ConfigError {QStringLiteral("training.batchSize"),
                        QStringLiteral("a batch of %1 needs about %2 of memory for one training step, but only %3 is "
                                       "available; use a batch of at most %4")
                            .arg(batch).arg(megabytes(needed), megabytes(available)).arg(std::max<qint64>(1, fits * 9 / 10))};
}

QString ResourceCheck::diskProblem(qint64 needed, qint64 available)
{
    if (available < 0 || needed <= available)
        return {};
    return QStringLiteral("only %1 free there, the run needs about %2 (checkpoints, scores, images); free some space or "
                          "choose another folder")
        .arg(megabytes(available), megabytes(needed));
}

QString ResourceCheck::megabytes(qint64 bytes)
{
    if (bytes >= qint64(1) << 30)
        return QStringLiteral("%1 GB").arg(double(bytes) / double(qint64(1) << 30), 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(double(bytes) / double(1 << 20), 0, 'f', 1);
}

} // namespace negvae
