#pragma once

#include <QString>

#include <cstddef>
#include <vector>

namespace negvae {

// The four threshold-free detection figures for one (inlier set, OOD set, score) triple.
struct OodMetricValues {
    double auroc = 0.0;   // OOD positive
    double auprIn = 0.0;  // inliers positive
    double auprOut = 0.0; // OOD positive
    double fpr95 = 0.0;   // inliers flagged when 95% of OOD images are flagged
};

// Per-set counts over shared bins, so that several score distributions can be drawn on one
// axis (the GUI's likelihood histograms).
struct ScoreHistogram {
    std::vector<double> edges;                    // bins + 1 ascending edges
    std::vector<std::vector<std::size_t>> counts; // one row of `bins` counts per input set
};

// OOD-detection metrics over per-image scores. Every function takes the inlier scores and
// the OOD scores with the convention HIGHER SCORE = MORE ANOMALOUS (BPD, KL and REC all
// are). The OOD literature mixes conventions, so each metric's is fixed here once and
// stated in words by convention(), which the UI and the exports show next to the number.
//
// All functions throw std::invalid_argument when either set is empty or holds a NaN or an
// infinite score: a NaN compares false with everything and would silently give a wrong
// rank, and an infinite BPD means the model broke, which a number must not hide.
class OodMetrics {
public:
    enum class Metric { Auroc, AuprIn, AuprOut, Fpr95 };

    // P(ood score > inlier score) + ½ P(equal): the Mann-Whitney statistic, exact, in
    // O(n log n). 0.5 = chance; < 0.5 means the model prefers the OOD images.
    static double auroc(const std::vector<double>& inlier, const std::vector<double>& ood);
    static double auroc(const std::vector<float>& inlier, const std::vector<float>& ood);

    // Average precision with the OOD images as the positive class, sweeping the threshold
    // from high to low scores. Images with equal scores cannot be separated by any threshold,
    // so each tie group is one step of the sweep (as scikit-learn's average_precision_score).
    static double auprOut(const std::vector<double>& inlier, const std::vector<double>& ood);
    static double auprOut(const std::vector<float>& inlier, const std::vector<float>& ood);

    // Average precision with the inliers as the positive class and the scores negated, so
    // that the sweep starts at the most typical images.
    static double auprIn(const std::vector<double>& inlier, const std::vector<double>& ood);
    static double auprIn(const std::vector<float>& inlier, const std::vector<float>& ood);

    // False-positive rate at 95% true-positive rate, OOD positive, an image flagged when
    // score >= t. t is the highest threshold that still flags at least 95% of the OOD images
    // (the k-th highest OOD score, k = ceil(0.95·n_ood)); lower thresholds flag at least as
    // many inliers, so this is the smallest FPR reachable at that TPR. Inliers tied with t
    // count as flagged. Lower is better.
    static double fpr95(const std::vector<double>& inlier, const std::vector<double>& ood);
    static double fpr95(const std::vector<float>& inlier, const std::vector<float>& ood);

    static OodMetricValues all(const std::vector<double>& inlier, const std::vector<double>& ood);
    static OodMetricValues all(const std::vector<float>& inlier, const std::vector<float>& ood);

    static double value(const OodMetricValues& values, Metric metric);

    // Short display name ("AUROC", "AUPR-in", "AUPR-out", "FPR@95%TPR").
    static QString name(Metric metric);
    // Stable machine key for files ("auroc", "aupr_in", "aupr_out", "fpr95").
    static QString key(Metric metric);
    // One sentence: positive class, anomalous direction, tie handling, what good looks like.
    static QString convention(Metric metric);
    static std::vector<Metric> allMetrics();

    // Histogram of several score sets over `bins` equal bins spanning the pooled min..max
    // (widened by ±0.5 when all scores are equal, so the bins keep a width). The last bin is
    // closed on the right. Individual sets may be empty; throws std::invalid_argument when
    // all are, for bins < 1, or for a non-finite score.
    static ScoreHistogram histogram(const std::vector<std::vector<double>>& sets, int bins);
    static ScoreHistogram histogram(const std::vector<std::vector<float>>& sets, int bins);
};

} // namespace negvae
