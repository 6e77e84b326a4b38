// negvae's desktop application.
#include "experimentpanel.h"
#include "languageswitcher.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <csignal>
#include <memory>

#include <cstdio>

using namespace negvae;

int main(int argc, char* argv[])
{
    // Past a file-size limit (ulimit -f) a write should fail and be reported like a full disk,
    // not kill the process before it can say which file it could not write.
    std::signal(SIGXFSZ, SIG_IGN);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("negvae"));
    QApplication::setOrganizationName(QStringLiteral("negvae"));
    QApplication::setApplicationVersion(QStringLiteral(NEGVAE_VERSION));

    QCommandLineParser parser;
    // --help in the user's language; the main window installs its own switcher afterwards.
    auto helpLanguage = std::make_unique<LanguageSwitcher>();
    helpLanguage->setLanguage(LanguageSwitcher::preferredLanguage());
    parser.setApplicationDescription(QApplication::translate("main", "Negative sampling in variational autoencoders."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("experiment"), QApplication::translate("main", "Open this experiment file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("preset"), QApplication::translate("main", "Start from this preset."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("open-run"), QApplication::translate("main", "Show this run folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("resume"), QApplication::translate("main", "Resume training this run folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("start"), QApplication::translate("main", "Start training the experiment right away.")});
    parser.addOption({QStringLiteral("tab"), QApplication::translate("main", "Show this view: dashboard, samples, explore or runs."), QStringLiteral("VIEW")});
    parser.addOption({QStringLiteral("runs"), QApplication::translate("main", "Compare the runs in this folder (e.g. a sweep's) in the Runs view."), QStringLiteral("DIR")});
    parser.process(app);
    helpLanguage.reset();

    MainWindow::registerMetaTypes();
    MainWindow window;
    if (parser.isSet(QStringLiteral("tab")) && !window.showView(parser.value(QStringLiteral("tab")))) {
        // A mistyped view is a bad command line: exit code 2, as the CLI uses for one.
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "Unknown view \"%1\": use dashboard, samples, explore or runs.")
                                                     .arg(parser.value(QStringLiteral("tab")))));
        return 2;
    }
    window.show();
    // Act once the event loop runs, so the window is on screen before any work starts.
    QTimer::singleShot(0, &window, [&] {
        if (parser.isSet(QStringLiteral("preset"))) {
            if (const auto preset = ExperimentConfig::preset(parser.value(QStringLiteral("preset"))))
                window.experimentPanel()->setConfig(*preset);
        }
        if (parser.isSet(QStringLiteral("experiment")))
            window.openExperiment(parser.value(QStringLiteral("experiment")));
        if (parser.isSet(QStringLiteral("open-run")))
            window.openRun(parser.value(QStringLiteral("open-run")));
        if (parser.isSet(QStringLiteral("runs")))
            window.showRuns(parser.value(QStringLiteral("runs")));
        if (parser.isSet(QStringLiteral("resume")))
            window.resumeRun(parser.value(QStringLiteral("resume")));
        else if (parser.isSet(QStringLiteral("start")))
            window.startTraining();
    });
    return app.exec();
}
