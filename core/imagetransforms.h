#pragma once

#include "imageset.h"

#include <cstdint>

namespace negvae {

// Transforms usable on any image set; each returns a new set and leaves the input alone.
// Results are rounded back to uint8, the form in which every set is held.
class ImageTransforms {
public:
    enum class FlipAxis { Horizontal, Vertical };

    // Adds N(0, sigma²) noise in [0, 1] units to every pixel, then clips to [0, 1].
    // Deterministic for a seed. Throws std::invalid_argument for sigma < 0.
    static ImageSet addGaussianNoise(const ImageSet& set, double sigma, uint64_t seed);
    // 1 − x.
    static ImageSet invert(const ImageSet& set);
    static ImageSet flip(const ImageSet& set, FlipAxis axis);
    // Converts channels (1↔3: gray→RGB by replication, RGB→gray by ITU-R 601 luma) and
    // resizes (INTER_AREA to shrink, INTER_LINEAR to grow) to `target`.
    static ImageSet convert(const ImageSet& set, const ImageShape& target);
};

} // namespace negvae
