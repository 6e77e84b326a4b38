#include "histogramplot.h"

#include "elidedlabel.h"

#include "seriespalette.h"

#include "qcustomplotinclude.h"

#include <QLabel>
#include <QSpinBox>

#include <algorithm>
#include <cmath>
#include <limits>

namespace negvae {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kDefaultBins = 60;
// How close (pixels) a press must be to the threshold line to grab it.
constexpr double kGrabDistance = 8.0;
// How far (pixels) the mouse may move between press and release for a click rather than a
// range drag; QCustomPlot's own click detection allows the same.
constexpr double kClickSlop = 3.0;

// Share of `sorted` (ascending) that is >= threshold, by binary search.
double shareAtOrAbove(const QVector<double>& sorted, double threshold)
{
    if (sorted.isEmpty())
        return kNaN;
    const auto first = std::lower_bound(sorted.constBegin(), sorted.constEnd(), threshold);
    return double(sorted.constEnd() - first) / double(sorted.size());
}

bool hasRole(const QString& role, const char* wanted)
{
    return role.compare(QLatin1String(wanted), Qt::CaseInsensitive) == 0;
}

QString formatRate(double rate)
{
    return std::isnan(rate) ? QStringLiteral("–") : QString::number(rate, 'f', 2);
}

QString formatThreshold(double t)
{
    // Three significant digits read well for BPD (~1..8) and KL (tens of nats); large values
    // would turn into exponent notation, so they get plain digits.
    return std::abs(t) >= 1000.0 ? QString::number(t, 'f', 0) : QString::number(t, 'g', 3);
}

QString formatEdge(double e)
{
    // One digit more than the threshold: neighbouring edges of 60 bins must not read alike.
    return std::abs(e) >= 1000.0 ? QString::number(e, 'f', 0) : QString::number(e, 'g', 4);
}

} // namespace

HistogramPlot::HistogramPlot(QWidget* parent)
    : PlotPanel(parent)
    , m_threshold(kNaN)
    , m_tpr(kNaN)
    , m_fpr(kNaN)
{
    m_binsLabel = new QLabel(this);
    m_binsSpin = new QSpinBox(this);
    m_binsSpin->setRange(5, 500);
    m_binsSpin->setValue(kDefaultBins);
    m_binsLabel->setBuddy(m_binsSpin);
    addToolbarWidget(m_binsLabel);
    addToolbarWidget(m_binsSpin);
    connect(m_binsSpin, &QSpinBox::valueChanged, this, [this] {
        const Selection before = m_selection;
        rebin();
        if (before.isBin()) {
            // The bin under the old bin's centre: the selection stays where the user put it,
            // and the owner hears of the new edges.
            setSelection(Selection());
            selectBin(binOf(0.5 * (before.lower + before.upper)));
        }
        scheduleReplot();
    });

    QCustomPlot* p = plot();
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    // The threshold and its readout live on their own buffered layer so that dragging
    // repaints two items, not the histograms underneath.
    // Below the legend layer, so the legend stays readable when the line passes under it.
    p->addLayer(QStringLiteral("threshold"), p->layer(QStringLiteral("legend")), QCustomPlot::limBelow);
    m_overlay = p->layer(QStringLiteral("threshold"));
    m_overlay->setMode(QCPLayer::lmBuffered);

    // Created before the line, so the line is drawn over it.
    m_band = new QCPItemRect(p);
    m_band->setLayer(m_overlay);
    m_band->setSelectable(false);
    // Score range along x, the full height of the axis rect whatever the y range.
    m_band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    // Neutral grey: every hue may already be a data set's colour.
    m_band->setPen(QPen(QColor(0, 0, 0, 150), 1.0));
    m_band->setBrush(QColor(0, 0, 0, 28));
    m_band->setVisible(false);

    m_line = new QCPItemStraightLine(p);
    m_line->setLayer(m_overlay);
    m_line->setPen(QPen(QColor(30, 30, 30), 1.5, Qt::DashLine));
    m_line->setSelectable(false);
    m_line->setVisible(false);

    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("thresholdReadout"));
    addToolbarWidget(m_readout);
    m_selectionLabel = new ElidedLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionReadout"));
    m_selectionLabel->setContentsMargins(12, 0, 0, 0); // apart from the threshold readout
    addToolbarWidget(m_selectionLabel);

    // Move events without a button are needed for the grab cursor over the line.
    p->setMouseTracking(true);
    connect(p, &QCustomPlot::mousePress, this, &HistogramPlot::onMousePress);
    connect(p, &QCustomPlot::mouseMove, this, &HistogramPlot::onMouseMove);
    connect(p, &QCustomPlot::mouseRelease, this, &HistogramPlot::onMouseRelease);

    HistogramPlot::retranslateUi();
}

HistogramPlot::~HistogramPlot() = default;

void HistogramPlot::retranslateUi()
{
    PlotPanel::retranslateUi();
    m_binsLabel->setText(tr("&Bins"));
    plot()->xAxis->setLabel(m_scoreLabel.isEmpty() ? tr("score") : m_scoreLabel);
    plot()->yAxis->setLabel(tr("density (each set normalised)"));
    plot()->setToolTip(tr("Drag the dashed line to move the threshold; scores at or above it "
                          "are flagged as anomalous.\nClick a bin or drag a range elsewhere to see its images."));
    for (const Set& s : std::as_const(m_sets))
        s.graph->setName(legendName(s));
    updateReadout();
    m_selectionLabel->setFullText(selectionText());
    m_selectionLabel->setToolTip(m_selectionLabel->text());
}

QString HistogramPlot::exportBaseName() const
{
    return QStringLiteral("histogram");
}

QString HistogramPlot::legendName(const Set& set) const
{
    const int n = int(set.finite.size());
    if (set.nonFinite > 0)
        return tr("%1 (%2, %3; %4 not finite)").arg(set.name, ScoreSeries::roleTitle(set.role)).arg(n).arg(set.nonFinite);
    return tr("%1 (%2, %3)").arg(set.name, ScoreSeries::roleTitle(set.role)).arg(n);
}

void HistogramPlot::clear()
{
    setScores(QString(), {});
}

void HistogramPlot::setScores(const QString& scoreLabel, const QVector<ScoreSeries>& sets)
{
    QCustomPlot* p = plot();
    // The selection named scores that are gone; the owner hears of it once all is rebuilt.
    const bool hadSelection = !m_selection.isEmpty();
    setSelection(Selection());
    for (const Set& s : std::as_const(m_sets))
        p->removeGraph(s.graph);
    m_sets.clear();
    m_sortedOod.clear();
    m_sortedInlier.clear();
    m_scoreLabel = scoreLabel;
    p->xAxis->setLabel(m_scoreLabel.isEmpty() ? tr("score") : m_scoreLabel);

    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const ScoreSeries& in : sets) {
        Set s;
        s.name = in.name;
        s.role = in.role;
        s.finite.reserve(in.values.size());
        const bool ood = hasRole(in.role, "ood");
        const bool inlier = hasRole(in.role, "inlier");
        QVector<double>& rateValues = ood ? m_sortedOod : m_sortedInlier;
        for (double v : in.values) {
            if (std::isnan(v))
                continue;
            if (ood || inlier)
                rateValues.append(v); // ±inf are still ordered, so they count in the rates
            if (std::isfinite(v)) {
                s.finite.append(v);
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            } else {
                ++s.nonFinite;
            }
        }

        const QColor colour = SeriesPalette::colour(s.name, s.role);
        s.graph = p->addGraph();
        s.graph->setLineStyle(QCPGraph::lsStepLeft);
        s.graph->setPen(QPen(colour, 1.6));
        QColor fill = colour;
        fill.setAlpha(45);
        s.graph->setBrush(fill);
        s.graph->setName(legendName(s));
        m_sets.append(s);
    }
    // Sorted once here so that every drag step is two binary searches.
    std::sort(m_sortedOod.begin(), m_sortedOod.end());
    std::sort(m_sortedInlier.begin(), m_sortedInlier.end());

    if (lo <= hi) {
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        m_min = lo;
        m_max = hi;
    } else {
        m_min = 0.0;
        m_max = 1.0;
    }
    const double pad = 0.02 * (m_max - m_min);
    p->xAxis->setRange(m_min - pad, m_max + pad);
    rebin();

    double t = m_threshold;
    if (!(t >= m_min && t <= m_max)) {
        if (!m_sortedInlier.isEmpty()) {
            // Inlier scores may include ±inf; pick among the finite ones when possible.
            QVector<double> finiteInliers;
            finiteInliers.reserve(m_sortedInlier.size());
            for (double v : std::as_const(m_sortedInlier))
                if (std::isfinite(v))
                    finiteInliers.append(v);
            t = finiteInliers.isEmpty()
                    ? 0.5 * (m_min + m_max)
                    : finiteInliers.at(std::min<qsizetype>(finiteInliers.size() - 1,
                                                           qsizetype(std::ceil(0.95 * double(finiteInliers.size()))) - 1));
        } else {
            t = 0.5 * (m_min + m_max);
        }
    }
    if (m_sets.isEmpty())
        t = kNaN;
    updateThreshold(t, false);
    scheduleReplot();
    if (hadSelection)
        Q_EMIT selectionCleared();
}

void HistogramPlot::rebin()
{
    const int bins = m_binsSpin->value();
    m_edges.clear();
    bool any = false;
    for (const Set& s : std::as_const(m_sets))
        any = any || !s.finite.isEmpty();
    double maxDensity = 0.0;
    if (any) {
        const double width = (m_max - m_min) / bins;
        m_inverseWidth = 1.0 / width;
        m_edges.resize(bins + 1);
        for (int i = 0; i <= bins; ++i)
            m_edges[i] = m_min + i * width;
        m_edges[bins] = m_max; // no rounding gap at the right end

        QVector<double> keys(bins + 3);
        QVector<double> values(bins + 3);
        for (Set& s : m_sets) {
            QVector<int> counts(bins, 0);
            // The same function the drill-down uses, so a bin's images are exactly its count.
            for (double v : std::as_const(s.finite)) {
                const int b = binOf(v);
                if (b >= 0) // always: finite scores lie within the edges
                    ++counts[b];
            }
            s.density.resize(bins);
            const double scale = s.finite.isEmpty() ? 0.0 : 1.0 / (double(s.finite.size()) * width);
            for (int b = 0; b < bins; ++b) {
                s.density[b] = counts.at(b) * scale;
                maxDensity = std::max(maxDensity, s.density.at(b));
            }
            // A closed step outline: up at the left edge, across each bin, down at the right.
            keys[0] = m_edges.at(0);
            values[0] = 0.0;
            for (int b = 0; b < bins; ++b) {
                keys[b + 1] = m_edges.at(b);
                values[b + 1] = s.density.at(b);
            }
            keys[bins + 1] = m_edges.at(bins);
            values[bins + 1] = s.density.at(bins - 1);
            keys[bins + 2] = m_edges.at(bins);
            values[bins + 2] = 0.0;
            if (s.finite.isEmpty())
                s.graph->data()->clear();
            else
                s.graph->setData(keys, values, true);
        }
    } else {
        for (Set& s : m_sets) {
            s.density.clear();
            s.graph->data()->clear();
        }
    }
    // Headroom above the tallest bar for the readout and legend.
    plot()->yAxis->setRange(0.0, maxDensity > 0.0 ? maxDensity * 1.3 : 1.0);
}

void HistogramPlot::updateThreshold(double threshold, bool redrawOverlayNow)
{
    const double oldThreshold = m_threshold;
    const double oldTpr = m_tpr;
    const double oldFpr = m_fpr;
    m_threshold = threshold;
    m_tpr = std::isnan(threshold) ? kNaN : shareAtOrAbove(m_sortedOod, threshold);
    m_fpr = std::isnan(threshold) ? kNaN : shareAtOrAbove(m_sortedInlier, threshold);

    const bool visible = !std::isnan(threshold);
    m_line->setVisible(visible);
    if (visible) {
        m_line->point1->setCoords(threshold, 0.0);
        m_line->point2->setCoords(threshold, 1.0);
    }
    updateReadout();
    if (redrawOverlayNow)
        m_overlay->replot();

    const auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    if (!same(oldThreshold, m_threshold) || !same(oldTpr, m_tpr) || !same(oldFpr, m_fpr))
        Q_EMIT thresholdChanged(m_threshold, m_tpr, m_fpr);
}

void HistogramPlot::updateReadout()
{
    const bool visible = !std::isnan(m_threshold);
    m_readout->setVisible(visible);
    if (visible)
        m_readout->setText(readoutText());
}

QString HistogramPlot::readoutText() const
{
    if (std::isnan(m_threshold))
        return QString();
    return tr("threshold %1: TPR %2 (OOD flagged), FPR %3 (inliers flagged)")
        .arg(formatThreshold(m_threshold), formatRate(m_tpr), formatRate(m_fpr));
}

double HistogramPlot::threshold() const
{
    return m_threshold;
}

void HistogramPlot::setThreshold(double threshold)
{
    updateThreshold(threshold, true);
}

double HistogramPlot::truePositiveRate() const
{
    return m_tpr;
}

double HistogramPlot::falsePositiveRate() const
{
    return m_fpr;
}

int HistogramPlot::binCount() const
{
    return m_binsSpin->value();
}

void HistogramPlot::setBinCount(int bins)
{
    m_binsSpin->setValue(bins);
}

QVector<double> HistogramPlot::binEdges() const
{
    return m_edges;
}

QVector<double> HistogramPlot::density(int index) const
{
    return index >= 0 && index < m_sets.size() ? m_sets.at(index).density : QVector<double>();
}

int HistogramPlot::binOf(double value) const
{
    const int bins = int(m_edges.size()) - 1;
    // Written so that NaN fails it too.
    if (bins < 1 || !(value >= m_edges.first() && value <= m_edges.last()))
        return -1;
    // One multiplication, no search: the bin index is arithmetic. Rounding can put a value
    // that sits on an edge one bin off, so the guess is checked against the stored edges:
    // a bin is then exactly [edge b, edge b+1), and the maximum lands in the last bin, which
    // is closed on the right.
    int b = std::min(bins - 1, int((value - m_edges.first()) * m_inverseWidth));
    if (b > 0 && value < m_edges.at(b))
        --b;
    else if (b < bins - 1 && value >= m_edges.at(b + 1))
        ++b;
    return b;
}

HistogramPlot::Selection HistogramPlot::selection() const
{
    return m_selection;
}

bool HistogramPlot::selectionContains(double score) const
{
    switch (m_selection.kind) {
    case Selection::Bin:
        return binOf(score) == m_selection.bin;
    case Selection::Range:
        return score >= m_selection.lower && score <= m_selection.upper;
    case Selection::None:
        break;
    }
    return false;
}

void HistogramPlot::clearSelection()
{
    const bool had = !m_selection.isEmpty();
    setSelection(Selection());
    if (had)
        Q_EMIT selectionCleared();
}

void HistogramPlot::selectBin(int bin)
{
    if (bin < 0 || bin >= m_edges.size() - 1) {
        clearSelection();
        return;
    }
    Selection s;
    s.kind = Selection::Bin;
    s.bin = bin;
    s.lower = m_edges.at(bin);
    s.upper = m_edges.at(bin + 1);
    setSelection(s);
    Q_EMIT binClicked(s.bin, s.lower, s.upper);
}

void HistogramPlot::selectRange(double lower, double upper)
{
    if (m_edges.isEmpty() || std::isnan(lower) || std::isnan(upper)) {
        clearSelection();
        return;
    }
    if (lower > upper)
        std::swap(lower, upper);
    lower = std::clamp(lower, m_edges.first(), m_edges.last());
    upper = std::clamp(upper, m_edges.first(), m_edges.last());
    if (!(lower < upper)) { // a drag wholly beside the bins selects nothing
        clearSelection();
        return;
    }
    Selection s;
    s.kind = Selection::Range;
    s.lower = lower;
    s.upper = upper;
    setSelection(s);
    Q_EMIT rangeSelected(s.lower, s.upper);
}

void HistogramPlot::setSelection(const Selection& selection)
{
    m_selection = selection;
    if (m_selection.isEmpty())
        m_band->setVisible(false);
    else
        showSelectionBand(m_selection.lower, m_selection.upper);
    m_selectionLabel->setFullText(selectionText());
    m_selectionLabel->setToolTip(m_selectionLabel->text());
    scheduleReplot();
}

void HistogramPlot::showSelectionBand(double lower, double upper)
{
    m_band->topLeft->setCoords(lower, 0.0);
    m_band->bottomRight->setCoords(upper, 1.0);
    m_band->setVisible(true);
}

QString HistogramPlot::selectionText() const
{
    switch (m_selection.kind) {
    case Selection::Bin:
        return tr("bin %1 of %2: %3 to %4")
            .arg(m_selection.bin + 1)
            .arg(m_edges.size() - 1)
            .arg(formatEdge(m_selection.lower), formatEdge(m_selection.upper));
    case Selection::Range:
        return tr("range %1 to %2").arg(formatEdge(m_selection.lower), formatEdge(m_selection.upper));
    case Selection::None:
        break;
    }
    return tr("Click a bin or drag a range to see its images");
}

bool HistogramPlot::nearThreshold(const QPointF& pos) const
{
    if (std::isnan(m_threshold))
        return false;
    const QCustomPlot* p = plot();
    if (!p->axisRect()->rect().contains(pos.toPoint()))
        return false;
    return std::abs(p->xAxis->coordToPixel(m_threshold) - pos.x()) <= kGrabDistance;
}

bool HistogramPlot::inPlotArea(const QPointF& pos) const
{
    const QCustomPlot* p = plot();
    if (!p->axisRect()->rect().contains(pos.toPoint()))
        return false;
    // The legend sits inside the axis rect; a click there is not meant for the bin behind it.
    return !(p->legend->visible() && p->legend->outerRect().contains(pos.toPoint()));
}

double HistogramPlot::clampedCoord(double pixelX) const
{
    return std::clamp(plot()->xAxis->pixelToCoord(pixelX), m_edges.first(), m_edges.last());
}

void HistogramPlot::onMousePress(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (nearThreshold(event->position())) {
        m_dragging = true;
    } else if (inPlotArea(event->position()) && !m_edges.isEmpty()) {
        // A bin click or a range drag: which one, the release tells.
        m_pressed = true;
        m_rangeDragging = false;
        m_pressX = event->position().x();
    }
}

void HistogramPlot::onMouseMove(QMouseEvent* event)
{
    QCustomPlot* p = plot();
    if (m_dragging) {
        const QCPRange range = p->xAxis->range();
        const double t = std::clamp(p->xAxis->pixelToCoord(event->position().x()), range.lower, range.upper);
        updateThreshold(t, true);
        return;
    }
    if (m_pressed) {
        if (!m_rangeDragging && std::abs(event->position().x() - m_pressX) > kClickSlop)
            m_rangeDragging = true;
        if (m_rangeDragging) {
            // The band follows the mouse on the overlay layer alone; the histograms stay put.
            showSelectionBand(clampedCoord(m_pressX), clampedCoord(event->position().x()));
            m_overlay->replot();
        }
        return;
    }
    // Tell the user the line can be grabbed.
    if (nearThreshold(event->position()))
        p->setCursor(Qt::SizeHorCursor);
    else
        p->unsetCursor();
}

void HistogramPlot::onMouseRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    if (!m_pressed)
        return;
    m_pressed = false;
    const QCPAxis* x = plot()->xAxis;
    if (m_rangeDragging) {
        m_rangeDragging = false;
        selectRange(x->pixelToCoord(m_pressX), x->pixelToCoord(event->position().x()));
    } else {
        // Where the press was: a click's release may be a pixel or two off.
        selectBin(binOf(x->pixelToCoord(m_pressX)));
    }
}

QString HistogramPlot::csv() const
{
    QString out = QStringLiteral("set,role,n,bin_lower,bin_upper,density\n");
    for (const Set& s : m_sets) {
        const QString prefix = csvField(s.name) + u',' + csvField(s.role) + u',' + QString::number(s.finite.size()) + u',';
        for (int b = 0; b < s.density.size(); ++b)
            out += prefix + csvNumber(m_edges.at(b)) + u',' + csvNumber(m_edges.at(b + 1)) + u','
                 + csvNumber(s.density.at(b)) + u'\n';
    }
    return out;
}

} // namespace negvae
