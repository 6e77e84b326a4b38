// How responsive the window stays while it opens a run folder: a 5 ms timer on the GUI thread
// records how late it fires from File ▸ Open run until every view shows the run; the longest
// gap is the longest stall a user could feel (goal < 50 ms). A run with many evaluations holds
// tens of MB of per-image scores, so reading it must not happen on the GUI thread.
// Usage: bench_open_run RUN_FOLDER. Run under a real or virtual display or offscreen.
#include "mainwindow.h"
#include "rundashboard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <vector>

using namespace negvae;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_open_run RUN_FOLDER\n";
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);

    MainWindow window;
    window.show();
    std::vector<double> gaps;
    QElapsedTimer clock;
    QTimer probe;
    probe.setInterval(5);
    double lastTick = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double now = clock.nsecsElapsed() / 1e6;
        gaps.push_back(now - lastTick - 5.0);
        lastTick = now;
    });
    double openedAt = 0;
    bool opened = false;
    QObject::connect(&window, &MainWindow::runOpened, &app, [&](const QString&, bool ok) {
        opened = ok;
        openedAt = clock.nsecsElapsed() / 1e6;
        // A few more ticks, so a stall in the final redraw is measured too.
        QTimer::singleShot(200, &app, &QApplication::quit);
    });
    QTimer::singleShot(0, [&] {
        clock.start();
        probe.start();
        window.openRun(folder);
    });
    app.exec();

    if (!opened || gaps.empty()) {
        out << "the run could not be opened: " << window.statusText() << "\n";
        return 1;
    }
    std::sort(gaps.begin(), gaps.end());
    out << "GUI-thread stall while opening " << folder << " (" << window.dashboard()->evaluationCount()
        << " evaluations)\n"
        << "  opened after " << QString::number(openedAt, 'f', 0) << " ms; timer ticks: " << gaps.size() << "\n"
        << "  longest stall " << QString::number(gaps.back(), 'f', 1) << " ms (goal < 50 ms)\n";
    return 0;
}
