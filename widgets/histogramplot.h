#pragma once

#include "plotpanel.h"
#include "scoreseries.h"

#include <QVector>

#include <limits>

class QCPGraph;
class QCPItemRect;
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
// It is also the entry point of the drill-down: a click on a bin or a drag over a score range
// (anywhere but on the threshold line) selects those scores, so that the owner can show the
// images behind them.
class ElidedLabel;

class HistogramPlot : public PlotPanel
{
    Q_OBJECT

public:
    // What the user picked for drill-down. A bin holds the scores binOf() puts in it:
    // [lower, upper), the last bin [lower, upper]. A range holds lower <= score <= upper.
    // selectionContains() applies exactly that rule.
    struct Selection
    {
        enum Kind { None, Bin, Range };
        Kind kind = None;
        int bin = -1; // Bin only
        double lower = std::numeric_limits<double>::quiet_NaN();
        double upper = std::numeric_limits<double>::quiet_NaN();

        bool isEmpty() const { return kind == None; }
        bool isBin() const { return kind == Bin; }
    };

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
    // The bin this plot counts `value` in: the b with binEdges()[b] <= value <
    // binEdges()[b + 1], the maximum in the last bin. −1 for NaN, ±inf, values outside the
    // edges and before any finite score. density() is computed with this very function.
    int binOf(double value) const;

    // Drill-down selection. setScores() clears it, since the scores behind it are gone; a
    // bin count change keeps a range as it is and moves a bin selection to the new bin that
    // holds the old bin's centre (emitting binClicked for it).
    Selection selection() const;
    // Whether a score lies in the current selection (false when there is none).
    bool selectionContains(double score) const;
    // Emits selectionCleared() if there was a selection.
    void clearSelection();
    // What a click on bin `bin` does; out-of-range bins clear the selection.
    void selectBin(int bin);
    // What a drag does: clamped to the bins' span, an empty result clears the selection.
    void selectRange(double lower, double upper);

    // set,role,n,bin_lower,bin_upper,density
    QString csv() const override;

    // The hint or the current selection, as the toolbar shows it.
    QString selectionText() const;

Q_SIGNALS:
    void thresholdChanged(double threshold, double tpr, double fpr);
    // A plain click on bin `bin` (press and release without dragging, not on the threshold
    // line), or selectBin(). lower/upper are its edges.
    void binClicked(int bin, double lower, double upper);
    // A drag across the plot that did not start on the threshold line, or selectRange();
    // lower < upper, both within the bins' span.
    void rangeSelected(double lower, double upper);
    // The selection went away: a click beside the bins, clearSelection() or setScores().
    void selectionCleared();

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
    void setSelection(const Selection& selection);
    void showSelectionBand(double lower, double upper);
    void onMousePress(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    bool nearThreshold(const QPointF& pos) const;
    bool inPlotArea(const QPointF& pos) const;
    double clampedCoord(double pixelX) const;
    QString legendName(const Set& set) const;

    QString m_scoreLabel;
    QVector<Set> m_sets;
    QVector<double> m_edges;
    QVector<double> m_sortedOod;    // all OOD-role scores, NaN dropped, ascending
    QVector<double> m_sortedInlier; // all inlier-role scores, NaN dropped, ascending
    double m_min = 0.0;
    double m_max = 1.0;
    double m_inverseWidth = 1.0; // bins per score unit, for binOf()
    double m_threshold;
    double m_tpr;
    double m_fpr;
    bool m_dragging = false;      // the threshold line
    bool m_pressed = false;       // a press that may become a bin click or a range drag
    bool m_rangeDragging = false; // ... and has moved far enough to be a drag
    double m_pressX = 0.0;        // pixel
    Selection m_selection;

    QLabel* m_binsLabel = nullptr;
    QSpinBox* m_binsSpin = nullptr;
    QCPLayer* m_overlay = nullptr;
    QCPItemStraightLine* m_line = nullptr;
    QCPItemRect* m_band = nullptr; // the selected bin or range, over the full height
    QLabel* m_readout = nullptr; // in the toolbar row: on the plot it would collide with the legend
    ElidedLabel* m_selectionLabel = nullptr;
};

} // namespace negvae
