#include "evalcommand.h"

#include "dataerror.h"
#include "commandparser.h"
#include "exitcodes.h"
#include "experimentrunner.h"
#include "reportprinter.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace negvae;

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
    if (const auto exitCode = CommandParser::parse(parser, arguments, QStringLiteral("eval")))
        return *exitCode;
    if (!parser.isSet(QStringLiteral("run"))) {
        QTextStream(stderr) << "negvae eval: --run DIR is required\n";
        return ExitCode::Usage;
    }
    const QStringList searchPaths = CommandParser::searchPaths(parser);
    ExperimentRunner runner(parser.value(QStringLiteral("run")), DatasetRegistry(searchPaths));
    runner.openForEvaluation(parser.values(QStringLiteral("ood")));
    const EvalReport report = runner.score();
    QTextStream(stdout) << ReportPrinter::format(report);
    if (parser.isSet(QStringLiteral("json"))) {
        QSaveFile file(parser.value(QStringLiteral("json")));
        const QByteArray bytes = QJsonDocument(report.toJson()).toJson();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw DataError(file.fileName(), QStringLiteral("cannot write: %1").arg(file.errorString()));
    }
    return ExitCode::Ok;
}
