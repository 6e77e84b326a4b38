#include "latentprojection.h"

#include <torch/torch.h>

namespace negvae {

LatentProjection LatentProjection::coordinates(int64_t dim, int64_t i, int64_t j)
{
    LatentProjection projection;
    projection.m_dim = dim;
    projection.m_mean.assign(size_t(dim), 0.0);
    projection.m_x.assign(size_t(dim), 0.0);
    projection.m_y.assign(size_t(dim), 0.0);
    if (i >= 0 && i < dim)
        projection.m_x[size_t(i)] = 1.0;
    if (j >= 0 && j < dim)
        projection.m_y[size_t(j)] = 1.0;
    projection.m_xLabel = QStringLiteral("z%1 (posterior mean)").arg(i + 1);
    projection.m_yLabel = QStringLiteral("z%1 (posterior mean)").arg(j + 1);
    return projection;
}

LatentProjection LatentProjection::principalComponents(const std::vector<const std::vector<float>*>& sets, int64_t dim)
{
    std::vector<float> pooled;
    for (const std::vector<float>* rows : sets)
        pooled.insert(pooled.end(), rows->begin(), rows->end());
    const int64_t count = dim > 0 ? int64_t(pooled.size()) / dim : 0;
    if (dim < 2 || count < 2)
        return coordinates(dim, 0, 1);

    const torch::NoGradGuard noGrad;
    const torch::Tensor points = torch::from_blob(pooled.data(), {count, dim}, torch::kFloat32).to(torch::kFloat64);
    const torch::Tensor mean = points.mean(0);
    const torch::Tensor centred = points - mean;
    const torch::Tensor covariance = centred.t().mm(centred) / double(count - 1);
    // eigh: ascending eigenvalues of the symmetric covariance; the last two span the plane
    // of greatest variance.
    const auto [values, vectors] = torch::linalg::eigh(covariance, "L");
    const double total = values.sum().item<double>();
    if (!(total > 0.0))
        return coordinates(dim, 0, 1);

    LatentProjection projection;
    projection.m_dim = dim;
    const auto column = [&](int64_t k) {
        torch::Tensor v = vectors.select(1, k).contiguous();
        if (v.sum().item<double>() < 0.0)
            v = -v;
        return std::vector<double>(v.data_ptr<double>(), v.data_ptr<double>() + dim);
    };
    const torch::Tensor meanContiguous = mean.contiguous();
    projection.m_mean.assign(meanContiguous.data_ptr<double>(), meanContiguous.data_ptr<double>() + dim);
    projection.m_x = column(dim - 1);
    projection.m_y = column(dim - 2);
    const auto share = [&](int64_t k) { return 100.0 * std::max(0.0, values[k].item<double>()) / total; };
    projection.m_xLabel = QStringLiteral("PC1 (%1 % of variance)").arg(share(dim - 1), 0, 'f', 1);
    projection.m_yLabel = QStringLiteral("PC2 (%1 % of variance)").arg(share(dim - 2), 0, 'f', 1);
    return projection;
}

QPointF LatentProjection::project(const float* point) const
{
    double x = 0.0;
    double y = 0.0;
    for (size_t d = 0; d < size_t(m_dim); ++d) {
        const double centred = double(point[d]) - m_mean[d];
        x += centred * m_x[d];
        y += centred * m_y[d];
    }
    return {x, y};
}

std::vector<QPointF> LatentProjection::project(const std::vector<float>& rows) const
{
    std::vector<QPointF> points;
    if (m_dim <= 0)
        return points;
    points.reserve(rows.size() / size_t(m_dim));
    for (size_t begin = 0; begin + size_t(m_dim) <= rows.size(); begin += size_t(m_dim))
        points.push_back(project(rows.data() + begin));
    return points;
}

QPointF LatentProjection::projectConstant(double c) const
{
    double x = 0.0;
    double y = 0.0;
    for (size_t d = 0; d < size_t(m_dim); ++d) {
        x += (c - m_mean[d]) * m_x[d];
        y += (c - m_mean[d]) * m_y[d];
    }
    return {x, y};
}

} // namespace negvae
