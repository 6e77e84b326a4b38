#pragma once

#include "plotpanel.h"
#include "scoreseries.h"

#include <QVector>

class QCPGraph;
class QCPItemStraightLine;
class QCPLayer;
class QLabel;
class QMouseEvent;
class QSpinBox;

namespace negvae {

// Overlaid score histograms of the inlier, negative and OOD test sets, with a threshold the
// user drags to see what a likelihood-based detector would flag there. Each set is a density
// over shared bins so sets of different sizes compare. Built for tens of thousands of scores:
// binning is one pass, the rates come from sorted copies made once per setScores(), and a
// drag only redraws the threshold's own buffered layer.
class HistogramPlot : public PlotPanel
{
    Q_OBJECT

public:
    explicit HistogramPlot(QWidget* parent = nullptr);
    ~HistogramPlot() override;

    // scoreLabel is the x-axis title, e.g. "BPD (bits per dimension)". Bins span the pooled
    // finite min..max of all sets. The current threshold is kept when it lies inside the new
    // range; otherwise it moves to the inliers' 95th percentile (5 % of inliers flagged).
    void setScores(const QString& scoreLabel, const QVector<ScoreSeries>& sets);
    void clear();

    // Scores >= threshold count as flagged (anomalous). NaN before any scores arrive.
    double threshold() const;
    void setThreshold(double threshold);
    // TPR: share of all OOD-role scores >= threshold; FPR: share of inlier-role scores
    // >= threshold. NaN when that role has no scores. NaN scores are left out, ±inf kept.
    double truePositiveRate() const;
    double falsePositiveRate() const;
    QString readoutText() const;

    int binCount() const;
    void setBinCount(int bins);
    // binCount()+1 edges; empty before any finite score.
    QVector<double> binEdges() const;
    // Density of set `index` (order of setScores) per bin; integrates to 1 over the bins.
    QVector<double> density(int index) const;

    // set,role,n,bin_lower,bin_upper,density
    QString csv() const override;

Q_SIGNALS:
    void thresholdChanged(double threshold, double tpr, double fpr);

protected:
    QString exportBaseName() const override;
    void retranslateUi() override;

private:
    struct Set
    {
        QString name;
        QString role;
        QVector<double> finite; // finite scores, for rebinning
        int nonFinite = 0;
        QVector<double> density;
        QCPGraph* graph = nullptr;
    };

    void rebin();
    void updateThreshold(double threshold, bool redrawOverlayNow);
    void updateReadout();
    void onMousePress(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    bool nearThreshold(const QPointF& pos) const;
    QString legendName(const Set& set) const;

    QString m_scoreLabel;
    QVector<Set> m_sets;
    QVector<double> m_edges;
    QVector<double> m_sortedOod;    // all OOD-role scores, NaN dropped, ascending
    QVector<double> m_sortedInlier; // all inlier-role scores, NaN dropped, ascending
    double m_min = 0.0;
    double m_max = 1.0;
    double m_threshold;
    double m_tpr;
    double m_fpr;
    bool m_dragging = false;

    QLabel* m_binsLabel = nullptr;
    QSpinBox* m_binsSpin = nullptr;
    QCPLayer* m_overlay = nullptr;
    QCPItemStraightLine* m_line = nullptr;
    QLabel* m_readout = nullptr; // in the toolbar row: on the plot it would collide with the legend
};

} // namespace negvae
