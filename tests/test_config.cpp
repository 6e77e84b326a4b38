#include "experimentconfig.h"
#include "imageset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <limits>

using namespace negvae;

using Mutator = std::function<void(ExperimentConfig&)>;
Q_DECLARE_METATYPE(Mutator)

namespace {

// One change per field, each to a valid non-default value. The round-trip rows and the
// coverage check share this list, so a field added to the schema but not here fails a test.
QList<QPair<QString, Mutator>> fieldMutations()
{
    return {
        {QStringLiteral("name"), [](ExperimentConfig& c) { c.name = QStringLiteral("renamed"); }},
        // 2^53 + 1: not representable as a double, so it proves integers are kept exact.
        {QStringLiteral("seed"), [](ExperimentConfig& c) { c.seed = 9007199254740993LL; }},
        {QStringLiteral("data.inlier"), [](ExperimentConfig& c) { c.data.inlier = QStringLiteral("kmnist"); }},
        {QStringLiteral("data.trainSubset"), [](ExperimentConfig& c) { c.data.trainSubset = 123; }},
        {QStringLiteral("data.testSubset"), [](ExperimentConfig& c) { c.data.testSubset = 45; }},
        {QStringLiteral("data.ood"),
         [](ExperimentConfig& c) { c.data.ood = QStringList{QStringLiteral("kmnist"), QStringLiteral("/data/my set")}; }},
        {QStringLiteral("data.ood (empty)"), [](ExperimentConfig& c) { c.data.ood.clear(); }},
        {QStringLiteral("data.negatives.source"),
         [](ExperimentConfig& c) { c.data.negatives.source = NegativeSource::UniformNoise; }},
        {QStringLiteral("data.negatives.sets"),
         [](ExperimentConfig& c) {
             c.data.negatives.source = NegativeSource::Auxiliary;
             c.data.negatives.sets = QStringList{QStringLiteral("letters"), QStringLiteral("kmnist")};
         }},
        {QStringLiteral("data.negatives.noiseSigma"), [](ExperimentConfig& c) { c.data.negatives.noiseSigma = 0.5; }},
        {QStringLiteral("data.negatives.generatorNegativeTerm"),
         [](ExperimentConfig& c) {
             c.data.negatives.source = NegativeSource::Adversarial;
             c.data.negatives.generatorNegativeTerm = true;
         }},
        {QStringLiteral("model.architecture"), [](ExperimentConfig& c) { c.model.architecture = Architecture::Colour; }},
        {QStringLiteral("model.latentDim"), [](ExperimentConfig& c) { c.model.latentDim = 32; }},
        {QStringLiteral("model.widths"), [](ExperimentConfig& c) { c.model.widths = {16, 32, 64}; }},
        {QStringLiteral("model.hidden"), [](ExperimentConfig& c) { c.model.hidden = 128; }},
        {QStringLiteral("model.noiseModel"),
         [](ExperimentConfig& c) { c.model.noiseModel = NoiseModel::QuantizedGaussian; }},
        {QStringLiteral("model.gaussianSigma"), [](ExperimentConfig& c) { c.model.gaussianSigma = 0.05; }},
        {QStringLiteral("model.spectralNorm"), [](ExperimentConfig& c) { c.model.spectralNorm = true; }},
        {QStringLiteral("objective.negativePriorMean"),
         [](ExperimentConfig& c) { c.objective.negativePriorMean = -3.5; }},
        {QStringLiteral("objective.negativeWeight"), [](ExperimentConfig& c) { c.objective.negativeWeight = 0.25; }},
        {QStringLiteral("objective.updates"), [](ExperimentConfig& c) { c.objective.updates = UpdateScheme::Joint; }},
        {QStringLiteral("optimizer.type"), [](ExperimentConfig& c) { c.optimizer.type = OptimizerType::Adam; }},
        // 0.1 + 0.2: a double whose shortest decimal form is long, to prove doubles are exact.
        {QStringLiteral("optimizer.learningRate"), [](ExperimentConfig& c) { c.optimizer.learningRate = 0.1 + 0.2; }},
        {QStringLiteral("optimizer.rmspropAlpha"), [](ExperimentConfig& c) { c.optimizer.rmspropAlpha = 0.9; }},
        {QStringLiteral("optimizer.adamBeta1"), [](ExperimentConfig& c) { c.optimizer.adamBeta1 = 0.5; }},
        {QStringLiteral("optimizer.adamBeta2"), [](ExperimentConfig& c) { c.optimizer.adamBeta2 = 0.99; }},
        {QStringLiteral("optimizer.eps"), [](ExperimentConfig& c) { c.optimizer.eps = 1e-6; }},
        {QStringLiteral("optimizer.weightDecay"), [](ExperimentConfig& c) { c.optimizer.weightDecay = 1e-5; }},
        {QStringLiteral("training.epochs"), [](ExperimentConfig& c) { c.training.epochs = 7; }},
        {QStringLiteral("training.batchSize"), [](ExperimentConfig& c) { c.training.batchSize = 128; }},
        {QStringLiteral("training.threads"), [](ExperimentConfig& c) { c.training.threads = 2; }},
        {QStringLiteral("training.device"), [](ExperimentConfig& c) { c.training.device = DevicePreference::Cuda; }},
        {QStringLiteral("training.evalInterval"), [](ExperimentConfig& c) { c.training.evalInterval = 5; }},
        {QStringLiteral("training.checkpointInterval"),
         [](ExperimentConfig& c) { c.training.checkpointInterval = 10; }},
        {QStringLiteral("training.sampleCount"), [](ExperimentConfig& c) { c.training.sampleCount = 16; }},
        {QStringLiteral("evaluation.seed"), [](ExperimentConfig& c) { c.evaluation.seed = 99; }},
        {QStringLiteral("evaluation.batchSize"), [](ExperimentConfig& c) { c.evaluation.batchSize = 250; }},
        {QStringLiteral("evaluation.scores.iwae"), [](ExperimentConfig& c) { c.evaluation.scores.iwae = true; }},
        {QStringLiteral("evaluation.scores.iwaeSamples"), [](ExperimentConfig& c) { c.evaluation.scores.iwaeSamples = 20; }},
        {QStringLiteral("evaluation.scores.iwaeBatch"), [](ExperimentConfig& c) { c.evaluation.scores.iwaeBatch = 640; }},
        {QStringLiteral("evaluation.scores.complexity"), [](ExperimentConfig& c) { c.evaluation.scores.complexity = true; }},
        {QStringLiteral("evaluation.scores.compressor"),
         [](ExperimentConfig& c) { c.evaluation.scores.compressor = Compressor::Jpeg2000; }},
        {QStringLiteral("evaluation.scores.background"), [](ExperimentConfig& c) { c.evaluation.scores.background = true; }},
        {QStringLiteral("evaluation.scores.perturbationRate"),
         [](ExperimentConfig& c) { c.evaluation.scores.perturbationRate = 0.35; }},
        {QStringLiteral("evaluation.scores.regret"), [](ExperimentConfig& c) { c.evaluation.scores.regret = true; }},
        {QStringLiteral("evaluation.scores.regretSteps"), [](ExperimentConfig& c) { c.evaluation.scores.regretSteps = 12; }},
        {QStringLiteral("evaluation.scores.regretLearningRate"),
         [](ExperimentConfig& c) { c.evaluation.scores.regretLearningRate = 0.003; }},
    };
}

// Leaf paths of a JSON object ("data.negatives.source"); arrays count as leaves.
QMap<QString, QJsonValue> leaves(const QJsonObject& object, const QString& prefix = QString())
{
    QMap<QString, QJsonValue> result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            result.insert(leaves(it.value().toObject(), path));
        else
            result.insert(path, it.value());
    }
    return result;
}

QString describe(const QList<ConfigError>& errors)
{
    QStringList lines;
    for (const ConfigError& error : errors)
        lines.append(error.toString());
    return lines.isEmpty() ? QStringLiteral("(no errors)") : lines.join(QLatin1Char('\n'));
}

} // namespace

// The experiment configuration: JSON round trip, defaults, presets, and validation messages
// that name the field a user has to fix.
class TestConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreValidAndMatchTheSchema();
    void roundTripEveryField_data();
    void roundTripEveryField();
    void everySchemaKeyHasARoundTripRow();
    void roundTripAllFieldsAtOnce();
    void partialConfigTakesDefaults_data();
    void partialConfigTakesDefaults();
    void versionAbsentMeansOne();
    void enumNamesRoundTrip();
    void presets_data();
    void presets();
    void presetContents();
    void unknownPresetIsNothing();
    void invalid_data();
    void invalid();
    void nonFiniteValuesAreRejected();
    void allErrorsAreReported();
    void unknownSourceDoesNotCauseFollowOnErrors();
    void throwingConveniencesCarryFileAndErrors();
    void saveAndLoadFile();
    void saveFailureThrows();
    void resolvedModel_data();
    void resolvedModel();
    void validateArchitecture_data();
    void validateArchitecture();
    void validateShapes();
};

void TestConfig::defaultsAreValidAndMatchTheSchema()
{
    const ExperimentConfig config;
    QVERIFY2(config.validate().isEmpty(), qPrintable(describe(config.validate())));
    QCOMPARE(config.seed, int64_t(1));
    QCOMPARE(config.data.inlier, QStringLiteral("fashion-mnist"));
    QCOMPARE(config.data.ood, QStringList{QStringLiteral("mnist")});
    QCOMPARE(config.data.trainSubset, int64_t(0));
    QVERIFY(config.data.negatives.source == NegativeSource::None);
    QVERIFY(config.data.negatives.sets.isEmpty());
    QCOMPARE(config.data.negatives.noiseSigma, 0.25);
    QVERIFY(!config.data.negatives.generatorNegativeTerm);
    QVERIFY(config.model.architecture == Architecture::Auto);
    QCOMPARE(config.model.latentDim, int64_t(0));
    QVERIFY(config.model.widths.empty());
    QCOMPARE(config.model.hidden, int64_t(256));
    QVERIFY(config.model.noiseModel == NoiseModel::Bernoulli);
    QCOMPARE(config.model.gaussianSigma, 0.1);
    QCOMPARE(config.objective.negativePriorMean, 8.0);
    QCOMPARE(config.objective.negativeWeight, 1.0);
    QVERIFY(config.objective.updates == UpdateScheme::Alternating);
    QVERIFY(config.optimizer.type == OptimizerType::RmsProp);
    QCOMPARE(config.optimizer.learningRate, 1e-4);
    QCOMPARE(config.optimizer.rmspropAlpha, 0.99);
    QCOMPARE(config.optimizer.adamBeta1, 0.9);
    QCOMPARE(config.optimizer.adamBeta2, 0.999);
    QCOMPARE(config.optimizer.eps, 1e-8);
    QCOMPARE(config.optimizer.weightDecay, 0.0);
    QCOMPARE(config.training.epochs, int64_t(100));
    QCOMPARE(config.training.batchSize, int64_t(50));
    QCOMPARE(config.training.threads, int64_t(0));
    QVERIFY(config.training.device == DevicePreference::Auto);
    QCOMPARE(config.training.evalInterval, int64_t(1));
    QCOMPARE(config.training.checkpointInterval, int64_t(1));
    QCOMPARE(config.training.sampleCount, int64_t(64));
    QCOMPARE(config.evaluation.seed, int64_t(1234));
    QCOMPARE(config.evaluation.batchSize, int64_t(500));
    QCOMPARE(config.toJson().value(QStringLiteral("version")).toInt(), 1);
}

void TestConfig::roundTripEveryField_data()
{
    QTest::addColumn<Mutator>("mutate");
    for (const auto& [name, mutate] : fieldMutations())
        QTest::newRow(qPrintable(name)) << mutate;
}

void TestConfig::roundTripEveryField()
{
    QFETCH(Mutator, mutate);
    const ExperimentConfig defaults;
    ExperimentConfig changed;
    mutate(changed);

    // The change must be visible to operator== and to toJson(), or the round trip proves nothing.
    QVERIFY(changed != defaults);
    QVERIFY(changed.toJson() != defaults.toJson());

    QList<ConfigError> errors;
    const ExperimentConfig back = ExperimentConfig::fromJson(changed.toJson(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY2(back == changed, changed.toJsonText().constData());

    // Through text as well: that is what files hold.
    const ExperimentConfig viaText = ExperimentConfig::fromJsonText(changed.toJsonText(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY2(viaText == changed, changed.toJsonText().constData());
}

void TestConfig::everySchemaKeyHasARoundTripRow()
{
    const QMap<QString, QJsonValue> defaults = leaves(ExperimentConfig().toJson());
    QSet<QString> covered;
    for (const auto& row : fieldMutations()) {
        ExperimentConfig changed;
        row.second(changed);
        const QMap<QString, QJsonValue> now = leaves(changed.toJson());
        QCOMPARE(now.keys(), defaults.keys());
        for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
            if (it.value() != defaults.value(it.key()))
                covered.insert(it.key());
        }
    }
    for (const QString& key : defaults.keys()) {
        if (key != QLatin1String("version"))
            QVERIFY2(covered.contains(key), qPrintable(QStringLiteral("no round-trip row changes ") + key));
    }
}

void TestConfig::roundTripAllFieldsAtOnce()
{
    ExperimentConfig changed;
    for (const auto& row : fieldMutations())
        row.second(changed);
    // The last negatives row made the source adversarial; sets belong to auxiliary only.
    changed.data.negatives.sets.clear();
    QList<ConfigError> errors;
    const ExperimentConfig back = ExperimentConfig::fromJsonText(changed.toJsonText(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(back == changed);
    QCOMPARE(back.toJson(), changed.toJson());
}

void TestConfig::partialConfigTakesDefaults_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Mutator>("expected");

    QTest::newRow("empty object") << QByteArray("{}") << Mutator([](ExperimentConfig&) {});
    QTest::newRow("empty sections") << QByteArray(R"({"data": {"negatives": {}}, "model": {}, "training": {}})")
                                    << Mutator([](ExperimentConfig&) {});
    QTest::newRow("one nested value")
        << QByteArray(R"({"training": {"epochs": 7}})") << Mutator([](ExperimentConfig& c) { c.training.epochs = 7; });
    QTest::newRow("values in several sections")
        << QByteArray(R"({"name": "mine", "data": {"negatives": {"source": "uniform-noise"}},
                          "optimizer": {"type": "adam"}})")
        << Mutator([](ExperimentConfig& c) {
               c.name = QStringLiteral("mine");
               c.data.negatives.source = NegativeSource::UniformNoise;
               c.optimizer.type = OptimizerType::Adam;
           });
    QTest::newRow("integer written as 1e3") << QByteArray(R"({"training": {"epochs": 1e3}})")
                                            << Mutator([](ExperimentConfig& c) { c.training.epochs = 1000; });
}

void TestConfig::partialConfigTakesDefaults()
{
    QFETCH(QByteArray, json);
    QFETCH(Mutator, expected);
    ExperimentConfig want;
    expected(want);

    QList<ConfigError> errors;
    const ExperimentConfig got = ExperimentConfig::fromJsonText(json, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY2(got == want, got.toJsonText().constData());
}

void TestConfig::versionAbsentMeansOne()
{
    QList<ConfigError> errors;
    ExperimentConfig::fromJsonText(R"({"name": "x"})", &errors);
    QVERIFY(errors.isEmpty());
    ExperimentConfig::fromJsonText(R"({"version": 1, "name": "x"})", &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestConfig::enumNamesRoundTrip()
{
    const auto check = [](auto values) {
        using E = typename decltype(values)::value_type;
        QCOMPARE(jsonNames<E>().size(), qsizetype(values.size()));
        for (E value : values) {
            const QString name = jsonName(value);
            QVERIFY(!name.isEmpty());
            QVERIFY(jsonNames<E>().contains(name));
            QVERIFY(fromJsonName<E>(name) == value);
        }
        QVERIFY(!fromJsonName<E>(QStringLiteral("no-such-value")).has_value());
    };
    check(std::vector<NegativeSource>{NegativeSource::None, NegativeSource::Auxiliary, NegativeSource::NoisyInliers,
                                      NegativeSource::UniformNoise, NegativeSource::Generated,
                                      NegativeSource::Adversarial});
    check(std::vector<Architecture>{Architecture::Auto, Architecture::Grayscale, Architecture::Colour});
    check(std::vector<NoiseModel>{NoiseModel::Bernoulli, NoiseModel::GaussianFixed, NoiseModel::GaussianLearned,
                                  NoiseModel::QuantizedGaussian});
    check(std::vector<UpdateScheme>{UpdateScheme::Alternating, UpdateScheme::Joint});
    check(std::vector<OptimizerType>{OptimizerType::RmsProp, OptimizerType::Adam});
    check(std::vector<DevicePreference>{DevicePreference::Auto, DevicePreference::Cpu, DevicePreference::Cuda});

    QCOMPARE(jsonNames<NegativeSource>(),
             QStringList({QStringLiteral("none"), QStringLiteral("auxiliary"), QStringLiteral("noisy-inliers"),
                          QStringLiteral("uniform-noise"), QStringLiteral("generated"), QStringLiteral("adversarial")}));
    QVERIFY(!fromJsonName<NoiseModel>(QStringLiteral("Bernoulli")).has_value()); // case matters
}

void TestConfig::presets_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : ExperimentConfig::presetNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestConfig::presets()
{
    QFETCH(QString, name);
    ExperimentPreset preset;
    for (const ExperimentPreset& candidate : ExperimentConfig::presets()) {
        if (candidate.name == name)
            preset = candidate;
    }
    QCOMPARE(preset.name, name);
    QCOMPARE(preset.config.name, name);
    QVERIFY(!preset.description.isEmpty());
    QVERIFY2(!preset.description.contains(QLatin1Char('\n')), "a preset description is one line");
    QVERIFY2(preset.config.validate().isEmpty(), qPrintable(describe(preset.config.validate())));

    const std::optional<ExperimentConfig> byName = ExperimentConfig::preset(name);
    QVERIFY(byName.has_value());
    QVERIFY(*byName == preset.config);

    QList<ConfigError> errors;
    const ExperimentConfig back = ExperimentConfig::fromJsonText(preset.config.toJsonText(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(back == preset.config);
}

void TestConfig::presetContents()
{
    QCOMPARE(ExperimentConfig::presetNames(),
             QStringList({QStringLiteral("paper-grayscale"), QStringLiteral("paper-colour"), QStringLiteral("quick")}));

    const ExperimentConfig grayscale = *ExperimentConfig::preset(QStringLiteral("paper-grayscale"));
    QCOMPARE(grayscale.data.inlier, QStringLiteral("fashion-mnist"));
    QCOMPARE(grayscale.data.ood, QStringList{QStringLiteral("mnist")});
    QVERIFY(grayscale.data.negatives.source == NegativeSource::Auxiliary);
    QCOMPARE(grayscale.data.negatives.sets, QStringList{QStringLiteral("letters")});
    QVERIFY(grayscale.model.noiseModel == NoiseModel::Bernoulli);
    QVERIFY(grayscale.optimizer.type == OptimizerType::RmsProp);
    QCOMPARE(grayscale.optimizer.learningRate, 1e-4);
    QCOMPARE(grayscale.training.batchSize, int64_t(50));
    QCOMPARE(grayscale.training.epochs, int64_t(100));
    QCOMPARE(grayscale.objective.negativePriorMean, 8.0);
    QCOMPARE(grayscale.objective.negativeWeight, 1.0);
    QVERIFY(grayscale.objective.updates == UpdateScheme::Alternating);
    QCOMPARE(grayscale.model.resolved(1).latentDim, int64_t(10));

    const ExperimentConfig colour = *ExperimentConfig::preset(QStringLiteral("paper-colour"));
    QCOMPARE(colour.data.inlier, QStringLiteral("cifar10"));
    QCOMPARE(colour.data.ood, QStringList{QStringLiteral("svhn")});
    QVERIFY(colour.data.negatives.source == NegativeSource::Auxiliary);
    QCOMPARE(colour.data.negatives.sets, QStringList{QStringLiteral("imagenet32")});
    QVERIFY(colour.model.architecture == Architecture::Colour);
    QCOMPARE(colour.model.latentDim, int64_t(100));
    QVERIFY(colour.optimizer.type == OptimizerType::Adam);
    QCOMPARE(colour.optimizer.adamBeta1, 0.9);
    QCOMPARE(colour.optimizer.adamBeta2, 0.999);
    QCOMPARE(colour.optimizer.learningRate, 1e-4);
    QCOMPARE(colour.training.batchSize, int64_t(50));
    QCOMPARE(colour.training.epochs, int64_t(100));
    QCOMPARE(colour.objective.negativePriorMean, 25.0);

    // quick is paper-grayscale except for what makes it quick.
    ExperimentConfig quick = *ExperimentConfig::preset(QStringLiteral("quick"));
    QCOMPARE(quick.data.trainSubset, int64_t(10000));
    QCOMPARE(quick.data.testSubset, int64_t(2000));
    QCOMPARE(quick.training.epochs, int64_t(3));
    QCOMPARE(quick.training.batchSize, int64_t(50));
    QCOMPARE(quick.optimizer.learningRate, 1e-3);
    quick.name = grayscale.name;
    quick.data.trainSubset = grayscale.data.trainSubset;
    quick.data.testSubset = grayscale.data.testSubset;
    quick.training.epochs = grayscale.training.epochs;
    quick.optimizer.learningRate = grayscale.optimizer.learningRate;
    QVERIFY(quick == grayscale);
}

void TestConfig::unknownPresetIsNothing()
{
    QVERIFY(!ExperimentConfig::preset(QStringLiteral("no-such-preset")).has_value());
}

void TestConfig::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("keywords");

    const auto row = [](const char* name, const char* json, const char* field, QStringList keywords) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(field) << keywords;
    };
    const auto words = [](std::initializer_list<const char*> list) {
        QStringList result;
        for (const char* word : list)
            result.append(QString::fromUtf8(word));
        return result;
    };

    // Unknown keys at every level.
    row("unknown top-level key", R"({"colour": 1})", "colour", words({"unknown key"}));
    row("unknown nested key", R"({"data": {"negatives": {"colour": true}}})", "data.negatives.colour",
        words({"unknown key", "source", "sets"}));
    row("unknown model key", R"({"model": {"latent": 5}})", "model.latent", words({"unknown key", "latentDim"}));
    row("unknown evaluation key", R"({"evaluation": {"seeds": 5}})", "evaluation.seeds", words({"unknown key"}));

    // Wrong JSON types.
    row("number as string", R"({"optimizer": {"learningRate": "fast"}})", "optimizer.learningRate",
        words({"expected a number, got a string"}));
    row("section as number", R"({"training": 5})", "training", words({"expected an object", "got a number"}));
    row("bool as number", R"({"model": {"spectralNorm": 1}})", "model.spectralNorm",
        words({"expected a boolean", "got a number"}));
    row("string as number", R"({"name": 3})", "name", words({"expected a string", "got a number"}));
    row("list as string", R"({"data": {"ood": "mnist"}})", "data.ood", words({"expected an array", "got a string"}));
    row("list element", R"({"data": {"ood": ["mnist", 3]}})", "data.ood[1]",
        words({"expected a string", "got a number"}));
    row("widths element", R"({"model": {"widths": [32, "x"]}})", "model.widths[1]",
        words({"expected an integer", "got a string"}));
    row("fractional integer", R"({"training": {"epochs": 2.5}})", "training.epochs",
        words({"expected an integer", "2.5"}));
    row("null", R"({"seed": null})", "seed", words({"expected an integer", "got null"}));
    row("enum as number", R"({"optimizer": {"type": 1}})", "optimizer.type", words({"expected a string"}));
    row("version as string", R"({"version": "1"})", "version", words({"expected an integer", "got a string"}));

    // Out-of-range values.
    row("name empty", R"({"name": " "})", "name", words({"must not be empty"}));
    row("seed negative", R"({"seed": -1})", "seed", words({"must be at least 0, got -1"}));
    row("inlier empty", R"({"data": {"inlier": ""}})", "data.inlier", words({"must not be empty"}));
    row("trainSubset negative", R"({"data": {"trainSubset": -1}})", "data.trainSubset", words({"at least 0", "-1"}));
    row("testSubset negative", R"({"data": {"testSubset": -5}})", "data.testSubset", words({"at least 0", "-5"}));
    row("ood entry empty", R"({"data": {"ood": ["mnist", ""]}})", "data.ood[1]", words({"must not be empty"}));
    row("ood entry twice", R"({"data": {"ood": ["mnist", "kmnist", "mnist"]}})", "data.ood[2]",
        words({"mnist", "twice"}));
    row("negative set twice",
        R"({"data": {"negatives": {"source": "auxiliary", "sets": ["letters", "letters"]}}})",
        "data.negatives.sets[1]", words({"letters", "twice"}));
    row("noiseSigma zero", R"({"data": {"negatives": {"noiseSigma": 0}}})", "data.negatives.noiseSigma",
        words({"greater than 0", "got 0"}));
    row("noiseSigma negative", R"({"data": {"negatives": {"noiseSigma": -0.5}}})", "data.negatives.noiseSigma",
        words({"greater than 0", "-0.5"}));
    row("latentDim negative", R"({"model": {"latentDim": -1}})", "model.latentDim",
        words({"must be between 0 and 4096, got -1"}));
    row("latentDim huge", R"({"model": {"latentDim": 100000}})", "model.latentDim", words({"between", "100000"}));
    row("width zero", R"({"model": {"widths": [32, 0]}})", "model.widths[1]", words({"between 1 and", "got 0"}));
    row("too many widths", R"({"model": {"widths": [1, 2, 3, 4, 5, 6, 7, 8, 9]}})", "model.widths",
        words({"at most 8", "got 9"}));
    row("hidden zero", R"({"model": {"hidden": 0}})", "model.hidden", words({"between 1 and", "got 0"}));
    row("gaussianSigma zero", R"({"model": {"gaussianSigma": 0}})", "model.gaussianSigma", words({"greater than 0"}));
    row("negativeWeight negative", R"({"objective": {"negativeWeight": -0.5}})", "objective.negativeWeight",
        words({"at least 0", "-0.5"}));
    row("learningRate zero", R"({"optimizer": {"learningRate": 0}})", "optimizer.learningRate",
        words({"greater than 0", "got 0"}));
    row("learningRate negative", R"({"optimizer": {"learningRate": -0.001}})", "optimizer.learningRate",
        words({"greater than 0", "-0.001"}));
    row("rmspropAlpha one", R"({"optimizer": {"rmspropAlpha": 1}})", "optimizer.rmspropAlpha",
        words({"[0, 1)", "got 1"}));
    row("adamBeta1 one", R"({"optimizer": {"adamBeta1": 1.0}})", "optimizer.adamBeta1", words({"[0, 1)", "got 1"}));
    row("adamBeta2 negative", R"({"optimizer": {"adamBeta2": -0.1}})", "optimizer.adamBeta2",
        words({"[0, 1)", "-0.1"}));
    row("eps zero", R"({"optimizer": {"eps": 0}})", "optimizer.eps", words({"greater than 0"}));
    row("weightDecay negative", R"({"optimizer": {"weightDecay": -1}})", "optimizer.weightDecay",
        words({"at least 0", "-1"}));
    row("epochs zero", R"({"training": {"epochs": 0}})", "training.epochs", words({"between 1 and", "got 0"}));
    row("batchSize zero", R"({"training": {"batchSize": 0}})", "training.batchSize",
        words({"must be between 1 and 100000, got 0"}));
    row("batchSize huge", R"({"training": {"batchSize": 100001}})", "training.batchSize",
        words({"between 1 and 100000", "got 100001"}));
    row("threads negative", R"({"training": {"threads": -1}})", "training.threads", words({"between 0 and", "-1"}));
    row("evalInterval zero", R"({"training": {"evalInterval": 0}})", "training.evalInterval",
        words({"between 1 and", "got 0"}));
    row("checkpointInterval zero", R"({"training": {"checkpointInterval": 0}})", "training.checkpointInterval",
        words({"between 1 and", "got 0"}));
    row("sampleCount negative", R"({"training": {"sampleCount": -1}})", "training.sampleCount",
        words({"between 0 and", "-1"}));
    row("evaluation seed negative", R"({"evaluation": {"seed": -3}})", "evaluation.seed", words({"at least 0", "-3"}));
    row("evaluation batchSize zero", R"({"evaluation": {"batchSize": 0}})", "evaluation.batchSize",
        words({"between 1 and", "got 0"}));
    row("version zero", R"({"version": 0})", "version", words({"at least 1", "got 0"}));

    // Unknown enum values list every accepted spelling.
    row("noiseModel", R"({"model": {"noiseModel": "gauss"}})", "model.noiseModel",
        words({"unknown value \"gauss\"; expected one of bernoulli, gaussian-fixed, gaussian-learned, "
               "quantized-gaussian"}));
    row("architecture", R"({"model": {"architecture": "rgb"}})", "model.architecture",
        words({"\"rgb\"", "auto, grayscale, colour"}));
    row("negative source", R"({"data": {"negatives": {"source": "letters"}}})", "data.negatives.source",
        words({"\"letters\"", "none, auxiliary, noisy-inliers, uniform-noise, generated, adversarial"}));
    row("updates", R"({"objective": {"updates": "both"}})", "objective.updates",
        words({"\"both\"", "alternating, joint"}));
    row("optimizer type", R"({"optimizer": {"type": "sgd"}})", "optimizer.type", words({"\"sgd\"", "rmsprop, adam"}));
    row("device", R"({"training": {"device": "gpu"}})", "training.device", words({"\"gpu\"", "auto, cpu, cuda"}));

    // Settings that contradict each other.
    row("auxiliary without sets", R"({"data": {"negatives": {"source": "auxiliary"}}})", "data.negatives.sets",
        words({"auxiliary", "at least one"}));
    row("auxiliary with empty sets", R"({"data": {"negatives": {"source": "auxiliary", "sets": []}}})",
        "data.negatives.sets", words({"auxiliary", "at least one"}));
    row("sets without a source", R"({"data": {"negatives": {"sets": ["letters"]}}})", "data.negatives.sets",
        words({"only used with source \"auxiliary\"", "\"none\""}));
    row("sets with noisy inliers", R"({"data": {"negatives": {"source": "noisy-inliers", "sets": ["letters"]}}})",
        "data.negatives.sets", words({"auxiliary", "\"noisy-inliers\""}));
    row("generator term with generated",
        R"({"data": {"negatives": {"source": "generated", "generatorNegativeTerm": true}}})",
        "data.negatives.generatorNegativeTerm", words({"adversarial", "\"generated\""}));
    row("generator term without negatives", R"({"data": {"negatives": {"generatorNegativeTerm": true}}})",
        "data.negatives.generatorNegativeTerm", words({"adversarial", "\"none\""}));

    // A newer schema: only the version is reported, not the keys this build does not know.
    row("future version", R"({"version": 2, "data": {"hyperspace": 1}})", "version",
        words({"version 2", "up to 1", "newer"}));

    // Text that is not a JSON object.
    row("truncated JSON", "{\n  \"name\": \"x\",\n", "", words({"not valid JSON", "line 3", "column", "offset"}));
    row("missing colon", "{\n  \"name\" \"x\"\n}", "", words({"not valid JSON", "line 2", "column 11", "offset 12"}));
    row("empty text", "", "", words({"not valid JSON", "line 1", "offset 0"}));
    row("top-level array", "[1, 2]", "", words({"JSON object", "an array"}));
}

void TestConfig::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QStringList, keywords);

    QList<ConfigError> errors;
    ExperimentConfig::fromJsonText(json, &errors);
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(errors.first().field, field);
    for (const QString& keyword : keywords) {
        QVERIFY2(errors.first().message.contains(keyword),
                 qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(errors.first().message, keyword)));
    }
}

void TestConfig::nonFiniteValuesAreRejected()
{
    // JSON cannot spell these, but values set from code (a form, the CLI) can hold them.
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    ExperimentConfig config;
    config.objective.negativePriorMean = inf;
    config.objective.negativeWeight = nan;
    config.optimizer.learningRate = inf;
    config.optimizer.adamBeta1 = nan;
    config.model.gaussianSigma = nan;
    const QList<ConfigError> errors = config.validate();
    QStringList fields;
    for (const ConfigError& error : errors)
        fields.append(error.field);
    QCOMPARE(fields, QStringList({QStringLiteral("model.gaussianSigma"), QStringLiteral("objective.negativePriorMean"),
                                  QStringLiteral("objective.negativeWeight"), QStringLiteral("optimizer.learningRate"),
                                  QStringLiteral("optimizer.adamBeta1")}));
    QVERIFY(errors.at(1).message.contains(QLatin1String("finite")));
}

void TestConfig::allErrorsAreReported()
{
    const QByteArray json = R"({
        "colour": 1,
        "seed": "one",
        "data": {"ood": ["mnist", 7], "negatives": {"source": "auxiliary", "sets": [], "extra": 0}},
        "model": {"noiseModel": "gauss", "latentDim": -2},
        "optimizer": {"learningRate": 0, "adamBeta2": 1},
        "training": {"batchSize": 0, "epochs": 0}
    })";
    QList<ConfigError> errors;
    ExperimentConfig::fromJsonText(json, &errors);

    QSet<QString> fields;
    for (const ConfigError& error : errors)
        fields.insert(error.field);
    const QSet<QString> expected{
        QStringLiteral("colour"),           QStringLiteral("seed"),
        QStringLiteral("data.ood[1]"),      QStringLiteral("data.negatives.sets"),
        QStringLiteral("data.negatives.extra"), QStringLiteral("model.noiseModel"),
        QStringLiteral("model.latentDim"),  QStringLiteral("optimizer.learningRate"),
        QStringLiteral("optimizer.adamBeta2"), QStringLiteral("training.batchSize"),
        QStringLiteral("training.epochs"),
    };
    QCOMPARE(fields, expected);
    QCOMPARE(errors.size(), expected.size());

    // The throwing form carries the same list and says how many there are.
    try {
        ExperimentConfig::parseOrThrow(json, QStringLiteral("mine.json"));
        QFAIL("no exception");
    } catch (const ConfigException& e) {
        QCOMPARE(e.errors(), errors);
        QCOMPARE(e.file(), QStringLiteral("mine.json"));
        QVERIFY(e.message().startsWith(QStringLiteral("mine.json: 11 problems")));
        QVERIFY(e.message().contains(QStringLiteral("\n  training.batchSize: must be between 1 and 100000, got 0")));
    }
}

void TestConfig::unknownSourceDoesNotCauseFollowOnErrors()
{
    // The unreadable source stays "none" internally; that must not turn into "sets given for
    // source none", an error the user never made.
    QList<ConfigError> errors;
    ExperimentConfig::fromJsonText(R"({"data": {"negatives": {"source": "auxx", "sets": ["letters"],
                                                              "generatorNegativeTerm": true}}})",
                                   &errors);
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(errors.first().field, QStringLiteral("data.negatives.source"));

    // Likewise a set list with a broken entry is not "missing" for auxiliary.
    errors.clear();
    ExperimentConfig::fromJsonText(R"({"data": {"negatives": {"source": "auxiliary", "sets": [1]}}})", &errors);
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(errors.first().field, QStringLiteral("data.negatives.sets[0]"));
}

void TestConfig::throwingConveniencesCarryFileAndErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"training\": {\"epochs\": 3,}\n}\n");
    file.close();

    try {
        ExperimentConfig::loadFile(path);
        QFAIL("no exception");
    } catch (const ConfigException& e) {
        QCOMPARE(e.file(), path);
        QCOMPARE(e.errors().size(), 1);
        QVERIFY(e.errors().first().field.isEmpty());
        const QString message = e.message();
        QVERIFY2(message.startsWith(path + QStringLiteral(": not valid JSON")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 2")), qPrintable(message));
    }

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    try {
        ExperimentConfig::loadFile(missing);
        QFAIL("no exception");
    } catch (const ConfigException& e) {
        QCOMPARE(e.file(), missing);
        QVERIFY(e.message().contains(missing));
        QVERIFY(e.message().contains(QStringLiteral("cannot open")));
    }

    // A config built in code is checked the same way; std::runtime_error is enough to catch it.
    ExperimentConfig config;
    config.training.batchSize = 0;
    try {
        config.throwIfInvalid(QStringLiteral("form"));
        QFAIL("no exception");
    } catch (const std::runtime_error& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("form: training.batchSize: must be between 1 and 100000, got 0"));
    }
    ExperimentConfig().throwIfInvalid();
}

void TestConfig::saveAndLoadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.json"));

    ExperimentConfig config = *ExperimentConfig::preset(QStringLiteral("paper-colour"));
    config.seed = 42;
    config.saveFile(path);
    QVERIFY(ExperimentConfig::loadFile(path) == config);

    // Saving again replaces the file rather than appending to it.
    config.seed = 43;
    config.saveFile(path);
    QVERIFY(ExperimentConfig::loadFile(path) == config);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QCOMPARE(document.object().value(QStringLiteral("version")).toInt(), ExperimentConfig::kVersion);
    QCOMPARE(document.object().value(QStringLiteral("seed")).toInt(), 43);
}

void TestConfig::saveFailureThrows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/config.json"));
    QVERIFY_THROWS_EXCEPTION(ConfigException, ExperimentConfig().saveFile(path));
}

void TestConfig::resolvedModel_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<qint64>("latentDim");
    QTest::addColumn<QList<qint64>>("widths");
    QTest::addColumn<qint64>("channels");
    QTest::addColumn<QString>("expectedArchitecture");
    QTest::addColumn<qint64>("expectedLatentDim");
    QTest::addColumn<QList<qint64>>("expectedWidths");

    const QList<qint64> grayWidths{32, 64};
    const QList<qint64> colourWidths{32, 64, 128, 256};
    QTest::newRow("auto, 1 channel") << "auto" << qint64(0) << QList<qint64>{} << qint64(1) << "grayscale" << qint64(10)
                                     << grayWidths;
    QTest::newRow("auto, 3 channels") << "auto" << qint64(0) << QList<qint64>{} << qint64(3) << "colour" << qint64(100)
                                      << colourWidths;
    QTest::newRow("explicit values kept") << "auto" << qint64(16) << QList<qint64>{8, 16} << qint64(3) << "colour"
                                          << qint64(16) << QList<qint64>{8, 16};
    QTest::newRow("grayscale ignores channels") << "grayscale" << qint64(0) << QList<qint64>{} << qint64(3)
                                                << "grayscale" << qint64(10) << grayWidths;
    QTest::newRow("colour ignores channels") << "colour" << qint64(0) << QList<qint64>{} << qint64(1) << "colour"
                                             << qint64(100) << colourWidths;
}

void TestConfig::resolvedModel()
{
    QFETCH(QString, architecture);
    QFETCH(qint64, latentDim);
    QFETCH(QList<qint64>, widths);
    QFETCH(qint64, channels);
    QFETCH(QString, expectedArchitecture);
    QFETCH(qint64, expectedLatentDim);
    QFETCH(QList<qint64>, expectedWidths);

    ModelConfig model;
    model.architecture = *fromJsonName<Architecture>(architecture);
    model.latentDim = latentDim;
    model.widths.assign(widths.cbegin(), widths.cend());
    model.noiseModel = NoiseModel::GaussianLearned;

    const ModelConfig resolved = model.resolved(channels);
    QCOMPARE(jsonName(resolved.architecture), expectedArchitecture);
    QCOMPARE(resolved.latentDim, expectedLatentDim);
    QCOMPARE(resolved.widths, std::vector<int64_t>(expectedWidths.cbegin(), expectedWidths.cend()));
    QVERIFY(resolved.noiseModel == NoiseModel::GaussianLearned); // everything else untouched
    QCOMPARE(resolved.hidden, model.hidden);
}

void TestConfig::validateArchitecture_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<qint64>("channels");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("valid");

    QTest::newRow("auto grayscale") << "auto" << qint64(1) << qint64(28) << true;
    QTest::newRow("auto colour") << "auto" << qint64(3) << qint64(32) << true;
    QTest::newRow("auto other") << "auto" << qint64(3) << qint64(64) << false;
    QTest::newRow("grayscale fits") << "grayscale" << qint64(1) << qint64(28) << true;
    QTest::newRow("grayscale on colour") << "grayscale" << qint64(3) << qint64(32) << false;
    QTest::newRow("colour fits") << "colour" << qint64(3) << qint64(32) << true;
    QTest::newRow("colour on grayscale") << "colour" << qint64(1) << qint64(28) << false;
}

void TestConfig::validateArchitecture()
{
    QFETCH(QString, architecture);
    QFETCH(qint64, channels);
    QFETCH(qint64, size);
    QFETCH(bool, valid);

    ExperimentConfig config;
    config.model.architecture = *fromJsonName<Architecture>(architecture);
    const QList<ConfigError> errors = config.validateArchitecture(ImageShape{channels, size, size});
    QCOMPARE(errors.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("model.architecture"));
        QVERIFY2(errors.first().message.contains(ImageShape{channels, size, size}.toString()),
                 qPrintable(errors.first().message));
    }
}

void TestConfig::validateShapes()
{
    ExperimentConfig config = *ExperimentConfig::preset(QStringLiteral("paper-colour"));
    config.data.ood = QStringList{QStringLiteral("svhn"), QStringLiteral("mnist")};
    const ImageShape colour{3, 32, 32};
    const ImageShape gray{1, 28, 28};

    const QMap<QString, ImageShape> shapes{
        {QStringLiteral("data.ood[0]"), colour},
        {QStringLiteral("data.ood[1]"), gray},
        {QStringLiteral("data.negatives.sets[0]"), colour},
    };
    const QList<ConfigError> errors = config.validateShapes(colour, shapes);
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(errors.first().field, QStringLiteral("data.ood[1]"));
    QCOMPARE(errors.first().message, QStringLiteral("mnist is 1×28×28 but the inliers (cifar10) are 3×32×32"));

    // A negative set, and a field this config has no name for (the path stands in).
    const QList<ConfigError> more = config.validateShapes(
        gray, {{QStringLiteral("data.negatives.sets[0]"), colour}, {QStringLiteral("data.ood[7]"), colour}});
    QCOMPARE(more.size(), 2);
    QCOMPARE(more.at(0).field, QStringLiteral("data.negatives.sets[0]"));
    QVERIFY(more.at(0).message.startsWith(QStringLiteral("imagenet32 is 3×32×32")));
    QVERIFY(more.at(1).message.startsWith(QStringLiteral("data.ood[7] is 3×32×32")));

    QVERIFY(config.validateShapes(colour, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestConfig)
#include "test_config.moc"
