// Tests of LatentScatterPlot (widgets/ only, no core): one legend entry and colour per set,
// the prior centres shown or not, a click names the image of the point under it, the
// projection controls announce what the owner must recompute, and CSV export.
#include "latentscatterplot.h"
#include "qcustomplotinclude.h"
#include "seriespalette.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <cmath>
#include <limits>
#include <optional>
#include <random>

using namespace negvae;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QCustomPlot* plotOf(const QWidget& panel)
{
    return panel.findChild<QCustomPlot*>();
}

bool showAndSettle(PlotPanel& panel)
{
    panel.resize(820, 560);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        return false;
    panel.replotNow();
    return true;
}

// The visible curve whose legend name starts with `prefix`.
QCPCurve* curveNamed(QCustomPlot* qcp, const QString& prefix)
{
    for (int i = 0; i < qcp->plottableCount(); ++i) {
        auto* curve = qobject_cast<QCPCurve*>(qcp->plottable(i));
        if (curve && curve->visible() && curve->name().startsWith(prefix))
            return curve;
    }
    return nullptr;
}

// Points on a small lattice, so each lies far from the others in pixels.
LatentSeries lattice(const QString& name, const QString& role, int n, double offset, qint64 firstIndex)
{
    LatentSeries s{name, role, {}, {}};
    for (int k = 0; k < n; ++k) {
        s.points << QPointF(offset + (k % 5), offset + (k / 5));
        s.indexes << firstIndex + k;
    }
    return s;
}

// Where a data point is drawn, in the panel's coordinates.
QPoint panelPosOf(const LatentScatterPlot& plot, QPointF coords)
{
    const QCustomPlot* qcp = plotOf(plot);
    const QPoint onPlot(int(std::lround(qcp->xAxis->coordToPixel(coords.x()))),
                        int(std::lround(qcp->yAxis->coordToPixel(coords.y()))));
    return qcp->mapTo(&plot, onPlot);
}

} // namespace

class TestWidgetsLatent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seriesLegendAndColours();
    void centres_data();
    void centres();
    void axesShowPointsAndCentres();
    void pointAtAndClick_data();
    void pointAtAndClick();
    void dragIsNotAClick();
    void projectionControls();
    void latentDimensionClampsCoordinates();
    void csvRows();
    void manyPoints();
};

void TestWidgetsLatent::seriesLegendAndColours()
{
    LatentScatterPlot plot;
    LatentSeries ood = lattice(QStringLiteral("fashion"), QStringLiteral("ood"), 30, 2.0, 0);
    ood.points[4] = QPointF(kNaN, 1.0);
    plot.setPoints(QStringLiteral("PC1"), QStringLiteral("PC2"),
                   {lattice(QStringLiteral("mnist"), QStringLiteral("inlier"), 100, 0.0, 0),
                    lattice(QStringLiteral("emnist"), QStringLiteral("negative"), 50, 1.0, 0), ood});
    QCOMPARE(plot.seriesCount(), 3);
    QCOMPARE(plot.pointCount(), 179);
    QCOMPARE(plot.graphNames(), (QStringList{QStringLiteral("mnist (inlier, 100)"), QStringLiteral("emnist (negative, 50)"),
                                             QStringLiteral("fashion (ood, 29; 1 not finite)")}));
    QCustomPlot* qcp = plotOf(plot);
    QCOMPARE(qcp->xAxis->label(), QStringLiteral("PC1"));
    QCOMPARE(qcp->yAxis->label(), QStringLiteral("PC2"));
    for (const auto& [name, role] : {std::pair{"mnist", "inlier"}, std::pair{"emnist", "negative"}, std::pair{"fashion", "ood"}}) {
        const QCPCurve* curve = curveNamed(qcp, QLatin1String(name));
        QVERIFY(curve);
        QCOMPARE(curve->lineStyle(), QCPCurve::lsNone);
        QCOMPARE(curve->scatterStyle().brush().color().rgb(),
                 SeriesPalette::colour(QLatin1String(name), QLatin1String(role)).rgb());
    }
    QCOMPARE(curveNamed(qcp, QStringLiteral("fashion"))->dataCount(), 29);

    // A new projection replaces the sets.
    plot.setPoints(QString(), QString(), {lattice(QStringLiteral("mnist"), QStringLiteral("inlier"), 3, 0.0, 0)});
    QCOMPARE(plot.graphNames(), QStringList{QStringLiteral("mnist (inlier, 3)")});
    // No titles given: the projection's own names.
    QCOMPARE(qcp->xAxis->label(), QStringLiteral("PC1"));
    plot.clear();
    QCOMPARE(plot.graphCount(), 0);
    QCOMPARE(plot.pointCount(), 0);
}

void TestWidgetsLatent::centres_data()
{
    QTest::addColumn<bool>("prior");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<bool>("centresFirst");
    QTest::addColumn<QStringList>("centreNames");

    const QString priorName = QStringLiteral("prior N(0, I) centre");
    const QString negativeName = QStringLiteral("negative prior centre");
    QTest::newRow("none") << false << false << false << QStringList{};
    QTest::newRow("prior only") << true << false << false << QStringList{priorName};
    QTest::newRow("both") << true << true << false << QStringList{priorName, negativeName};
    QTest::newRow("both, set before the points") << true << true << true << QStringList{priorName, negativeName};
}

void TestWidgetsLatent::centres()
{
    QFETCH(bool, prior);
    QFETCH(bool, negative);
    QFETCH(bool, centresFirst);
    QFETCH(QStringList, centreNames);

    LatentScatterPlot plot;
    const std::optional<QPointF> priorAt = prior ? std::optional<QPointF>(QPointF(0.0, 0.0)) : std::nullopt;
    const std::optional<QPointF> negativeAt = negative ? std::optional<QPointF>(QPointF(3.0, -1.0)) : std::nullopt;
    const QVector<LatentSeries> series{lattice(QStringLiteral("mnist"), QStringLiteral("inlier"), 10, 0.5, 0)};
    if (centresFirst)
        plot.setCentres(priorAt, negativeAt);
    plot.setPoints(QStringLiteral("PC1"), QStringLiteral("PC2"), series);
    if (!centresFirst)
        plot.setCentres(priorAt, negativeAt);

    // Sets first, then the centres, in the legend whatever the call order.
    QCOMPARE(plot.graphNames(), QStringList{QStringLiteral("mnist (inlier, 10)")} + centreNames);
    QCOMPARE(plot.priorCentre(), priorAt);
    QCOMPARE(plot.negativePriorCentre(), negativeAt);
    QCustomPlot* qcp = plotOf(plot);
    const QCPCurve* priorCurve = curveNamed(qcp, QStringLiteral("prior N(0, I)"));
    const QCPCurve* negativeCurve = curveNamed(qcp, QStringLiteral("negative prior"));
    QCOMPARE(priorCurve != nullptr, prior);
    QCOMPARE(negativeCurve != nullptr, negative);
    if (priorCurve) {
        QCOMPARE(priorCurve->scatterStyle().shape(), QCPScatterStyle::ssPlus);
        QCOMPARE(priorCurve->dataCount(), 1);
        QCOMPARE(priorCurve->data()->at(0)->key, 0.0);
    }
    if (negativeCurve) {
        QCOMPARE(negativeCurve->scatterStyle().shape(), QCPScatterStyle::ssCross);
        QCOMPARE(negativeCurve->data()->at(0)->key, 3.0);
        QCOMPARE(negativeCurve->data()->at(0)->value, -1.0);
    }

    // Taking them away again removes markers and legend entries.
    plot.setCentres(std::nullopt, std::nullopt);
    QCOMPARE(plot.graphNames(), QStringList{QStringLiteral("mnist (inlier, 10)")});
    QVERIFY(!curveNamed(qcp, QStringLiteral("prior N(0, I)")));
}

void TestWidgetsLatent::axesShowPointsAndCentres()
{
    LatentScatterPlot plot;
    plot.setPoints(QString(), QString(), {{QStringLiteral("mnist"), QStringLiteral("inlier"), {{1.0, 2.0}, {3.0, 5.0}}, {}}});
    plot.setCentres(QPointF(0.0, 0.0), QPointF(-4.0, 8.0));
    const QCPRange x = plotOf(plot)->xAxis->range();
    const QCPRange y = plotOf(plot)->yAxis->range();
    // Everything inside, with a margin on each side.
    QVERIFY(x.lower < -4.0 && x.upper > 3.0);
    QVERIFY(y.lower < 0.0 && y.upper > 8.0);
    QVERIFY(x.size() < 7.0 * 1.5 && y.size() < 8.0 * 1.5);
}

void TestWidgetsLatent::pointAtAndClick_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<int>("k"); // point number in its set
    QTest::addColumn<QPoint>("offset");
    QTest::addColumn<qint64>("index");

    QTest::newRow("inlier, on the point") << QStringLiteral("mnist") << 0 << QPoint(0, 0) << qint64(1000);
    QTest::newRow("inlier, 3 px off") << QStringLiteral("mnist") << 7 << QPoint(3, -2) << qint64(1007);
    QTest::newRow("ood, default indexes") << QStringLiteral("fashion") << 4 << QPoint(-1, 1) << qint64(4);
}

void TestWidgetsLatent::pointAtAndClick()
{
    QFETCH(QString, set);
    QFETCH(int, k);
    QFETCH(QPoint, offset);
    QFETCH(qint64, index);

    LatentScatterPlot plot;
    LatentSeries inlier = lattice(QStringLiteral("mnist"), QStringLiteral("inlier"), 10, 0.0, 1000);
    LatentSeries ood = lattice(QStringLiteral("fashion"), QStringLiteral("ood"), 10, 0.5, 0);
    ood.indexes.clear(); // means 0, 1, 2, …
    plot.setPoints(QStringLiteral("PC1"), QStringLiteral("PC2"), {inlier, ood});
    QVERIFY(showAndSettle(plot));
    const QPointF coords = (set == QLatin1String("mnist") ? inlier : ood).points.at(k);
    const QPoint pos = panelPosOf(plot, coords) + offset;

    const LatentScatterPlot::PointRef hit = plot.pointAt(pos);
    QVERIFY(hit.isValid());
    QCOMPARE(hit.set, set);
    QCOMPARE(hit.index, index);
    QCOMPARE(hit.position, coords);

    QCustomPlot* qcp = plotOf(plot);
    QSignalSpy spy(&plot, &LatentScatterPlot::pointClicked);
    QTest::mouseClick(qcp, Qt::LeftButton, Qt::NoModifier, qcp->mapFrom(&plot, pos));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), set);
    QCOMPARE(spy.at(0).at(1).value<qint64>(), index);
    QCOMPARE(plot.highlightedPoint().index, index);
    QCOMPARE(plot.highlightedPoint().set, set);

    // Between lattice points (well over pickRadius from any): nothing.
    const QPoint between = panelPosOf(plot, QPointF(1.25, 1.25));
    QVERIFY(!plot.pointAt(between).isValid());
    QTest::mouseClick(qcp, Qt::LeftButton, Qt::NoModifier, qcp->mapFrom(&plot, between));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(plot.highlightedPoint().index, index); // a click on nothing leaves the ring alone

    // A new projection of the same images: the ring follows its image to the new place.
    for (LatentSeries* s : {&inlier, &ood})
        for (QPointF& pt : s->points)
            pt = QPointF(-pt.y(), pt.x());
    plot.setPoints(QStringLiteral("PC1"), QStringLiteral("PC2"), {inlier, ood});
    QCOMPARE(plot.highlightedPoint().index, index);
    QCOMPARE(plot.highlightedPoint().position, QPointF(-coords.y(), coords.x()));
    plot.setPoints(QStringLiteral("PC1"), QStringLiteral("PC2"), {ood.name == set ? inlier : ood});
    QVERIFY(!plot.highlightedPoint().isValid());

    // Set by the owner: by image, or at a place it computed itself.
    plot.setHighlightedPoint(QStringLiteral("nosuchset"), 1);
    QVERIFY(!plot.highlightedPoint().isValid());
    const LatentSeries& shown = ood.name == set ? inlier : ood;
    plot.setHighlightedPoint(shown.name, shown.indexes.isEmpty() ? 3 : shown.indexes.at(3));
    QCOMPARE(plot.highlightedPoint().position, shown.points.at(3));
    LatentScatterPlot::PointRef elsewhere;
    elsewhere.set = QStringLiteral("mnist");
    elsewhere.index = 99999;
    elsewhere.position = QPointF(0.25, 0.75);
    plot.setHighlightedPoint(elsewhere);
    QCOMPARE(plot.highlightedPoint().position, QPointF(0.25, 0.75));
    plot.setHighlightedPoint(LatentScatterPlot::PointRef());
    QVERIFY(!plot.highlightedPoint().isValid());
}

void TestWidgetsLatent::dragIsNotAClick()
{
    LatentScatterPlot plot;
    const LatentSeries inlier = lattice(QStringLiteral("mnist"), QStringLiteral("inlier"), 10, 0.0, 0);
    plot.setPoints(QString(), QString(), {inlier});
    QVERIFY(showAndSettle(plot));
    QCustomPlot* qcp = plotOf(plot);
    QSignalSpy spy(&plot, &LatentScatterPlot::pointClicked);
    const QPoint start = qcp->mapFrom(&plot, panelPosOf(plot, inlier.points.at(2)));
    QTest::mousePress(qcp, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(qcp, start + QPoint(30, 10));
    QTest::mouseRelease(qcp, Qt::LeftButton, Qt::NoModifier, start + QPoint(30, 10));
    QCOMPARE(spy.count(), 0);
}

void TestWidgetsLatent::projectionControls()
{
    LatentScatterPlot plot;
    plot.setLatentDimension(10);
    auto* combo = plot.findChild<QComboBox*>(QStringLiteral("axesCombo"));
    auto* iSpin = plot.findChild<QSpinBox*>(QStringLiteral("coordinateI"));
    auto* jSpin = plot.findChild<QSpinBox*>(QStringLiteral("coordinateJ"));
    QVERIFY(combo && iSpin && jSpin);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("PCA (PC1, PC2)"));
    QCOMPARE(combo->itemText(1), QStringLiteral("latent coordinates"));
    QVERIFY(plot.isPca());
    QVERIFY(!iSpin->isEnabled());
    QVERIFY(!jSpin->isEnabled());
    QCOMPARE(iSpin->maximum(), 10);

    QSignalSpy spy(&plot, &LatentScatterPlot::projectionChanged);
    // While in PCA mode the spins change nothing the owner must recompute.
    iSpin->setValue(4);
    QCOMPARE(spy.count(), 0);

    combo->setCurrentIndex(1);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last(), (QList<QVariant>{false, 3, 1}));
    QVERIFY(iSpin->isEnabled() && jSpin->isEnabled());
    QCOMPARE(plotOf(plot)->xAxis->label(), QStringLiteral("z4"));

    jSpin->setValue(7);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last(), (QList<QVariant>{false, 3, 6}));
    QCOMPARE(plot.coordinateJ(), 6);

    // Keyboard on the spin box, as a user would.
    iSpin->setFocus();
    QTest::keyClick(iSpin, Qt::Key_Up);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.last(), (QList<QVariant>{false, 4, 6}));

    combo->setCurrentIndex(0);
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy.last().at(0).toBool(), true);
    QVERIFY(!iSpin->isEnabled());

    // One signal for a programmatic change of all three, none when nothing changes.
    plot.setProjection(false, 1, 2);
    QCOMPARE(spy.count(), 5);
    QCOMPARE(spy.last(), (QList<QVariant>{false, 1, 2}));
    plot.setProjection(false, 1, 2);
    QCOMPARE(spy.count(), 5);
}

void TestWidgetsLatent::latentDimensionClampsCoordinates()
{
    LatentScatterPlot plot;
    plot.setLatentDimension(16);
    plot.setProjection(false, 12, 3);
    QSignalSpy spy(&plot, &LatentScatterPlot::projectionChanged);
    plot.setLatentDimension(8);
    QCOMPARE(plot.latentDimension(), 8);
    QCOMPARE(plot.coordinateI(), 7);
    QCOMPARE(plot.coordinateJ(), 3);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last(), (QList<QVariant>{false, 7, 3}));
    // Growing it clamps nothing: no news.
    plot.setLatentDimension(100);
    QCOMPARE(spy.count(), 1);
}

void TestWidgetsLatent::csvRows()
{
    LatentScatterPlot plot;
    plot.setPoints(QStringLiteral("PC1"), QStringLiteral("PC2"),
                   {{QStringLiteral("mnist"), QStringLiteral("inlier"), {{0.5, -1.25}, {2.0, 3.0}}, {17, 4}},
                    {QStringLiteral("a,b"), QStringLiteral("ood"), {{1.0, 1.0}, {kNaN, 0.0}}, {}}});
    QCOMPARE(plot.csv(), QStringLiteral("set,role,index,x,y\n"
                                        "mnist,inlier,17,0.5,-1.25\n"
                                        "mnist,inlier,4,2,3\n"
                                        "\"a,b\",ood,0,1,1\n"));
    plot.setCentres(QPointF(0.0, 0.0), QPointF(1.5, -2.0));
    QVERIFY(plot.csv().endsWith(QStringLiteral("\"a,b\",ood,0,1,1\n"
                                               "prior,centre,,0,0\n"
                                               "negative prior,centre,,1.5,-2\n")));
}

void TestWidgetsLatent::manyPoints()
{
    // Two sets of 2 500 Gaussian points: drawing and picking must stay interactive.
    std::mt19937 rng(3);
    std::normal_distribution<double> dist(0.0, 1.0);
    QVector<LatentSeries> series{{QStringLiteral("mnist"), QStringLiteral("inlier"), {}, {}},
                                 {QStringLiteral("fashion"), QStringLiteral("ood"), {}, {}}};
    for (LatentSeries& s : series)
        for (int k = 0; k < 2500; ++k)
            s.points << QPointF(dist(rng), dist(rng) + (s.role == QLatin1String("ood") ? 2.0 : 0.0));
    LatentScatterPlot plot;
    QVERIFY(showAndSettle(plot));
    QElapsedTimer timer;
    timer.start();
    plot.setPoints(QString(), QString(), series);
    plot.replotNow();
    const qint64 drawMs = timer.elapsed();
    QCOMPARE(plot.pointCount(), 5000);
    // Generous for a loaded 2-core machine; per-point items would take seconds.
    QVERIFY2(drawMs < 1500, qPrintable(QString::number(drawMs)));
    qInfo("5000 points: setPoints + replot %lld ms", drawMs);

    timer.restart();
    const LatentScatterPlot::PointRef hit = plot.pointAt(panelPosOf(plot, series.at(1).points.at(1234)));
    QVERIFY(timer.elapsed() < 200);
    QVERIFY(hit.isValid()); // that point or one drawn over it
    QVERIFY(std::abs(hit.position.x() - series.at(1).points.at(1234).x()) < 0.1);
}

QTEST_MAIN(TestWidgetsLatent)
#include "test_widgetslatent.moc"
