#pragma once

#include <QMetaType>
#include <cstdint>
#include <limits>

namespace negvae {

// The losses of one training step, batch means in nats: what metrics.csv stores per row and
// the GUI plots. Plain values so they cross threads as copies.
struct StepMetrics {
    int64_t step = 0;  // 1-based global step
    int64_t epoch = 0; // 1-based
    double loss = 0;   // the objective L of SPEC §3 (encoder step)
    double reconstruction = 0; // −E log p(x|z) of the inliers
    double kl = 0;             // KL(q(z|x) ‖ p(z)) of the inliers
    double negativeKl = std::numeric_limits<double>::quiet_NaN(); // KL(q(z|x̄) ‖ p̄(z)), unweighted; NaN without negatives
    double generatorLoss = std::numeric_limits<double>::quiet_NaN(); // adversarial decoder objective; NaN otherwise
    double sigma = std::numeric_limits<double>::quiet_NaN(); // Gaussian noise models' σ
    double seconds = 0; // wall time of the step
    int64_t images = 0; // inlier images in the batch
};

} // namespace negvae

Q_DECLARE_METATYPE(negvae::StepMetrics)
