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

// Per-image scores of one test set, higher = more anomalous (SPEC §4).
struct SetScores {
    QString name;
    ScoreRole role = ScoreRole::Ood;
    std::vector<float> bpd; // −ELBO / (D ln 2)
    std::vector<float> kl;  // KL(q(z|x) ‖ p(z)), nats
    std::vector<float> rec; // −E log p(x|z), nats
    std::vector<int64_t> labels;
    // Posterior means mu(x) of the set's first images, row-major (latentCount() rows of
    // latentDim values), for the latent view. A sample, not every image: the view needs a few
    // thousand points and the run folder keeps one file per evaluation.
    std::vector<float> latentMeans;
    int64_t latentDim = 0;

    int64_t latentCount() const { return latentDim > 0 ? int64_t(latentMeans.size()) / latentDim : 0; }
    double mean(const std::vector<float>& values) const;
};

// The metrics of one OOD set under one score.
struct MetricRow {
    QString oodSet;
    QString score; // "bpd", "kl" or "rec"
    OodMetricValues values;
};

// One evaluation of a model: what eval/epoch_NNN.json stores and the GUI shows.
struct EvalReport {
    int64_t epoch = 0;
    int64_t step = 0;
    std::vector<SetScores> sets; // the inlier test set first, then OOD sets, then negatives
    std::vector<MetricRow> metrics;

    static QStringList scoreNames(); // bpd, kl, rec
    static const std::vector<float>& scores(const SetScores& set, const QString& score);

    const MetricRow* find(const QString& oodSet, const QString& score) const;
    // Summary and metrics, with every metric's convention written out. Per-image scores go
    // to scores.csv, not here.
    QJsonObject toJson() const;
    // Rebuilds the summary part (metrics, set names, means) written by toJson().
    static EvalReport fromJson(const QJsonObject& json);
    // Per-image scores as scores.csv stores them: set,role,index,label,bpd,kl,rec.
    QByteArray scoresCsv() const;
    // Fills `sets` from such a CSV (keeping set order of first appearance). Returns false
    // and sets *error on malformed text.
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
