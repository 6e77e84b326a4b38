#pragma once

#include <QString>

namespace negvae {

// Facts about the plotting library for the About box. Only the widget library may include
// qcustomplot.h (it needs Qt's keywords), so the version is read here.
class PlotLibrary {
public:
    static QString name();    // "QCustomPlot"
    static QString version(); // QCUSTOMPLOT_VERSION_STR of the header compiled against
};

} // namespace negvae
