#pragma once

#include "plotpanel.h"

#include <QPoint>
#include <QPointF>
#include <QString>
#include <QVector>

#include <optional>

class QCPCurve;
class QCPScatterStyle;
class QComboBox;
class QLabel;
class QMouseEvent;
class QSpinBox;
class QToolButton;

namespace negvae {

// The latent points of one data set, already projected to two dimensions by the owner (PCA or
// two chosen coordinates of the posterior means). Plain values: widgets never see a tensor.
struct LatentSeries
{
    QString name;             // data set, e.g. "mnist"; picks the colour via SeriesPalette
    QString role;             // "inlier", "negative" or "ood"
    QVector<QPointF> points;  // one per image
    QVector<qint64> indexes;  // image index in its set, per point; empty means 0, 1, 2, …
};

// Where the test sets land in latent space, next to the centres of the prior p(z) = N(0, I) and
// of the negative prior: the picture behind the method, in which negatives should be pushed
// away from the prior's centre. The owner projects and hands over points; this plot picks the
// projection controls, draws, and names the image under a click. Drawn as one scatter-only
// QCPCurve per set (no per-point items), so thousands of points stay responsive.
class LatentScatterPlot : public PlotPanel
{
    Q_OBJECT

public:
    // A point of the plot as the user picks it; index −1 when nothing is there.
    struct PointRef
    {
        QString set;
        QString role;
        qint64 index = -1;
        QPointF position;

        bool isValid() const { return index >= 0; }
    };

    // How near (pixels) a click must be to a point to pick it.
    static constexpr double pickRadius = 6.0;

    explicit LatentScatterPlot(QWidget* parent = nullptr);
    ~LatentScatterPlot() override;

    // Replaces all points. Axis titles fall back to the projection's names when empty.
    // Non-finite points are left out (and counted in the legend). Rescales the axes to show
    // every point and centre with a margin.
    void setPoints(const QString& xLabel, const QString& yLabel, const QVector<LatentSeries>& series);
    // In the same projected coordinates as the points; nullopt hides a marker and its legend
    // entry. Rescales the axes.
    void setCentres(std::optional<QPointF> prior, std::optional<QPointF> negativePrior);
    void clear();

    std::optional<QPointF> priorCentre() const;
    std::optional<QPointF> negativePriorCentre() const;
    int seriesCount() const;
    int pointCount() const; // drawn points, all sets

    // The projection the toolbar asks for. i and j are 0-based latent coordinates (the spin
    // boxes show them 1-based); they keep their values, unused, while pca is true.
    bool isPca() const;
    int coordinateI() const;
    int coordinateJ() const;
    // Emits projectionChanged when the effective projection changes. i, j are clamped to
    // the latent dimension.
    void setProjection(bool pca, int i, int j);
    int latentDimension() const;
    // Range of the coordinate spin boxes (d >= 1); clamping them may emit projectionChanged.
    void setLatentDimension(int d);

    // The point nearest to `widgetPos` (this panel's coordinates) within pickRadius pixels,
    // inside the axis rect; where points overlap, the one drawn on top (later set) wins.
    PointRef pointAt(QPoint widgetPos) const;
    // Rings a point, e.g. the image the owner shows in detail (a click rings its point too):
    // at point.position as given (an invalid ref removes the ring), or at the drawn point of
    // (set, index) (none there removes it). Kept across setPoints() where the new points
    // include the same image, moved to its new place, so it follows a projection change.
    void setHighlightedPoint(const PointRef& point);
    void setHighlightedPoint(const QString& set, qint64 index);
    PointRef highlightedPoint() const;

    // set,role,index,x,y for every drawn point, then "prior" and "negative prior" rows
    // (role "centre", no index) for the centres shown.
    QString csv() const override;

Q_SIGNALS:
    // The user changed the projection controls (or setProjection/setLatentDimension did);
    // the owner recomputes the points and calls setPoints() again.
    void projectionChanged(bool pca, int i, int j);
    // A click (no drag) near a point.
    void pointClicked(const QString& setName, qint64 index);

protected:
    QString exportBaseName() const override;
    void retranslateUi() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Series
    {
        QString name;
        QString role;
        QVector<QPointF> points; // finite only
        QVector<qint64> indexes;
        int nonFinite = 0;
        QCPCurve* curve = nullptr;
    };

    QString legendName(const Series& series) const;
    QCPCurve* makeMarker(const QCPScatterStyle& style);
    void rebuildCentres();
    void rescaleAxes();
    void updateAxisLabels();
    void updateProjectionControls();
    void onControlsChanged();
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    PointRef pointAtPlotPixel(const QPointF& pos) const;
    PointRef findPoint(const QString& set, qint64 index) const;

    QVector<Series> m_series;
    QString m_xLabel;
    QString m_yLabel;
    std::optional<QPointF> m_prior;
    std::optional<QPointF> m_negativePrior;
    PointRef m_highlighted;
    int m_latentDimension = 2;
    // The projection last announced, so repeated or ineffective control changes stay quiet.
    bool m_emittedPca = true;
    int m_emittedI = 0;
    int m_emittedJ = 1;
    QPointF m_pressPos;
    bool m_pressed = false;

    QLabel* m_axesLabel = nullptr;
    QComboBox* m_axesCombo = nullptr;
    QLabel* m_iLabel = nullptr;
    QSpinBox* m_iSpin = nullptr;
    QLabel* m_jLabel = nullptr;
    QSpinBox* m_jSpin = nullptr;
    QToolButton* m_fitButton = nullptr;
    QCPCurve* m_priorCurve = nullptr;    // only while there is a prior centre to show
    QCPCurve* m_negativeCurve = nullptr; // likewise
    QCPCurve* m_highlightCurve = nullptr;
};

} // namespace negvae
