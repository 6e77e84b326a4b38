#pragma once

#include <stdexcept>

namespace negvae {

// Thrown by slow scoring (likelihood regret) when its stop flag is raised between batches:
// the caller keeps what was cheap to compute and drops the cancelled score.
class ScoringCancelled : public std::runtime_error {
public:
    ScoringCancelled()
        : std::runtime_error("scoring cancelled")
    {
    }
};

} // namespace negvae
