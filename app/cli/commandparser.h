#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <optional>

// Shared front matter of every subcommand: parse the arguments, answer --help, report a bad
// command line. Returns the exit code when the command should end here.
class CommandParser {
public:
    static std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command);
    // The default data-set search paths with --data-dir (when the parser has it set) first.
    static QStringList searchPaths(const QCommandLineParser& parser);
};
