#include "plotlibrary.h"

#include "qcustomplotinclude.h"

namespace negvae {

QString PlotLibrary::name()
{
    return QStringLiteral("QCustomPlot");
}

QString PlotLibrary::version()
{
    return QStringLiteral(QCUSTOMPLOT_VERSION_STR);
}

} // namespace negvae
