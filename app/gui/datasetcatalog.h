#pragma once

#include "datasetchoice.h"

#include <QList>

namespace negvae {

// The data sets the experiment panel offers, read from the registry. Kept in its own file so
// that only this translation unit of the GUI pays for the registry's LibTorch headers.
class DatasetCatalog {
public:
    static QList<DatasetChoice> fromRegistry();
};

} // namespace negvae
