#pragma once

#include <QString>

namespace negvae {

// Elapsed times and ETAs as people read them: "07:42", "1:03:09"; "--:--" when unknown.
class DurationText {
public:
    static QString format(double seconds);
};

} // namespace negvae
