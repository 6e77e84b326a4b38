// How responsive the window stays while a run trains: a 5 ms timer on the GUI thread records
// how late it fires while the worker trains the quick preset and the dashboard redraws; the
// longest gap is the longest stall a user could feel (goal < 50 ms). Run under a real or
// virtual display (xvfb-run) or the offscreen platform.
#include "experimentpanel.h"
#include "mainwindow.h"
#include "rundashboard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <vector>

using namespace negvae;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runs;
    qputenv("NEGVAE_RUNS_DIR", runs.path().toUtf8());
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 40;

    MainWindow window;
    window.setCloseConfirmation([] { return true; });
    window.show();
    ExperimentConfig config = *ExperimentConfig::preset(QStringLiteral("quick"));
    config.training.epochs = 100; // longer than the measurement
    config.data.trainSubset = 5000;
    config.data.testSubset = 2000;
    window.experimentPanel()->setConfig(config);

    std::vector<double> gaps;
    QElapsedTimer clock;
    QTimer probe;
    probe.setInterval(5);
    bool training = false;
    double lastTick = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double now = clock.nsecsElapsed() / 1e6;
        if (training) {
            gaps.push_back(now - lastTick - 5.0);
            if (gaps.back() > 25 && qEnvironmentVariableIsSet("NEGVAE_BENCH_VERBOSE"))
                QTextStream(stderr) << "stall of " << gaps.back() << " ms at " << now << " ms\n";
        }
        lastTick = now;
    });
    QObject::connect(&window, &MainWindow::runEnded, &app, &QApplication::quit);
    QTimer::singleShot(0, [&] {
        clock.start();
        probe.start();
        window.startTraining();
    });
    // Measure only once steps flow (data loading happens before).
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!training && window.statusText().startsWith(QLatin1String("Epoch"))) {
            training = true;
            QTimer::singleShot(seconds * 1000, [&] { window.stopTraining(); });
        }
    });
    poll.start();
    app.exec();

    QTextStream out(stdout);
    if (gaps.empty()) {
        out << "no measurement: training did not start (" << window.statusText() << ")\n";
        return 1;
    }
    std::sort(gaps.begin(), gaps.end());
    const auto percentile = [&](double p) { return gaps[size_t(p * double(gaps.size() - 1))]; };
    out << "GUI-thread stall while training the quick preset for " << seconds << " s ("
        << window.dashboard()->evaluationCount() << " evaluations shown)\n"
        << "  timer ticks: " << gaps.size() << "\n"
        << "  lateness median " << QString::number(percentile(0.5), 'f', 2) << " ms, p99 "
        << QString::number(percentile(0.99), 'f', 2) << " ms, longest " << QString::number(gaps.back(), 'f', 2)
        << " ms (goal < 50 ms)\n";
    return 0;
}
