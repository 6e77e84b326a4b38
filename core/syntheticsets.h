#pragma once

#include "imageset.h"

#include <cstdint>

namespace negvae {

// Image sets made from random numbers, deterministic for a seed: the noise and constant
// baselines of the OOD literature. Each throws std::invalid_argument for a non-positive image
// dimension, a negative count or sigma < 0. Labels are −1: these sets have no classes.
class SyntheticSets {
public:
    // Each pixel uniform in [0, 1].
    static ImageSet uniformNoise(const ImageShape& shape, int64_t count, uint64_t seed);
    // Each pixel N(mean, sigma²), clipped to [0, 1].
    static ImageSet gaussianNoise(const ImageShape& shape, int64_t count, uint64_t seed,
                                  double mean = 0.5, double sigma = 0.25);
    // Each image one value, uniform in [0, 1], in every pixel and channel.
    static ImageSet constant(const ImageShape& shape, int64_t count, uint64_t seed);
};

} // namespace negvae
