#pragma once

#include "experimentconfig.h"

#include <QStringList>

namespace negvae {

// Changes to a config written as "path=value" (training.epochs=5, data.ood=["mnist","letters"],
// data.negatives.source=adversarial): the command line's --set and the axes of a sweep.
// A value is read as JSON when it parses as JSON, else as a string.
class ConfigOverrides {
public:
    // Throws ConfigException naming the field for a malformed assignment, an unknown path, or
    // a value the config refuses.
    static ExperimentConfig apply(const ExperimentConfig& base, const QStringList& assignments);
};

} // namespace negvae
