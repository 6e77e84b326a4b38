#include "latentscatterplot.h"

#include "scoreseries.h"

#include "seriespalette.h"

#include "qcustomplotinclude.h"

#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace negvae {

namespace {

// How far (pixels) the mouse may move between press and release for a click rather than a
// pan; QCustomPlot's own click detection allows the same.
constexpr double kClickSlop = 3.0;
// Share of the data's span added on each side, so that no marker sits on an axis.
constexpr double kMargin = 0.06;

enum AxesMode { PcaAxes = 0, CoordinateAxes = 1 };

QCPScatterStyle centreStyle(QCPScatterStyle::ScatterShape shape)
{
    return QCPScatterStyle(shape, QPen(Qt::black, 2.5), Qt::NoBrush, 15);
}

} // namespace

LatentScatterPlot::LatentScatterPlot(QWidget* parent)
    : PlotPanel(parent)
{
    m_axesLabel = new QLabel(this);
    m_axesCombo = new QComboBox(this);
    m_axesCombo->setObjectName(QStringLiteral("axesCombo"));
    m_axesCombo->addItem(QString());
    m_axesCombo->addItem(QString());
    m_axesLabel->setBuddy(m_axesCombo);
    m_iLabel = new QLabel(this);
    m_iSpin = new QSpinBox(this);
    m_iSpin->setObjectName(QStringLiteral("coordinateI"));
    m_iLabel->setBuddy(m_iSpin);
    m_jLabel = new QLabel(this);
    m_jSpin = new QSpinBox(this);
    m_jSpin->setObjectName(QStringLiteral("coordinateJ"));
    m_jLabel->setBuddy(m_jSpin);
    for (QSpinBox* spin : {m_iSpin, m_jSpin}) {
        // 1-based with a "z" prefix: the spin reads as the coordinate it picks, "z3".
        spin->setPrefix(QStringLiteral("z"));
        spin->setRange(1, m_latentDimension);
    }
    m_iSpin->setValue(1);
    m_jSpin->setValue(2);
    m_fitButton = new QToolButton(this);
    m_fitButton->setAutoRaise(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_axesLabel, m_axesCombo, m_iLabel, m_iSpin, m_jLabel, m_jSpin, m_fitButton})
        addToolbarWidget(w);
    connect(m_axesCombo, &QComboBox::currentIndexChanged, this, &LatentScatterPlot::onControlsChanged);
    connect(m_iSpin, &QSpinBox::valueChanged, this, &LatentScatterPlot::onControlsChanged);
    connect(m_jSpin, &QSpinBox::valueChanged, this, &LatentScatterPlot::onControlsChanged);
    connect(m_fitButton, &QToolButton::clicked, this, [this] {
        rescaleAxes();
        scheduleReplot();
    });

    QCustomPlot* p = plot();
    // Points fill the whole axis rect, so a legend in any corner would hide some of them: it
    // goes below the axis rect instead, two entries a row.
    auto* legendRow = new QCPLayoutGrid;
    p->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, p->legend);
    p->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    p->legend->setWrap(2);
    p->plotLayout()->setRowStretchFactor(1, 0.001);
    // Thousands of points hide each other; panning and zooming is how one looks closer.
    p->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // Centres and the highlight ring above every set's points, whatever order they came in.
    p->addLayer(QStringLiteral("centres"), p->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_highlightCurve = makeMarker(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(20, 20, 20), 2.0), Qt::NoBrush, 14));
    m_highlightCurve->setVisible(false);

    connect(p, &QCustomPlot::mousePress, this, &LatentScatterPlot::onMousePress);
    connect(p, &QCustomPlot::mouseRelease, this, &LatentScatterPlot::onMouseRelease);
    // Tooltips name the point under the mouse, computed only when Qt asks for one.
    p->installEventFilter(this);

    updateProjectionControls();
    rescaleAxes();
    LatentScatterPlot::retranslateUi();
}

LatentScatterPlot::~LatentScatterPlot() = default;

QCPCurve* LatentScatterPlot::makeMarker(const QCPScatterStyle& style)
{
    QCustomPlot* p = plot();
    auto* curve = new QCPCurve(p->xAxis, p->yAxis);
    curve->setLayer(QStringLiteral("centres"));
    curve->setLineStyle(QCPCurve::lsNone);
    curve->setScatterStyle(style);
    curve->setSelectable(QCP::stNone);
    curve->removeFromLegend();
    return curve;
}

void LatentScatterPlot::retranslateUi()
{
    PlotPanel::retranslateUi();
    m_axesLabel->setText(tr("&Axes:"));
    m_axesCombo->setItemText(PcaAxes, tr("PCA (PC1, PC2)"));
    m_axesCombo->setItemText(CoordinateAxes, tr("latent coordinates"));
    m_axesCombo->setToolTip(tr("PCA shows the two directions in which the points spread most; "
                               "latent coordinates show two chosen dimensions of z as they are"));
    m_iLabel->setText(tr("x:"));
    m_jLabel->setText(tr("y:"));
    m_iSpin->setToolTip(tr("Latent coordinate on the horizontal axis"));
    m_jSpin->setToolTip(tr("Latent coordinate on the vertical axis"));
    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(tr("Show all points and centres again"));
    plot()->setToolTip(tr("Click a point to see its image; drag to pan, wheel to zoom"));
    if (m_priorCurve)
        m_priorCurve->setName(tr("prior N(0, I) centre"));
    if (m_negativeCurve)
        m_negativeCurve->setName(tr("negative prior centre"));
    for (const Series& s : std::as_const(m_series))
        s.curve->setName(legendName(s));
    updateAxisLabels();
}

QString LatentScatterPlot::exportBaseName() const
{
    return QStringLiteral("latent");
}

QString LatentScatterPlot::legendName(const Series& series) const
{
    const int n = int(series.points.size());
    if (series.nonFinite > 0)
        return tr("%1 (%2, %3; %4 not finite)").arg(series.name, ScoreSeries::roleTitle(series.role)).arg(n).arg(series.nonFinite);
    return tr("%1 (%2, %3)").arg(series.name, ScoreSeries::roleTitle(series.role)).arg(n);
}

void LatentScatterPlot::clear()
{
    setCentres(std::nullopt, std::nullopt);
    setPoints(QString(), QString(), {});
}

void LatentScatterPlot::setPoints(const QString& xLabel, const QString& yLabel, const QVector<LatentSeries>& series)
{
    QCustomPlot* p = plot();
    for (const Series& s : std::as_const(m_series))
        p->removePlottable(s.curve);
    m_series.clear();
    m_xLabel = xLabel;
    m_yLabel = yLabel;

    QVector<double> xs;
    QVector<double> ys;
    for (const LatentSeries& in : series) {
        Series s;
        s.name = in.name;
        s.role = in.role;
        s.points.reserve(in.points.size());
        s.indexes.reserve(in.points.size());
        const bool hasIndexes = in.indexes.size() == in.points.size();
        xs.clear();
        ys.clear();
        for (qsizetype k = 0; k < in.points.size(); ++k) {
            const QPointF& pt = in.points.at(k);
            if (!std::isfinite(pt.x()) || !std::isfinite(pt.y())) {
                ++s.nonFinite;
                continue;
            }
            s.points.append(pt);
            s.indexes.append(hasIndexes ? in.indexes.at(k) : qint64(k));
            xs.append(pt.x());
            ys.append(pt.y());
        }

        QColor colour = SeriesPalette::colour(s.name, s.role);
        // Slightly see-through, so dense clusters read darker than single points.
        colour.setAlpha(170);
        s.curve = new QCPCurve(p->xAxis, p->yAxis);
        s.curve->setLineStyle(QCPCurve::lsNone);
        s.curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 5));
        s.curve->setSelectable(QCP::stNone);
        // Keyed by point number, so the curve's data order is this set's order.
        s.curve->setData(xs, ys);
        s.curve->setName(legendName(s));
        m_series.append(s);
    }
    rebuildCentres();
    setHighlightedPoint(m_highlighted.set, m_highlighted.index);
    updateAxisLabels();
    rescaleAxes();
    scheduleReplot();
}

void LatentScatterPlot::setCentres(std::optional<QPointF> prior, std::optional<QPointF> negativePrior)
{
    m_prior = prior;
    m_negativePrior = negativePrior;
    rebuildCentres();
    rescaleAxes();
    scheduleReplot();
}

void LatentScatterPlot::rebuildCentres()
{
    // Made anew after the sets' curves, so that plottables and legend list the sets first and
    // the centres last however setPoints() and setCentres() were called; the "centres" layer
    // draws them over the points all the same.
    QCustomPlot* p = plot();
    for (QCPCurve** marker : {&m_priorCurve, &m_negativeCurve}) {
        if (*marker)
            p->removePlottable(*marker);
        *marker = nullptr;
    }
    const auto place = [this](QCPScatterStyle::ScatterShape shape, const QPointF& at, const QString& name) {
        QCPCurve* curve = makeMarker(centreStyle(shape));
        curve->addData(at.x(), at.y());
        curve->setName(name);
        curve->addToLegend();
        return curve;
    };
    if (m_prior)
        m_priorCurve = place(QCPScatterStyle::ssPlus, *m_prior, tr("prior N(0, I) centre"));
    if (m_negativePrior)
        m_negativeCurve = place(QCPScatterStyle::ssCross, *m_negativePrior, tr("negative prior centre"));
}

void LatentScatterPlot::rescaleAxes()
{
    double xMin = std::numeric_limits<double>::infinity();
    double xMax = -xMin;
    double yMin = xMin;
    double yMax = xMax;
    const auto include = [&](const QPointF& pt) {
        xMin = std::min(xMin, pt.x());
        xMax = std::max(xMax, pt.x());
        yMin = std::min(yMin, pt.y());
        yMax = std::max(yMax, pt.y());
    };
    for (const Series& s : std::as_const(m_series))
        for (const QPointF& pt : s.points)
            include(pt);
    for (const std::optional<QPointF>& c : {m_prior, m_negativePrior})
        if (c && std::isfinite(c->x()) && std::isfinite(c->y()))
            include(*c);
    const auto apply = [](QCPAxis* axis, double lo, double hi) {
        if (!(lo <= hi)) {
            // Nothing to show: about where a standard normal prior puts its points.
            lo = -3.0;
            hi = 3.0;
        } else if (lo == hi) {
            lo -= 1.0;
            hi += 1.0;
        } else {
            const double pad = kMargin * (hi - lo);
            lo -= pad;
            hi += pad;
        }
        axis->setRange(lo, hi);
    };
    apply(plot()->xAxis, xMin, xMax);
    apply(plot()->yAxis, yMin, yMax);
}

void LatentScatterPlot::updateAxisLabels()
{
    const bool pca = isPca();
    const QString x = !m_xLabel.isEmpty() ? m_xLabel : pca ? tr("PC1") : tr("z%1").arg(coordinateI() + 1);
    const QString y = !m_yLabel.isEmpty() ? m_yLabel : pca ? tr("PC2") : tr("z%1").arg(coordinateJ() + 1);
    plot()->xAxis->setLabel(x);
    plot()->yAxis->setLabel(y);
}

std::optional<QPointF> LatentScatterPlot::priorCentre() const
{
    return m_prior;
}

std::optional<QPointF> LatentScatterPlot::negativePriorCentre() const
{
    return m_negativePrior;
}

int LatentScatterPlot::seriesCount() const
{
    return int(m_series.size());
}

int LatentScatterPlot::pointCount() const
{
    int n = 0;
    for (const Series& s : m_series)
        n += int(s.points.size());
    return n;
}

bool LatentScatterPlot::isPca() const
{
    return m_axesCombo->currentIndex() == PcaAxes;
}

int LatentScatterPlot::coordinateI() const
{
    return m_iSpin->value() - 1;
}

int LatentScatterPlot::coordinateJ() const
{
    return m_jSpin->value() - 1;
}

void LatentScatterPlot::setProjection(bool pca, int i, int j)
{
    {
        // One announcement for the whole change, not one per control.
        const QSignalBlocker blockCombo(m_axesCombo);
        const QSignalBlocker blockI(m_iSpin);
        const QSignalBlocker blockJ(m_jSpin);
        m_axesCombo->setCurrentIndex(pca ? PcaAxes : CoordinateAxes);
        m_iSpin->setValue(i + 1);
        m_jSpin->setValue(j + 1);
    }
    onControlsChanged();
}

int LatentScatterPlot::latentDimension() const
{
    return m_latentDimension;
}

void LatentScatterPlot::setLatentDimension(int d)
{
    m_latentDimension = std::max(1, d);
    {
        const QSignalBlocker blockI(m_iSpin);
        const QSignalBlocker blockJ(m_jSpin);
        m_iSpin->setRange(1, m_latentDimension);
        m_jSpin->setRange(1, m_latentDimension);
    }
    onControlsChanged();
}

void LatentScatterPlot::updateProjectionControls()
{
    const bool coordinates = !isPca();
    m_iLabel->setEnabled(coordinates);
    m_iSpin->setEnabled(coordinates);
    m_jLabel->setEnabled(coordinates);
    m_jSpin->setEnabled(coordinates);
}

void LatentScatterPlot::onControlsChanged()
{
    updateProjectionControls();
    updateAxisLabels();
    const bool pca = isPca();
    const int i = coordinateI();
    const int j = coordinateJ();
    // In PCA mode the coordinate spins do not change the picture, so they announce nothing.
    const bool same = pca == m_emittedPca && (pca || (i == m_emittedI && j == m_emittedJ));
    m_emittedPca = pca;
    m_emittedI = i;
    m_emittedJ = j;
    if (!same)
        Q_EMIT projectionChanged(pca, i, j);
}

LatentScatterPlot::PointRef LatentScatterPlot::pointAt(QPoint widgetPos) const
{
    return pointAtPlotPixel(QPointF(plot()->mapFrom(this, widgetPos)));
}

LatentScatterPlot::PointRef LatentScatterPlot::pointAtPlotPixel(const QPointF& pos) const
{
    const QCustomPlot* p = plot();
    if (!p->axisRect()->rect().contains(pos.toPoint()))
        return {};
    // A linear scan in pixel space: a few thousand points cost well under a millisecond, and
    // it runs only on a click or a tooltip, never per frame.
    double best = pickRadius * pickRadius;
    int bestSeries = -1;
    qsizetype bestPoint = -1;
    for (int s = 0; s < m_series.size(); ++s) {
        const QVector<QPointF>& points = m_series.at(s).points;
        for (qsizetype k = 0; k < points.size(); ++k) {
            const double dx = p->xAxis->coordToPixel(points.at(k).x()) - pos.x();
            const double dy = p->yAxis->coordToPixel(points.at(k).y()) - pos.y();
            const double d2 = dx * dx + dy * dy;
            if (d2 <= best) { // <=: of two points on one spot, the later-drawn (visible) one
                best = d2;
                bestSeries = s;
                bestPoint = k;
            }
        }
    }
    if (bestSeries < 0)
        return {};
    const Series& s = m_series.at(bestSeries);
    PointRef ref;
    ref.set = s.name;
    ref.role = s.role;
    ref.index = s.indexes.at(bestPoint);
    ref.position = s.points.at(bestPoint);
    return ref;
}

void LatentScatterPlot::setHighlightedPoint(const QString& set, qint64 index)
{
    setHighlightedPoint(findPoint(set, index));
}

void LatentScatterPlot::setHighlightedPoint(const PointRef& point)
{
    m_highlighted = point.isValid() ? point : PointRef();
    m_highlightCurve->data()->clear();
    m_highlightCurve->setVisible(m_highlighted.isValid());
    if (m_highlighted.isValid())
        m_highlightCurve->addData(m_highlighted.position.x(), m_highlighted.position.y());
    scheduleReplot();
}

LatentScatterPlot::PointRef LatentScatterPlot::findPoint(const QString& set, qint64 index) const
{
    if (index < 0)
        return {};
    for (const Series& s : m_series) {
        if (s.name != set)
            continue;
        const qsizetype k = s.indexes.indexOf(index);
        if (k >= 0) {
            PointRef ref;
            ref.set = s.name;
            ref.role = s.role;
            ref.index = index;
            ref.position = s.points.at(k);
            return ref;
        }
    }
    return {};
}

LatentScatterPlot::PointRef LatentScatterPlot::highlightedPoint() const
{
    return m_highlighted;
}

void LatentScatterPlot::onMousePress(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = true;
    m_pressPos = event->position();
}

void LatentScatterPlot::onMouseRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    // Farther than the slop it was a drag, which QCustomPlot turned into a pan.
    if ((event->position() - m_pressPos).manhattanLength() > kClickSlop)
        return;
    const PointRef hit = pointAtPlotPixel(m_pressPos);
    if (!hit.isValid())
        return;
    setHighlightedPoint(hit.set, hit.index);
    Q_EMIT pointClicked(hit.set, hit.index);
}

bool LatentScatterPlot::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const PointRef hit = pointAtPlotPixel(QPointF(help->pos()));
        if (hit.isValid()) {
            QToolTip::showText(help->globalPos(),
                               tr("%1 #%2 (%3)\nx %4, y %5")
                                   .arg(hit.set)
                                   .arg(hit.index)
                                   .arg(hit.role, QString::number(hit.position.x(), 'g', 4),
                                        QString::number(hit.position.y(), 'g', 4)),
                               plot());
            return true;
        }
        // Elsewhere the plot's own tooltip explains the gestures.
    }
    return PlotPanel::eventFilter(watched, event);
}

QString LatentScatterPlot::csv() const
{
    QString out = QStringLiteral("set,role,index,x,y\n");
    for (const Series& s : m_series) {
        const QString prefix = csvField(s.name) + u',' + csvField(s.role) + u',';
        for (qsizetype k = 0; k < s.points.size(); ++k)
            out += prefix + QString::number(s.indexes.at(k)) + u',' + csvNumber(s.points.at(k).x()) + u','
                 + csvNumber(s.points.at(k).y()) + u'\n';
    }
    if (m_prior)
        out += QStringLiteral("prior,centre,,") + csvNumber(m_prior->x()) + u',' + csvNumber(m_prior->y()) + u'\n';
    if (m_negativePrior)
        out += QStringLiteral("negative prior,centre,,") + csvNumber(m_negativePrior->x()) + u','
             + csvNumber(m_negativePrior->y()) + u'\n';
    return out;
}

} // namespace negvae
