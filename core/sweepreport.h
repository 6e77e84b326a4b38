#pragma once

#include "evalreport.h"
#include "experimentconfig.h"
#include "oodmetrics.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace negvae {

// One run folder as a report sees it.
struct RunResult {
    QString folder;
    ExperimentConfig config;
    EvalReport evaluation; // the final one; for an unfinished run the latest
    bool finished = false;
};

// The paper's results table built from run folders: one row per inlier → OOD pair and score,
// one column per noise model and source of negatives, each cell the mean and sample standard
// deviation of a metric over the runs (seeds) that share everything else.
//
// Columns follow the paper — baseline (no negatives), auxiliary, adversarial — and give every
// other source its own column rather than folding it into one of those: "auxiliary: letters"
// and "auxiliary: kmnist" are different experiments, as are noisy inliers, uniform noise,
// generated negatives and the adversarial run whose generator also gets the negative-prior
// term. Settings that differ between runs beyond these (a learning rate swept by the grid)
// are appended to the column's name, so runs are never averaged across them.
class SweepReport {
public:
    struct Options {
        OodMetrics::Metric metric = OodMetrics::Metric::Auroc;
        // The opt-in scores only give rows where runs have them, so listing them costs nothing.
        QStringList scores {QStringLiteral("bpd"), QStringLiteral("kl"), QStringLiteral("bpd_iw"),
                            QStringLiteral("complexity"), QStringLiteral("likelihood_ratio"), QStringLiteral("regret")};
        bool includeUnfinished = false; // use an unfinished run's latest evaluation
    };
    struct Row {
        QString inlier;
        QString ood;
        QString score; // a ScoreCatalog name: "bpd", "kl", "rec", "bpd_iw", ...
    };
    struct Column {
        NoiseModel noiseModel = NoiseModel::Bernoulli;
        QString label;              // "baseline", "auxiliary: letters", "adversarial [learningRate=0.001]"
        int order = 0;              // the paper's order of sources
        QList<QJsonValue> settings; // values of the fields that split columns, for ordering
    };
    struct Cell {
        std::vector<double> values; // one per run, in folder order
        QStringList folders;
        int n() const { return int(values.size()); }
        double mean() const;
        double std() const; // sample standard deviation (n − 1); NaN below two runs
    };

    // Every run folder at or below `folder` (a folder with config.json), with its final
    // evaluation or, failing that, its latest. Folders that cannot be read are described in
    // *problems and left out.
    static QList<RunResult> collect(const QString& folder, QStringList* problems);

    static SweepReport aggregate(const QList<RunResult>& runs, const Options& options);
    static SweepReport fromFolder(const QString& folder, const Options& options);

    const Options& options() const { return m_options; }
    const QList<Row>& rows() const { return m_rows; }
    const QList<Column>& columns() const { return m_columns; }
    // Columns of one noise model, as indices into columns(); noise models in their enum order.
    QList<NoiseModel> noiseModels() const;
    QList<int> columnsOf(NoiseModel noiseModel) const;
    // Empty (n() == 0) where no run contributes.
    const Cell& cell(int row, int column) const;
    // n when every non-empty cell has the same number of runs, else 0.
    int uniformN() const;
    int runsUsed() const { return m_runsUsed; }
    // Runs left out and why (unfinished, unreadable, no evaluation).
    const QStringList& notes() const { return m_notes; }

    // "Bernoulli", "Gaussian, fixed σ", ... for headings.
    static QString noiseModelTitle(NoiseModel noiseModel);
    // One sentence: what the cells are and the metric's convention (for every export).
    QString conventions() const;

private:
    Options m_options;
    QList<Row> m_rows;
    QList<Column> m_columns;
    std::vector<std::vector<Cell>> m_cells; // [row][column]
    QStringList m_notes;
    int m_runsUsed = 0;
};

} // namespace negvae
