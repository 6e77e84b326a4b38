#pragma once

#include "datasetregistry.h"
#include "experimentconfig.h"
#include "experimentdata.h"
#include "progress.h"
#include "runstore.h"
#include "vaemodel.h"

#include <QDateTime>
#include <QImage>
#include <QStringList>

namespace negvae {

// What the explorer needs from a run folder beyond its score files: the test images behind
// every score (by set and index, as scores.csv numbers them) and the model of the latest
// checkpoint, to reconstruct an image and to decode paths between two images. Works beside a
// training that writes the same folder: checkpoints are replaced atomically, so a load sees
// the old file or the new one. Not thread-safe: one thread at a time, e.g. load on a worker
// thread, then use from the GUI thread.
class RunInspector {
public:
    explicit RunInspector(QString runFolder, DatasetRegistry registry = DatasetRegistry());

    // Reads config.json and loads the inlier test split and every OOD test split. Throws
    // DataError or ConfigException naming the file or field.
    void loadSets(const ProgressCallback& progress = {});
    // Loads the weights of checkpoints/latest.pt, again only when the file changed since the
    // last load. False when the run has no checkpoint yet; throws DataError for a damaged one.
    bool loadModel();
    bool hasModel() const { return m_step >= 0; }
    // The training step the loaded weights were saved at; −1 before loadModel().
    int64_t modelStep() const { return m_step; }

    // The negatives scored at the run's latest evaluation (kept as negatives/epoch_NNN.png) as
    // one more set, named as the evaluation names it; read again when the file changed. Returns
    // the epoch they belong to, −1 when the run keeps none. Throws DataError for a damaged file.
    int64_t loadNegatives();

    const ExperimentConfig& config() const { return m_config; }
    // The inlier test set first, then the OOD sets, then (after loadNegatives()) the
    // negatives, named as scores.csv names them.
    QStringList setNames() const;
    // −1 for a set this run does not have.
    int setIndex(const QString& name) const;
    int64_t setSize(int set) const;
    // Label of an image, −1 where the set has none. Throws std::out_of_range on a bad index.
    int64_t label(int set, int64_t index) const;

    // One test image as stored (RGB, its native size). Throws std::out_of_range on a bad index.
    QImage image(int set, int64_t index) const;
    // Several images at once (much cheaper than one by one for a drill-down of thousands).
    std::vector<QImage> images(int set, const std::vector<int64_t>& indexes) const;
    // The image decoded from its posterior mean by the loaded model. Needs loadModel().
    QImage reconstruction(int set, int64_t index);
    // One grid row: image A, `steps` images decoded along the straight line from A's
    // posterior mean to B's (both ends included), image B; 2 px padding as ImageGrid draws.
    QImage interpolation(int setA, int64_t indexA, int setB, int64_t indexB, int steps);

private:
    const ImageSet& set(int index) const;
    void requireModel() const;
    torch::Tensor posteriorMean(int set, int64_t index);

    RunStore m_store;
    DatasetRegistry m_registry;
    ExperimentConfig m_config;
    std::vector<ImageSet> m_sets;
    Vae m_model {nullptr};
    int64_t m_step = -1;
    int m_negativesSet = -1; // index in m_sets
    int64_t m_negativesEpoch = -1;
    QDateTime m_negativesTime;
    QDateTime m_checkpointTime;
    qint64 m_checkpointSize = -1;
};

} // namespace negvae
