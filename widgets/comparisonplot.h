#pragma once

#include "plotpanel.h"

#include <QColor>
#include <QVector>

namespace negvae {

// One line of a comparison, e.g. the AUROC per epoch of one run of a sweep.
struct CurveSeries
{
    QString name;            // legend entry, e.g. "adversarial · seed 3"
    QVector<double> x;
    QVector<double> y;       // NaN entries leave a gap
    QColor colour;           // invalid: SeriesPalette::nth(position in the list)
    Qt::PenStyle style = Qt::SolidLine;
};

// Curves of several runs overlaid on shared axes, for comparing the runs of a sweep. Generic
// on purpose: the owner decides what x and y are (epochs and AUROC, steps and loss).
class ComparisonPlot : public PlotPanel
{
    Q_OBJECT

public:
    explicit ComparisonPlot(QWidget* parent = nullptr);

    // Replaces every curve; the axes rescale to the data (y from 0 when `yFromZero`).
    void setCurves(const QString& xLabel, const QString& yLabel, const QVector<CurveSeries>& curves,
                   bool yFromZero = false);
    void clear();
    // Draws y on a log axis (losses span orders of magnitude); non-positive values are skipped.
    void setLogY(bool logY);

    // series,x,y rows for every point drawn.
    QString csv() const override;
    void setExportName(const QString& name) { m_exportName = name; }

protected:
    QString exportBaseName() const override;

private:
    QVector<CurveSeries> m_curves;
    QString m_exportName = QStringLiteral("comparison");
    bool m_logY = false;
    bool m_yFromZero = false;
};

} // namespace negvae
