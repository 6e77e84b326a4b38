// negvae: the headless command-line twin of the GUI.
#include "configerror.h"
#include "dataerror.h"
#include "datasetscommand.h"
#include "evalcommand.h"
#include "exitcodes.h"
#include "presetscommand.h"
#include "reportcommand.h"
#include "sweepcommand.h"
#include "traincommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <csignal>

namespace {

QString usage()
{
    return QStringLiteral(
        "Usage: negvae COMMAND [OPTIONS]\n"
        "\n"
        "Negative sampling in variational autoencoders: train VAEs on inlier images with negative\n"
        "samples and measure whether they give out-of-distribution images lower likelihood.\n"
        "\n"
        "Commands:\n"
        "  train       train and evaluate: --config FILE | --preset NAME, --out DIR, or --resume --out DIR\n"
        "  eval        score a run's latest checkpoint: --run DIR [--ood SET ...]\n"
        "  sweep       every run of a grid file (fields x seeds): GRID.json --out DIR [--jobs N],\n"
        "              resumable; --emit slurm writes a Slurm array job instead\n"
        "  report      the results of the run folders under DIR, mean (std) over seeds, in the paper's\n"
        "              layout as Markdown, CSV and LaTeX: report DIR\n"
        "  datasets    list the data sets, where they are, and how to get missing ones\n"
        "  presets     list the ready-made experiments (--show NAME prints one as JSON)\n"
        "\n"
        "Run `negvae COMMAND --help` for a command's options.\n"
        "\n"
        "Exit codes:\n"
        "  0    success\n"
        "  1    training or evaluation failed (sweep: some run failed)\n"
        "  2    bad command line\n"
        "  3    a data set is missing or unreadable\n"
        "  4    the experiment configuration is invalid\n"
        "  130  interrupted (Ctrl-C); the last checkpoint was saved\n");
}

} // namespace

int main(int argc, char* argv[])
{
    // Past a file-size limit (ulimit -f) a write should fail and be reported like a full disk,
    // not kill the process before it can say which file it could not write.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("negvae"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEGVAE_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        QTextStream(command.isEmpty() ? stderr : stdout) << usage();
        return command.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "negvae " << NEGVAE_VERSION << '\n';
        return ExitCode::Ok;
    }
    const QStringList commandArguments = arguments.mid(1);
    try {
        if (command == QLatin1String("train"))
            return TrainCommand::run(commandArguments);
        if (command == QLatin1String("eval"))
            return EvalCommand::run(commandArguments);
        if (command == QLatin1String("sweep"))
            return SweepCommand::run(commandArguments);
        if (command == QLatin1String("report"))
            return ReportCommand::run(commandArguments);
        if (command == QLatin1String("datasets"))
            return DatasetsCommand::run(commandArguments);
        if (command == QLatin1String("presets"))
            return PresetsCommand::run(commandArguments);
    } catch (const negvae::ConfigException& error) {
        QTextStream(stderr) << "negvae: invalid configuration: " << error.message() << '\n';
        return ExitCode::BadConfig;
    } catch (const negvae::DataError& error) {
        QTextStream(stderr) << "negvae: error: " << error.message() << '\n';
        return ExitCode::DataProblem;
    } catch (const std::exception& error) {
        QTextStream(stderr) << "negvae: error: " << error.what() << '\n';
        return ExitCode::Failure;
    }
    QTextStream(stderr) << "negvae: unknown command '" << command << "'\n\n" << usage();
    return ExitCode::Usage;
}
