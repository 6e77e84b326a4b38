#pragma once

#include <QString>

namespace negvae {

// One data set the experiment panel offers by name. The main window fills these from the
// data-set registry, so the panel itself never touches LibTorch: a plain value, no behaviour.
struct DatasetChoice {
    QString name;        // registry name, as written in a config ("fashion-mnist")
    QString description; // one line for tooltips
    bool available = true;
    QString problem; // why it is unavailable and how to install it; shown when chosen anyway
};

} // namespace negvae
