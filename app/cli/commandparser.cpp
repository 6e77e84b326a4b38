#include "commandparser.h"

#include "datasetregistry.h"
#include "exitcodes.h"

#include <QTextStream>

std::optional<int> CommandParser::parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "negvae " << command << ": " << parser.errorText() << '\n';
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitCode::Ok;
    }
    return std::nullopt;
}

QStringList CommandParser::searchPaths(const QCommandLineParser& parser)
{
    QStringList paths = negvae::DatasetRegistry::defaultSearchPaths();
    if (parser.optionNames().contains(QStringLiteral("data-dir")) && parser.isSet(QStringLiteral("data-dir")))
        paths.prepend(parser.value(QStringLiteral("data-dir")));
    return paths;
}
