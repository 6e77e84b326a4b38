// Sweeps without training: grid files expanded into runs (and refused with messages that
// name the grid file and the entry to fix), the skip/resume/refuse decision on synthetic run
// folders, the report's aggregation of synthetic runs with known AUROCs into means and
// sample standard deviations, its Markdown/CSV/LaTeX, and the Slurm array job files.
#include "configerror.h"
#include "runstore.h"
#include "sweepgrid.h"
#include "sweepplan.h"
#include "sweepreport.h"
#include "sweepreportwriter.h"
#include "sweepslurm.h"
#include "syntheticruns.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace negvae;

namespace {

QByteArray json(const char* text)
{
    return QByteArray(text);
}

SweepGrid parseGrid(const QByteArray& text, const QString& directory = QString())
{
    return SweepGrid::parse(text, QStringLiteral("grid.json"), directory);
}

QStringList folders(const SweepGrid& grid)
{
    QStringList result;
    for (const SweepRun& run : grid.runs())
        result.append(run.folder);
    return result;
}

ExperimentConfig baseConfig()
{
    return testing::syntheticConfig();
}

void writeRun(const QString& folder, const ExperimentConfig& config, const QMap<QString, QPair<double, double>>& aurocs,
    int64_t epoch = -1)
{
    testing::writeSyntheticRun(folder, config, aurocs, epoch);
}

double sampleStd(const std::vector<double>& values)
{
    double mean = 0;
    for (double v : values)
        mean += v;
    mean /= double(values.size());
    double sum = 0;
    for (double v : values)
        sum += (v - mean) * (v - mean);
    return std::sqrt(sum / double(values.size() - 1));
}

} // namespace

class TestSweep : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- grid files ----------------------------------------------------------------------

    void expandsVariantsAxesAndSeeds()
    {
        const SweepGrid grid = parseGrid(json(R"({
            "name": "study",
            "base": "quick",
            "overrides": {"training.epochs": 2},
            "variants": [
                {"name": "baseline", "set": {"data.negatives.source": "none", "data.negatives.sets": []}},
                {"name": "letters", "set": {}}
            ],
            "grid": {"model.noiseModel": ["bernoulli", "gaussian-learned"], "objective.negativePriorMean": [4, 8, 10]},
            "seeds": [3, 5]
        })"));
        QCOMPARE(grid.name(), QStringLiteral("study"));
        QCOMPARE(grid.runs().size(), 2 * 2 * 3 * 2);
        // Variants outermost, axes by field path with the last one fastest, seeds innermost.
        const QStringList names = folders(grid);
        QCOMPARE(names.at(0), QStringLiteral("baseline,noiseModel=bernoulli,negativePriorMean=4/seed_3"));
        QCOMPARE(names.at(1), QStringLiteral("baseline,noiseModel=bernoulli,negativePriorMean=4/seed_5"));
        QCOMPARE(names.at(2), QStringLiteral("baseline,noiseModel=bernoulli,negativePriorMean=8/seed_3"));
        QCOMPARE(names.at(6), QStringLiteral("baseline,noiseModel=gaussian-learned,negativePriorMean=4/seed_3"));
        QCOMPARE(names.last(), QStringLiteral("letters,noiseModel=gaussian-learned,negativePriorMean=10/seed_5"));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());

        const SweepRun& first = grid.runs().first();
        QCOMPARE(first.variant, QStringLiteral("baseline"));
        QCOMPARE(first.seed, int64_t(3));
        QCOMPARE(first.config.seed, int64_t(3));
        QCOMPARE(first.config.data.negatives.source, NegativeSource::None);
        QVERIFY(first.config.data.negatives.sets.isEmpty());
        QCOMPARE(first.config.training.epochs, int64_t(2));
        QCOMPARE(first.config.objective.negativePriorMean, 4.0);
        QCOMPARE(first.config.name, QStringLiteral("study/") + first.folder);
        QCOMPARE(first.settings.value(QStringLiteral("model.noiseModel")).toString(), QStringLiteral("bernoulli"));

        const SweepRun& last = grid.runs().last();
        QCOMPARE(last.config.data.negatives.source, NegativeSource::Auxiliary); // the preset's letters
        QCOMPARE(last.config.model.noiseModel, NoiseModel::GaussianLearned);
        QCOMPARE(last.config.objective.negativePriorMean, 10.0);
        QCOMPARE(last.config.seed, int64_t(5));

        // The record names every run with its settings.
        const QJsonObject record = grid.toJson();
        QCOMPARE(record.value(QStringLiteral("runs")).toArray().size(), grid.runs().size());
        QCOMPARE(
            record.value(QStringLiteral("runs")).toArray().first()[QStringLiteral("folder")].toString(), names.first());
    }

    void seedsAsACountAndWithoutSeeds()
    {
        const SweepGrid counted = parseGrid(json(R"({"base": "quick", "seeds": 3})"));
        QCOMPARE(folders(counted),
            (QStringList {QStringLiteral("seed_1"), QStringLiteral("seed_2"), QStringLiteral("seed_3")}));
        QCOMPARE(counted.name(), QStringLiteral("quick"));

        // Without seeds each grid point runs once with the config's own seed.
        const SweepGrid single = parseGrid(json(R"({"base": "quick", "overrides": {"seed": 9},
                                                    "grid": {"training.batchSize": [25, 50]}})"));
        QCOMPARE(folders(single),
            (QStringList {QStringLiteral("batchSize=25/seed_9"), QStringLiteral("batchSize=50/seed_9")}));
        QCOMPARE(single.runs().first().config.training.batchSize, int64_t(25));
    }

    void baseFromPresetFileOrObject()
    {
        QTemporaryDir dir;
        ExperimentConfig config = baseConfig();
        config.name = QStringLiteral("from-file");
        config.training.batchSize = 7;
        config.saveFile(dir.filePath(QStringLiteral("base.json")));

        const SweepGrid fromFile = parseGrid(json(R"({"base": "base.json"})"), dir.path());
        QCOMPARE(fromFile.runs().size(), 1);
        QCOMPARE(fromFile.runs().first().config.training.batchSize, int64_t(7));
        QCOMPARE(fromFile.name(), QStringLiteral("from-file"));

        const SweepGrid inlined = parseGrid(json(R"({"base": {"training": {"batchSize": 11}, "data": {"ood": []}}})"));
        QCOMPARE(inlined.runs().first().config.training.batchSize, int64_t(11));
        QVERIFY(inlined.runs().first().config.data.ood.isEmpty());

        // loadFile resolves the base relative to the grid file, not the working directory.
        QFile gridFile(dir.filePath(QStringLiteral("grid.json")));
        QVERIFY(gridFile.open(QIODevice::WriteOnly));
        gridFile.write(R"({"base": "base.json", "seeds": [1, 2]})");
        gridFile.close();
        const SweepGrid loaded = SweepGrid::loadFile(gridFile.fileName());
        QCOMPARE(loaded.runs().size(), 2);
        QCOMPARE(loaded.runs().last().config.training.batchSize, int64_t(7));
    }

    void refusesBadGrids_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << json(R"({"base": )") << QString() << QStringLiteral("not valid JSON");
        QTest::newRow("unknown key") << json(R"({"base": "quick", "axes": {}})") << QStringLiteral("axes")
                                     << QStringLiteral("unknown key");
        QTest::newRow("no base") << json(R"({"seeds": 2})") << QStringLiteral("base") << QStringLiteral("required");
        QTest::newRow("unknown base") << json(R"({"base": "nope"})") << QStringLiteral("base")
                                      << QStringLiteral("neither a preset");
        QTest::newRow("invalid inline base") << json(R"({"base": {"training": {"batchSize": 0}}})")
                                             << QStringLiteral("base.training.batchSize") << QString();
        QTest::newRow("unknown field") << json(R"({"base": "quick", "grid": {"training.epoch": [1, 2]}})")
                                       << QStringLiteral("grid.\"training.epoch\"") << QStringLiteral("unknown field");
        QTest::newRow("unknown override")
            << json(R"({"base": "quick", "overrides": {"optimiser.type": "adam"}})")
            << QStringLiteral("overrides.\"optimiser.type\"") << QStringLiteral("unknown field");
        QTest::newRow("bad value") << json(R"({"base": "quick", "grid": {"model.noiseModel": ["bernoulli", "gauss"]}})")
                                   << QStringLiteral("grid.\"model.noiseModel\"[1]") << QStringLiteral("gauss");
        QTest::newRow("bad override value")
            << json(R"({"base": "quick", "overrides": {"training.batchSize": -1}})")
            << QStringLiteral("overrides.\"training.batchSize\"") << QStringLiteral("training.batchSize");
        QTest::newRow("bad variant value")
            << json(R"({"base": "quick", "variants": [{"name": "a", "set": {"data.negatives.source": "aux"}}]})")
            << QStringLiteral("variants[0].set.\"data.negatives.source\"") << QStringLiteral("aux");
        QTest::newRow("axis not a list") << json(R"({"base": "quick", "grid": {"training.epochs": 3}})")
                                         << QStringLiteral("grid.\"training.epochs\"")
                                         << QStringLiteral("non-empty list");
        QTest::newRow("empty axis") << json(R"({"base": "quick", "grid": {"training.epochs": []}})")
                                    << QStringLiteral("grid.\"training.epochs\"") << QStringLiteral("non-empty list");
        QTest::newRow("value twice") << json(R"({"base": "quick", "grid": {"training.epochs": [3, 3]}})")
                                     << QStringLiteral("grid.\"training.epochs\"[1]") << QStringLiteral("listed twice");
        QTest::newRow("threads") << json(R"({"base": "quick", "overrides": {"training.threads": 2}})")
                                 << QStringLiteral("overrides.\"training.threads\"") << QStringLiteral("--jobs");
        QTest::newRow("name") << json(R"({"base": "quick", "overrides": {"name": "x"}})")
                              << QStringLiteral("overrides.\"name\"") << QStringLiteral("named after");
        QTest::newRow("seed beside seeds") << json(R"({"base": "quick", "overrides": {"seed": 3}, "seeds": 2})")
                                           << QStringLiteral("overrides.\"seed\"") << QStringLiteral("\"seeds\"");
        QTest::newRow("seed as axis") << json(R"({"base": "quick", "grid": {"seed": [1, 2]}})")
                                      << QStringLiteral("grid.\"seed\"") << QStringLiteral("\"seeds\"");
        QTest::newRow("set twice") << json(R"({"base": "quick", "overrides": {"training.epochs": 2},
                                                "grid": {"training.epochs": [3, 4]}})")
                                   << QStringLiteral("grid.\"training.epochs\"")
                                   << QStringLiteral("also set in overrides");
        QTest::newRow("axis and variant")
            << json(R"({"base": "quick", "variants": [{"name": "a", "set": {"model.noiseModel": "bernoulli"}}],
                        "grid": {"model.noiseModel": ["bernoulli"]}})")
            << QStringLiteral("grid.\"model.noiseModel\"") << QStringLiteral("variants[0]");
        QTest::newRow("bad variant name") << json(R"({"base": "quick", "variants": [{"name": "a/b", "set": {}}]})")
                                          << QStringLiteral("variants[0].name") << QStringLiteral("letters, digits");
        QTest::newRow("variant twice") << json(
            R"({"base": "quick", "variants": [{"name": "a", "set": {}}, {"name": "a", "set": {}}]})")
                                       << QStringLiteral("variants[1].name") << QStringLiteral("two variants");
        QTest::newRow("variant without set")
            << json(R"({"base": "quick", "variants": [{"name": "a"}]})") << QStringLiteral("variants[0].set")
            << QStringLiteral("expected an object");
        QTest::newRow("negative seed") << json(R"({"base": "quick", "seeds": [1, -2]})") << QStringLiteral("seeds[1]")
                                       << QStringLiteral("whole number");
        QTest::newRow("seed twice") << json(R"({"base": "quick", "seeds": [4, 4]})") << QStringLiteral("seeds[1]")
                                    << QStringLiteral("listed twice");
        QTest::newRow("seeds neither") << json(R"({"base": "quick", "seeds": "many"})") << QStringLiteral("seeds")
                                       << QStringLiteral("non-empty list");
        // "none" with the preset's letters as sets: a contradiction of the point, not of a value.
        QTest::newRow("contradiction") << json(R"({"base": "quick", "grid": {"data.negatives.source": ["none"]}})")
                                       << QStringLiteral("run \"source=none\"")
                                       << QStringLiteral("data.negatives.sets");
    }
    void refusesBadGrids()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, field);
        QFETCH(QString, message);
        try {
            parseGrid(text);
            QFAIL("the grid must be refused");
        } catch (const ConfigException& error) {
            QCOMPARE(error.file(), QStringLiteral("grid.json"));
            QVERIFY2(error.message().startsWith(QLatin1String("grid.json: ")), qPrintable(error.message()));
            bool found = false;
            for (const ConfigError& problem : error.errors())
                found = found || (problem.field == field && problem.toString().contains(message));
            QVERIFY2(found, qPrintable(error.message()));
        }
    }

    void everyProblemAtOnce()
    {
        try {
            parseGrid(json(R"({"base": "quick", "extra": 1, "seeds": [1, 1],
                               "grid": {"training.epoch": [1], "model.noiseModel": ["x"]}})"));
            QFAIL("the grid must be refused");
        } catch (const ConfigException& error) {
            QVERIFY2(error.errors().size() >= 3, qPrintable(error.message()));
        }
    }

    void contradictionSuggestsVariants()
    {
        try {
            parseGrid(json(R"({"base": "quick", "grid": {"data.negatives.source": ["none", "auxiliary"]}})"));
            QFAIL("the grid must be refused");
        } catch (const ConfigException& error) {
            QVERIFY2(error.message().contains(QLatin1String("\"variants\"")), qPrintable(error.message()));
            // The valid point is not blamed.
            QVERIFY2(!error.message().contains(QLatin1String("source=auxiliary")), qPrintable(error.message()));
        }
    }

    void shortNames_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("distinct leaves") << QStringList {QStringLiteral("data.negatives.source"),
            QStringLiteral("model.noiseModel")}
                                         << QStringList {QStringLiteral("source"), QStringLiteral("noiseModel")};
        QTest::newRow("shared leaf") << QStringList {QStringLiteral("training.batchSize"),
            QStringLiteral("evaluation.batchSize"), QStringLiteral("seed")}
                                     << QStringList {QStringLiteral("training.batchSize"),
                                            QStringLiteral("evaluation.batchSize"), QStringLiteral("seed")};
        QTest::newRow("none") << QStringList() << QStringList();
    }
    void shortNames()
    {
        QFETCH(QStringList, paths);
        QFETCH(QStringList, expected);
        QCOMPARE(SweepGrid::shortNames(paths), expected);
    }

    void valueLabels_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // a prefix when the label carries a hash
        QTest::addColumn<bool>("hashed");
        QTest::newRow("name") << QJsonValue(QStringLiteral("gaussian-learned")) << QStringLiteral("gaussian-learned")
                              << false;
        QTest::newRow("number") << QJsonValue(0.001) << QStringLiteral("0.001") << false;
        QTest::newRow("integer") << QJsonValue(8) << QStringLiteral("8") << false;
        QTest::newRow("boolean") << QJsonValue(true) << QStringLiteral("true") << false;
        QTest::newRow("list") << QJsonValue(QJsonArray {QStringLiteral("letters"), QStringLiteral("kmnist")})
                              << QStringLiteral("letters+kmnist") << false;
        QTest::newRow("empty list") << QJsonValue(QJsonArray()) << QStringLiteral("empty") << false;
        QTest::newRow("path") << QJsonValue(QStringLiteral("/data/my set")) << QStringLiteral("_data_my_set-") << true;
        QTest::newRow("dot file") << QJsonValue(QStringLiteral("..")) << QStringLiteral("-") << true;
        QTest::newRow("long") << QJsonValue(QString(100, QLatin1Char('a')))
                              << QString(40, QLatin1Char('a')) + QLatin1Char('-') << true;
    }
    void valueLabels()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QFETCH(bool, hashed);
        const QString label = SweepGrid::valueLabel(value);
        if (hashed) {
            QVERIFY2(label.startsWith(expected), qPrintable(label));
            QCOMPARE(label.size(), expected.size() + 6);
            QVERIFY(!label.contains(QLatin1Char('/')) && !label.contains(QLatin1Char(' '))
                && !label.startsWith(QLatin1Char('.')));
        } else {
            QCOMPARE(label, expected);
        }
    }

    void lossyLabelsStayDistinct()
    {
        // Two values that look alike once sanitised still get different folders.
        const SweepGrid grid = parseGrid(json(R"({"base": "quick", "grid": {"data.inlier": ["/a b", "/a_b"]}})"));
        QCOMPARE(grid.runs().size(), 2);
        QVERIFY(grid.runs().at(0).folder != grid.runs().at(1).folder);
    }

    // ---- skip / resume / refuse ----------------------------------------------------------

    void planDecisions()
    {
        QTemporaryDir dir;
        const ExperimentConfig wanted = baseConfig();
        const auto decide = [&](const QString& name) { return SweepPlan::decide(dir.filePath(name), wanted); };

        QCOMPARE(decide(QStringLiteral("missing")).action, SweepPlan::Action::Start);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
        QCOMPARE(decide(QStringLiteral("empty")).action, SweepPlan::Action::Start);

        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("stray")));
        QFile stray(dir.filePath(QStringLiteral("stray/notes.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        const SweepPlan::Decision strayDecision = decide(QStringLiteral("stray"));
        QCOMPARE(strayDecision.action, SweepPlan::Action::Refuse);
        QVERIFY2(strayDecision.reason.contains(QLatin1String("no config.json")), qPrintable(strayDecision.reason));

        // A run that was created but never checkpointed starts over in its folder.
        RunStore(dir.filePath(QStringLiteral("created"))).create(wanted);
        const SweepPlan::Decision created = decide(QStringLiteral("created"));
        QCOMPARE(created.action, SweepPlan::Action::Resume);
        QVERIFY2(created.reason.contains(QLatin1String("no checkpoint")), qPrintable(created.reason));

        // Interrupted: a checkpoint but no final evaluation (an earlier epoch's does not count).
        const RunStore interrupted(dir.filePath(QStringLiteral("interrupted")));
        interrupted.create(wanted);
        interrupted.writeCheckpoint("not really a checkpoint");
        EvalReport epoch1;
        epoch1.epoch = 1;
        interrupted.writeEvaluation(epoch1);
        const SweepPlan::Decision resume = decide(QStringLiteral("interrupted"));
        QCOMPARE(resume.action, SweepPlan::Action::Resume);
        QVERIFY2(resume.reason.contains(QLatin1String("checkpoint")), qPrintable(resume.reason));
        QVERIFY(!SweepPlan::isFinished(interrupted, wanted));

        // Finished: the last epoch's evaluation is there.
        EvalReport epoch2;
        epoch2.epoch = 2;
        interrupted.writeEvaluation(epoch2);
        QCOMPARE(decide(QStringLiteral("interrupted")).action, SweepPlan::Action::Skip);

        // The run's name and thread count are not the experiment.
        ExperimentConfig renamed = wanted;
        renamed.name = QStringLiteral("other name");
        renamed.training.threads = 7;
        RunStore(dir.filePath(QStringLiteral("renamed"))).create(renamed);
        QCOMPARE(decide(QStringLiteral("renamed")).action, SweepPlan::Action::Resume);
        // A resume takes the sweep's thread count and changes nothing else.
        SweepPlan::adoptThreads(dir.filePath(QStringLiteral("renamed")), 2);
        const ExperimentConfig adopted = RunStore(dir.filePath(QStringLiteral("renamed"))).readConfig();
        QCOMPARE(adopted.training.threads, int64_t(2));
        QCOMPARE(adopted.name, renamed.name);

        // Anything else is someone else's experiment.
        ExperimentConfig other = wanted;
        other.training.epochs = 5;
        other.optimizer.learningRate = 0.5;
        RunStore(dir.filePath(QStringLiteral("other"))).create(other);
        const SweepPlan::Decision refused = decide(QStringLiteral("other"));
        QCOMPARE(refused.action, SweepPlan::Action::Refuse);
        QVERIFY2(
            refused.reason.contains(QLatin1String("training.epochs: 5 here, 2 wanted")), qPrintable(refused.reason));
        QVERIFY2(refused.reason.contains(QLatin1String("optimizer.learningRate")), qPrintable(refused.reason));

        // An unreadable config.json is refused, not overwritten.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("broken")));
        QFile broken(dir.filePath(QStringLiteral("broken/config.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{");
        broken.close();
        QCOMPARE(decide(QStringLiteral("broken")).action, SweepPlan::Action::Refuse);
    }

    void differencesIgnoreNameAndThreads()
    {
        ExperimentConfig a = baseConfig();
        ExperimentConfig b = a;
        b.name = QStringLiteral("b");
        b.training.threads = 3;
        QVERIFY(SweepPlan::differences(a, b).isEmpty());
        b.data.ood = {QStringLiteral("letters")};
        QCOMPARE(SweepPlan::differences(a, b),
            QStringList {QStringLiteral("data.ood: [\"mnist\"] here, [\"letters\"] wanted")});
    }

    // ---- report ----------------------------------------------------------------------------

    void reportAggregatesKnownValues()
    {
        QTemporaryDir dir;
        const QString mnist = QStringLiteral("mnist");
        const QString letters = QStringLiteral("letters");
        ExperimentConfig baseline = baseConfig();
        ExperimentConfig auxiliary = baseline;
        auxiliary.data.negatives.source = NegativeSource::Auxiliary;
        auxiliary.data.negatives.sets = {QStringLiteral("letters")};
        ExperimentConfig adversarial = baseline;
        adversarial.data.negatives.source = NegativeSource::Adversarial;
        ExperimentConfig adversarialTerm = adversarial;
        adversarialTerm.data.negatives.generatorNegativeTerm = true;
        ExperimentConfig noisy = baseline;
        noisy.data.negatives.source = NegativeSource::NoisyInliers;
        ExperimentConfig gaussian = baseline;
        gaussian.model.noiseModel = NoiseModel::GaussianLearned;

        const std::vector<double> baselineBpd {0.40, 0.50, 0.60};
        const std::vector<double> baselineKl {0.60, 0.60, 0.90};
        for (int seed = 1; seed <= 3; ++seed) {
            ExperimentConfig config = baseline;
            config.seed = seed;
            config.training.threads = seed; // never splits a cell
            writeRun(dir.filePath(QStringLiteral("baseline/seed_%1").arg(seed)), config,
                {{mnist, {baselineBpd[seed - 1], baselineKl[seed - 1]}}, {letters, {0.9, 0.8}}});
        }
        for (int seed = 1; seed <= 2; ++seed) {
            ExperimentConfig config = auxiliary;
            config.seed = seed;
            writeRun(dir.filePath(QStringLiteral("letters/seed_%1").arg(seed)), config, {{mnist, {1.0, 1.0}}});
            config = adversarial;
            config.seed = seed;
            writeRun(dir.filePath(QStringLiteral("adversarial/seed_%1").arg(seed)), config,
                {{mnist, {seed == 1 ? 0.6 : 0.8, 0.88}}});
        }
        writeRun(dir.filePath(QStringLiteral("adversarial-term/seed_1")), adversarialTerm, {{mnist, {0.7, 0.87}}});
        writeRun(dir.filePath(QStringLiteral("gaussian/seed_1")), gaussian, {{mnist, {0.98, 0.26}}});
        // Unfinished (evaluated after epoch 1 of 2): left out unless asked for.
        writeRun(dir.filePath(QStringLiteral("noisy/seed_1")), noisy, {{mnist, {0.44, 0.70}}}, 1);

        const SweepReport report = SweepReport::fromFolder(dir.path(), SweepReport::Options());
        QCOMPARE(report.runsUsed(), 9);
        QCOMPARE(report.notes().size(), 1);
        QVERIFY2(report.notes().first().contains(QLatin1String("noisy/seed_1")), qPrintable(report.notes().first()));
        QVERIFY2(report.notes().first().contains(QLatin1String("unfinished")), qPrintable(report.notes().first()));

        // Rows: inlier → OOD pairs (alphabetical), then scores in the order asked for.
        QCOMPARE(report.rows().size(), 4);
        QCOMPARE(report.rows().at(0).ood, letters);
        QCOMPARE(report.rows().at(2).ood, mnist);
        QCOMPARE(report.rows().at(2).score, QStringLiteral("bpd"));
        QCOMPARE(report.rows().at(3).score, QStringLiteral("kl"));
        QCOMPARE(report.rows().at(3).inlier, QStringLiteral("fashion-mnist"));

        // Columns in the paper's order per noise model, the other sources in their own columns.
        QStringList labels;
        for (const SweepReport::Column& column : report.columns())
            labels.append(column.label);
        QCOMPARE(labels,
            (QStringList {QStringLiteral("baseline"), QStringLiteral("auxiliary: letters"),
                QStringLiteral("adversarial"), QStringLiteral("adversarial + negative-prior term"),
                QStringLiteral("baseline")}));
        QCOMPARE(report.columns().last().noiseModel, NoiseModel::GaussianLearned);
        QCOMPARE(report.noiseModels(), (QList<NoiseModel> {NoiseModel::Bernoulli, NoiseModel::GaussianLearned}));
        QCOMPARE(report.columnsOf(NoiseModel::Bernoulli), (QList<int> {0, 1, 2, 3}));

        const SweepReport::Cell& bpd = report.cell(2, 0);
        QCOMPARE(bpd.n(), 3);
        QVERIFY(qFuzzyCompare(bpd.mean(), 0.5));
        QVERIFY(qFuzzyCompare(bpd.std(), 0.1));
        const SweepReport::Cell& kl = report.cell(3, 0);
        QVERIFY(qFuzzyCompare(kl.mean(), 0.7));
        QVERIFY(qFuzzyCompare(kl.std(), sampleStd(baselineKl)));
        QVERIFY(qFuzzyCompare(report.cell(2, 1).mean(), 1.0));
        QCOMPARE(report.cell(2, 1).std(), 0.0);
        QVERIFY(qFuzzyCompare(report.cell(2, 2).std(), sampleStd({0.6, 0.8})));
        QCOMPARE(report.cell(2, 3).n(), 1);
        QVERIFY(std::isnan(report.cell(2, 3).std()));
        QCOMPARE(report.cell(0, 1).n(), 0); // the letters OOD set only in the baseline runs
        QCOMPARE(report.uniformN(), 0);

        const SweepReportWriter writer(report);
        const QString markdown = writer.markdown();
        QVERIFY2(markdown.contains(QLatin1String("### Bernoulli noise model")), qPrintable(markdown));
        QVERIFY2(markdown.contains(
                     QStringLiteral("### Gaussian, learned σ noise model\n\n| inlier → OOD | score | baseline |\n"
                                    "|---|---|---|\n| fashion-mnist → mnist | BPD | 0.98 (–) n=1 |\n")),
            qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("| inlier → OOD | score | baseline | auxiliary: letters | "
                                                  "adversarial | adversarial + negative-prior term |")),
            qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("| fashion-mnist → mnist | BPD | 0.50 (0.10) n=3 | 1.00 (0.00) n=2 | "
                                                  "0.70 (0.14) n=2 | 0.70 (–) n=1 |")),
            qPrintable(markdown));
        QVERIFY2(markdown.contains(
                     QStringLiteral("|  | KL | 0.70 (0.17) n=3 | 1.00 (0.00) n=2 | 0.88 (0.00) n=2 | 0.87 (–) n=1 |")),
            qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("| fashion-mnist → letters | BPD | 0.90 (0.00) n=3 | – | – | – |")),
            qPrintable(markdown));
        QVERIFY2(markdown.contains(QLatin1String("OOD images are the positive class")), qPrintable(markdown));
        QVERIFY2(markdown.contains(QLatin1String("noisy/seed_1: unfinished")), qPrintable(markdown));

        const QStringList csv = QString::fromUtf8(writer.csv()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 5); // header + 4 rows
        QVERIFY2(csv.first().startsWith(
                     QLatin1String("metric,inlier,ood,score,bernoulli/baseline mean,bernoulli/baseline std,"
                                   "bernoulli/baseline n,bernoulli/auxiliary: letters mean")),
            qPrintable(csv.first()));
        QVERIFY2(csv.first().contains(QLatin1String("gaussian-learned/baseline mean")), qPrintable(csv.first()));
        QVERIFY2(csv.at(3).startsWith(QLatin1String("auroc,fashion-mnist,mnist,bpd,0.5,0.1,3,1,0,2,0.7,")),
            qPrintable(csv.at(3)));
        QVERIFY2(csv.at(1).contains(QLatin1String(",0.9,0,3,,,0,")), qPrintable(csv.at(1)));

        const QString latex = writer.latex();
        QVERIFY2(latex.contains(QLatin1String(
                     "\\multicolumn{4}{c}{Bernoulli} & \\multicolumn{1}{c}{Gaussian, learned $\\sigma$}")),
            qPrintable(latex));
        QVERIFY2(latex.contains(QLatin1String("\\cmidrule(lr){3-6}\\cmidrule(lr){7-7}")), qPrintable(latex));
        QVERIFY2(latex.contains(QLatin1String("fashion-mnist $\\to$ mnist & BPD & 0.50 (0.10) n=3 & 1.00 (0.00) n=2")),
            qPrintable(latex));
        QVERIFY2(latex.contains(QLatin1String("\\toprule")) && latex.contains(QLatin1String("\\bottomrule")),
            qPrintable(latex));

        // Asked for, the unfinished run gets its own column from its latest evaluation.
        SweepReport::Options options;
        options.includeUnfinished = true;
        options.scores = {QStringLiteral("kl")};
        const SweepReport partial = SweepReport::fromFolder(dir.path(), options);
        QCOMPARE(partial.runsUsed(), 10);
        QCOMPARE(partial.rows().size(), 2);
        QVERIFY(std::any_of(partial.columns().begin(), partial.columns().end(),
            [](const SweepReport::Column& c) { return c.label == QStringLiteral("noisy inliers (σ 0.25)"); }));
    }

    void reportUniformNAndOtherMetric()
    {
        QTemporaryDir dir;
        for (int seed = 1; seed <= 2; ++seed) {
            ExperimentConfig config = baseConfig();
            config.seed = seed;
            writeRun(dir.filePath(QStringLiteral("s%1").arg(seed)), config, {{QStringLiteral("mnist"), {0.25, 0.75}}});
        }
        SweepReport::Options options;
        options.metric = OodMetrics::Metric::Fpr95;
        const SweepReport report = SweepReport::fromFolder(dir.path(), options);
        QCOMPARE(report.uniformN(), 2);
        const QString markdown = SweepReportWriter(report, 3).markdown();
        QVERIFY2(
            markdown.startsWith(QLatin1String("FPR@95%TPR, mean (std) over 2 seed(s) per cell")), qPrintable(markdown));
        QVERIFY2(
            markdown.contains(QStringLiteral("| fashion-mnist → mnist | BPD | 0.750 (0.000) |")), qPrintable(markdown));
        QVERIFY2(!markdown.contains(QLatin1String("n=")), qPrintable(markdown));
    }

    void settingsThatDifferSplitColumns()
    {
        QTemporaryDir dir;
        for (double rate : {0.001, 0.0001}) {
            for (int seed = 1; seed <= 2; ++seed) {
                ExperimentConfig config = baseConfig();
                config.seed = seed;
                config.optimizer.learningRate = rate;
                writeRun(dir.filePath(QStringLiteral("lr%1/s%2").arg(rate).arg(seed)), config,
                    {{QStringLiteral("mnist"), {rate > 0.0005 ? 0.6 : 0.4, 0.5}}});
            }
        }
        const SweepReport report = SweepReport::fromFolder(dir.path(), SweepReport::Options());
        QStringList labels;
        for (const SweepReport::Column& column : report.columns())
            labels.append(column.label);
        // Ordered by value: JSON spells 0.0001 as 1e-04.
        QCOMPARE(labels,
            (QStringList {
                QStringLiteral("baseline [learningRate=1e-04]"), QStringLiteral("baseline [learningRate=0.001]")}));
        QVERIFY(qFuzzyCompare(report.cell(0, 0).mean(), 0.4));
        QVERIFY(qFuzzyCompare(report.cell(0, 1).mean(), 0.6));
    }

    void unreadableRunsAreNoted()
    {
        QTemporaryDir dir;
        writeRun(dir.filePath(QStringLiteral("good")), baseConfig(), {{QStringLiteral("mnist"), {0.5, 0.5}}});
        RunStore(dir.filePath(QStringLiteral("fresh"))).create(baseConfig()); // no evaluation yet
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("broken")));
        QFile broken(dir.filePath(QStringLiteral("broken/config.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not json");
        broken.close();
        const SweepReport report = SweepReport::fromFolder(dir.path(), SweepReport::Options());
        QCOMPARE(report.runsUsed(), 1);
        const QString notes = report.notes().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("fresh: no evaluation yet")), qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("broken: unreadable config.json")), qPrintable(notes));
    }

    // ---- Slurm -------------------------------------------------------------------------------

    void slurmArrayJob()
    {
        QTemporaryDir dir;
        const SweepGrid grid = parseGrid(json(R"({"name": "study 1", "base": "quick",
            "variants": [{"name": "baseline", "set": {"data.negatives.source": "none", "data.negatives.sets": []}},
                         {"name": "letters", "set": {}}], "seeds": 2})"));
        SlurmOptions options;
        options.negvae = QStringLiteral("/opt/negvae/bin/negvae");
        options.dataDir = QStringLiteral("/data/it's here");
        options.jobName = QStringLiteral("study-1");
        options.partition = QStringLiteral("gpu");
        options.time = QStringLiteral("02:00:00");
        options.memory = QStringLiteral("4G");
        options.cpusPerTask = 4;
        options.maxParallel = 3;
        options.extra = {QStringLiteral("--qos=long")};
        const QString sweep = dir.filePath(QStringLiteral("sweep"));
        // An earlier emission's extra task file must not survive.
        QVERIFY(QDir().mkpath(sweep + QStringLiteral("/slurm")));
        QFile old(sweep + QStringLiteral("/slurm/task_0009.json"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();

        const QString scriptPath = SweepSlurm::write(sweep, grid.runs(), options);
        QCOMPARE(scriptPath, QDir(sweep).filePath(QStringLiteral("slurm/sweep.sbatch")));
        QVERIFY(QFileInfo(scriptPath).isExecutable());
        const QDir slurm(sweep + QStringLiteral("/slurm"));
        QCOMPARE(slurm.entryList({QStringLiteral("task_*.json")}, QDir::Files),
            (QStringList {QStringLiteral("task_0000.json"), QStringLiteral("task_0001.json"),
                QStringLiteral("task_0002.json"), QStringLiteral("task_0003.json")}));
        QVERIFY(QFileInfo(slurm.filePath(QStringLiteral("logs"))).isDir());
        const ExperimentConfig task3 = ExperimentConfig::loadFile(slurm.filePath(QStringLiteral("task_0003.json")));
        QCOMPARE(task3.training.threads, int64_t(4));
        QCOMPARE(task3.seed, int64_t(2));
        QCOMPARE(task3.data.negatives.source, NegativeSource::Auxiliary);

        QFile tasks(slurm.filePath(QStringLiteral("tasks.txt")));
        QVERIFY(tasks.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(tasks.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first(), QStringLiteral("0000\t3\tbaseline/seed_1")); // the quick preset's 3 epochs
        QCOMPARE(lines.last(), QStringLiteral("0003\t3\tletters/seed_2"));

        QFile scriptFile(scriptPath);
        QVERIFY(scriptFile.open(QIODevice::ReadOnly));
        const QString script = QString::fromUtf8(scriptFile.readAll());
        for (const QString& expected : {QStringLiteral("#SBATCH --array=0-3%3\n"),
                 QStringLiteral("#SBATCH --cpus-per-task=4\n"), QStringLiteral("#SBATCH --partition=gpu\n"),
                 QStringLiteral("#SBATCH --time=02:00:00\n"), QStringLiteral("#SBATCH --mem=4G\n"),
                 QStringLiteral("#SBATCH --qos=long\n"), QStringLiteral("#SBATCH --job-name=study-1\n"),
                 QStringLiteral("#SBATCH --output=%1/logs/task_%a.out\n").arg(slurm.absolutePath()),
                 QStringLiteral("negvae=${NEGVAE:-'/opt/negvae/bin/negvae'}\n"),
                 QStringLiteral("data_args=(--data-dir '/data/it'\\''s here')"), QStringLiteral("train --resume --out"),
                 QStringLiteral("printf '%04d'")}) {
            QVERIFY2(script.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + script));
        }
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), scriptPath});
        QVERIFY(bash.waitForFinished(10000));
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
    }

    void slurmTaskRunsTheRightCommand()
    {
        // The script's own logic, with a stand-in for negvae that prints what it was asked.
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("fake-negvae"));
        QFile fakeFile(fake);
        QVERIFY(fakeFile.open(QIODevice::WriteOnly));
        fakeFile.write("#!/bin/sh\necho \"$@\"\n");
        fakeFile.close();
        QFile::setPermissions(fake, QFile::permissions(fake) | QFileDevice::ExeOwner);
        const SweepGrid grid = parseGrid(json(R"({"base": {"training": {"epochs": 2}}, "seeds": 3})"));
        SlurmOptions options;
        options.negvae = fake;
        const QString sweep = dir.filePath(QStringLiteral("sweep"));
        const QString script = SweepSlurm::write(sweep, grid.runs(), options);
        // Task 1 has started before (config.json), task 2 has finished.
        RunStore(sweep + QStringLiteral("/seed_2")).create(grid.runs().at(1).config);
        const RunStore finished(sweep + QStringLiteral("/seed_3"));
        finished.create(grid.runs().at(2).config);
        EvalReport last;
        last.epoch = 2;
        finished.writeEvaluation(last);

        const auto runTask = [&](int task) {
            QProcess bash;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("SLURM_ARRAY_TASK_ID"), QString::number(task));
            bash.setProcessEnvironment(environment);
            bash.start(QStringLiteral("bash"), {script});
            bash.waitForFinished(10000);
            return QString::fromUtf8(bash.readAllStandardOutput() + bash.readAllStandardError());
        };
        const QString absolute = QFileInfo(sweep).absoluteFilePath();
        const QString first = runTask(0);
        QVERIFY2(first.contains(QStringLiteral("train --config %1/slurm/task_0000.json --out %1/seed_1").arg(absolute)),
            qPrintable(first));
        const QString second = runTask(1);
        QVERIFY2(second.contains(QStringLiteral("train --resume --out %1/seed_2").arg(absolute)), qPrintable(second));
        const QString third = runTask(2);
        QVERIFY2(third.contains(QLatin1String("has finished; nothing to do")), qPrintable(third));
        QVERIFY2(!third.contains(QLatin1String("train ")), qPrintable(third));
        const QString missing = runTask(7);
        QVERIFY2(missing.contains(QLatin1String("task 0007 is not in")), qPrintable(missing));
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "test_sweep.moc"
