#pragma once

#include <QString>

namespace negvae {

// What this build of negvae is and which LibTorch and OpenCV it was compiled against, for the
// About box and bug reports. It lives in core so that the GUI can show the versions without
// including a LibTorch or OpenCV header.
class BuildInfo {
public:
    static QString version();       // negvae's version, from the CMake project
    static QString buildType();     // CMake's build type, e.g. "Release"; "unspecified" if none
    static QString torchVersion();  // TORCH_VERSION of the headers compiled against
    static QString openCvVersion(); // CV_VERSION of the headers compiled against
};

} // namespace negvae
