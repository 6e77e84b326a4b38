#include "rocplot.h"

#include "seriespalette.h"

#include "qcustomplotinclude.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

namespace negvae {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct RocResult
{
    double auroc = kNaN;
    QVector<double> thresholds, fpr, tpr;
};

// Exact ROC of positives (OOD) against negatives (inliers), both sorted descending. Walks the
// merged scores from the highest down; all scores equal to the current value are consumed as
// one group, which gives the diagonal step that makes the trapezoid area equal to the
// Mann–Whitney statistic with ties counted ½.
RocResult exactRoc(const QVector<double>& negativesDesc, const QVector<double>& positivesDesc)
{
    RocResult r;
    const qsizetype nNeg = negativesDesc.size();
    const qsizetype nPos = positivesDesc.size();
    if (nNeg == 0 || nPos == 0)
        return r;
    r.thresholds.append(std::numeric_limits<double>::infinity());
    r.fpr.append(0.0);
    r.tpr.append(0.0);
    qsizetype i = 0, j = 0;
    double area = 0.0;
    while (i < nNeg || j < nPos) {
        double t;
        if (i == nNeg)
            t = positivesDesc.at(j);
        else if (j == nPos)
            t = negativesDesc.at(i);
        else
            t = std::max(negativesDesc.at(i), positivesDesc.at(j));
        while (i < nNeg && negativesDesc.at(i) == t)
            ++i;
        while (j < nPos && positivesDesc.at(j) == t)
            ++j;
        const double fpr = double(i) / double(nNeg);
        const double tpr = double(j) / double(nPos);
        area += (fpr - r.fpr.constLast()) * (tpr + r.tpr.constLast()) * 0.5;
        r.thresholds.append(t);
        r.fpr.append(fpr);
        r.tpr.append(tpr);
    }
    r.auroc = area;
    return r;
}

// Indices of curve points to draw: a point is kept once the curve has travelled at least
// 2/maxPoints (in fpr + tpr, whose total along a ROC curve is 2) since the last kept one, so
// at most ~maxPoints remain and no feature wider than a thousandth of the axes is lost.
QVector<int> thinned(const QVector<double>& fpr, const QVector<double>& tpr, int maxPoints)
{
    QVector<int> keep;
    const int n = int(fpr.size());
    if (n <= maxPoints) {
        keep.resize(n);
        std::iota(keep.begin(), keep.end(), 0);
        return keep;
    }
    const double step = 2.0 / (maxPoints - 2);
    keep.append(0);
    for (int k = 1; k < n - 1; ++k) {
        const int last = keep.constLast();
        if ((fpr.at(k) - fpr.at(last)) + (tpr.at(k) - tpr.at(last)) >= step)
            keep.append(k);
    }
    keep.append(n - 1);
    return keep;
}

QVector<double> sortedDescending(QVector<double> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
                 values.end());
    std::sort(values.begin(), values.end(), std::greater<double>());
    return values;
}

} // namespace

RocPlot::RocPlot(QWidget* parent)
    : PlotPanel(parent)
{
    QCustomPlot* p = plot();
    p->xAxis->setRange(0.0, 1.0);
    p->yAxis->setRange(0.0, 1.0);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    m_diagonal = new QCPItemStraightLine(p);
    m_diagonal->point1->setCoords(0.0, 0.0);
    m_diagonal->point2->setCoords(1.0, 1.0);
    m_diagonal->setPen(QPen(QColor(140, 140, 140), 1.0, Qt::DotLine));
    m_diagonal->setSelectable(false);

    // The convention in the plot itself, so that an exported image carries it (SPEC §4).
    m_convention = new QCPItemText(p);
    m_convention->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_convention->position->setCoords(0.01, 0.01);
    m_convention->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_convention->setTextAlignment(Qt::AlignLeft);
    m_convention->setColor(QColor(90, 90, 90));
    m_convention->setSelectable(false);

    RocPlot::retranslateUi();
}

RocPlot::~RocPlot() = default;

void RocPlot::retranslateUi()
{
    PlotPanel::retranslateUi();
    plot()->xAxis->setLabel(tr("false positive rate (inliers flagged)"));
    plot()->yAxis->setLabel(tr("true positive rate (OOD flagged)"));
    const QString score = m_scoreLabel.isEmpty() ? tr("score") : m_scoreLabel;
    // The score on a line of its own: a long score name must not run out of the plot.
    m_convention->setText(tr("%1\nhigher = more anomalous\nOOD = positive class").arg(score));
    plot()->setToolTip(tr("ROC of each OOD set against the inliers: OOD images are the positive class, an image "
                          "is flagged when its score is at or above the threshold (higher = more anomalous). "
                          "AUROC counts ties as ½; 0.5 = chance."));
    for (Curve& c : m_curves)
        c.curve->setName(tr("%1 (AUROC %2)").arg(c.name, QString::number(c.auroc, 'f', 3)));
}

QString RocPlot::exportBaseName() const
{
    return QStringLiteral("roc");
}

void RocPlot::clear()
{
    setCurves(QString(), {});
}

void RocPlot::setCurves(const QString& scoreLabel, const QVector<ScoreSeries>& sets)
{
    QCustomPlot* p = plot();
    for (const Curve& c : std::as_const(m_curves))
        p->removePlottable(c.curve);
    m_curves.clear();
    m_scoreLabel = scoreLabel;

    QVector<double> inliers;
    for (const ScoreSeries& s : sets)
        if (s.role.compare(QLatin1String("inlier"), Qt::CaseInsensitive) == 0)
            inliers += s.values;
    inliers = sortedDescending(std::move(inliers));

    for (const ScoreSeries& s : sets) {
        if (s.role.compare(QLatin1String("ood"), Qt::CaseInsensitive) != 0)
            continue;
        RocResult roc = exactRoc(inliers, sortedDescending(s.values));
        if (roc.fpr.isEmpty())
            continue; // no AUROC without both classes; a legend entry would only mislead

        Curve c;
        c.name = s.name;
        c.auroc = roc.auroc;
        c.thresholds = std::move(roc.thresholds);
        c.fpr = std::move(roc.fpr);
        c.tpr = std::move(roc.tpr);

        const QVector<int> keep = thinned(c.fpr, c.tpr, maxDrawnPoints);
        QVector<double> t(keep.size()), x(keep.size()), y(keep.size());
        for (int k = 0; k < keep.size(); ++k) {
            t[k] = k;
            x[k] = c.fpr.at(keep.at(k));
            y[k] = c.tpr.at(keep.at(k));
        }
        // QCPCurve, not QCPGraph: a ROC curve has vertical runs (several points per fpr) that
        // a graph, being a function of x, would reorder.
        c.curve = new QCPCurve(p->xAxis, p->yAxis);
        c.curve->setData(t, x, y, true);
        c.curve->setPen(QPen(SeriesPalette::colour(s.name, s.role), 1.8));
        m_curves.append(c);
    }
    retranslateUi();
    scheduleReplot();
}

int RocPlot::indexOf(const QString& oodSet) const
{
    for (int i = 0; i < m_curves.size(); ++i)
        if (m_curves.at(i).name == oodSet)
            return i;
    return -1;
}

double RocPlot::auroc(const QString& oodSet) const
{
    const int i = indexOf(oodSet);
    return i < 0 ? kNaN : m_curves.at(i).auroc;
}

int RocPlot::drawnPointCount(const QString& oodSet) const
{
    const int i = indexOf(oodSet);
    return i < 0 ? 0 : m_curves.at(i).curve->dataCount();
}

QString RocPlot::csv() const
{
    QString out = QStringLiteral("ood_set,auroc_ood_positive,threshold,fpr_inliers_flagged,tpr_ood_flagged\n");
    for (const Curve& c : m_curves) {
        const QString prefix = csvField(c.name) + u',' + csvNumber(c.auroc) + u',';
        for (int k = 0; k < c.fpr.size(); ++k)
            out += prefix + csvNumber(c.thresholds.at(k)) + u',' + csvNumber(c.fpr.at(k)) + u','
                 + csvNumber(c.tpr.at(k)) + u'\n';
    }
    return out;
}

} // namespace negvae
