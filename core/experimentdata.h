#pragma once

#include "datasetregistry.h"
#include "experimentconfig.h"
#include "imageset.h"
#include "progress.h"

#include <vector>

namespace negvae {

// Every image set one experiment needs, loaded through the registry and checked to share
// the inliers' shape.
struct ExperimentData {
    ImageSet train;             // inlier train split (subset as configured)
    ImageSet test;              // inlier test split
    ImageSet negatives;         // auxiliary negatives, all listed sets concatenated; empty otherwise
    std::vector<ImageSet> ood;  // OOD test splits, in config order

    // Throws DataError for a missing or unreadable set and ConfigException naming the field
    // (data.ood[1], data.negatives.sets[0]) when shapes disagree.
    static ExperimentData load(const ExperimentConfig& config, const DatasetRegistry& registry,
                               const ProgressCallback& progress = {});
    // Only the inlier test split and the OOD test splits (`train` and `negatives` stay
    // empty): what inspecting a finished run needs, without the cost of the train split.
    static ExperimentData loadTestSets(const ExperimentConfig& config, const DatasetRegistry& registry,
                                       const ProgressCallback& progress = {});
};

} // namespace negvae
