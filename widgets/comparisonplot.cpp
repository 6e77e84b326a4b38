#include "comparisonplot.h"

#include "qcustomplotinclude.h"
#include "seriespalette.h"

#include <cmath>

namespace negvae {

ComparisonPlot::ComparisonPlot(QWidget* parent)
    : PlotPanel(parent)
{
    plot()->legend->setVisible(false);
}

void ComparisonPlot::setCurves(const QString& xLabel, const QString& yLabel, const QVector<CurveSeries>& curves,
                               bool yFromZero)
{
    m_curves = curves;
    m_yFromZero = yFromZero;
    QCustomPlot* p = plot();
    p->clearGraphs();
    p->xAxis->setLabel(xLabel);
    p->yAxis->setLabel(yLabel);
    for (int i = 0; i < curves.size(); ++i) {
        const CurveSeries& curve = curves[i];
        QCPGraph* graph = p->addGraph();
        graph->setName(curve.name);
        QPen pen(curve.colour.isValid() ? curve.colour : SeriesPalette::nth(i), 1.8, curve.style);
        graph->setPen(pen);
        // Single evaluations would be invisible as lines: mark every point.
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        QVector<double> x;
        QVector<double> y;
        for (int k = 0; k < std::min(curve.x.size(), curve.y.size()); ++k) {
            const bool drawable = std::isfinite(curve.y[k]) && (!m_logY || curve.y[k] > 0);
            x.push_back(curve.x[k]);
            y.push_back(drawable ? curve.y[k] : std::numeric_limits<double>::quiet_NaN());
        }
        graph->setData(x, y, true);
    }
    p->rescaleAxes();
    // A margin, so points on the edge (a single evaluation, a best run) stay visible.
    p->xAxis->scaleRange(1.08);
    if (!m_logY)
        p->yAxis->scaleRange(1.1);
    if (m_yFromZero && !m_logY)
        p->yAxis->setRangeLower(0.0);
    if (p->xAxis->range().size() == 0)
        p->xAxis->setRange(p->xAxis->range().lower - 1, p->xAxis->range().upper + 1);
    replotNow();
}

void ComparisonPlot::clear()
{
    setCurves(plot()->xAxis->label(), plot()->yAxis->label(), {});
}

void ComparisonPlot::setLogY(bool logY)
{
    m_logY = logY;
    QCustomPlot* p = plot();
    p->yAxis->setScaleType(logY ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (logY)
        p->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        p->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    setCurves(p->xAxis->label(), p->yAxis->label(), m_curves, m_yFromZero);
}

QString ComparisonPlot::csv() const
{
    QString text = QStringLiteral("series,x,y\n");
    for (const CurveSeries& curve : m_curves)
        for (int k = 0; k < std::min(curve.x.size(), curve.y.size()); ++k)
            text += csvField(curve.name) + QLatin1Char(',') + csvNumber(curve.x[k]) + QLatin1Char(',') + csvNumber(curve.y[k])
                    + QLatin1Char('\n');
    return text;
}

QString ComparisonPlot::exportBaseName() const
{
    return m_exportName;
}

} // namespace negvae
