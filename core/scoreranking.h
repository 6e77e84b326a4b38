#pragma once

#include <cstdint>
#include <vector>

namespace negvae {

// The images of one set ordered by one score (higher = more anomalous), for the explorer's
// top-k lists, ranks and score-range selections. NaN scores are never listed or ranked.
class ScoreRanking {
public:
    explicit ScoreRanking(const std::vector<float>& scores);

    int64_t size() const { return int64_t(m_scores.size()); }
    // Indexes of the k highest scores, highest first (ties: lower index first).
    std::vector<int64_t> mostAnomalous(int64_t k) const;
    // Indexes of the k lowest scores, lowest first (ties: lower index first).
    std::vector<int64_t> mostTypical(int64_t k) const;
    // 1 for the most anomalous image; tied scores share the best rank (1 + the number of
    // strictly higher scores). 0 for a NaN score or an index out of range.
    int64_t rank(int64_t index) const;

    // Indexes whose score lies in [lower, upper], ascending.
    static std::vector<int64_t> inRange(const std::vector<float>& scores, double lower, double upper);

private:
    std::vector<float> m_scores;
    std::vector<int64_t> m_descending;  // indexes of finite-or-infinite scores, highest first
    std::vector<float> m_sortedNegated; // −score in m_descending order (ascending), for rank()
};

} // namespace negvae
