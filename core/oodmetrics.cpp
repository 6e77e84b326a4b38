#include "oodmetrics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>

namespace negvae {

namespace {

void requireUsable(const std::vector<double>& scores, const char* which)
{
    if (scores.empty())
        throw std::invalid_argument(std::string("OOD metrics: the ") + which + " score set is empty");
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (std::isnan(scores[i]))
            throw std::invalid_argument(std::string("OOD metrics: ") + which + " score #" + std::to_string(i)
                                        + " is NaN; the model or the data produced an undefined score");
        if (std::isinf(scores[i]))
            throw std::invalid_argument(std::string("OOD metrics: ") + which + " score #" + std::to_string(i)
                                        + " is infinite; the model produced an unbounded score");
    }
}

void requireUsable(const std::vector<double>& inlier, const std::vector<double>& ood)
{
    requireUsable(inlier, "inlier");
    requireUsable(ood, "OOD");
}

std::vector<double> toDouble(const std::vector<float>& scores)
{
    return std::vector<double>(scores.begin(), scores.end());
}

// Scores tagged with their class, sorted so that equal scores sit next to each other: every
// metric below walks the sorted list one tie group at a time.
std::vector<std::pair<double, bool>> pooledSorted(const std::vector<double>& negatives,
                                                  const std::vector<double>& positives, bool descending)
{
    std::vector<std::pair<double, bool>> pooled;
    pooled.reserve(negatives.size() + positives.size());
    for (double s : negatives)
        pooled.emplace_back(s, false);
    for (double s : positives)
        pooled.emplace_back(s, true);
    if (descending)
        std::sort(pooled.begin(), pooled.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    else
        std::sort(pooled.begin(), pooled.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return pooled;
}

// Average precision of `positives` against `negatives`, higher score = predicted positive.
// Each tie group is one threshold: its precision is taken after the whole group is flagged.
double averagePrecision(const std::vector<double>& negatives, const std::vector<double>& positives)
{
    const auto pooled = pooledSorted(negatives, positives, true);
    const double nPositive = static_cast<double>(positives.size());
    std::uint64_t truePositives = 0;
    std::uint64_t falsePositives = 0;
    double ap = 0.0;
    std::size_t i = 0;
    while (i < pooled.size()) {
        std::uint64_t groupPositives = 0;
        std::size_t j = i;
        for (; j < pooled.size() && pooled[j].first == pooled[i].first; ++j) {
            if (pooled[j].second)
                ++groupPositives;
            else
                ++falsePositives;
        }
        truePositives += groupPositives;
        if (groupPositives > 0) {
            const double precision = static_cast<double>(truePositives)
                / static_cast<double>(truePositives + falsePositives);
            ap += static_cast<double>(groupPositives) / nPositive * precision;
        }
        i = j;
    }
    return ap;
}

std::vector<double> negated(std::vector<double> scores)
{
    for (double& s : scores)
        s = -s;
    return scores;
}

} // namespace

double OodMetrics::auroc(const std::vector<double>& inlier, const std::vector<double>& ood)
{
    requireUsable(inlier, ood);
    const auto pooled = pooledSorted(inlier, ood, false);
    // Twice the Mann-Whitney U, kept as an integer so that no rounding creeps in before the
    // one division at the end: each OOD image scores 2 per inlier below it, 1 per tie.
    std::uint64_t twiceU = 0;
    std::uint64_t inliersBelow = 0;
    std::size_t i = 0;
    while (i < pooled.size()) {
        std::uint64_t groupInliers = 0;
        std::uint64_t groupOod = 0;
        std::size_t j = i;
        for (; j < pooled.size() && pooled[j].first == pooled[i].first; ++j) {
            if (pooled[j].second)
                ++groupOod;
            else
                ++groupInliers;
        }
        twiceU += groupOod * (2 * inliersBelow + groupInliers);
        inliersBelow += groupInliers;
        i = j;
    }
    return static_cast<double>(twiceU)
        / (2.0 * static_cast<double>(inlier.size()) * static_cast<double>(ood.size()));
}

double OodMetrics::auprOut(const std::vector<double>& inlier, const std::vector<double>& ood)
{
    requireUsable(inlier, ood);
    return averagePrecision(inlier, ood);
}

double OodMetrics::auprIn(const std::vector<double>& inlier, const std::vector<double>& ood)
{
    requireUsable(inlier, ood);
    return averagePrecision(negated(ood), negated(inlier));
}

double OodMetrics::fpr95(const std::vector<double>& inlier, const std::vector<double>& ood)
{
    requireUsable(inlier, ood);
    // ceil(0.95·n) in integers: 0.95 has no exact binary form, and n = 20, 40, ... must not
    // be pushed one image over by rounding.
    const std::size_t n = ood.size();
    const std::size_t needed = (95 * n + 99) / 100;
    std::vector<double> sorted = ood;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(needed - 1), sorted.end(),
                     std::greater<double>());
    const double threshold = sorted[needed - 1];
    const auto flagged = std::count_if(inlier.begin(), inlier.end(), [threshold](double s) { return s >= threshold; });
    return static_cast<double>(flagged) / static_cast<double>(inlier.size());
}

OodMetricValues OodMetrics::all(const std::vector<double>& inlier, const std::vector<double>& ood)
{
    OodMetricValues values;
    values.auroc = auroc(inlier, ood);
    values.auprIn = auprIn(inlier, ood);
    values.auprOut = auprOut(inlier, ood);
    values.fpr95 = fpr95(inlier, ood);
    return values;
}

double OodMetrics::auroc(const std::vector<float>& inlier, const std::vector<float>& ood)
{
    return auroc(toDouble(inlier), toDouble(ood));
}

double OodMetrics::auprOut(const std::vector<float>& inlier, const std::vector<float>& ood)
{
    return auprOut(toDouble(inlier), toDouble(ood));
}

double OodMetrics::auprIn(const std::vector<float>& inlier, const std::vector<float>& ood)
{
    return auprIn(toDouble(inlier), toDouble(ood));
}

double OodMetrics::fpr95(const std::vector<float>& inlier, const std::vector<float>& ood)
{
    return fpr95(toDouble(inlier), toDouble(ood));
}

OodMetricValues OodMetrics::all(const std::vector<float>& inlier, const std::vector<float>& ood)
{
    return all(toDouble(inlier), toDouble(ood));
}

double OodMetrics::value(const OodMetricValues& values, Metric metric)
{
    switch (metric) {
    case Metric::Auroc:
        return values.auroc;
    case Metric::AuprIn:
        return values.auprIn;
    case Metric::AuprOut:
        return values.auprOut;
    case Metric::Fpr95:
        return values.fpr95;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QString OodMetrics::name(Metric metric)
{
    switch (metric) {
    case Metric::Auroc:
        return QStringLiteral("AUROC");
    case Metric::AuprIn:
        return QStringLiteral("AUPR-in");
    case Metric::AuprOut:
        return QStringLiteral("AUPR-out");
    case Metric::Fpr95:
        return QStringLiteral("FPR@95%TPR");
    }
    return {};
}

QString OodMetrics::key(Metric metric)
{
    switch (metric) {
    case Metric::Auroc:
        return QStringLiteral("auroc");
    case Metric::AuprIn:
        return QStringLiteral("aupr_in");
    case Metric::AuprOut:
        return QStringLiteral("aupr_out");
    case Metric::Fpr95:
        return QStringLiteral("fpr95");
    }
    return {};
}

QString OodMetrics::convention(Metric metric)
{
    // Translated through QCoreApplication because this class is no QObject; the context is
    // the class name so the strings group with it in the .ts files.
    switch (metric) {
    case Metric::Auroc:
        return QCoreApplication::translate(
            "negvae::OodMetrics",
            "AUROC: OOD images are the positive class; higher score = more anomalous; ties count 1/2; "
            "0.5 = chance, 1 = every OOD image scores above every inlier, below 0.5 means the model "
            "prefers the OOD images.");
    case Metric::AuprIn:
        return QCoreApplication::translate(
            "negvae::OodMetrics",
            "AUPR-in: inliers are the positive class, ranked by negated score (lower score = more "
            "typical); average precision, tied scores form one threshold; chance = the inliers' share "
            "of all images, 1 = perfect.");
    case Metric::AuprOut:
        return QCoreApplication::translate(
            "negvae::OodMetrics",
            "AUPR-out: OOD images are the positive class; higher score = more anomalous; average "
            "precision, tied scores form one threshold; chance = the OOD images' share of all images, "
            "1 = perfect.");
    case Metric::Fpr95:
        return QCoreApplication::translate(
            "negvae::OodMetrics",
            "FPR@95%TPR: OOD images are the positive class, an image is flagged when its score >= t "
            "(higher = more anomalous); t is the highest threshold that flags at least 95% of the OOD "
            "images; the value is the fraction of inliers flagged at t (ties flagged); lower is better, "
            "0 = perfect.");
    }
    return {};
}

std::vector<OodMetrics::Metric> OodMetrics::allMetrics()
{
    return {Metric::Auroc, Metric::AuprIn, Metric::AuprOut, Metric::Fpr95};
}

ScoreHistogram OodMetrics::histogram(const std::vector<std::vector<double>>& sets, int bins)
{
    if (bins < 1)
        throw std::invalid_argument("score histogram: the bin count must be at least 1, got " + std::to_string(bins));
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (std::size_t s = 0; s < sets.size(); ++s) {
        for (std::size_t i = 0; i < sets[s].size(); ++i) {
            const double v = sets[s][i];
            if (!std::isfinite(v))
                throw std::invalid_argument("score histogram: score #" + std::to_string(i) + " of set #"
                                            + std::to_string(s) + " is not finite");
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (lo > hi)
        throw std::invalid_argument("score histogram: every score set is empty");
    if (lo == hi) {
        lo -= 0.5;
        hi += 0.5;
    }

    ScoreHistogram result;
    result.edges.resize(static_cast<std::size_t>(bins) + 1);
    const double width = (hi - lo) / bins;
    for (int b = 0; b < bins; ++b)
        result.edges[static_cast<std::size_t>(b)] = lo + b * width;
    // The top edge is the pooled maximum itself, not lo + bins·width, so the largest score
    // always lands inside the last bin.
    result.edges.back() = hi;

    result.counts.assign(sets.size(), std::vector<std::size_t>(static_cast<std::size_t>(bins), 0));
    for (std::size_t s = 0; s < sets.size(); ++s) {
        for (double v : sets[s]) {
            // Searching the stored edges (rather than computing (v − lo)/width) keeps a score
            // that equals an edge in the bin the edge list says it belongs to.
            const auto upper = std::upper_bound(result.edges.begin(), result.edges.end(), v);
            auto bin = static_cast<std::ptrdiff_t>(upper - result.edges.begin()) - 1;
            bin = std::clamp<std::ptrdiff_t>(bin, 0, bins - 1);
            ++result.counts[s][static_cast<std::size_t>(bin)];
        }
    }
    return result;
}

ScoreHistogram OodMetrics::histogram(const std::vector<std::vector<float>>& sets, int bins)
{
    std::vector<std::vector<double>> converted;
    converted.reserve(sets.size());
    for (const auto& set : sets)
        converted.push_back(toDouble(set));
    return histogram(converted, bins);
}

} // namespace negvae
