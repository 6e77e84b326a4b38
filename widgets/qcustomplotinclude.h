#pragma once

// Include QCustomPlot through this header, never <qcustomplot.h> directly.
//
// The project builds with QT_NO_FOREACH (negvae_defaults), which removes Qt's `foreach`
// macro, but two inline templates in qcustomplot.h 2.1 (QCustomPlot::plottableAt/itemAt) are
// written with it and fail to parse. For the duration of the include, `foreach` becomes a
// range-based for, which is what those read-only loops mean; it is undefined again right after
// so project code still cannot use it. (The header also needs Qt's keywords: code compiled
// with QT_NO_KEYWORDS must not include this at all — see widgets/CMakeLists.txt.)
#if defined(QT_NO_FOREACH) && !defined(foreach)
#define foreach(variable, container) for (variable : container)
#define NEGVAE_QCUSTOMPLOT_FOREACH_SHIM
#endif

#include <qcustomplot.h>

#ifdef NEGVAE_QCUSTOMPLOT_FOREACH_SHIM
#undef foreach
#undef NEGVAE_QCUSTOMPLOT_FOREACH_SHIM
#endif
