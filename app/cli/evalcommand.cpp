#include "evalcommand.h"

#include "dataerror.h"
#include "commandparser.h"
#include "exitcodes.h"
#include "experimentrunner.h"
#include "reportprinter.h"
#include "scoringcancelled.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <atomic>
#include <csignal>

using namespace negvae;

namespace {

std::atomic<bool> regretStopRequested {false};

// Ctrl-C during the slow likelihood regret drops that score and prints the others; a second
// Ctrl-C falls back to the default action.
extern "C" void onEvalInterrupt(int)
{
    regretStopRequested.store(true);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace

int EvalCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Score the latest checkpoint of a run on its inlier test set and OOD sets."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("eval"), QStringLiteral("The command name."));
    parser.addOption({QStringLiteral("run"), QStringLiteral("Run folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("ood"), QStringLiteral("OOD set (repeatable); default: the run's own."), QStringLiteral("SET")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also write the report as JSON to FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Search this folder for data sets first."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("regret"),
                      QStringLiteral("Also compute likelihood regret (slow; Ctrl-C drops it and prints the other scores), "
                                     "with the run's evaluation.scores.regretSteps and regretLearningRate.")});
    if (const auto exitCode = CommandParser::parse(parser, arguments, QStringLiteral("eval")))
        return *exitCode;
    if (!parser.isSet(QStringLiteral("run"))) {
        QTextStream(stderr) << "negvae eval: --run DIR is required\n";
        return ExitCode::Usage;
    }
    const QStringList searchPaths = CommandParser::searchPaths(parser);
    ExperimentRunner runner(parser.value(QStringLiteral("run")), DatasetRegistry(searchPaths));
    TerminalProgress progress(stderr);
    runner.setCallbacks({{}, {}, [&](qint64 done, qint64 total, const QString& what) { progress.update(done, total, done, what); }, {}});
    runner.openForEvaluation(parser.values(QStringLiteral("ood")));
    const bool regret = parser.isSet(QStringLiteral("regret")) || runner.config().evaluation.scores.regret;
    EvalReport report;
    std::signal(SIGINT, onEvalInterrupt);
    std::signal(SIGTERM, onEvalInterrupt);
    try {
        report = runner.score(regret, &regretStopRequested);
    } catch (const ScoringCancelled&) {
        progress.finish();
        QTextStream(stderr) << "negvae eval: likelihood regret cancelled; the other scores follow\n";
        report = runner.score(false);
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    progress.finish();
    QTextStream(stdout) << ReportPrinter::format(report);
    if (parser.isSet(QStringLiteral("json"))) {
        QSaveFile file(parser.value(QStringLiteral("json")));
        const QByteArray bytes = QJsonDocument(report.toJson()).toJson();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw DataError(file.fileName(), QStringLiteral("cannot write: %1").arg(file.errorString()));
    }
    return ExitCode::Ok;
}
