#include "aurocplot.h"

#include "seriespalette.h"

#include "qcustomplotinclude.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace negvae {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}

AurocPlot::AurocPlot(QWidget* parent)
    : PlotPanel(parent)
{
    QCustomPlot* p = plot();
    // AUROC lives in 0..1; a fixed axis keeps 0.5 at the same height all run long, so a
    // curve sinking below chance is seen at a glance.
    p->yAxis->setRange(0.0, 1.0);

    // The legend goes beside the axes, not inside: inside, any corner can hide the curves,
    // and the interesting ones (below chance) sit low, where legends usually go.
    auto* side = new QCPLayoutGrid;
    p->plotLayout()->addElement(0, 1, side);
    p->axisRect()->insetLayout()->take(p->legend);
    side->addElement(0, 0, p->legend);
    side->addElement(1, 0, new QCPLayoutElement(p)); // takes the rest, keeps the legend on top
    side->setRowStretchFactor(0, 0.001);
    side->setMargins(QMargins(0, 12, 6, 0));
    p->plotLayout()->setColumnStretchFactor(1, 0.001);
    p->legend->setBrush(Qt::NoBrush);
    p->legend->setBorderPen(Qt::NoPen);

    m_chanceLine = new QCPItemStraightLine(p);
    m_chanceLine->setPen(QPen(QColor(120, 120, 120), 1.0, Qt::DotLine));
    m_chanceLine->point1->setCoords(0.0, 0.5);
    m_chanceLine->point2->setCoords(1.0, 0.5);
    m_chanceLine->setSelectable(false);

    m_chanceLabel = new QCPItemText(p);
    m_chanceLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_chanceLabel->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_chanceLabel->position->setCoords(0.01, 0.5);
    m_chanceLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_chanceLabel->setColor(QColor(110, 110, 110));
    m_chanceLabel->setSelectable(false);

    clear();
    AurocPlot::retranslateUi();
}

AurocPlot::~AurocPlot() = default;

void AurocPlot::retranslateUi()
{
    PlotPanel::retranslateUi();
    plot()->xAxis->setLabel(tr("epoch"));
    plot()->yAxis->setLabel(tr("AUROC (OOD = positive)"));
    m_chanceLabel->setText(tr("chance"));
    plot()->setToolTip(tr("AUROC with the OOD set as the positive class and higher score = more "
                          "anomalous; ties count ½. 0.5 = chance; below 0.5 the model gives OOD images "
                          "higher likelihood"));
}

QString AurocPlot::exportBaseName() const
{
    return QStringLiteral("auroc");
}

QString AurocPlot::seriesName(const QString& oodSet, const QString& score)
{
    return oodSet + QStringLiteral(" · ") + score;
}

int AurocPlot::indexOf(const QString& oodSet, const QString& score) const
{
    for (int i = 0; i < m_series.size(); ++i)
        if (m_series.at(i).oodSet == oodSet && m_series.at(i).score == score)
            return i;
    return -1;
}

void AurocPlot::clear()
{
    for (const Series& s : std::as_const(m_series))
        plot()->removeGraph(s.graph);
    m_series.clear();
    m_minEpoch = kInf;
    m_maxEpoch = -kInf;
    // Whole epochs get whole-number ticks: "epoch 2.5" would suggest an evaluation that
    // never happened.
    m_integralEpochs = true;
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.0, 1.0);
    scheduleReplot();
}

void AurocPlot::setPoint(const QString& oodSet, const QString& score, double epoch, double auroc)
{
    if (!std::isfinite(epoch))
        return;
    int i = indexOf(oodSet, score);
    if (i < 0) {
        Series s;
        s.oodSet = oodSet;
        s.score = score;
        s.graph = plot()->addGraph();
        s.graph->setName(seriesName(oodSet, score));
        const QColor colour = SeriesPalette::colour(oodSet, QStringLiteral("ood"));
        const Qt::PenStyle style = score.compare(QLatin1String("BPD"), Qt::CaseInsensitive) == 0 ? Qt::SolidLine
                                 : score.compare(QLatin1String("KL"), Qt::CaseInsensitive) == 0 ? Qt::DashLine
                                                                                                : Qt::DotLine;
        s.graph->setPen(QPen(colour, 1.8, style));
        // Markers, because evaluations are sparse and one point must be visible on its own.
        s.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 5));
        m_series.append(s);
        i = int(m_series.size()) - 1;
    }
    QCPGraph* graph = m_series.at(i).graph;
    // A re-evaluation of the same epoch replaces the point instead of stacking a second one.
    graph->data()->remove(epoch);
    // NaN (no AUROC: a class was empty) stays as a gap in the line rather than a fake value.
    graph->addData(epoch, auroc);

    m_minEpoch = std::min(m_minEpoch, epoch);
    m_maxEpoch = std::max(m_maxEpoch, epoch);
    if (m_integralEpochs && epoch != std::floor(epoch)) {
        // Fractional epochs (evaluation every n steps): any tick value can be meaningful.
        m_integralEpochs = false;
        plot()->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    applyXRange();
    scheduleReplot();
}

void AurocPlot::applyXRange()
{
    if (m_minEpoch > m_maxEpoch)
        return;
    const double pad = std::max(0.5, 0.04 * (m_maxEpoch - m_minEpoch));
    plot()->xAxis->setRange(m_minEpoch - pad, m_maxEpoch + pad);
}

double AurocPlot::value(const QString& oodSet, const QString& score, double epoch) const
{
    const int i = indexOf(oodSet, score);
    if (i < 0)
        return std::numeric_limits<double>::quiet_NaN();
    const auto data = m_series.at(i).graph->data();
    const auto it = data->findBegin(epoch, false);
    if (it == data->constEnd() || it->key != epoch)
        return std::numeric_limits<double>::quiet_NaN();
    return it->value;
}

QString AurocPlot::csv() const
{
    QString out = QStringLiteral("ood_set,score,epoch,auroc_ood_positive\n");
    for (const Series& s : m_series) {
        const QString prefix = csvField(s.oodSet) + u',' + csvField(s.score) + u',';
        const auto data = s.graph->data();
        for (auto it = data->constBegin(); it != data->constEnd(); ++it)
            out += prefix + csvNumber(it->key) + u',' + csvNumber(it->value) + u'\n';
    }
    return out;
}

} // namespace negvae
