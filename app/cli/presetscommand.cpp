#include "presetscommand.h"

#include "commandparser.h"
#include "exitcodes.h"
#include "experimentconfig.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace negvae;

int PresetsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the experiment presets, or print one as JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("presets"), QStringLiteral("The command name."));
    parser.addOption({QStringLiteral("show"), QStringLiteral("Print the preset NAME as a config file."), QStringLiteral("NAME")});
    if (const auto exitCode = CommandParser::parse(parser, arguments, QStringLiteral("presets")))
        return *exitCode;
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("show"))) {
        const auto preset = ExperimentConfig::preset(parser.value(QStringLiteral("show")));
        if (!preset) {
            QTextStream(stderr) << "negvae presets: unknown preset '" << parser.value(QStringLiteral("show"))
                                << "'; presets: " << ExperimentConfig::presetNames().join(QStringLiteral(", ")) << "\n";
            return ExitCode::Usage;
        }
        out << preset->toJsonText();
        return ExitCode::Ok;
    }
    for (const ExperimentPreset& preset : ExperimentConfig::presets())
        out << preset.name.leftJustified(18) << preset.description << '\n';
    out << "\nUse one with `negvae train --preset NAME --out DIR`, or start a config file from\n"
           "`negvae presets --show NAME > experiment.json`.\n";
    return ExitCode::Ok;
}
