#include "sweepreport.h"

#include "scorecatalog.h"

#include "configerror.h"
#include "dataerror.h"
#include "jsontext.h"
#include "runstore.h"
#include "sweepgrid.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace negvae {

namespace {

// Fields a column or row already names, or that do not change what a run measures; every
// other field that differs between runs splits their columns.
bool describedElsewhere(const QString& path)
{
    static const QStringList exact {QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("seed"),
        QStringLiteral("training.threads"), QStringLiteral("training.device"), QStringLiteral("data.inlier"),
        QStringLiteral("data.ood"), QStringLiteral("model.noiseModel")};
    return exact.contains(path) || path.startsWith(QLatin1String("data.negatives."));
}

// Numbers by value (JSON writes 0.0001 as 1e-04), anything else by its text.
bool settingLess(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble();
    return JsonText::compact(a) < JsonText::compact(b);
}

// The paper's order: baseline, auxiliary, then the other sources, adversarial last.
int sourceOrder(const NegativesConfig& negatives)
{
    switch (negatives.source) {
    case NegativeSource::None:
        return 0;
    case NegativeSource::Auxiliary:
        return 1;
    case NegativeSource::NoisyInliers:
        return 2;
    case NegativeSource::UniformNoise:
        return 3;
    case NegativeSource::Generated:
        return 4;
    case NegativeSource::Adversarial:
        return negatives.generatorNegativeTerm ? 6 : 5;
    }
    return 7;
}

QString sourceLabel(const NegativesConfig& negatives)
{
    switch (negatives.source) {
    case NegativeSource::None:
        return QStringLiteral("baseline");
    case NegativeSource::Auxiliary:
        return QStringLiteral("auxiliary: ") + negatives.sets.join(QStringLiteral(" + "));
    case NegativeSource::NoisyInliers:
        return QStringLiteral("noisy inliers (σ %1)").arg(negatives.noiseSigma);
    case NegativeSource::UniformNoise:
        return QStringLiteral("uniform noise");
    case NegativeSource::Generated:
        return QStringLiteral("generated");
    case NegativeSource::Adversarial:
        return negatives.generatorNegativeTerm ? QStringLiteral("adversarial + negative-prior term")
                                               : QStringLiteral("adversarial");
    }
    return jsonName(negatives.source);
}

int64_t epochOf(const QString& file)
{
    static const QRegularExpression pattern(QStringLiteral("epoch_(\\d+)\\.json$"));
    const QRegularExpressionMatch match = pattern.match(file);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

double SweepReport::Cell::mean() const
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    // Equal values (a perfect score in every seed) give exactly that value, not one rounded off by the sum.
    if (std::all_of(values.begin(), values.end(), [&](double v) { return v == values.front(); }))
        return values.front();
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double SweepReport::Cell::std() const
{
    if (values.size() < 2)
        return std::numeric_limits<double>::quiet_NaN();
    if (std::all_of(values.begin(), values.end(), [&](double v) { return v == values.front(); }))
        return 0.0;
    const double m = mean();
    double sum = 0;
    for (double value : values)
        sum += (value - m) * (value - m);
    return std::sqrt(sum / double(values.size() - 1));
}

QList<RunResult> SweepReport::collect(const QString& folder, QStringList* problems)
{
    const QDir root(folder);
    QStringList folders;
    QDirIterator it(folder, {QStringLiteral("config.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders.append(QFileInfo(it.next()).absolutePath());
    std::sort(folders.begin(), folders.end());
    folders.removeDuplicates();

    QList<RunResult> runs;
    for (const QString& path : folders) {
        RunResult run;
        run.folder = root.relativeFilePath(path);
        const RunStore store(path);
        const auto problem = [&](const QString& text) {
            if (problems)
                problems->append(QStringLiteral("%1: %2").arg(run.folder, text));
        };
        try {
            run.config = store.readConfig();
        } catch (const ConfigException& error) {
            problem(QStringLiteral("unreadable config.json (%1)").arg(error.message()));
            continue;
        }
        QString latest;
        QString finalFile;
        for (const QString& file : store.evaluationFiles()) {
            const int64_t epoch = epochOf(file);
            if (epoch == run.config.training.epochs)
                finalFile = file;
            if (latest.isEmpty() || epoch > epochOf(latest))
                latest = file;
        }
        if (latest.isEmpty()) {
            problem(QStringLiteral("no evaluation yet (0 of %1 epochs)").arg(run.config.training.epochs));
            continue;
        }
        run.finished = !finalFile.isEmpty();
        try {
            run.evaluation = store.readEvaluation(run.finished ? finalFile : latest);
        } catch (const DataError& error) {
            problem(error.message());
            continue;
        }
        runs.append(run);
    }
    return runs;
}

SweepReport SweepReport::fromFolder(const QString& folder, const Options& options)
{
    QStringList problems;
    const QList<RunResult> runs = collect(folder, &problems);
    SweepReport report = aggregate(runs, options);
    report.m_notes = problems + report.m_notes;
    return report;
}

SweepReport SweepReport::aggregate(const QList<RunResult>& runs, const Options& options)
{
    SweepReport report;
    report.m_options = options;

    QList<const RunResult*> used;
    for (const RunResult& run : runs) {
        if (run.finished) {
            used.append(&run);
        } else if (options.includeUnfinished) {
            used.append(&run);
            report.m_notes.append(QStringLiteral("%1: unfinished; its evaluation after epoch %2 of %3 is used")
                                      .arg(run.folder)
                                      .arg(run.evaluation.epoch)
                                      .arg(run.config.training.epochs));
        } else {
            report.m_notes.append(QStringLiteral("%1: unfinished (evaluated up to epoch %2 of %3); left out")
                                      .arg(run.folder)
                                      .arg(run.evaluation.epoch)
                                      .arg(run.config.training.epochs));
        }
    }
    report.m_runsUsed = int(used.size());

    // Settings that differ between the runs used, beyond those rows and columns name.
    QList<QMap<QString, QJsonValue>> flat;
    QMap<QString, QSet<QString>> valuesByPath;
    for (const RunResult* run : used) {
        QMap<QString, QJsonValue> fields;
        JsonText::flatten(run->config.toJson(), QString(), fields);
        flat.append(fields);
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            valuesByPath[it.key()].insert(JsonText::compact(it.value()));
    }
    QStringList varying;
    for (auto it = valuesByPath.constBegin(); it != valuesByPath.constEnd(); ++it) {
        if (!describedElsewhere(it.key()) && it.value().size() > 1)
            varying.append(it.key());
    }
    const QStringList shortVarying = SweepGrid::shortNames(varying);

    struct Contribution {
        Row row;
        Column column;
        double value;
        QString folder;
    };
    QList<Contribution> contributions;
    const QString metricKey = OodMetrics::key(options.metric);
    for (qsizetype r = 0; r < used.size(); ++r) {
        const RunResult& run = *used[r];
        Column column;
        column.noiseModel = run.config.model.noiseModel;
        column.order = sourceOrder(run.config.data.negatives);
        column.label = sourceLabel(run.config.data.negatives);
        QStringList extras;
        for (qsizetype v = 0; v < varying.size(); ++v) {
            const QJsonValue value = flat[r].value(varying[v]);
            extras.append(shortVarying[v] + QLatin1Char('=') + JsonText::compact(value));
            column.settings.append(value);
        }
        if (!extras.isEmpty())
            column.label += QStringLiteral(" [") + extras.join(QStringLiteral(", ")) + QLatin1Char(']');
        bool any = false;
        for (const MetricRow& metric : run.evaluation.metrics) {
            if (!options.scores.contains(metric.score))
                continue;
            const double value = OodMetrics::value(metric.values, options.metric);
            if (!std::isfinite(value))
                continue;
            contributions.append({{run.config.data.inlier, metric.oodSet, metric.score}, column, value, run.folder});
            any = true;
        }
        if (!any) {
            report.m_notes.append(QStringLiteral("%1: its evaluation has no %2 of the scores %3")
                                      .arg(run.folder, metricKey, options.scores.join(QStringLiteral(", "))));
        }
    }

    const auto rowLess = [&options](const Row& a, const Row& b) {
        if (a.inlier != b.inlier)
            return a.inlier < b.inlier;
        if (a.ood != b.ood)
            return a.ood < b.ood;
        return options.scores.indexOf(a.score) < options.scores.indexOf(b.score);
    };
    const auto columnLess = [](const Column& a, const Column& b) {
        if (a.noiseModel != b.noiseModel)
            return int(a.noiseModel) < int(b.noiseModel);
        if (a.order != b.order)
            return a.order < b.order;
        if (a.label.section(QLatin1String(" ["), 0, 0) != b.label.section(QLatin1String(" ["), 0, 0))
            return a.label < b.label;
        for (qsizetype i = 0; i < std::min(a.settings.size(), b.settings.size()); ++i) {
            if (settingLess(a.settings[i], b.settings[i]))
                return true;
            if (settingLess(b.settings[i], a.settings[i]))
                return false;
        }
        return a.label < b.label;
    };
    const auto sameRow
        = [](const Row& a, const Row& b) { return a.inlier == b.inlier && a.ood == b.ood && a.score == b.score; };
    const auto sameColumn
        = [](const Column& a, const Column& b) { return a.noiseModel == b.noiseModel && a.label == b.label; };
    for (const Contribution& c : contributions) {
        if (std::none_of(
                report.m_rows.begin(), report.m_rows.end(), [&](const Row& row) { return sameRow(row, c.row); }))
            report.m_rows.append(c.row);
        if (std::none_of(report.m_columns.begin(), report.m_columns.end(),
                [&](const Column& column) { return sameColumn(column, c.column); }))
            report.m_columns.append(c.column);
    }
    std::sort(report.m_rows.begin(), report.m_rows.end(), rowLess);
    std::sort(report.m_columns.begin(), report.m_columns.end(), columnLess);

    report.m_cells.assign(size_t(report.m_rows.size()), std::vector<Cell>(size_t(report.m_columns.size())));
    for (const Contribution& c : contributions) {
        const auto row
            = std::find_if(report.m_rows.begin(), report.m_rows.end(), [&](const Row& x) { return sameRow(x, c.row); });
        const auto column = std::find_if(
            report.m_columns.begin(), report.m_columns.end(), [&](const Column& x) { return sameColumn(x, c.column); });
        Cell& cell = report.m_cells[size_t(row - report.m_rows.begin())][size_t(column - report.m_columns.begin())];
        cell.values.push_back(c.value);
        cell.folders.append(c.folder);
    }
    return report;
}

QList<NoiseModel> SweepReport::noiseModels() const
{
    QList<NoiseModel> models;
    for (const Column& column : m_columns) {
        if (!models.contains(column.noiseModel))
            models.append(column.noiseModel);
    }
    return models;
}

QList<int> SweepReport::columnsOf(NoiseModel noiseModel) const
{
    QList<int> indices;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].noiseModel == noiseModel)
            indices.append(int(i));
    }
    return indices;
}

const SweepReport::Cell& SweepReport::cell(int row, int column) const
{
    return m_cells.at(size_t(row)).at(size_t(column));
}

int SweepReport::uniformN() const
{
    int n = 0;
    for (const std::vector<Cell>& row : m_cells) {
        for (const Cell& cell : row) {
            if (cell.n() == 0)
                continue;
            if (n != 0 && cell.n() != n)
                return 0;
            n = cell.n();
        }
    }
    return n;
}

QString SweepReport::noiseModelTitle(NoiseModel noiseModel)
{
    switch (noiseModel) {
    case NoiseModel::Bernoulli:
        return QStringLiteral("Bernoulli");
    case NoiseModel::GaussianFixed:
        return QStringLiteral("Gaussian, fixed σ");
    case NoiseModel::GaussianLearned:
        return QStringLiteral("Gaussian, learned σ");
    case NoiseModel::QuantizedGaussian:
        return QStringLiteral("quantized Gaussian");
    }
    return jsonName(noiseModel);
}

QString SweepReport::conventions() const
{
    // Translated like OodMetrics::convention(): the GUI shows it in the user's language; the
    // CLI installs no translator, so its reports stay English.
    QString text = QCoreApplication::translate(
        "negvae::SweepReport",
        "%1 Scores per image, higher = more anomalous: BPD = -ELBO/(D ln 2), KL = KL(q(z|x) || p(z)), "
        "REC = -E log p(x|z). Cells: mean (sample standard deviation, n - 1) over the runs that differ "
        "only in their seed.")
        .arg(OodMetrics::convention(m_options.metric));
    // The opt-in scores are less familiar: each one shown gets its own sentence.
    for (const QString& score : m_options.scores)
        if (ScoreCatalog::extraNames().contains(score))
            text += QStringLiteral(" %1: %2.").arg(ScoreCatalog::title(score), ScoreCatalog::convention(score));
    return text;
}

} // namespace negvae
