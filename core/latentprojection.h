#pragma once

#include <QPointF>
#include <QString>
#include <vector>

namespace negvae {

// A linear map from the latent space to the two axes of the latent view: either two chosen
// coordinates or the first two principal components of the points shown. Plain values in and
// out, so the GUI can project without touching tensors.
class LatentProjection {
public:
    // Axes z_i and z_j (0-based).
    static LatentProjection coordinates(int64_t dim, int64_t i, int64_t j);
    // The first two principal components of all rows of all `sets` pooled (each a row-major
    // list of `dim`-vectors). Each component's sign is chosen so that the direction 1 (where
    // the negative prior sits) projects to a positive value, which keeps the picture from
    // flipping between evaluations. Fewer than two distinct points give the first two
    // coordinates.
    static LatentProjection principalComponents(const std::vector<const std::vector<float>*>& sets, int64_t dim);

    int64_t dim() const { return m_dim; }
    QString xLabel() const { return m_xLabel; }
    QString yLabel() const { return m_yLabel; }

    QPointF project(const float* point) const;
    // Every row of a row-major list of points.
    std::vector<QPointF> project(const std::vector<float>& rows) const;
    // The point c·1 (c in every coordinate): the prior's centre for c = 0, the negative
    // prior's for its shift.
    QPointF projectConstant(double c) const;

private:
    int64_t m_dim = 0;
    std::vector<double> m_mean; // subtracted before projecting (zero for coordinates)
    std::vector<double> m_x;
    std::vector<double> m_y;
    QString m_xLabel;
    QString m_yLabel;
};

} // namespace negvae
