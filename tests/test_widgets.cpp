// Tests of the plotting widgets (widgets/ only, no core): what a user sees in each plot —
// series, legend text, numbers in readouts — and that redraws are coalesced and exports work.
#include "aurocplot.h"
#include "elidedlabel.h"
#include "histogramplot.h"
#include "lossplot.h"
#include "plotpanel.h"
#include "qcustomplotinclude.h"
#include "rocplot.h"
#include "scoreseries.h"
#include "seriespalette.h"

#include <QCheckBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <random>

using namespace negvae;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

QCustomPlot* plotOf(const QWidget& panel)
{
    return panel.findChild<QCustomPlot*>();
}

// Shows the panel offscreen at a realistic size and waits until it has been drawn once, so
// that pixel/coordinate conversions and timing behave as on screen.
bool showAndSettle(PlotPanel& panel)
{
    panel.resize(820, 520);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        return false;
    panel.replotNow();
    return true;
}

// Mann–Whitney AUROC one pair at a time, ties ½: shares no code with RocPlot.
double bruteAuroc(const QVector<double>& inlier, const QVector<double>& ood)
{
    double sum = 0.0;
    for (double o : ood)
        for (double i : inlier)
            sum += o > i ? 1.0 : (o == i ? 0.5 : 0.0);
    return sum / (double(inlier.size()) * double(ood.size()));
}

QVector<double> range(int from, int to)
{
    QVector<double> v;
    for (int i = from; i <= to; ++i)
        v << i;
    return v;
}

std::unique_ptr<PlotPanel> makeEmptyPlot(const QString& kind)
{
    if (kind == QLatin1String("loss"))
        return std::make_unique<LossPlot>();
    if (kind == QLatin1String("auroc"))
        return std::make_unique<AurocPlot>();
    if (kind == QLatin1String("histogram"))
        return std::make_unique<HistogramPlot>();
    return std::make_unique<RocPlot>();
}

std::unique_ptr<PlotPanel> makePlot(const QString& kind)
{
    if (kind == QLatin1String("loss")) {
        auto p = std::make_unique<LossPlot>();
        p->appendPoints({1, 2, 3}, {{QStringLiteral("total"), {3.0, 2.0, 1.5}}});
        return p;
    }
    if (kind == QLatin1String("auroc")) {
        auto p = std::make_unique<AurocPlot>();
        p->setPoint(QStringLiteral("svhn"), QStringLiteral("BPD"), 1, 0.3);
        p->setPoint(QStringLiteral("svhn"), QStringLiteral("BPD"), 2, 0.4);
        return p;
    }
    const QVector<ScoreSeries> sets{{QStringLiteral("mnist"), QStringLiteral("inlier"), {1, 2, 3, 4}},
                                    {QStringLiteral("fashion"), QStringLiteral("ood"), {3, 4, 5, 6}}};
    if (kind == QLatin1String("histogram")) {
        auto p = std::make_unique<HistogramPlot>();
        p->setScores(QStringLiteral("BPD (bits per dimension)"), sets);
        return p;
    }
    auto p = std::make_unique<RocPlot>();
    p->setCurves(QStringLiteral("BPD (bits per dimension)"), sets);
    return p;
}

const QStringList kPlotKinds{QStringLiteral("loss"), QStringLiteral("auroc"), QStringLiteral("histogram"),
                             QStringLiteral("roc")};

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paletteRolesAndStability();
    void elidedLabelEndsInEllipsisWhenShort();

    void lossSeriesPointCounts_data();
    void lossSeriesPointCounts();
    void lossSeriesAppearsWithFirstFiniteValue();
    void lossEmaSmoothing_data();
    void lossEmaSmoothing();
    void lossEmaIncrementalEqualsBatch();
    void lossLogScaleTogglesAxis();
    void lossBurstIsCoalesced();
    void lossCsv();

    void aurocSeriesNamesAndStyles();
    void aurocReplacesPointAtSameEpoch();

    void histogramOneGraphPerSet();
    void histogramDensityIntegratesToOne_data();
    void histogramDensityIntegratesToOne();
    void histogramThresholdRates_data();
    void histogramThresholdRates();
    void histogramDragMovesThreshold();
    void histogramDefaultThresholdAndNonFinite();
    void histogramBinOf_data();
    void histogramBinOf();
    void histogramBinOfAgreesWithDensity_data();
    void histogramBinOfAgreesWithDensity();
    void histogramClickSelectsBin_data();
    void histogramClickSelectsBin();
    void histogramClickBesideBinsClears();
    void histogramDragSelectsRange_data();
    void histogramDragSelectsRange();
    void histogramThresholdDragSelectsNothing();
    void histogramRebinAndNewScoresUpdateSelection();

    void rocAurocInLegend_data();
    void rocAurocInLegend();
    void rocLargeInputIsThinnedButExact();

    void exportImages_data();
    void exportImages();
    void exportCsv_data();
    void exportCsv();
    void axisLabelsSet_data();
    void axisLabelsSet();
};

void TestWidgets::paletteRolesAndStability()
{
    const QColor inlierA = SeriesPalette::colour(QStringLiteral("mnist"), QStringLiteral("inlier"));
    const QColor inlierB = SeriesPalette::colour(QStringLiteral("cifar10"), QStringLiteral("inlier"));
    const QColor negative = SeriesPalette::colour(QStringLiteral("emnist"), QStringLiteral("negative"));
    QCOMPARE(inlierA, inlierB);
    QVERIFY(negative != inlierA);

    const QColor a = SeriesPalette::colour(QStringLiteral("palette-a"), QStringLiteral("ood"));
    const QColor b = SeriesPalette::colour(QStringLiteral("palette-b"), QStringLiteral("ood"));
    QVERIFY(a != b);
    QVERIFY(a != inlierA && a != negative && b != inlierA && b != negative);
    QCOMPARE(SeriesPalette::colour(QStringLiteral("palette-a"), QStringLiteral("ood")), a);
}

void TestWidgets::lossSeriesPointCounts_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<int>("expectedCount");

    QTest::newRow("all finite") << QVector<double>{3, 2, 1} << 3;
    QTest::newRow("NaN skipped") << QVector<double>{3, kNaN, 1} << 2;
    QTest::newRow("inf skipped") << QVector<double>{kInf, 2, 1} << 2;
    QTest::newRow("all NaN: no series") << QVector<double>{kNaN, kNaN, kNaN} << 0;
}

void TestWidgets::lossSeriesPointCounts()
{
    QFETCH(QVector<double>, values);
    QFETCH(int, expectedCount);

    LossPlot plot;
    plot.appendPoints({10, 20, 30}, {{QStringLiteral("reconstruction"), values}});
    QCOMPARE(plot.pointCount(QStringLiteral("reconstruction")), expectedCount);
    const QStringList expectedNames = expectedCount > 0 ? QStringList{QStringLiteral("reconstruction")} : QStringList{};
    QCOMPARE(plot.seriesNames(), expectedNames);
    QCOMPARE(plot.graphNames(), expectedNames); // one legend entry per series, not per line
    QCOMPARE(plot.graphCount(), int(expectedNames.size()));
}

void TestWidgets::lossSeriesAppearsWithFirstFiniteValue()
{
    LossPlot plot;
    const QString total = QStringLiteral("total");
    const QString generator = QStringLiteral("generator");
    plot.appendPoints({1, 2}, {{total, {5, 4}}, {generator, {kNaN, kNaN}}});
    QCOMPARE(plot.seriesNames(), QStringList{total});

    plot.appendPoints({3, 4}, {{total, {3, 2}}, {generator, {kNaN, 7}}});
    QCOMPARE(plot.seriesNames(), (QStringList{total, generator}));
    QCOMPARE(plot.pointCount(total), 4);
    QCOMPARE(plot.pointCount(generator), 1);
    QCOMPARE(plot.graphNames(), (QStringList{total, generator}));
}

void TestWidgets::lossEmaSmoothing_data()
{
    // s_0 = x_0, s_i = a·s_{i-1} + (1 − a)·x_i.
    QTest::addColumn<double>("alpha");
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<QVector<double>>("expected");

    QTest::newRow("a=0.5") << 0.5 << QVector<double>{1, 3, 5} << QVector<double>{1, 2, 3.5};
    QTest::newRow("a=0 is raw") << 0.0 << QVector<double>{1, 3, 5} << QVector<double>{1, 3, 5};
    QTest::newRow("a=0.9") << 0.9 << QVector<double>{10, 0, 0} << QVector<double>{10, 9, 8.1};
    QTest::newRow("NaN does not reset") << 0.5 << QVector<double>{4, kNaN, 0} << QVector<double>{4, 2};
}

void TestWidgets::lossEmaSmoothing()
{
    QFETCH(double, alpha);
    QFETCH(QVector<double>, values);
    QFETCH(QVector<double>, expected);

    // Set before and after the data: both paths must agree.
    LossPlot before;
    before.setSmoothing(alpha);
    QVector<double> steps;
    for (int i = 0; i < values.size(); ++i)
        steps << i;
    before.appendPoints(steps, {{QStringLiteral("total"), values}});

    LossPlot after;
    after.appendPoints(steps, {{QStringLiteral("total"), values}});
    after.setSmoothing(alpha);

    for (const LossPlot* plot : {&before, &after}) {
        QCOMPARE(plot->smoothing(), alpha);
        const QVector<double> smoothed = plot->smoothedValues(QStringLiteral("total"));
        QCOMPARE(smoothed.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(smoothed.at(i) - expected.at(i)) < 1e-12,
                     qPrintable(QStringLiteral("point %1: %2 != %3").arg(i).arg(smoothed.at(i)).arg(expected.at(i))));
    }
}

void TestWidgets::lossEmaIncrementalEqualsBatch()
{
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(100.0, 5.0);
    QVector<double> steps, values;
    for (int i = 0; i < 500; ++i) {
        steps << i;
        values << noise(rng);
    }
    LossPlot batch;
    batch.setSmoothing(0.8);
    batch.appendPoints(steps, {{QStringLiteral("total"), values}});

    LossPlot live;
    live.setSmoothing(0.8);
    for (int i = 0; i < steps.size(); ++i)
        live.appendPoints({steps.at(i)}, {{QStringLiteral("total"), {values.at(i)}}});

    const QVector<double> a = batch.smoothedValues(QStringLiteral("total"));
    const QVector<double> b = live.smoothedValues(QStringLiteral("total"));
    QCOMPARE(a.size(), 500);
    QCOMPARE(b.size(), 500);
    for (int i = 0; i < a.size(); ++i)
        QVERIFY(std::abs(a.at(i) - b.at(i)) < 1e-9);
}

void TestWidgets::lossLogScaleTogglesAxis()
{
    LossPlot plot;
    plot.appendPoints({1, 2, 3}, {{QStringLiteral("total"), {100, 10, 1}}});
    QCustomPlot* qcp = plotOf(plot);
    QVERIFY(qcp);
    QCOMPARE(qcp->yAxis->scaleType(), QCPAxis::stLinear);

    plot.setLogScale(true);
    QVERIFY(plot.logScale());
    QCOMPARE(qcp->yAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(qcp->yAxis->range().lower > 0.0);
    QVERIFY(qcp->yAxis->range().contains(1.0) && qcp->yAxis->range().contains(100.0));
    // The toolbar control shows the state.
    const auto boxes = plot.findChildren<QCheckBox*>();
    QCOMPARE(boxes.size(), 1);
    QVERIFY(boxes.first()->isChecked());

    boxes.first()->setChecked(false);
    QVERIFY(!plot.logScale());
    QCOMPARE(qcp->yAxis->scaleType(), QCPAxis::stLinear);
}

void TestWidgets::lossBurstIsCoalesced()
{
    LossPlot plot;
    QVERIFY(showAndSettle(plot));
    QSignalSpy spy(&plot, &PlotPanel::replotted);
    const int before = plot.replotCount();

    for (int i = 0; i < 200; ++i)
        plot.appendPoints({double(i)}, {{QStringLiteral("total"), {100.0 / (i + 1)}},
                                        {QStringLiteral("KL to prior"), {5.0}}});
    QCOMPARE(spy.count(), 0); // nothing is drawn synchronously
    QTest::qWait(100);

    QVERIFY2(spy.count() >= 1 && spy.count() <= 2, qPrintable(QString::number(spy.count())));
    QCOMPARE(plot.replotCount() - before, int(spy.count()));
    QCOMPARE(plot.pointCount(QStringLiteral("total")), 200);
}

void TestWidgets::lossCsv()
{
    LossPlot plot;
    plot.appendPoints({1, 2}, {{QStringLiteral("total"), {3, kNaN}}});
    plot.appendPoints({3}, {{QStringLiteral("total"), {1}}, {QStringLiteral("KL, weighted"), {0.5}}});
    const QStringList lines = plot.csv().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{QStringLiteral("step,total,\"KL, weighted\""), QStringLiteral("1,3,"),
                                 QStringLiteral("2,,"), QStringLiteral("3,1,0.5")}));
}

void TestWidgets::aurocSeriesNamesAndStyles()
{
    AurocPlot plot;
    plot.setPoint(QStringLiteral("mnist"), QStringLiteral("BPD"), 1, 0.3);
    plot.setPoint(QStringLiteral("mnist"), QStringLiteral("KL"), 1, 0.6);
    plot.setPoint(QStringLiteral("omniglot"), QStringLiteral("BPD"), 1, 0.9);
    QCOMPARE(plot.graphNames(), (QStringList{QStringLiteral("mnist · BPD"), QStringLiteral("mnist · KL"),
                                             QStringLiteral("omniglot · BPD")}));

    QCustomPlot* qcp = plotOf(plot);
    QCOMPARE(qcp->graph(0)->pen().style(), Qt::SolidLine);
    QCOMPARE(qcp->graph(1)->pen().style(), Qt::DashLine);
    const QColor mnist = SeriesPalette::colour(QStringLiteral("mnist"), QStringLiteral("ood"));
    QCOMPARE(qcp->graph(0)->pen().color(), mnist);
    QCOMPARE(qcp->graph(1)->pen().color(), mnist);
    QCOMPARE(qcp->graph(2)->pen().color(), SeriesPalette::colour(QStringLiteral("omniglot"), QStringLiteral("ood")));
    QCOMPARE(qcp->yAxis->range().lower, 0.0);
    QCOMPARE(qcp->yAxis->range().upper, 1.0);
}

void TestWidgets::aurocReplacesPointAtSameEpoch()
{
    AurocPlot plot;
    plot.setPoint(QStringLiteral("svhn"), QStringLiteral("BPD"), 1, 0.2);
    plot.setPoint(QStringLiteral("svhn"), QStringLiteral("BPD"), 2, 0.3);
    plot.setPoint(QStringLiteral("svhn"), QStringLiteral("BPD"), 2, 0.35);
    QCOMPARE(plotOf(plot)->graph(0)->dataCount(), 2);
    QCOMPARE(plot.value(QStringLiteral("svhn"), QStringLiteral("BPD"), 2), 0.35);
    QVERIFY(std::isnan(plot.value(QStringLiteral("svhn"), QStringLiteral("BPD"), 3)));
}

void TestWidgets::histogramOneGraphPerSet()
{
    HistogramPlot plot;
    plot.setScores(QStringLiteral("BPD (bits per dimension)"),
                   {{QStringLiteral("fashion"), QStringLiteral("inlier"), range(1, 5)},
                    {QStringLiteral("emnist"), QStringLiteral("negative"), range(2, 5)},
                    {QStringLiteral("mnist"), QStringLiteral("ood"), range(3, 5)}});
    QCOMPARE(plot.graphCount(), 3);
    QCOMPARE(plot.graphNames(), (QStringList{QStringLiteral("fashion (inlier, 5)"), QStringLiteral("emnist (negative, 4)"),
                                             QStringLiteral("mnist (ood, 3)")}));
    QCOMPARE(plotOf(plot)->xAxis->label(), QStringLiteral("BPD (bits per dimension)"));
    QCOMPARE(plotOf(plot)->graph(2)->pen().color(), SeriesPalette::colour(QStringLiteral("mnist"), QStringLiteral("ood")));

    // A new evaluation replaces the sets rather than adding to them.
    plot.setScores(QStringLiteral("KL"), {{QStringLiteral("fashion"), QStringLiteral("inlier"), range(1, 5)}});
    QCOMPARE(plot.graphNames(), QStringList{QStringLiteral("fashion (inlier, 5)")});
}

void TestWidgets::histogramDensityIntegratesToOne_data()
{
    QTest::addColumn<int>("bins");
    QTest::addColumn<int>("inlierSize");
    QTest::addColumn<int>("oodSize");

    QTest::newRow("default bins") << 60 << 1000 << 250;
    QTest::newRow("few bins") << 7 << 10 << 3000;
    QTest::newRow("many bins") << 400 << 20000 << 5000;
}

void TestWidgets::histogramDensityIntegratesToOne()
{
    QFETCH(int, bins);
    QFETCH(int, inlierSize);
    QFETCH(int, oodSize);

    std::mt19937 rng(42);
    std::normal_distribution<double> inlierDist(1.2, 0.2), oodDist(2.0, 0.5);
    QVector<double> inlier, ood;
    for (int i = 0; i < inlierSize; ++i)
        inlier << inlierDist(rng);
    for (int i = 0; i < oodSize; ++i)
        ood << oodDist(rng);

    HistogramPlot plot;
    plot.setBinCount(bins);
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("a"), QStringLiteral("inlier"), inlier},
                                           {QStringLiteral("b"), QStringLiteral("ood"), ood}});
    QCOMPARE(plot.binCount(), bins);
    const QVector<double> edges = plot.binEdges();
    QCOMPARE(edges.size(), bins + 1);
    for (int set = 0; set < 2; ++set) {
        const QVector<double> density = plot.density(set);
        QCOMPARE(density.size(), bins);
        double integral = 0.0;
        for (int b = 0; b < bins; ++b)
            integral += density.at(b) * (edges.at(b + 1) - edges.at(b));
        QVERIFY2(std::abs(integral - 1.0) < 1e-9, qPrintable(QString::number(integral, 'g', 15)));
    }
}

void TestWidgets::histogramThresholdRates_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("tpr");
    QTest::addColumn<double>("fpr");
    QTest::addColumn<QString>("readout");

    // Inliers 0..9, OOD 5..14 (plus a negative set that must not count anywhere).
    QTest::newRow("between values") << 7.5 << 0.7 << 0.2
                                    << QStringLiteral("threshold 7.5: TPR 0.70 (OOD flagged), FPR 0.20 (inliers flagged)");
    QTest::newRow("on a value counts it") << 8.0 << 0.7 << 0.2
                                          << QStringLiteral("threshold 8: TPR 0.70 (OOD flagged), FPR 0.20 (inliers flagged)");
    QTest::newRow("below all") << -1.0 << 1.0 << 1.0
                               << QStringLiteral("threshold -1: TPR 1.00 (OOD flagged), FPR 1.00 (inliers flagged)");
    QTest::newRow("above all") << 14.5 << 0.0 << 0.0
                               << QStringLiteral("threshold 14.5: TPR 0.00 (OOD flagged), FPR 0.00 (inliers flagged)");
    QTest::newRow("three digits") << 1.23456 << 1.0 << 0.8
                                  << QStringLiteral("threshold 1.23: TPR 1.00 (OOD flagged), FPR 0.80 (inliers flagged)");
}

void TestWidgets::histogramThresholdRates()
{
    QFETCH(double, threshold);
    QFETCH(double, tpr);
    QFETCH(double, fpr);
    QFETCH(QString, readout);

    HistogramPlot plot;
    // Two OOD sets whose union is 5..14: TPR is over all OOD-role scores together.
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), range(0, 9)},
                                           {QStringLiteral("neg"), QStringLiteral("negative"), range(100, 120)},
                                           {QStringLiteral("near"), QStringLiteral("ood"), range(5, 9)},
                                           {QStringLiteral("far"), QStringLiteral("ood"), range(10, 14)}});
    QSignalSpy spy(&plot, &HistogramPlot::thresholdChanged);
    plot.setThreshold(threshold);
    QCOMPARE(plot.threshold(), threshold);
    QCOMPARE(plot.truePositiveRate(), tpr);
    QCOMPARE(plot.falsePositiveRate(), fpr);
    QCOMPARE(plot.readoutText(), readout);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDouble(), threshold);
    QCOMPARE(spy.at(0).at(1).toDouble(), tpr);
    QCOMPARE(spy.at(0).at(2).toDouble(), fpr);
}

void TestWidgets::histogramDragMovesThreshold()
{
    HistogramPlot plot;
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), range(0, 99)},
                                           {QStringLiteral("out"), QStringLiteral("ood"), range(50, 149)}});
    plot.setThreshold(60.0);
    QVERIFY(showAndSettle(plot));
    QCustomPlot* qcp = plotOf(plot);
    QSignalSpy spy(&plot, &HistogramPlot::thresholdChanged);

    const int x0 = int(std::lround(qcp->xAxis->coordToPixel(60.0)));
    const int y = qcp->axisRect()->center().y();
    // A press far from the line does not grab it.
    QTest::mousePress(qcp, Qt::LeftButton, Qt::NoModifier, QPoint(x0 - 100, y));
    QTest::mouseMove(qcp, QPoint(x0 - 150, y));
    QTest::mouseRelease(qcp, Qt::LeftButton, Qt::NoModifier, QPoint(x0 - 150, y));
    QCOMPARE(plot.threshold(), 60.0);
    QCOMPARE(spy.count(), 0);

    // Grab it a few pixels off and drag right.
    QTest::mousePress(qcp, Qt::LeftButton, Qt::NoModifier, QPoint(x0 + 3, y));
    QTest::mouseMove(qcp, QPoint(x0 + 40, y));
    QTest::mouseMove(qcp, QPoint(x0 + 120, y));
    QTest::mouseRelease(qcp, Qt::LeftButton, Qt::NoModifier, QPoint(x0 + 120, y));

    const double expected = qcp->xAxis->pixelToCoord(x0 + 120);
    QVERIFY(expected > 70.0);
    QVERIFY2(std::abs(plot.threshold() - expected) < 1e-9, qPrintable(QString::number(plot.threshold())));
    QCOMPARE(spy.count(), 2);
    const QList<QVariant> last = spy.last();
    QCOMPARE(last.at(0).toDouble(), plot.threshold());
    QCOMPARE(last.at(1).toDouble(), plot.truePositiveRate());
    QCOMPARE(last.at(2).toDouble(), plot.falsePositiveRate());
    QVERIFY(plot.falsePositiveRate() < 0.3);

    // Released: further moves leave it alone.
    QTest::mouseMove(qcp, QPoint(x0 + 200, y));
    QCOMPARE(plot.threshold(), expected);
}

void TestWidgets::histogramDefaultThresholdAndNonFinite()
{
    HistogramPlot plot;
    QVERIFY(std::isnan(plot.threshold()));
    QVector<double> inlier = range(1, 100);
    inlier << kNaN << kInf;
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), inlier},
                                           {QStringLiteral("out"), QStringLiteral("ood"), range(50, 60)}});
    // 95th percentile of the finite inlier scores: 5 of 100 flagged (+inf counts as flagged).
    QCOMPARE(plot.threshold(), 95.0);
    QCOMPARE(plot.falsePositiveRate(), 7.0 / 101.0);
    QCOMPARE(plot.graphNames().first(), QStringLiteral("in (inlier, 100; 1 not finite)"));

    // A later evaluation keeps a threshold that still lies inside the data.
    plot.setThreshold(55.0);
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), range(1, 100)}});
    QCOMPARE(plot.threshold(), 55.0);
    QVERIFY(std::isnan(plot.truePositiveRate()));
    QVERIFY(plot.readoutText().contains(QStringLiteral("TPR – (OOD flagged)")));
}

void TestWidgets::histogramBinOf_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("bin");

    // Scores 0..10 in 10 bins: edges 0, 1, …, 10, each bin [k, k + 1), the last [9, 10].
    QTest::newRow("minimum") << 0.0 << 0;
    QTest::newRow("inside first") << 0.5 << 0;
    QTest::newRow("on an inner edge goes up") << 3.0 << 3;
    QTest::newRow("just below an edge") << std::nextafter(3.0, 0.0) << 2;
    QTest::newRow("inside last") << 9.5 << 9;
    QTest::newRow("maximum in last bin") << 10.0 << 9;
    QTest::newRow("below minimum") << -0.001 << -1;
    QTest::newRow("above maximum") << std::nextafter(10.0, 11.0) << -1;
    QTest::newRow("NaN") << kNaN << -1;
    QTest::newRow("+inf") << kInf << -1;
    QTest::newRow("-inf") << -kInf << -1;
}

void TestWidgets::histogramBinOf()
{
    QFETCH(double, value);
    QFETCH(int, bin);

    HistogramPlot plot;
    QCOMPARE(plot.binOf(1.0), -1); // no scores, no bins
    plot.setBinCount(10);
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), range(0, 10)}});
    QCOMPARE(plot.binEdges().first(), 0.0);
    QCOMPARE(plot.binEdges().last(), 10.0);
    QCOMPARE(plot.binOf(value), bin);
}

void TestWidgets::histogramBinOfAgreesWithDensity_data()
{
    QTest::addColumn<int>("bins");
    QTest::addColumn<QVector<double>>("values");

    // 0.1 steps are not exact in binary: several values sit on (rounded) edges.
    QVector<double> tenths;
    for (int i = 1; i <= 7; ++i)
        tenths << i / 10.0 << i / 10.0;
    tenths << kNaN << kInf << -kInf;
    QTest::newRow("values on edges") << 6 << tenths;

    std::mt19937 rng(7);
    std::normal_distribution<double> dist(2.0, 0.7);
    QVector<double> random;
    for (int i = 0; i < 5000; ++i)
        random << dist(rng);
    random << kNaN;
    QTest::newRow("random, 37 bins") << 37 << random;
    QTest::newRow("random, 500 bins") << 500 << random;
    QTest::newRow("one distinct value") << 5 << QVector<double>{2.5, 2.5, 2.5, kNaN};
}

void TestWidgets::histogramBinOfAgreesWithDensity()
{
    QFETCH(int, bins);
    QFETCH(QVector<double>, values);

    HistogramPlot plot;
    plot.setBinCount(bins);
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), values}});
    const QVector<double> edges = plot.binEdges();
    QCOMPARE(edges.size(), bins + 1);
    QVector<int> counts(bins, 0);
    int finite = 0;
    for (double v : std::as_const(values)) {
        const int b = plot.binOf(v);
        if (!std::isfinite(v)) {
            QCOMPARE(b, -1);
            continue;
        }
        ++finite;
        QVERIFY2(b >= 0 && b < bins, qPrintable(QString::number(v, 'g', 17)));
        // The bin's own edges hold the value: [lower, upper), the last bin closed.
        QVERIFY(edges.at(b) <= v);
        QVERIFY(v < edges.at(b + 1) || (b == bins - 1 && v == edges.at(b + 1)));
        ++counts[b];
    }
    const QVector<double> density = plot.density(0);
    for (int b = 0; b < bins; ++b) {
        const double count = density.at(b) * finite * (edges.at(b + 1) - edges.at(b));
        QVERIFY2(std::abs(count - counts.at(b)) < 1e-6,
                 qPrintable(QStringLiteral("bin %1: density says %2, binOf %3").arg(b).arg(count).arg(counts.at(b))));
    }
}

void TestWidgets::histogramClickSelectsBin_data()
{
    QTest::addColumn<int>("bin");

    QTest::newRow("first") << 0;
    QTest::newRow("middle") << 3;
    QTest::newRow("last") << 9;
}

void TestWidgets::histogramClickSelectsBin()
{
    QFETCH(int, bin);

    HistogramPlot plot;
    plot.setBinCount(10);
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), range(0, 99)},
                                           {QStringLiteral("out"), QStringLiteral("ood"), range(50, 99)}});
    plot.setThreshold(47.0); // in bin 4, clear of the centres of bins 0, 3 and 9
    QVERIFY(showAndSettle(plot));
    QCustomPlot* qcp = plotOf(plot);
    QSignalSpy clicked(&plot, &HistogramPlot::binClicked);
    QSignalSpy ranged(&plot, &HistogramPlot::rangeSelected);
    QSignalSpy thresholdSpy(&plot, &HistogramPlot::thresholdChanged);
    QCOMPARE(plot.selectionText(), QStringLiteral("Click a bin or drag a range to see its images"));

    const QVector<double> edges = plot.binEdges();
    const double centre = 0.5 * (edges.at(bin) + edges.at(bin + 1));
    // Low in the axis rect: the legend sits at the top right.
    const QPoint pos(int(std::lround(qcp->xAxis->coordToPixel(centre))), qcp->axisRect()->bottom() - 20);
    QTest::mouseClick(qcp, Qt::LeftButton, Qt::NoModifier, pos);

    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), bin);
    QCOMPARE(clicked.at(0).at(1).toDouble(), edges.at(bin));
    QCOMPARE(clicked.at(0).at(2).toDouble(), edges.at(bin + 1));
    QCOMPARE(ranged.count(), 0);
    QCOMPARE(thresholdSpy.count(), 0);
    QCOMPARE(plot.threshold(), 47.0);

    const HistogramPlot::Selection selection = plot.selection();
    QVERIFY(selection.isBin());
    QCOMPARE(selection.bin, bin);
    QCOMPARE(selection.lower, edges.at(bin));
    QCOMPARE(selection.upper, edges.at(bin + 1));
    QVERIFY(plot.selectionContains(centre));
    QVERIFY(plot.selectionContains(edges.at(bin)));
    QCOMPARE(plot.selectionContains(edges.at(bin + 1)), bin == 9); // the maximum is in the last bin
    QVERIFY(plot.selectionText().startsWith(QStringLiteral("bin %1 of 10").arg(bin + 1)));

    // Marked on the plot: a rectangle over exactly the bin, from the top to the bottom.
    QCPItemRect* band = nullptr;
    for (int i = 0; i < qcp->itemCount(); ++i)
        if (auto* rect = qobject_cast<QCPItemRect*>(qcp->item(i)))
            band = rect;
    QVERIFY(band);
    QVERIFY(band->visible());
    QCOMPARE(band->topLeft->coords().x(), edges.at(bin));
    QCOMPARE(band->bottomRight->coords().x(), edges.at(bin + 1));
    QCOMPARE(band->topLeft->typeY(), QCPItemPosition::ptAxisRectRatio);
    QCOMPARE(band->topLeft->coords().y(), 0.0);
    QCOMPARE(band->bottomRight->coords().y(), 1.0);

    plot.clearSelection();
    QVERIFY(plot.selection().isEmpty());
    QVERIFY(!band->visible());
    QVERIFY(!plot.selectionContains(centre));
}

void TestWidgets::histogramClickBesideBinsClears()
{
    HistogramPlot plot;
    plot.setBinCount(10);
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), range(0, 99)}});
    QVERIFY(showAndSettle(plot));
    QCustomPlot* qcp = plotOf(plot);
    const int y = qcp->axisRect()->bottom() - 20;
    QSignalSpy clicked(&plot, &HistogramPlot::binClicked);
    QSignalSpy cleared(&plot, &HistogramPlot::selectionCleared);

    QTest::mouseClick(qcp, Qt::LeftButton, Qt::NoModifier, QPoint(int(qcp->xAxis->coordToPixel(15.0)), y));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(plot.selection().bin, 1);

    // Left of the minimum, inside the axis rect (the x range has a margin): no bin there.
    const int beside = int(std::floor(qcp->xAxis->coordToPixel(0.0))) - 2;
    QVERIFY(beside > qcp->axisRect()->left());
    QTest::mouseClick(qcp, Qt::LeftButton, Qt::NoModifier, QPoint(beside, y));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(cleared.count(), 1);
    QVERIFY(plot.selection().isEmpty());

    // Below the axis rect is not the plot area: nothing happens at all.
    plot.selectBin(2);
    QTest::mouseClick(qcp, Qt::LeftButton, Qt::NoModifier,
                      QPoint(int(qcp->xAxis->coordToPixel(50.0)), qcp->axisRect()->bottom() + 10));
    QCOMPARE(plot.selection().bin, 2);
    QCOMPARE(cleared.count(), 1);
}

void TestWidgets::histogramDragSelectsRange_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");

    QTest::newRow("left to right") << 20.0 << 50.0 << 20.0 << 50.0;
    QTest::newRow("right to left") << 70.0 << 30.0 << 30.0 << 70.0;
    QTest::newRow("past the maximum is clamped") << 60.0 << 100.5 << 60.0 << 99.0;
    QTest::newRow("within one bin") << 21.0 << 26.0 << 21.0 << 26.0;
}

void TestWidgets::histogramDragSelectsRange()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, lower);
    QFETCH(double, upper);

    HistogramPlot plot;
    plot.setBinCount(10);
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), range(0, 99)}});
    plot.setThreshold(5.0); // out of the way
    QVERIFY(showAndSettle(plot));
    QCustomPlot* qcp = plotOf(plot);
    QSignalSpy clicked(&plot, &HistogramPlot::binClicked);
    QSignalSpy ranged(&plot, &HistogramPlot::rangeSelected);
    QSignalSpy thresholdSpy(&plot, &HistogramPlot::thresholdChanged);

    const int y = qcp->axisRect()->bottom() - 20;
    const int x0 = int(std::lround(qcp->xAxis->coordToPixel(from)));
    const int x1 = int(std::lround(qcp->xAxis->coordToPixel(to)));
    QVERIFY(x1 < qcp->axisRect()->right()); // 100.5 lies in the axis margin
    QTest::mousePress(qcp, Qt::LeftButton, Qt::NoModifier, QPoint(x0, y));
    QTest::mouseMove(qcp, QPoint((x0 + x1) / 2, y));
    // The rubber band follows the mouse.
    QCPItemRect* band = nullptr;
    for (int i = 0; i < qcp->itemCount(); ++i)
        if (auto* rect = qobject_cast<QCPItemRect*>(qcp->item(i)))
            band = rect;
    QVERIFY(band);
    QVERIFY(band->visible());
    QCOMPARE(ranged.count(), 0); // only on release
    QTest::mouseMove(qcp, QPoint(x1, y + 5));
    QTest::mouseRelease(qcp, Qt::LeftButton, Qt::NoModifier, QPoint(x1, y + 5));

    QCOMPARE(ranged.count(), 1);
    QCOMPARE(clicked.count(), 0);
    QCOMPARE(thresholdSpy.count(), 0);
    const double pixel = qcp->xAxis->range().size() / qcp->axisRect()->width();
    const double gotLower = ranged.at(0).at(0).toDouble();
    const double gotUpper = ranged.at(0).at(1).toDouble();
    QVERIFY2(std::abs(gotLower - lower) <= pixel, qPrintable(QString::number(gotLower)));
    QVERIFY2(std::abs(gotUpper - upper) <= pixel, qPrintable(QString::number(gotUpper)));
    QVERIFY(gotLower < gotUpper);
    QVERIFY(gotUpper <= plot.binEdges().last());

    const HistogramPlot::Selection selection = plot.selection();
    QCOMPARE(selection.kind, HistogramPlot::Selection::Range);
    QCOMPARE(selection.bin, -1);
    QCOMPARE(selection.lower, gotLower);
    QCOMPARE(selection.upper, gotUpper);
    QVERIFY(band->visible());
    QCOMPARE(band->topLeft->coords().x(), gotLower);
    QCOMPARE(band->bottomRight->coords().x(), gotUpper);
    // Both bounds are inside the range.
    QVERIFY(plot.selectionContains(gotLower));
    QVERIFY(plot.selectionContains(gotUpper));
    QVERIFY(!plot.selectionContains(gotUpper + pixel));
    QVERIFY(plot.selectionText().startsWith(QStringLiteral("range ")));
}

void TestWidgets::histogramThresholdDragSelectsNothing()
{
    HistogramPlot plot;
    plot.setBinCount(10);
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), range(0, 99)},
                                           {QStringLiteral("out"), QStringLiteral("ood"), range(50, 149)}});
    plot.setThreshold(60.0);
    QVERIFY(showAndSettle(plot));
    QCustomPlot* qcp = plotOf(plot);
    QSignalSpy clicked(&plot, &HistogramPlot::binClicked);
    QSignalSpy ranged(&plot, &HistogramPlot::rangeSelected);
    QSignalSpy thresholdSpy(&plot, &HistogramPlot::thresholdChanged);

    const int x0 = int(std::lround(qcp->xAxis->coordToPixel(60.0)));
    const int y = qcp->axisRect()->bottom() - 20;
    // A click on the line is not a bin click.
    QTest::mouseClick(qcp, Qt::LeftButton, Qt::NoModifier, QPoint(x0 + 2, y));
    QCOMPARE(clicked.count(), 0);

    QTest::mousePress(qcp, Qt::LeftButton, Qt::NoModifier, QPoint(x0 - 2, y));
    QTest::mouseMove(qcp, QPoint(x0 + 60, y));
    QTest::mouseMove(qcp, QPoint(x0 + 120, y));
    QTest::mouseRelease(qcp, Qt::LeftButton, Qt::NoModifier, QPoint(x0 + 120, y));

    QCOMPARE(plot.threshold(), qcp->xAxis->pixelToCoord(x0 + 120));
    QCOMPARE(thresholdSpy.count(), 2);
    QCOMPARE(ranged.count(), 0);
    QCOMPARE(clicked.count(), 0);
    QVERIFY(plot.selection().isEmpty());
}

void TestWidgets::histogramRebinAndNewScoresUpdateSelection()
{
    HistogramPlot plot;
    plot.setBinCount(10);
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), range(0, 100)}});
    QSignalSpy clicked(&plot, &HistogramPlot::binClicked);
    QSignalSpy ranged(&plot, &HistogramPlot::rangeSelected);
    QSignalSpy cleared(&plot, &HistogramPlot::selectionCleared);

    plot.selectBin(3); // [30, 40)
    QCOMPARE(clicked.count(), 1);
    // 15 bins of 6.67: the old centre 35 lies in bin 5, [33.3, 40).
    plot.setBinCount(15);
    QCOMPARE(clicked.count(), 2);
    QCOMPARE(clicked.last().at(0).toInt(), 5);
    QCOMPARE(plot.selection().bin, 5);
    QCOMPARE(plot.selection().lower, plot.binEdges().at(5));
    QCOMPARE(plot.selection().upper, plot.binEdges().at(6));
    QCOMPARE(plot.binOf(35.0), 5);

    // A range is in score units: a new bin count leaves it alone.
    plot.selectRange(12.5, 47.5);
    QCOMPARE(ranged.count(), 1);
    plot.setBinCount(20);
    QCOMPARE(plot.selection().kind, HistogramPlot::Selection::Range);
    QCOMPARE(plot.selection().lower, 12.5);
    QCOMPARE(plot.selection().upper, 47.5);
    QCOMPARE(ranged.count(), 1);
    QCOMPARE(cleared.count(), 0);

    // New scores: the images behind the selection are gone.
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), range(0, 50)}});
    QVERIFY(plot.selection().isEmpty());
    QCOMPARE(cleared.count(), 1);
    // ...and without a selection, nothing to announce.
    plot.setScores(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), range(0, 60)}});
    QCOMPARE(cleared.count(), 1);

    // Ranges wholly beside the bins and bins that do not exist select nothing.
    plot.selectRange(-10.0, -5.0);
    QVERIFY(plot.selection().isEmpty());
    plot.selectBin(20);
    QVERIFY(plot.selection().isEmpty());
    QCOMPARE(ranged.count(), 1);
    QCOMPARE(clicked.count(), 2);
}

void TestWidgets::rocAurocInLegend_data()
{
    QTest::addColumn<QVector<double>>("inlier");
    QTest::addColumn<QVector<double>>("ood");
    QTest::addColumn<double>("auroc");
    QTest::addColumn<QString>("legend");

    // Pairs with ood > inlier: 2+.5, 3+.5, 4, 4 of 16 → 0.875.
    QTest::newRow("ties count half") << QVector<double>{1, 2, 3, 4} << QVector<double>{3, 4, 5, 6} << 0.875
                                     << QStringLiteral("svhn (AUROC 0.875)");
    QTest::newRow("separated") << QVector<double>{1, 2} << QVector<double>{3, 4, 5} << 1.0
                               << QStringLiteral("svhn (AUROC 1.000)");
    QTest::newRow("OOD more likely") << QVector<double>{5, 6} << QVector<double>{1, 2} << 0.0
                                     << QStringLiteral("svhn (AUROC 0.000)");
    QTest::newRow("all tied") << QVector<double>{2, 2, 2} << QVector<double>{2, 2} << 0.5
                              << QStringLiteral("svhn (AUROC 0.500)");
    QTest::newRow("NaN ignored") << QVector<double>{1, kNaN, 2} << QVector<double>{2, kNaN} << 0.75
                                 << QStringLiteral("svhn (AUROC 0.750)");
}

void TestWidgets::rocAurocInLegend()
{
    QFETCH(QVector<double>, inlier);
    QFETCH(QVector<double>, ood);
    QFETCH(double, auroc);
    QFETCH(QString, legend);

    RocPlot plot;
    plot.setCurves(QStringLiteral("BPD"), {{QStringLiteral("mnist"), QStringLiteral("inlier"), inlier},
                                           {QStringLiteral("emnist"), QStringLiteral("negative"), {100, 200}},
                                           {QStringLiteral("svhn"), QStringLiteral("ood"), ood}});
    QCOMPARE(plot.auroc(QStringLiteral("svhn")), auroc);
    QCOMPARE(plot.graphNames(), QStringList{legend});
    QCOMPARE(plot.graphCount(), 1);
    // The drawn curve runs from (0,0) to (1,1).
    auto data = plotOf(plot)->findChild<QCPCurve*>()->data();
    QCOMPARE(data->constBegin()->key, 0.0);
    QCOMPARE(data->constBegin()->value, 0.0);
    QCOMPARE((data->constEnd() - 1)->key, 1.0);
    QCOMPARE((data->constEnd() - 1)->value, 1.0);
}

void TestWidgets::rocLargeInputIsThinnedButExact()
{
    std::mt19937 rng(3);
    std::normal_distribution<double> inlierDist(3.0, 1.0), oodDist(3.6, 1.0);
    // Rounded to two decimals so that the large sets have many ties.
    const auto rounded = [](double v) { return std::round(v * 100.0) / 100.0; };
    QVector<double> inlier, ood, oodB;
    for (int i = 0; i < 3000; ++i)
        inlier << rounded(inlierDist(rng));
    for (int i = 0; i < 2500; ++i)
        ood << oodDist(rng); // unrounded: thousands of distinct ROC points
    for (int i = 0; i < 2000; ++i)
        oodB << rounded(inlierDist(rng) - 0.4);

    RocPlot plot;
    plot.setCurves(QStringLiteral("BPD"), {{QStringLiteral("in"), QStringLiteral("inlier"), inlier},
                                           {QStringLiteral("far"), QStringLiteral("ood"), ood},
                                           {QStringLiteral("near"), QStringLiteral("ood"), oodB}});
    QCOMPARE(plot.graphCount(), 2);
    QVERIFY(plot.auroc(QStringLiteral("far")) > 0.6);
    QVERIFY(plot.auroc(QStringLiteral("near")) < 0.5);
    QVERIFY(std::abs(plot.auroc(QStringLiteral("far")) - bruteAuroc(inlier, ood)) < 1e-12);
    QVERIFY(std::abs(plot.auroc(QStringLiteral("near")) - bruteAuroc(inlier, oodB)) < 1e-12);
    QVERIFY(plot.drawnPointCount(QStringLiteral("far")) <= RocPlot::maxDrawnPoints);
    QVERIFY(plot.drawnPointCount(QStringLiteral("far")) > 100);
    // Exported CSV keeps every exact point: header + (1 + distinct scores) rows per curve.
    QVERIFY(plot.csv().count(u'\n') > RocPlot::maxDrawnPoints);
}

void TestWidgets::exportImages_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("suffix");
    for (const QString& kind : kPlotKinds) {
        for (const char* suffix : {"png", "pdf", "svg"})
            QTest::addRow("%s %s", qPrintable(kind), suffix) << kind << QString::fromLatin1(suffix);
    }
}

void TestWidgets::exportImages()
{
    QFETCH(QString, kind);
    QFETCH(QString, suffix);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::unique_ptr<PlotPanel> plot = makePlot(kind);
    const QString path = dir.filePath(kind + u'.' + suffix);
    QVERIFY(plot->exportImage(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (suffix == QLatin1String("png"))
        QVERIFY(bytes.startsWith("\x89PNG"));
    else if (suffix == QLatin1String("pdf"))
        QVERIFY(bytes.startsWith("%PDF"));
    else
        QVERIFY(bytes.contains("<svg"));

    QVERIFY(!plot->exportImage(dir.filePath(QStringLiteral("plot.bmp-unknown"))));
}

void TestWidgets::exportCsv_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("rows");

    QTest::newRow("loss") << QStringLiteral("loss") << QStringLiteral("step,total") << 3;
    QTest::newRow("auroc") << QStringLiteral("auroc") << QStringLiteral("ood_set,score,epoch,auroc_ood_positive") << 2;
    QTest::newRow("histogram") << QStringLiteral("histogram") << QStringLiteral("set,role,n,bin_lower,bin_upper,density")
                               << 2 * 60;
    // Scores 1..4 vs 3..6: distinct values 6..1 → 6 ROC points plus (0,0).
    QTest::newRow("roc") << QStringLiteral("roc")
                         << QStringLiteral("ood_set,auroc_ood_positive,threshold,fpr_inliers_flagged,tpr_ood_flagged") << 7;
}

void TestWidgets::exportCsv()
{
    QFETCH(QString, kind);
    QFETCH(QString, header);
    QFETCH(int, rows);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::unique_ptr<PlotPanel> plot = makePlot(kind);
    const QString path = dir.filePath(kind + QStringLiteral(".csv"));
    QVERIFY(plot->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), header);
    QCOMPARE(lines.size() - 1, rows);
    const int columns = int(header.count(u',')) + 1;
    for (const QString& line : lines)
        QCOMPARE(int(line.count(u',')) + 1, columns);
}

void TestWidgets::axisLabelsSet_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString& kind : kPlotKinds)
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestWidgets::axisLabelsSet()
{
    QFETCH(QString, kind);
    // Labelled before any data arrive and after; the legend only once it has entries, so an
    // empty plot shows no stray empty box.
    const std::unique_ptr<PlotPanel> plots[] = {makeEmptyPlot(kind), makePlot(kind)};
    for (const auto& plot : plots) {
        plot->replotNow();
        QCustomPlot* qcp = plotOf(*plot);
        QVERIFY(!qcp->xAxis->label().isEmpty());
        QVERIFY(!qcp->yAxis->label().isEmpty());
        QCOMPARE(qcp->legend->visible(), plot->graphCount() > 0);
    }
    QVERIFY(plotOf(*plots[1])->legend->visible());
}

QTEST_MAIN(TestWidgets)
void TestWidgets::elidedLabelEndsInEllipsisWhenShort()
{
    const QString text = QStringLiteral("Click a bin or drag a range to see its images");
    ElidedLabel label;
    label.setFullText(text);
    label.resize(label.fontMetrics().horizontalAdvance(text) + 20, 20);
    label.show();
    QCOMPARE(label.text(), text);
    QVERIFY(label.toolTip().isEmpty());

    // Too narrow: whole characters and an ellipsis, never half a word; the tooltip has it all.
    label.resize(label.fontMetrics().horizontalAdvance(QStringLiteral("Click a bin")), 20);
    QVERIFY2(label.text().endsWith(QChar(0x2026)), qPrintable(label.text()));
    QVERIFY(text.startsWith(label.text().chopped(1)));
    QCOMPARE(label.toolTip(), text);
    QCOMPARE(label.fullText(), text);
    QCOMPARE(label.minimumSizeHint().width(), 0);
}

#include "test_widgets.moc"
