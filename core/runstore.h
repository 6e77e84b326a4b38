#pragma once

#include "evalreport.h"
#include "experimentconfig.h"
#include "stepmetrics.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <vector>

namespace negvae {

// The run folder, the unit users share and compare (ARCHITECTURE.md):
//   config.json           the experiment, enough to reproduce the run
//   metrics.csv           one row per training step
//   eval/epoch_NNN.json   metrics and their conventions at each evaluation
//   scores.csv            per-image scores of the latest evaluation
//   scores/epoch_NNN.csv  per-image scores of every evaluation
//   latents/epoch_NNN.csv posterior means of each set's first images, for the latent view
//   samples/epoch_NNN_*.png  inputs, reconstructions, generated images, negatives;
//                         ood<i>_inputs / ood<i>_reconstructions for the i-th OOD set (1-based)
//   negatives/epoch_NNN.png the negatives scored at the latest evaluation (one grid, as
//                         ImageGrid draws it, in score order); older ones are removed
//   history.txt           changes made to the run after it began (resumed with another rate)
//   checkpoints/latest.pt model, both optimisers, RNG state and position
// Every file but metrics.csv (appended) is written atomically; a crash leaves the previous
// version. All failures throw DataError naming the file.
class RunStore {
public:
    explicit RunStore(QString folder);

    const QString& folder() const { return m_folder; }
    QString path(const QString& relative) const;

    // True when the folder already holds a run (a config.json).
    bool exists() const;
    // Creates the folder layout and writes config.json. Refuses a folder that holds another
    // run, or any non-empty folder that is not a run.
    void create(const ExperimentConfig& config) const;
    ExperimentConfig readConfig() const;
    // Rewrites config.json of an existing run, e.g. with the lower learning rate it is resumed
    // with; appendHistory() records why.
    void updateConfig(const ExperimentConfig& config) const;
    // One line, time-stamped, appended to history.txt: what changed in a run after it began.
    void appendHistory(const QString& line) const;

    void appendMetrics(const std::vector<StepMetrics>& rows) const;
    std::vector<StepMetrics> readMetrics() const;
    // Drops rows after `step` (work after the checkpoint a resumed run starts from).
    void truncateMetrics(int64_t step) const;

    void writeEvaluation(const EvalReport& report) const;
    QStringList evaluationFiles() const;
    EvalReport readEvaluation(const QString& file) const;
    // The evaluation with its per-image scores from scores/epoch_NNN.csv and, where the run
    // has them, its posterior means from latents/epoch_NNN.csv.
    EvalReport readEvaluationWithScores(const QString& file) const;
    void writeSamples(int64_t epoch, const QString& kind, const QImage& image) const;
    // Replaces the kept grid of scored negatives with this evaluation's.
    void writeScoredNegatives(int64_t epoch, const QImage& grid) const;
    // Path of the kept grid and its epoch (via *epoch); empty when there is none.
    QString scoredNegatives(int64_t* epoch) const;

    QString checkpointPath() const;
    bool hasCheckpoint() const;
    void writeCheckpoint(const QByteArray& bytes) const;
    QByteArray readCheckpoint() const;

    static QString metricsHeader();

private:
    void writeAtomically(const QString& relative, const QByteArray& bytes) const;
    void writeImage(const QString& relative, const QImage& image) const; // PNG, atomically

    QString m_folder;
};

} // namespace negvae
