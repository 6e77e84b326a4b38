#include "reportcommand.h"

#include "scorecatalog.h"

#include "commandparser.h"
#include "dataerror.h"
#include "exitcodes.h"
#include "sweepreport.h"
#include "sweepreportwriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

using namespace negvae;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw DataError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
}

} // namespace

int ReportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Collect every run folder under DIR (a sweep, or any folder of runs) into the paper's table: rows inlier → "
        "OOD\n"
        "set and score, columns per noise model and source of negatives (baseline, auxiliary, ..., adversarial),\n"
        "cells mean (std) over the runs that differ only in their seed. Only finished runs count unless\n"
        "--include-unfinished. Prints the table and writes report.md, report.csv and report.tex."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), QStringLiteral("The command name."));
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QStringLiteral("Folder holding run folders (searched recursively)."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("What to print: markdown (default), csv or latex."),
        QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("metric"), QStringLiteral("auroc (default), aupr_in, aupr_out or fpr95."),
        QStringLiteral("METRIC")});
    parser.addOption({QStringLiteral("scores"), QStringLiteral("Comma-separated scores (default bpd,kl and the opt-in bpd_iw, complexity, likelihood_ratio, regret where runs have them; also rec), or all."),
        QStringLiteral("LIST")});
    parser.addOption(
        {QStringLiteral("digits"), QStringLiteral("Decimals in the table (default 2)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("include-unfinished"), QStringLiteral("Use the latest evaluation of unfinished runs too.")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("Write report.md/.csv/.tex here (default: DIR)."),
        QStringLiteral("FOLDER")});
    parser.addOption({QStringLiteral("no-files"), QStringLiteral("Only print; write no report files.")});
    if (const auto exitCode = CommandParser::parse(parser, arguments, QStringLiteral("report")))
        return *exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        QTextStream(stderr) << "negvae report: give one folder: negvae report DIR\n";
        return ExitCode::Usage;
    }
    const QString folder = positional.at(0);
    if (!QFileInfo(folder).isDir())
        throw DataError(folder, QStringLiteral("no such folder"));

    SweepReport::Options options;
    options.includeUnfinished = parser.isSet(QStringLiteral("include-unfinished"));
    if (parser.isSet(QStringLiteral("metric"))) {
        bool known = false;
        for (OodMetrics::Metric metric : OodMetrics::allMetrics()) {
            if (OodMetrics::key(metric) == parser.value(QStringLiteral("metric"))) {
                options.metric = metric;
                known = true;
            }
        }
        if (!known) {
            QTextStream(stderr) << "negvae report: unknown --metric '" << parser.value(QStringLiteral("metric"))
                                << "'; use auroc, aupr_in, aupr_out or fpr95\n";
            return ExitCode::Usage;
        }
    }
    if (parser.isSet(QStringLiteral("scores"))) {
        options.scores = parser.value(QStringLiteral("scores")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (options.scores == QStringList {QStringLiteral("all")})
            options.scores = ScoreCatalog::allNames();
        for (QString& score : options.scores) {
            score = score.trimmed().toLower();
            if (!ScoreCatalog::isKnown(score)) {
                QTextStream(stderr) << "negvae report: unknown score '" << score << "' in --scores; use all or any of "
                                    << ScoreCatalog::allNames().join(QStringLiteral(", ")) << "\n";
                return ExitCode::Usage;
            }
        }
    }
    int digits = 2;
    if (parser.isSet(QStringLiteral("digits"))) {
        bool ok = false;
        digits = parser.value(QStringLiteral("digits")).toInt(&ok);
        if (!ok || digits < 0 || digits > 8) {
            QTextStream(stderr) << "negvae report: --digits must be 0..8\n";
            return ExitCode::Usage;
        }
    }
    const QString format
        = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("markdown");
    if (format != QLatin1String("markdown") && format != QLatin1String("csv") && format != QLatin1String("latex")) {
        QTextStream(stderr) << "negvae report: --format is markdown, csv or latex, not '" << format << "'\n";
        return ExitCode::Usage;
    }

    const SweepReport report = SweepReport::fromFolder(folder, options);
    if (report.runsUsed() == 0 && report.notes().isEmpty())
        throw DataError(folder, QStringLiteral("holds no run folders (folders with a config.json)"));
    const SweepReportWriter writer(report, digits);
    const QString markdown = writer.markdown();
    const QByteArray csv = writer.csv();
    const QString latex = writer.latex();
    QTextStream out(stdout);
    if (format == QLatin1String("csv"))
        out << csv;
    else if (format == QLatin1String("latex"))
        out << latex;
    else
        out << markdown;
    out.flush();
    if (!parser.isSet(QStringLiteral("no-files"))) {
        const QDir target(parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output")) : folder);
        if (!QDir().mkpath(target.path()))
            throw DataError(target.path(), QStringLiteral("cannot create the folder"));
        writeFile(target.filePath(QStringLiteral("report.md")), markdown.toUtf8());
        writeFile(target.filePath(QStringLiteral("report.csv")), csv);
        writeFile(target.filePath(QStringLiteral("report.tex")), latex.toUtf8());
        QTextStream(stderr) << "negvae report: wrote " << target.filePath(QStringLiteral("report.md"))
                            << ", report.csv and report.tex\n";
    }
    return report.runsUsed() > 0 ? ExitCode::Ok : ExitCode::DataProblem;
}
