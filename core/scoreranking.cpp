#include "scoreranking.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace negvae {

ScoreRanking::ScoreRanking(const std::vector<float>& scores)
    : m_scores(scores)
{
    for (int64_t i = 0; i < int64_t(scores.size()); ++i)
        if (!std::isnan(scores[size_t(i)]))
            m_descending.push_back(i);
    std::stable_sort(m_descending.begin(), m_descending.end(),
                     [&](int64_t a, int64_t b) { return scores[size_t(a)] > scores[size_t(b)]; });
    m_sortedNegated.reserve(m_descending.size());
    for (int64_t i : m_descending)
        m_sortedNegated.push_back(-scores[size_t(i)]);
}

std::vector<int64_t> ScoreRanking::mostAnomalous(int64_t k) const
{
    const auto n = size_t(std::clamp<int64_t>(k, 0, int64_t(m_descending.size())));
    return {m_descending.begin(), m_descending.begin() + std::ptrdiff_t(n)};
}

std::vector<int64_t> ScoreRanking::mostTypical(int64_t k) const
{
    // Reversing the descending order would put the highest index of a tie first.
    std::vector<int64_t> ascending = m_descending;
    std::stable_sort(ascending.begin(), ascending.end(),
                     [&](int64_t a, int64_t b) { return m_scores[size_t(a)] < m_scores[size_t(b)]; });
    ascending.resize(size_t(std::clamp<int64_t>(k, 0, int64_t(ascending.size()))));
    return ascending;
}

int64_t ScoreRanking::rank(int64_t index) const
{
    if (index < 0 || index >= size() || std::isnan(m_scores[size_t(index)]))
        return 0;
    const auto higher = std::lower_bound(m_sortedNegated.begin(), m_sortedNegated.end(), -m_scores[size_t(index)]);
    return int64_t(higher - m_sortedNegated.begin()) + 1;
}

std::vector<int64_t> ScoreRanking::inRange(const std::vector<float>& scores, double lower, double upper)
{
    std::vector<int64_t> indexes;
    for (int64_t i = 0; i < int64_t(scores.size()); ++i) {
        const double s = scores[size_t(i)];
        if (s >= lower && s <= upper)
            indexes.push_back(i);
    }
    return indexes;
}

} // namespace negvae
