#include "lossplot.h"

#include "qcustomplotinclude.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>

#include <algorithm>
#include <cmath>
#include <limits>

namespace negvae {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Loss terms are not data sets, so they do not draw from SeriesPalette (that would shift the
// OOD sets' colours). "total" is near-black because it is the line people read first; the
// terms take Paul Tol's colour-blind-safe "bright" scheme in first-seen order.
constexpr QRgb kTermColours[] = {0x4477AA, 0xEE6677, 0x228833, 0xCCBB44, 0x66CCEE, 0xAA3377, 0xBBBBBB};

} // namespace

LossPlot::LossPlot(QWidget* parent)
    : PlotPanel(parent)
{
    m_smoothingLabel = new QLabel(this);
    m_smoothingSpin = new QDoubleSpinBox(this);
    m_smoothingSpin->setRange(0.0, 0.99);
    m_smoothingSpin->setDecimals(2);
    m_smoothingSpin->setSingleStep(0.05);
    m_smoothingSpin->setValue(m_alpha);
    m_smoothingLabel->setBuddy(m_smoothingSpin);
    m_logCheck = new QCheckBox(this);
    addToolbarWidget(m_smoothingLabel);
    addToolbarWidget(m_smoothingSpin);
    addToolbarWidget(m_logCheck);
    connect(m_smoothingSpin, &QDoubleSpinBox::valueChanged, this, &LossPlot::applySmoothingFromControl);
    connect(m_logCheck, &QCheckBox::toggled, this, &LossPlot::applyLogScaleFromControl);

    QCustomPlot* p = plot();
    p->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // Once the user pans or zooms, new data must not yank the view away; a double-click
    // hands the view back to the data.
    connect(p, &QCustomPlot::mouseWheel, this, [this] { m_autoRange = false; });
    connect(p, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        if (event->buttons() != Qt::NoButton)
            m_autoRange = false;
    });
    connect(p, &QCustomPlot::mouseDoubleClick, this, [this] {
        m_autoRange = true;
        applyRanges();
        scheduleReplot();
    });
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    clear();
    LossPlot::retranslateUi();
}

LossPlot::~LossPlot() = default;

void LossPlot::retranslateUi()
{
    PlotPanel::retranslateUi();
    m_smoothingLabel->setText(tr("&Smoothing"));
    m_smoothingSpin->setToolTip(tr("Exponential moving average weight a: s = a·s + (1 − a)·x. "
                                   "0 draws the raw losses only."));
    m_logCheck->setText(tr("&Log y"));
    m_logCheck->setToolTip(tr("Logarithmic loss axis (non-positive values are not shown)"));
    plot()->setToolTip(tr("Drag to pan, wheel to zoom, double-click to follow the data again"));
    plot()->xAxis->setLabel(tr("step"));
    plot()->yAxis->setLabel(tr("loss (nats per image)"));
}

QString LossPlot::exportBaseName() const
{
    return QStringLiteral("losses");
}

void LossPlot::clear()
{
    for (const Series& s : std::as_const(m_series)) {
        plot()->removeGraph(s.raw);
        plot()->removeGraph(s.smooth);
    }
    m_series.clear();
    m_steps.clear();
    m_minStep = m_minValue = m_minPositive = kInf;
    m_maxStep = m_maxValue = -kInf;
    m_autoRange = true;
    plot()->xAxis->setRange(0, 1);
    plot()->yAxis->setRange(plot()->yAxis->scaleType() == QCPAxis::stLogarithmic ? QCPRange(0.1, 10)
                                                                                 : QCPRange(0, 1));
    scheduleReplot();
}

int LossPlot::indexOf(const QString& name) const
{
    for (int i = 0; i < m_series.size(); ++i)
        if (m_series.at(i).name == name)
            return i;
    return -1;
}

QColor LossPlot::nextColour(const QString& name) const
{
    if (name == QLatin1String("total"))
        return QColor(0x22, 0x22, 0x22);
    int terms = 0;
    for (const Series& s : m_series)
        if (s.name != QLatin1String("total"))
            ++terms;
    constexpr int n = int(sizeof(kTermColours) / sizeof(kTermColours[0]));
    return QColor::fromRgb(kTermColours[terms % n]);
}

LossPlot::Series& LossPlot::seriesFor(const QString& name)
{
    const int found = indexOf(name);
    if (found >= 0)
        return m_series[found];

    Series s;
    s.name = name;
    s.column = QVector<double>(m_steps.size(), kNaN);
    const QColor colour = nextColour(name);

    // Raw first so the smoothed line is painted over it.
    s.raw = plot()->addGraph();
    QColor faint = colour;
    faint.setAlpha(60);
    s.raw->setPen(QPen(faint, 1.0));
    // Antialiasing a dense raw trace costs time and buys nothing visible at this alpha.
    s.raw->setAntialiased(false);
    s.raw->setName(seriesTitle(name));
    s.raw->removeFromLegend();
    s.raw->setVisible(m_alpha > 0.0);

    s.smooth = plot()->addGraph();
    // Width 1 on purpose: even with fast polylines, a noisy 100k-step series costs ~2 ms to
    // draw at width 1 but ~5 ms at 1.5-2, and five of them must fit a 40 ms frame with room to
    // spare. Opacity, not width, sets it apart from the raw line.
    s.smooth->setPen(QPen(colour, 1.0));
    s.smooth->setName(seriesTitle(name));

    m_series.append(s);
    return m_series.last();
}

void LossPlot::appendPoints(const QVector<double>& steps, const QMap<QString, QVector<double>>& series)
{
    if (steps.isEmpty())
        return;
    const int base = int(m_steps.size());
    const int n = int(steps.size());
    m_steps += steps;
    for (Series& s : m_series)
        s.column.resize(m_steps.size(), kNaN);

    // "total" first, so that it heads the legend; the terms follow in name order.
    QStringList order = series.keys();
    if (order.removeOne(QStringLiteral("total")))
        order.prepend(QStringLiteral("total"));

    QVector<QCPGraphData> raw;
    QVector<QCPGraphData> smooth;
    for (const QString& name : std::as_const(order)) {
        const QVector<double>& values = series.find(name).value();
        const int m = std::min(n, int(values.size()));
        raw.clear();
        raw.reserve(m);
        for (int i = 0; i < m; ++i)
            if (std::isfinite(values.at(i)) && std::isfinite(steps.at(i)))
                raw.append(QCPGraphData(steps.at(i), values.at(i)));

        if (raw.isEmpty() && indexOf(name) < 0)
            continue; // a series appears with its first finite value
        Series& s = seriesFor(name);
        std::copy(values.constBegin(), values.constBegin() + m, s.column.begin() + base);
        if (raw.isEmpty())
            continue;

        const bool inOrder =
            std::is_sorted(raw.constBegin(), raw.constEnd(),
                           [](const QCPGraphData& a, const QCPGraphData& b) { return a.key < b.key; })
            && (s.count == 0 || raw.constFirst().key >= s.lastStep);
        s.raw->data()->add(raw, inOrder);

        if (inOrder) {
            // The common case: extend the average from where it stopped, O(new points).
            smooth.clear();
            smooth.reserve(raw.size());
            double ema = s.ema;
            bool started = s.count > 0;
            for (const QCPGraphData& d : std::as_const(raw)) {
                ema = started ? m_alpha * ema + (1.0 - m_alpha) * d.value : d.value;
                started = true;
                smooth.append(QCPGraphData(d.key, ema));
            }
            s.smooth->data()->add(smooth, true);
            s.ema = ema;
            s.count += int(raw.size());
            s.lastStep = raw.constLast().key;
        } else {
            // Steps went back (a resumed run): the average must follow step order.
            s.count += int(raw.size());
            recomputeSmoothing(s);
        }

        for (const QCPGraphData& d : std::as_const(raw)) {
            m_minStep = std::min(m_minStep, d.key);
            m_maxStep = std::max(m_maxStep, d.key);
            m_minValue = std::min(m_minValue, d.value);
            m_maxValue = std::max(m_maxValue, d.value);
            if (d.value > 0.0)
                m_minPositive = std::min(m_minPositive, d.value);
        }
    }
    applyRanges();
    scheduleReplot();
}

void LossPlot::recomputeSmoothing(Series& s)
{
    QVector<QCPGraphData> smooth;
    smooth.reserve(s.raw->data()->size());
    double ema = 0.0;
    bool started = false;
    for (auto it = s.raw->data()->constBegin(); it != s.raw->data()->constEnd(); ++it) {
        ema = started ? m_alpha * ema + (1.0 - m_alpha) * it->value : it->value;
        started = true;
        smooth.append(QCPGraphData(it->key, ema));
    }
    s.smooth->data()->set(smooth, true);
    s.ema = ema;
    if (!smooth.isEmpty())
        s.lastStep = smooth.constLast().key;
}

void LossPlot::applyRanges()
{
    if (!m_autoRange || m_minStep > m_maxStep)
        return;
    QCustomPlot* p = plot();
    if (m_minStep < m_maxStep)
        p->xAxis->setRange(m_minStep, m_maxStep);
    else
        p->xAxis->setRange(m_minStep - 0.5, m_maxStep + 0.5);

    if (p->yAxis->scaleType() == QCPAxis::stLogarithmic) {
        if (std::isfinite(m_minPositive))
            p->yAxis->setRange(m_minPositive / 1.25, std::max(m_maxValue, m_minPositive) * 1.25);
    } else {
        const double span = m_maxValue - m_minValue;
        const double pad = span > 0.0 ? 0.05 * span : std::max(1e-3, 0.05 * std::abs(m_maxValue));
        p->yAxis->setRange(m_minValue - pad, m_maxValue + pad);
    }
}

void LossPlot::setSeriesTitle(const QString& name, const QString& title)
{
    m_titles.insert(name, title);
    const int i = indexOf(name);
    if (i < 0)
        return;
    m_series[i].raw->setName(title);
    m_series[i].smooth->setName(title);
    scheduleReplot();
}

QStringList LossPlot::seriesNames() const
{
    QStringList names;
    for (const Series& s : m_series)
        names << s.name;
    return names;
}

int LossPlot::pointCount(const QString& series) const
{
    const int i = indexOf(series);
    return i < 0 ? 0 : m_series.at(i).count;
}

QVector<double> LossPlot::smoothedValues(const QString& series) const
{
    QVector<double> values;
    const int i = indexOf(series);
    if (i < 0)
        return values;
    const auto data = m_series.at(i).smooth->data();
    values.reserve(data->size());
    for (auto it = data->constBegin(); it != data->constEnd(); ++it)
        values.append(it->value);
    return values;
}

double LossPlot::smoothing() const
{
    return m_alpha;
}

void LossPlot::setSmoothing(double smoothing)
{
    // The spin box is the single source of truth; its signal does the work.
    m_smoothingSpin->setValue(std::clamp(smoothing, 0.0, 0.99));
}

void LossPlot::applySmoothingFromControl()
{
    const double alpha = m_smoothingSpin->value();
    if (alpha == m_alpha)
        return;
    m_alpha = alpha;
    for (Series& s : m_series) {
        recomputeSmoothing(s);
        // Without smoothing the two lines coincide; drawing one is enough.
        s.raw->setVisible(m_alpha > 0.0);
    }
    scheduleReplot();
}

bool LossPlot::logScale() const
{
    return m_logCheck->isChecked();
}

void LossPlot::setLogScale(bool on)
{
    m_logCheck->setChecked(on);
}

void LossPlot::applyLogScaleFromControl()
{
    QCPAxis* y = plot()->yAxis;
    if (m_logCheck->isChecked()) {
        y->setScaleType(QCPAxis::stLogarithmic);
        y->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        if (y->range().lower <= 0.0)
            y->setRange(0.1, std::max(10.0, y->range().upper));
    } else {
        y->setScaleType(QCPAxis::stLinear);
        y->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    // Switching scales invalidates a hand-set view; show the data again.
    m_autoRange = true;
    applyRanges();
    scheduleReplot();
}

QString LossPlot::csv() const
{
    QString out = QStringLiteral("step");
    for (const Series& s : m_series)
        out += u',' + csvField(s.name);
    out += u'\n';
    out.reserve(out.size() + m_steps.size() * (8 + 12 * m_series.size()));
    for (int row = 0; row < m_steps.size(); ++row) {
        out += csvNumber(m_steps.at(row));
        for (const Series& s : m_series)
            out += u',' + csvNumber(s.column.at(row));
        out += u'\n';
    }
    return out;
}

} // namespace negvae
