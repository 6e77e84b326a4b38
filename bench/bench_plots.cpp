// Prints how long the plotting widgets take for the sizes a run produces: a 20,000-score
// evaluation in the histogram and ROC plots, one step of dragging the histogram threshold, and
// one new loss point on a plot that already holds 100k steps. Every redraw is timed through
// PlotPanel::replotNow(), i.e. QCustomPlot::replot(rpImmediateRefresh), on the offscreen
// platform unless QT_QPA_PLATFORM says otherwise. Goal for each: under 20 ms.
//
// Usage: bench_plots [--save DIR]   (--save writes a PNG of each plot, to look at)
#include "histogramplot.h"
#include "lossplot.h"
#include "qcustomplotinclude.h"
#include "rocplot.h"
#include "scoreseries.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <vector>

using namespace negvae;

namespace {

constexpr double kGoalMs = 20.0;

struct Row
{
    QString name;
    double medianMs;
    double maxMs;
};

// Runs `step` `repeats` times after `warmup` untimed runs; returns median and max in ms.
Row measure(const QString& name, int warmup, int repeats, const std::function<void()>& step)
{
    for (int i = 0; i < warmup; ++i)
        step();
    std::vector<double> ms;
    ms.reserve(repeats);
    QElapsedTimer timer;
    for (int i = 0; i < repeats; ++i) {
        timer.start();
        step();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : 0.5 * (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]);
    return {name, median, ms.back()};
}

// The evaluation of a run on 10k inlier test images and two 5k OOD sets (20,000 scores).
QVector<ScoreSeries> evaluationScores(std::mt19937& rng)
{
    std::normal_distribution<double> inlier(1.10, 0.15), near(1.00, 0.20), far(1.60, 0.30);
    QVector<ScoreSeries> sets{{QStringLiteral("fashion-mnist"), QStringLiteral("inlier"), {}},
                              {QStringLiteral("mnist"), QStringLiteral("ood"), {}},
                              {QStringLiteral("kmnist"), QStringLiteral("ood"), {}}};
    for (int i = 0; i < 10000; ++i)
        sets[0].values << inlier(rng);
    for (int i = 0; i < 5000; ++i)
        sets[1].values << near(rng);
    for (int i = 0; i < 5000; ++i)
        sets[2].values << far(rng);
    return sets;
}

void sendMouse(QWidget* target, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, target->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString saveDir;
    const QStringList args = QApplication::arguments();
    const qsizetype saveAt = args.indexOf(QStringLiteral("--save"));
    if (saveAt >= 0 && saveAt + 1 < args.size())
        saveDir = args.at(saveAt + 1);

    QTextStream out(stdout);
    std::mt19937 rng(1);
    const QSize size(900, 560);
    std::vector<Row> rows;

    // Histogram: a whole evaluation arriving.
    HistogramPlot histogram;
    histogram.resize(size);
    histogram.show();
    QApplication::processEvents();
    const QVector<ScoreSeries> scores = evaluationScores(rng);
    rows.push_back(measure(QStringLiteral("HistogramPlot setScores+replot (20,000 scores, 3 sets)"), 3, 30, [&] {
        histogram.setScores(QStringLiteral("BPD (bits per dimension)"), scores);
        histogram.replotNow();
    }));

    // Threshold drag: real mouse events on the plot, each followed by a synchronous repaint
    // (a drag only re-renders the threshold's buffered layer, then the widget is blitted).
    {
        QCustomPlot* qcp = histogram.findChild<QCustomPlot*>();
        const double y = qcp->axisRect()->center().y();
        double x = qcp->xAxis->coordToPixel(histogram.threshold());
        sendMouse(qcp, QEvent::MouseButtonPress, QPointF(x, y), Qt::LeftButton, Qt::LeftButton);
        const double left = qcp->axisRect()->left() + 5;
        const double right = qcp->axisRect()->right() - 5;
        double dx = 3.0;
        rows.push_back(measure(QStringLiteral("HistogramPlot threshold drag step"), 5, 200, [&] {
            if (x + dx > right || x + dx < left)
                dx = -dx;
            x += dx;
            sendMouse(qcp, QEvent::MouseMove, QPointF(x, y), Qt::NoButton, Qt::LeftButton);
            qcp->repaint();
        }));
        sendMouse(qcp, QEvent::MouseButtonRelease, QPointF(x, y), Qt::LeftButton, Qt::NoButton);
    }

    // ROC: the same evaluation.
    RocPlot roc;
    roc.resize(size);
    roc.show();
    QApplication::processEvents();
    rows.push_back(measure(QStringLiteral("RocPlot setCurves+replot (20,000 scores)"), 3, 30, [&] {
        roc.setCurves(QStringLiteral("BPD (bits per dimension)"), scores);
        roc.replotNow();
    }));

    rows.push_back(measure(QStringLiteral("  of which: setCurves alone"), 3, 30, [&] {
        roc.setCurves(QStringLiteral("BPD (bits per dimension)"), scores);
    }));
    rows.push_back(measure(QStringLiteral("  of which: replot alone"), 3, 30, [&] { roc.replotNow(); }));

    // Losses: 100k steps of five series already there, then one more step.
    LossPlot losses;
    losses.resize(size);
    losses.show();
    QApplication::processEvents();
    const QStringList names{QStringLiteral("total"), QStringLiteral("reconstruction"), QStringLiteral("KL to prior"),
                            QStringLiteral("KL of negatives to negative prior"), QStringLiteral("generator")};
    std::normal_distribution<double> noise(0.0, 1.0);
    const auto lossesAt = [&](double step) {
        QMap<QString, QVector<double>> series;
        const double decay = 200.0 * std::exp(-step / 20000.0) + 80.0;
        for (int k = 0; k < names.size(); ++k)
            series.insert(names.at(k), {decay / (k + 1) + 3.0 * noise(rng)});
        return series;
    };
    {
        QVector<double> steps;
        QMap<QString, QVector<double>> series;
        for (int i = 0; i < 100000; ++i) {
            steps << i;
            const QMap<QString, QVector<double>> one = lossesAt(i);
            for (auto it = one.constBegin(); it != one.constEnd(); ++it)
                series[it.key()] << it.value().first();
        }
        losses.appendPoints(steps, series);
        losses.replotNow();
    }
    double step = 100000;
    rows.push_back(measure(QStringLiteral("LossPlot append 1 point+replot (100k points, 5 series)"), 3, 30, [&] {
        losses.appendPoints({step}, lossesAt(step));
        step += 1;
        losses.replotNow();
    }));

    // The same split in its two parts, to see which one dominates.
    rows.push_back(measure(QStringLiteral("  of which: append 1 point alone"), 3, 30, [&] {
        losses.appendPoints({step}, lossesAt(step));
        step += 1;
    }));
    rows.push_back(measure(QStringLiteral("  of which: replot alone"), 3, 30, [&] { losses.replotNow(); }));

    out << "Plot timings, " << size.width() << "x" << size.height() << " px, platform "
        << QApplication::platformName() << " (median / max over the repeats)\n\n";
    out << QStringLiteral("%1 %2 %3 %4  %5\n")
               .arg(QStringLiteral("measurement"), -58)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("max ms"), 9)
               .arg(QStringLiteral("goal"), 8)
               .arg(QStringLiteral("median meets goal"));
    for (const Row& r : rows) {
        out << QStringLiteral("%1 %2 %3 %4  %5\n")
                   .arg(r.name, -58)
                   .arg(r.medianMs, 10, 'f', 2)
                   .arg(r.maxMs, 9, 'f', 2)
                   .arg(QStringLiteral("< %1").arg(kGoalMs), 8)
                   .arg(r.medianMs < kGoalMs ? QStringLiteral("yes") : QStringLiteral("NO"));
    }

    if (!saveDir.isEmpty()) {
        QDir().mkpath(saveDir);
        const QDir dir(saveDir);
        histogram.exportImage(dir.filePath(QStringLiteral("histogram.png")));
        roc.exportImage(dir.filePath(QStringLiteral("roc.png")));
        losses.exportImage(dir.filePath(QStringLiteral("losses.png")));
        out << "\nPNGs written to " << QDir::toNativeSeparators(dir.absolutePath()) << '\n';
    }
    return 0;
}
