#include "traincommand.h"

#include "configerror.h"
#include "configoverrides.h"
#include "dataerror.h"
#include "commandparser.h"
#include "exitcodes.h"
#include "experimentrunner.h"
#include "reportprinter.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <atomic>
#include <cmath>
#include <csignal>
#include <optional>

using namespace negvae;

namespace {

std::atomic<bool> stopRequested {false};

// The first Ctrl-C asks for a clean stop; a second one falls back to the default action, so
// a user is never stuck with a process that will not die.
extern "C" void onInterrupt(int)
{
    stopRequested.store(true);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace

int TrainCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train a VAE with negative sampling and evaluate it as an OOD detector.\n"
        "Writes a run folder: config.json, metrics.csv, eval/, scores.csv, samples/, checkpoints/."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("train"), QStringLiteral("The command name."));
    parser.addOption({QStringLiteral("config"), QStringLiteral("Experiment configuration (JSON)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("preset"), QStringLiteral("Start from a preset (see `negvae presets`)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Run folder (new or empty; the existing run with --resume)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("resume"), QStringLiteral("Continue the run in --out from its latest checkpoint.")});
    parser.addOption({QStringLiteral("learning-rate"),
                      QStringLiteral("With --resume: continue at this learning rate (e.g. lower, after the run diverged); "
                                     "config.json and history.txt record the change."),
                      QStringLiteral("RATE")});
    parser.addOption({QStringLiteral("set"), QStringLiteral("Change one config field, e.g. training.epochs=5 (repeatable)."),
                      QStringLiteral("FIELD=VALUE")});
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Search this folder for data sets first."), QStringLiteral("DIR")});
    if (const auto exitCode = CommandParser::parse(parser, arguments, QStringLiteral("train")))
        return *exitCode;
    const bool resume = parser.isSet(QStringLiteral("resume"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        QTextStream(stderr) << "negvae train: --out DIR is required\n";
        return ExitCode::Usage;
    }
    const bool hasConfig = parser.isSet(QStringLiteral("config"));
    const bool hasPreset = parser.isSet(QStringLiteral("preset"));
    if (resume && parser.isSet(QStringLiteral("set"))) {
        QTextStream(stderr) << "negvae train: --set cannot change a run being resumed; its config.json is fixed\n";
        return ExitCode::Usage;
    }
    std::optional<double> learningRate;
    if (parser.isSet(QStringLiteral("learning-rate"))) {
        bool ok = false;
        learningRate = parser.value(QStringLiteral("learning-rate")).toDouble(&ok);
        if (!resume) {
            QTextStream(stderr) << "negvae train: --learning-rate goes with --resume; for a new run use --set optimizer.learningRate=RATE\n";
            return ExitCode::Usage;
        }
        if (!ok || !std::isfinite(*learningRate) || *learningRate <= 0) {
            QTextStream(stderr) << "negvae train: --learning-rate needs a positive number, not '"
                                << parser.value(QStringLiteral("learning-rate")) << "'\n";
            return ExitCode::Usage;
        }
    }
    if (resume == (hasConfig || hasPreset) || (hasConfig && hasPreset)) {
        QTextStream(stderr) << "negvae train: give exactly one of --config FILE, --preset NAME or --resume\n";
        return ExitCode::Usage;
    }

    const QStringList searchPaths = CommandParser::searchPaths(parser);

    TerminalProgress progress;
    TerminalProgress scoring;
    ExperimentRunner runner(out, DatasetRegistry(searchPaths));
    qint64 images = 0;
    runner.setCallbacks({
        [&](const StepMetrics& m) {
            images += m.images;
            progress.update(m.step, runner.totalSteps(), images,
                            QStringLiteral("epoch %1  loss %2").arg(m.epoch).arg(m.loss, 0, 'f', 2));
        },
        [&](const EvalReport& report) { progress.message(ReportPrinter::format(report)); },
        // Scoring progress, which matters for the slow likelihood regret of the final evaluation.
        [&](qint64 done, qint64 total, const QString& what) { scoring.update(done, total, done, what); },
        [&](const QString& line) { progress.message(line); },
    });

    if (resume) {
        runner.resume(learningRate);
    } else {
        ExperimentConfig config;
        if (hasConfig) {
            config = ExperimentConfig::loadFile(parser.value(QStringLiteral("config")));
        } else {
            const auto preset = ExperimentConfig::preset(parser.value(QStringLiteral("preset")));
            if (!preset) {
                QTextStream(stderr) << "negvae train: unknown preset '" << parser.value(QStringLiteral("preset"))
                                    << "'; presets: " << ExperimentConfig::presetNames().join(QStringLiteral(", ")) << "\n";
                return ExitCode::Usage;
            }
            config = *preset;
        }
        runner.start(ConfigOverrides::apply(config, parser.values(QStringLiteral("set"))));
    }
    if (runner.nextEpoch() > runner.config().training.epochs) {
        progress.message(QStringLiteral("the run in %1 has already finished all %2 epochs").arg(out).arg(runner.config().training.epochs));
        return ExitCode::Ok;
    }

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    ExperimentRunner::Outcome outcome;
    try {
        outcome = runner.run(stopRequested);
    } catch (const NonFiniteLossError& error) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        progress.finish();
        const double lower = runner.config().optimizer.learningRate / 10;
        QTextStream(stderr) << "negvae train: " << error.what() << "\n"
                            << "continue from the last checkpoint with a lower learning rate: negvae train --resume --out "
                            << out << " --learning-rate " << QString::number(lower) << "\n";
        return ExitCode::Failure;
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    progress.finish();
    if (outcome == ExperimentRunner::Outcome::Stopped) {
        QTextStream(stderr) << "negvae train: interrupted; continue with: negvae train --resume --out " << out << "\n";
        return ExitCode::Interrupted;
    }
    QTextStream(stdout) << "finished: " << out << "\n";
    return ExitCode::Ok;
}
