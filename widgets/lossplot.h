#pragma once

#include "plotpanel.h"

#include <QColor>
#include <QMap>
#include <QVector>

class QCPGraph;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;

namespace negvae {

// Training losses against step, live. Each series is drawn twice: a faint raw line and an
// exponential moving average over it, because per-step losses are too noisy to read trends
// from. Built for runs of 100k+ steps: points go straight into QCustomPlot's sorted
// containers, the average is extended incrementally, and axis ranges come from running
// extrema rather than rescans.
class LossPlot : public PlotPanel
{
    Q_OBJECT

public:
    explicit LossPlot(QWidget* parent = nullptr);
    ~LossPlot() override;

    // steps[i] belongs to series[name][i]. NaN (and ±inf) values are skipped; a series gets
    // its lines and legend entry when it first has a finite value.
    void appendPoints(const QVector<double>& steps, const QMap<QString, QVector<double>>& series);
    void clear();

    // The legend's name for a series; the series keeps `name` as its key and CSV column, so
    // that a translated title does not start a new line.
    void setSeriesTitle(const QString& name, const QString& title);
    QString seriesTitle(const QString& name) const { return m_titles.value(name, name); }
    QStringList seriesNames() const;
    // Finite points of a series (0 for an unknown name).
    int pointCount(const QString& series) const;
    // The smoothed line as drawn: s_0 = x_0, s_i = a·s_{i-1} + (1-a)·x_i with a = smoothing()
    // over the finite points in step order; a = 0 is no smoothing. No bias correction: the
    // first point starts the average, so the line does not begin at zero.
    QVector<double> smoothedValues(const QString& series) const;

    double smoothing() const;
    // Clamped to 0..0.99, two decimals (the toolbar control's resolution).
    void setSmoothing(double smoothing);
    bool logScale() const;
    void setLogScale(bool on);

    // step, then one column of raw values per series; empty cells where a series has none.
    QString csv() const override;

protected:
    QString exportBaseName() const override;
    void retranslateUi() override;

private:
    struct Series
    {
        QString name;
        QCPGraph* raw = nullptr;
        QCPGraph* smooth = nullptr;
        QVector<double> column; // aligned with m_steps, NaN where missing (for CSV)
        int count = 0;
        double ema = 0.0;
        double lastStep = 0.0;
    };

    Series& seriesFor(const QString& name);
    QColor nextColour(const QString& name) const;
    void recomputeSmoothing(Series& series);
    void applySmoothingFromControl();
    void applyLogScaleFromControl();
    void applyRanges();
    int indexOf(const QString& name) const;

    QVector<Series> m_series;
    QMap<QString, QString> m_titles;
    QVector<double> m_steps;
    double m_alpha = 0.6;
    bool m_autoRange = true;
    // Running extrema of everything appended; the EMA stays inside the raw range.
    double m_minStep, m_maxStep, m_minValue, m_maxValue, m_minPositive;

    QLabel* m_smoothingLabel = nullptr;
    QDoubleSpinBox* m_smoothingSpin = nullptr;
    QCheckBox* m_logCheck = nullptr;
};

} // namespace negvae
