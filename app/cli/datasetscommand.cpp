#include "datasetscommand.h"

#include "datasetregistry.h"
#include "commandparser.h"
#include "exitcodes.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace negvae;

int DatasetsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the data sets negvae knows and whether each is available."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("datasets"), QStringLiteral("The command name."));
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Search this folder first."), QStringLiteral("DIR")});
    if (const auto exitCode = CommandParser::parse(parser, arguments, QStringLiteral("datasets")))
        return *exitCode;

    const QStringList searchPaths = CommandParser::searchPaths(parser);
    const DatasetRegistry registry(searchPaths);

    QTextStream out(stdout);
    out << "Search paths: " << searchPaths.join(QStringLiteral(", ")) << '\n'
        << "Cache: " << registry.cacheDir() << "\n\n";
    for (const DatasetInfo& info : registry.list()) {
        out << (info.available ? "  [ok]      " : "  [missing] ") << info.name.leftJustified(16) << info.description << '\n';
        if (info.available)
            out << QString(28, QLatin1Char(' ')) << info.location << '\n';
        else
            out << QString(28, QLatin1Char(' ')) << info.problem << '\n'
                << QString(28, QLatin1Char(' ')) << "to get it: " << info.installHint << '\n';
    }
    out << '\n' << "Any file or folder path also works as a data set (IDX, CIFAR-10 .bin, SVHN .mat, image folders);\n"
        << DatasetRegistry::transformHelp() << ".\n";
    return ExitCode::Ok;
}
