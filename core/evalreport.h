#pragma once

#include "oodmetrics.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <vector>

namespace negvae {

// What a scored set is to the experiment: the inlier test split, an OOD test split, or a
// sample of the negatives the model is trained against (scored for the histograms only).
enum class ScoreRole { Inlier, Ood, Negative };
QString roleName(ScoreRole role); // "inlier", "ood", "negative"
ScoreRole roleFromName(const QString& name);

// One opt-in score's per-image values (ScoreCatalog::extraNames()).
struct NamedScores {
    QString name;
    std::vector<float> values;
};

// Per-image scores of one test set, higher = more anomalous (SPEC §4).
struct SetScores {
    QString name;
    ScoreRole role = ScoreRole::Ood;
    std::vector<float> bpd; // −ELBO / (D ln 2)
    std::vector<float> kl;  // KL(q(z|x) ‖ p(z)), nats
    std::vector<float> rec; // −E log p(x|z), nats
    // The opt-in scores computed for this set, in ScoreCatalog order; each as long as bpd.
    std::vector<NamedScores> extra;
    std::vector<int64_t> labels;
    // Posterior means mu(x) of the set's first images, row-major (latentCount() rows of
    // latentDim values), for the latent view. A sample, not every image: the view needs a few
    // thousand points and the run folder keeps one file per evaluation.
    std::vector<float> latentMeans;
    int64_t latentDim = 0;

    int64_t latentCount() const { return latentDim > 0 ? int64_t(latentMeans.size()) / latentDim : 0; }
    double mean(const std::vector<float>& values) const;
    // The values of an opt-in score, or null when the set does not have it.
    const std::vector<float>* extraScores(const QString& name) const;
    // Inserts (or replaces) an opt-in score, keeping ScoreCatalog order.
    void setExtraScores(const QString& name, std::vector<float> values);
};

// The metrics of one OOD set under one score.
struct MetricRow {
    QString oodSet;
    QString score; // a ScoreCatalog name: "bpd", "kl", "rec", "bpd_iw", ...
    OodMetricValues values;
};

// One evaluation of a model: what eval/epoch_NNN.json stores and the GUI shows.
struct EvalReport {
    int64_t epoch = 0;
    int64_t step = 0;
    std::vector<SetScores> sets; // the inlier test set first, then OOD sets, then negatives
    std::vector<MetricRow> metrics;

    // How the opt-in scores were computed (K, compressor, perturbation rate, regret steps),
    // written to the eval json beside their conventions. Empty without opt-in scores.
    QJsonObject scoreSettings;

    static QStringList scoreNames(); // bpd, kl, rec: the scores every evaluation has
    // The scores this report holds: bpd, kl, rec and the opt-in ones every scored set has
    // (from the per-image scores), or, for a summary read from json alone, that its metrics name.
    QStringList availableScores() const;
    // A set's values of any score; empty for a score the set does not have.
    static const std::vector<float>& scores(const SetScores& set, const QString& score);

    const MetricRow* find(const QString& oodSet, const QString& score) const;
    // Summary and metrics, with every metric's convention written out. Per-image scores go
    // to scores.csv, not here.
    QJsonObject toJson() const;
    // Rebuilds the summary part (metrics, set names, means) written by toJson().
    static EvalReport fromJson(const QJsonObject& json);
    // Per-image scores as scores.csv stores them: set,role,index,label,bpd,kl,rec, then one
    // named column per opt-in score any set has (empty where a set lacks it).
    QByteArray scoresCsv() const;
    // Fills `sets` from such a CSV (keeping set order of first appearance); files written
    // before the opt-in scores existed (just bpd,kl,rec) read the same. Returns false and sets
    // *error on malformed text or an unknown column.
    bool readScoresCsv(const QByteArray& csv, QString* error);
    // Posterior means as latents/epoch_NNN.csv stores them: set,role,index,mu_1..mu_d.
    // Empty when no set has any.
    QByteArray latentsCsv() const;
    // Attaches such a CSV's rows to the sets of the same name (sets it names that are not in
    // `sets` are ignored). Returns false and sets *error on malformed text.
    bool readLatentsCsv(const QByteArray& csv, QString* error);
};

} // namespace negvae

Q_DECLARE_METATYPE(negvae::EvalReport)
