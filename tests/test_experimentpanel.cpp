#include "datasetchoice.h"
#include "experimentconfig.h"
#include "experimentpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

#include <functional>

using namespace negvae;

using Edit = std::function<void(ExperimentPanel&)>;
using Mutator = std::function<void(ExperimentConfig&)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Mutator)

namespace {

const QString kCifarProblem =
    QStringLiteral("no complete copy; put the CIFAR-10 binary batches in ~/.local/share/negvae/datasets/cifar10");
const QString kSvhnProblem =
    QStringLiteral("no copy; put train_32x32.mat and test_32x32.mat in ~/.local/share/negvae/datasets/svhn");

// What the main window would pass: a few sets present, two missing with their install hints.
QList<DatasetChoice> testDatasets()
{
    return {
        {QStringLiteral("fashion-mnist"), QStringLiteral("Zalando article images"), true, QString()},
        {QStringLiteral("mnist"), QStringLiteral("handwritten digits"), true, QString()},
        {QStringLiteral("kmnist"), QStringLiteral("Kuzushiji characters"), true, QString()},
        {QStringLiteral("letters"), QStringLiteral("letters rendered from fonts"), true, QString()},
        {QStringLiteral("cifar10"), QStringLiteral("CIFAR-10"), false, kCifarProblem},
        {QStringLiteral("svhn"), QStringLiteral("street-view house numbers"), false, kSvhnProblem},
        {QStringLiteral("uniform-noise"), QStringLiteral("uniform noise"), true, QString()},
    };
}

ExperimentConfig grayscalePreset()
{
    return *ExperimentConfig::preset(QStringLiteral("paper-grayscale"));
}

// A missing widget is a broken objectName contract: fail loudly rather than crash later.
template <typename W> W* field(const ExperimentPanel& panel, const char* path)
{
    auto* widget = panel.findChild<W*>(QString::fromLatin1(path));
    if (!widget)
        qFatal("no %s named \"%s\" in the panel", W::staticMetaObject.className(), path);
    return widget;
}

void type(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void typeInto(const ExperimentPanel& panel, const char* path, const QString& text)
{
    type(field<QLineEdit>(panel, path), text);
}

void pick(const ExperimentPanel& panel, const char* path, const QString& data)
{
    QComboBox* combo = field<QComboBox>(panel, path);
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("\"%s\" offers no \"%s\"", path, qPrintable(data));
    combo->setCurrentIndex(index);
}

void pickInlier(const ExperimentPanel& panel, const QString& name)
{
    QComboBox* combo = field<QComboBox>(panel, "data.inlier");
    combo->setCurrentIndex(combo->findText(name));
}

QListWidgetItem* item(const ExperimentPanel& panel, const char* listPath, const QString& name)
{
    const QList<QListWidgetItem*> found =
        field<QListWidget>(panel, listPath)->findItems(name, Qt::MatchExactly);
    if (found.size() != 1)
        qFatal("\"%s\" has %d items \"%s\"", listPath, int(found.size()), qPrintable(name));
    return found.first();
}

void check(const ExperimentPanel& panel, const char* listPath, const QString& name, bool checked)
{
    item(panel, listPath, name)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void setSpin(const ExperimentPanel& panel, const char* path, int value)
{
    field<QSpinBox>(panel, path)->setValue(value);
}

// Leaf paths of a JSON object ("data.negatives.source"); arrays count as leaves.
QStringList leafPaths(const QJsonObject& object, const QString& prefix = QString())
{
    QStringList paths;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            paths.append(leafPaths(it.value().toObject(), path));
        else
            paths.append(path);
    }
    return paths;
}

QString describe(const QList<ConfigError>& errors)
{
    QStringList lines;
    for (const ConfigError& error : errors)
        lines.append(error.toString());
    return lines.isEmpty() ? QStringLiteral("(no problems)") : lines.join(QLatin1Char('\n'));
}

} // namespace

// The experiment settings panel: every field round-trips, edits reach config(), dependent
// controls follow their switches, and invalid settings are shown where they are and why.
class TestExperimentPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void presetRoundTrip_data();
    void presetRoundTrip();
    void applyPresetButton();
    void fieldRoundTrip_data();
    void fieldRoundTrip();
    void everySchemaFieldHasAWidget();
    void editingChangesConfig_data();
    void editingChangesConfig();
    void negativeSourceShowsDependents_data();
    void negativeSourceShowsDependents();
    void optimizerShowsItsParameters();
    void gaussianSigmaOnlyForGaussianModels_data();
    void gaussianSigmaOnlyForGaussianModels();
    void invalidSettings_data();
    void invalidSettings();
    void validityChangedOnlyOnChange();
    void inlierIsNotOfferedAsOodOrNegative();
    void unavailableSetsAreGreyedWithTheirProblem();
    void checkOrderIsConfigOrder();
    void setEditableDisablesInputs();
    void fitsANarrowDock();
    void languageChangeKeepsState();
};

void TestExperimentPanel::initTestCase()
{
    // The panel also accepts numbers in the user's locale; pin it so rows like "1,000" mean
    // the same on every machine.
    QLocale::setDefault(QLocale::c());
}

void TestExperimentPanel::presetRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : ExperimentConfig::presetNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestExperimentPanel::presetRoundTrip()
{
    QFETCH(QString, name);
    const ExperimentConfig preset = *ExperimentConfig::preset(name);
    ExperimentPanel panel(testDatasets());
    panel.setConfig(preset);
    QCOMPARE(panel.config().toJsonText(), preset.toJsonText());
    QVERIFY(panel.config() == preset);
}

void TestExperimentPanel::applyPresetButton()
{
    ExperimentPanel panel(testDatasets());
    QSignalSpy changed(&panel, &ExperimentPanel::configChanged);
    QComboBox* presets = field<QComboBox>(panel, "preset");
    presets->setCurrentIndex(presets->findData(QStringLiteral("quick")));
    QVERIFY(!presets->itemData(presets->currentIndex(), Qt::ToolTipRole).toString().isEmpty());
    QTest::mouseClick(field<QPushButton>(panel, "applyPreset"), Qt::LeftButton);
    QVERIFY(changed.count() >= 1);
    QVERIFY(panel.config() == *ExperimentConfig::preset(QStringLiteral("quick")));
}

void TestExperimentPanel::fieldRoundTrip_data()
{
    QTest::addColumn<Mutator>("mutate");
    // One change per field, to a value the panel must keep exactly.
    QTest::newRow("name") << Mutator([](ExperimentConfig& c) { c.name = QStringLiteral("renamed"); });
    // 2^53 + 1 and the largest seed: more than a double or a QSpinBox holds.
    QTest::newRow("seed 2^53+1") << Mutator([](ExperimentConfig& c) { c.seed = 9007199254740993LL; });
    QTest::newRow("seed max") << Mutator([](ExperimentConfig& c) { c.seed = std::numeric_limits<int64_t>::max(); });
    QTest::newRow("inlier registry name")
        << Mutator([](ExperimentConfig& c) { c.data.inlier = QStringLiteral("kmnist"); });
    QTest::newRow("inlier path")
        << Mutator([](ExperimentConfig& c) { c.data.inlier = QStringLiteral("/data/my set"); });
    QTest::newRow("inlier transform")
        << Mutator([](ExperimentConfig& c) { c.data.inlier = QStringLiteral("mnist:invert"); });
    QTest::newRow("trainSubset") << Mutator([](ExperimentConfig& c) { c.data.trainSubset = 123; });
    QTest::newRow("testSubset") << Mutator([](ExperimentConfig& c) { c.data.testSubset = 45; });
    QTest::newRow("ood with path, unsorted") << Mutator([](ExperimentConfig& c) {
        c.data.ood = QStringList{QStringLiteral("kmnist"), QStringLiteral("/data/my set"), QStringLiteral("mnist")};
    });
    QTest::newRow("ood empty") << Mutator([](ExperimentConfig& c) { c.data.ood.clear(); });
    QTest::newRow("source uniform-noise")
        << Mutator([](ExperimentConfig& c) { c.data.negatives.source = NegativeSource::UniformNoise; });
    QTest::newRow("source generated")
        << Mutator([](ExperimentConfig& c) { c.data.negatives.source = NegativeSource::Generated; });
    QTest::newRow("negative sets") << Mutator([](ExperimentConfig& c) {
        c.data.negatives.source = NegativeSource::Auxiliary;
        c.data.negatives.sets =
            QStringList{QStringLiteral("letters"), QStringLiteral("cifar10"), QStringLiteral("/x/y")};
    });
    QTest::newRow("noiseSigma") << Mutator([](ExperimentConfig& c) {
        c.data.negatives.source = NegativeSource::NoisyInliers;
        c.data.negatives.noiseSigma = 0.5;
    });
    QTest::newRow("generatorNegativeTerm") << Mutator([](ExperimentConfig& c) {
        c.data.negatives.source = NegativeSource::Adversarial;
        c.data.negatives.generatorNegativeTerm = true;
    });
    QTest::newRow("architecture") << Mutator([](ExperimentConfig& c) { c.model.architecture = Architecture::Colour; });
    QTest::newRow("latentDim") << Mutator([](ExperimentConfig& c) { c.model.latentDim = 32; });
    QTest::newRow("widths") << Mutator([](ExperimentConfig& c) { c.model.widths = {16, 32, 64}; });
    QTest::newRow("hidden") << Mutator([](ExperimentConfig& c) { c.model.hidden = 128; });
    QTest::newRow("noiseModel")
        << Mutator([](ExperimentConfig& c) { c.model.noiseModel = NoiseModel::QuantizedGaussian; });
    QTest::newRow("gaussianSigma") << Mutator([](ExperimentConfig& c) { c.model.gaussianSigma = 0.05; });
    QTest::newRow("spectralNorm") << Mutator([](ExperimentConfig& c) { c.model.spectralNorm = true; });
    QTest::newRow("negativePriorMean") << Mutator([](ExperimentConfig& c) { c.objective.negativePriorMean = -3.5; });
    QTest::newRow("negativeWeight") << Mutator([](ExperimentConfig& c) { c.objective.negativeWeight = 0.25; });
    QTest::newRow("updates") << Mutator([](ExperimentConfig& c) { c.objective.updates = UpdateScheme::Joint; });
    QTest::newRow("optimizer type") << Mutator([](ExperimentConfig& c) { c.optimizer.type = OptimizerType::Adam; });
    // 0.1 + 0.2 has a long shortest decimal form; 1e-9 is beyond any spin box's decimals.
    QTest::newRow("learningRate 0.1+0.2") << Mutator([](ExperimentConfig& c) { c.optimizer.learningRate = 0.1 + 0.2; });
    QTest::newRow("learningRate 1e-9") << Mutator([](ExperimentConfig& c) { c.optimizer.learningRate = 1e-9; });
    QTest::newRow("rmspropAlpha") << Mutator([](ExperimentConfig& c) { c.optimizer.rmspropAlpha = 0.9; });
    QTest::newRow("adamBeta1") << Mutator([](ExperimentConfig& c) { c.optimizer.adamBeta1 = 0.5; });
    QTest::newRow("adamBeta2") << Mutator([](ExperimentConfig& c) { c.optimizer.adamBeta2 = 0.99; });
    QTest::newRow("eps") << Mutator([](ExperimentConfig& c) { c.optimizer.eps = 1e-6; });
    QTest::newRow("weightDecay") << Mutator([](ExperimentConfig& c) { c.optimizer.weightDecay = 1e-5; });
    QTest::newRow("epochs") << Mutator([](ExperimentConfig& c) { c.training.epochs = 7; });
    QTest::newRow("batchSize") << Mutator([](ExperimentConfig& c) { c.training.batchSize = 128; });
    QTest::newRow("threads") << Mutator([](ExperimentConfig& c) { c.training.threads = 2; });
    QTest::newRow("device") << Mutator([](ExperimentConfig& c) { c.training.device = DevicePreference::Cuda; });
    QTest::newRow("evalInterval") << Mutator([](ExperimentConfig& c) { c.training.evalInterval = 5; });
    QTest::newRow("checkpointInterval") << Mutator([](ExperimentConfig& c) { c.training.checkpointInterval = 10; });
    QTest::newRow("sampleCount") << Mutator([](ExperimentConfig& c) { c.training.sampleCount = 0; });
    QTest::newRow("evaluation seed") << Mutator([](ExperimentConfig& c) { c.evaluation.seed = 99; });
    QTest::newRow("evaluation batchSize") << Mutator([](ExperimentConfig& c) { c.evaluation.batchSize = 250; });
}

void TestExperimentPanel::fieldRoundTrip()
{
    QFETCH(Mutator, mutate);
    ExperimentConfig changed;
    mutate(changed);
    QVERIFY(changed != ExperimentConfig());

    ExperimentPanel panel(testDatasets());
    panel.setConfig(changed);
    QCOMPARE(panel.config().toJsonText(), changed.toJsonText());
    QVERIFY(panel.config() == changed);

    // And back: nothing of the previous config (its paths, its checks) lingers.
    panel.setConfig(ExperimentConfig());
    QVERIFY(panel.config() == ExperimentConfig());
}

void TestExperimentPanel::everySchemaFieldHasAWidget()
{
    ExperimentPanel panel(testDatasets());
    QStringList paths = leafPaths(ExperimentConfig().toJson());
    paths.removeAll(QStringLiteral("version")); // the schema's, not the user's
    QVERIFY(paths.size() > 30);
    for (const QString& path : std::as_const(paths)) {
        QWidget* widget = panel.fieldWidget(path);
        QVERIFY2(widget, qPrintable(path));
        QCOMPARE(widget->objectName(), path);
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(path + QStringLiteral(" has no tooltip")));
    }
    QCOMPARE(panel.fieldWidget(QStringLiteral("data.ood[3]")), panel.fieldWidget(QStringLiteral("data.ood")));
    QCOMPARE(panel.fieldWidget(QStringLiteral("no.such.field")), nullptr);
}

void TestExperimentPanel::editingChangesConfig_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Mutator>("expected");

    QTest::newRow("name typed") << Edit([](ExperimentPanel& p) { typeInto(p, "name", QStringLiteral("renamed")); })
                                << Mutator([](ExperimentConfig& c) { c.name = QStringLiteral("renamed"); });
    QTest::newRow("seed typed") << Edit([](ExperimentPanel& p) { typeInto(p, "seed", QStringLiteral("42")); })
                                << Mutator([](ExperimentConfig& c) { c.seed = 42; });
    QTest::newRow("seed rejects letters")
        << Edit([](ExperimentPanel& p) { typeInto(p, "seed", QStringLiteral("4x2")); })
        << Mutator([](ExperimentConfig& c) { c.seed = 42; });
    QTest::newRow("inlier picked") << Edit([](ExperimentPanel& p) { pickInlier(p, QStringLiteral("kmnist")); })
                                   << Mutator([](ExperimentConfig& c) { c.data.inlier = QStringLiteral("kmnist"); });
    QTest::newRow("inlier typed")
        << Edit([](ExperimentPanel& p) {
               type(field<QComboBox>(p, "data.inlier")->lineEdit(), QStringLiteral("kmnist:invert"));
           })
        << Mutator([](ExperimentConfig& c) { c.data.inlier = QStringLiteral("kmnist:invert"); });
    QTest::newRow("train subset") << Edit([](ExperimentPanel& p) { setSpin(p, "data.trainSubset", 500); })
                                  << Mutator([](ExperimentConfig& c) { c.data.trainSubset = 500; });
    QTest::newRow("test subset") << Edit([](ExperimentPanel& p) { setSpin(p, "data.testSubset", 100); })
                                 << Mutator([](ExperimentConfig& c) { c.data.testSubset = 100; });
    QTest::newRow("ood checked")
        << Edit([](ExperimentPanel& p) { check(p, "data.ood", QStringLiteral("kmnist"), true); })
        << Mutator([](ExperimentConfig& c) { c.data.ood.append(QStringLiteral("kmnist")); });
    QTest::newRow("ood unchecked")
        << Edit([](ExperimentPanel& p) { check(p, "data.ood", QStringLiteral("mnist"), false); })
        << Mutator([](ExperimentConfig& c) { c.data.ood.clear(); });
    QTest::newRow("source uniform noise")
        << Edit([](ExperimentPanel& p) { pick(p, "data.negatives.source", QStringLiteral("uniform-noise")); })
        << Mutator([](ExperimentConfig& c) {
               c.data.negatives.source = NegativeSource::UniformNoise;
               c.data.negatives.sets.clear(); // hidden, so not part of the config
           });
    QTest::newRow("negative set checked")
        << Edit([](ExperimentPanel& p) { check(p, "data.negatives.sets", QStringLiteral("kmnist"), true); })
        << Mutator([](ExperimentConfig& c) { c.data.negatives.sets.append(QStringLiteral("kmnist")); });
    QTest::newRow("noise sigma")
        << Edit([](ExperimentPanel& p) {
               pick(p, "data.negatives.source", QStringLiteral("noisy-inliers"));
               typeInto(p, "data.negatives.noiseSigma", QStringLiteral("0.5"));
           })
        << Mutator([](ExperimentConfig& c) {
               c.data.negatives.source = NegativeSource::NoisyInliers;
               c.data.negatives.sets.clear();
               c.data.negatives.noiseSigma = 0.5;
           });
    QTest::newRow("generator term")
        << Edit([](ExperimentPanel& p) {
               pick(p, "data.negatives.source", QStringLiteral("adversarial"));
               field<QCheckBox>(p, "data.negatives.generatorNegativeTerm")->setChecked(true);
           })
        << Mutator([](ExperimentConfig& c) {
               c.data.negatives.source = NegativeSource::Adversarial;
               c.data.negatives.sets.clear();
               c.data.negatives.generatorNegativeTerm = true;
           });
    QTest::newRow("lambda")
        << Edit([](ExperimentPanel& p) { typeInto(p, "objective.negativeWeight", QStringLiteral("0.5")); })
        << Mutator([](ExperimentConfig& c) { c.objective.negativeWeight = 0.5; });
    QTest::newRow("c")
        << Edit([](ExperimentPanel& p) { typeInto(p, "objective.negativePriorMean", QStringLiteral("-3.5")); })
        << Mutator([](ExperimentConfig& c) { c.objective.negativePriorMean = -3.5; });
    QTest::newRow("architecture")
        << Edit([](ExperimentPanel& p) { pick(p, "model.architecture", QStringLiteral("colour")); })
        << Mutator([](ExperimentConfig& c) { c.model.architecture = Architecture::Colour; });
    QTest::newRow("latent dim") << Edit([](ExperimentPanel& p) { setSpin(p, "model.latentDim", 32); })
                                << Mutator([](ExperimentConfig& c) { c.model.latentDim = 32; });
    QTest::newRow("widths")
        << Edit([](ExperimentPanel& p) { typeInto(p, "model.widths", QStringLiteral("16, 32,64")); })
        << Mutator([](ExperimentConfig& c) { c.model.widths = {16, 32, 64}; });
    QTest::newRow("hidden") << Edit([](ExperimentPanel& p) { setSpin(p, "model.hidden", 128); })
                            << Mutator([](ExperimentConfig& c) { c.model.hidden = 128; });
    QTest::newRow("noise model")
        << Edit([](ExperimentPanel& p) { pick(p, "model.noiseModel", QStringLiteral("quantized-gaussian")); })
        << Mutator([](ExperimentConfig& c) { c.model.noiseModel = NoiseModel::QuantizedGaussian; });
    QTest::newRow("gaussian sigma")
        << Edit([](ExperimentPanel& p) {
               pick(p, "model.noiseModel", QStringLiteral("gaussian-fixed"));
               typeInto(p, "model.gaussianSigma", QStringLiteral("0.05"));
           })
        << Mutator([](ExperimentConfig& c) {
               c.model.noiseModel = NoiseModel::GaussianFixed;
               c.model.gaussianSigma = 0.05;
           });
    QTest::newRow("spectral norm")
        << Edit([](ExperimentPanel& p) {
               QTest::mouseClick(field<QCheckBox>(p, "model.spectralNorm"), Qt::LeftButton);
           })
        << Mutator([](ExperimentConfig& c) { c.model.spectralNorm = true; });
    QTest::newRow("optimizer") << Edit([](ExperimentPanel& p) { pick(p, "optimizer.type", QStringLiteral("adam")); })
                               << Mutator([](ExperimentConfig& c) { c.optimizer.type = OptimizerType::Adam; });
    QTest::newRow("learning rate 3e-4")
        << Edit([](ExperimentPanel& p) { typeInto(p, "optimizer.learningRate", QStringLiteral("3e-4")); })
        << Mutator([](ExperimentConfig& c) { c.optimizer.learningRate = 3e-4; });
    QTest::newRow("rmsprop alpha")
        << Edit([](ExperimentPanel& p) { typeInto(p, "optimizer.rmspropAlpha", QStringLiteral("0.9")); })
        << Mutator([](ExperimentConfig& c) { c.optimizer.rmspropAlpha = 0.9; });
    QTest::newRow("adam betas")
        << Edit([](ExperimentPanel& p) {
               pick(p, "optimizer.type", QStringLiteral("adam"));
               typeInto(p, "optimizer.adamBeta1", QStringLiteral("0.5"));
               typeInto(p, "optimizer.adamBeta2", QStringLiteral("0.99"));
           })
        << Mutator([](ExperimentConfig& c) {
               c.optimizer.type = OptimizerType::Adam;
               c.optimizer.adamBeta1 = 0.5;
               c.optimizer.adamBeta2 = 0.99;
           });
    QTest::newRow("eps") << Edit([](ExperimentPanel& p) { typeInto(p, "optimizer.eps", QStringLiteral("1e-6")); })
                         << Mutator([](ExperimentConfig& c) { c.optimizer.eps = 1e-6; });
    QTest::newRow("weight decay")
        << Edit([](ExperimentPanel& p) { typeInto(p, "optimizer.weightDecay", QStringLiteral("1E-5")); })
        << Mutator([](ExperimentConfig& c) { c.optimizer.weightDecay = 1e-5; });
    QTest::newRow("updates") << Edit([](ExperimentPanel& p) { pick(p, "objective.updates", QStringLiteral("joint")); })
                             << Mutator([](ExperimentConfig& c) { c.objective.updates = UpdateScheme::Joint; });
    QTest::newRow("epochs") << Edit([](ExperimentPanel& p) { setSpin(p, "training.epochs", 7); })
                            << Mutator([](ExperimentConfig& c) { c.training.epochs = 7; });
    QTest::newRow("batch size typed")
        << Edit([](ExperimentPanel& p) {
               QSpinBox* spin = field<QSpinBox>(p, "training.batchSize");
               spin->selectAll();
               QTest::keyClicks(spin, QStringLiteral("128"));
           })
        << Mutator([](ExperimentConfig& c) { c.training.batchSize = 128; });
    QTest::newRow("threads") << Edit([](ExperimentPanel& p) { setSpin(p, "training.threads", 2); })
                             << Mutator([](ExperimentConfig& c) { c.training.threads = 2; });
    QTest::newRow("device") << Edit([](ExperimentPanel& p) { pick(p, "training.device", QStringLiteral("cpu")); })
                            << Mutator([](ExperimentConfig& c) { c.training.device = DevicePreference::Cpu; });
    QTest::newRow("eval interval") << Edit([](ExperimentPanel& p) { setSpin(p, "training.evalInterval", 5); })
                                   << Mutator([](ExperimentConfig& c) { c.training.evalInterval = 5; });
    QTest::newRow("checkpoint interval")
        << Edit([](ExperimentPanel& p) { setSpin(p, "training.checkpointInterval", 10); })
        << Mutator([](ExperimentConfig& c) { c.training.checkpointInterval = 10; });
    QTest::newRow("sample count") << Edit([](ExperimentPanel& p) { setSpin(p, "training.sampleCount", 0); })
                                  << Mutator([](ExperimentConfig& c) { c.training.sampleCount = 0; });
    QTest::newRow("evaluation seed")
        << Edit([](ExperimentPanel& p) { typeInto(p, "evaluation.seed", QStringLiteral("99")); })
        << Mutator([](ExperimentConfig& c) { c.evaluation.seed = 99; });
    QTest::newRow("evaluation batch size")
        << Edit([](ExperimentPanel& p) { setSpin(p, "evaluation.batchSize", 1000); })
        << Mutator([](ExperimentConfig& c) { c.evaluation.batchSize = 1000; });
}

void TestExperimentPanel::editingChangesConfig()
{
    QFETCH(Edit, edit);
    QFETCH(Mutator, expected);
    const ExperimentConfig base = grayscalePreset();
    ExperimentConfig want = base;
    expected(want);

    ExperimentPanel panel(testDatasets());
    panel.setConfig(base);
    QSignalSpy changed(&panel, &ExperimentPanel::configChanged);
    edit(panel);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(panel.config().toJsonText(), want.toJsonText());
    QVERIFY(panel.config() == want);
}

void TestExperimentPanel::negativeSourceShowsDependents_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("sets");
    QTest::addColumn<bool>("sigma");
    QTest::addColumn<bool>("generatorTerm");
    QTest::addColumn<bool>("objective");

    QTest::newRow("none") << QStringLiteral("none") << false << false << false << false;
    QTest::newRow("auxiliary") << QStringLiteral("auxiliary") << true << false << false << true;
    QTest::newRow("noisy-inliers") << QStringLiteral("noisy-inliers") << false << true << false << true;
    QTest::newRow("uniform-noise") << QStringLiteral("uniform-noise") << false << false << false << true;
    QTest::newRow("generated") << QStringLiteral("generated") << false << false << false << true;
    QTest::newRow("adversarial") << QStringLiteral("adversarial") << false << false << true << true;
}

void TestExperimentPanel::negativeSourceShowsDependents()
{
    QFETCH(QString, source);
    QFETCH(bool, sets);
    QFETCH(bool, sigma);
    QFETCH(bool, generatorTerm);
    QFETCH(bool, objective);

    ExperimentPanel panel(testDatasets());
    panel.setConfig(grayscalePreset());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QComboBox* combo = field<QComboBox>(panel, "data.negatives.source");
    // Human labels, not JSON spellings.
    QCOMPARE(combo->itemText(combo->findData(QStringLiteral("auxiliary"))), QStringLiteral("Auxiliary data set(s)"));
    pick(panel, "data.negatives.source", source);

    QCOMPARE(panel.fieldWidget(QStringLiteral("data.negatives.sets"))->isVisibleTo(&panel), sets);
    QCOMPARE(field<QToolButton>(panel, "data.negatives.sets.addPath")->isVisibleTo(&panel), sets);
    QCOMPARE(panel.fieldWidget(QStringLiteral("data.negatives.noiseSigma"))->isVisibleTo(&panel), sigma);
    QCOMPARE(panel.fieldWidget(QStringLiteral("data.negatives.generatorNegativeTerm"))->isVisibleTo(&panel),
             generatorTerm);
    QCOMPARE(panel.fieldWidget(QStringLiteral("objective.negativeWeight"))->isEnabled(), objective);
    QCOMPARE(panel.fieldWidget(QStringLiteral("objective.negativePriorMean"))->isEnabled(), objective);
    // Whatever is hidden does not block the run.
    QVERIFY2(panel.isValid() || source == QStringLiteral("auxiliary"), qPrintable(describe(panel.problems())));
}

void TestExperimentPanel::optimizerShowsItsParameters()
{
    ExperimentPanel panel(testDatasets());
    panel.setConfig(grayscalePreset());
    const auto shown = [&](const char* path) {
        return panel.fieldWidget(QString::fromLatin1(path))->isVisibleTo(&panel);
    };

    pick(panel, "optimizer.type", QStringLiteral("rmsprop"));
    QVERIFY(shown("optimizer.rmspropAlpha"));
    QVERIFY(!shown("optimizer.adamBeta1"));
    QVERIFY(!shown("optimizer.adamBeta2"));

    pick(panel, "optimizer.type", QStringLiteral("adam"));
    QVERIFY(!shown("optimizer.rmspropAlpha"));
    QVERIFY(shown("optimizer.adamBeta1"));
    QVERIFY(shown("optimizer.adamBeta2"));
    QVERIFY(shown("optimizer.learningRate"));
    QVERIFY(shown("optimizer.eps"));

    // A malformed value in a hidden field does not block the run; shown again, it does.
    pick(panel, "optimizer.type", QStringLiteral("rmsprop"));
    typeInto(panel, "optimizer.adamBeta1", QStringLiteral("x"));
    QVERIFY2(panel.isValid(), qPrintable(describe(panel.problems())));
    pick(panel, "optimizer.type", QStringLiteral("adam"));
    QVERIFY(!panel.isValid());
    QCOMPARE(panel.problems().first().field, QStringLiteral("optimizer.adamBeta1"));
}

void TestExperimentPanel::gaussianSigmaOnlyForGaussianModels_data()
{
    QTest::addColumn<QString>("noiseModel");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("bernoulli") << QStringLiteral("bernoulli") << false;
    QTest::newRow("gaussian-fixed") << QStringLiteral("gaussian-fixed") << true;
    QTest::newRow("gaussian-learned") << QStringLiteral("gaussian-learned") << true;
    QTest::newRow("quantized-gaussian") << QStringLiteral("quantized-gaussian") << true;
}

void TestExperimentPanel::gaussianSigmaOnlyForGaussianModels()
{
    QFETCH(QString, noiseModel);
    QFETCH(bool, enabled);
    ExperimentPanel panel(testDatasets());
    pick(panel, "model.noiseModel", noiseModel);
    QCOMPARE(panel.fieldWidget(QStringLiteral("model.gaussianSigma"))->isEnabled(), enabled);
}

void TestExperimentPanel::invalidSettings_data()
{
    QTest::addColumn<Edit>("breakIt");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Edit>("fixIt");

    QTest::newRow("auxiliary without sets")
        << Edit([](ExperimentPanel& p) { check(p, "data.negatives.sets", QStringLiteral("letters"), false); })
        << QStringLiteral("data.negatives.sets") << QStringLiteral("needs at least one data set")
        << Edit([](ExperimentPanel& p) { check(p, "data.negatives.sets", QStringLiteral("kmnist"), true); });
    QTest::newRow("auxiliary chosen, nothing checked")
        << Edit([](ExperimentPanel& p) {
               pick(p, "data.negatives.source", QStringLiteral("none"));
               check(p, "data.negatives.sets", QStringLiteral("letters"), false);
               pick(p, "data.negatives.source", QStringLiteral("auxiliary"));
           })
        << QStringLiteral("data.negatives.sets") << QStringLiteral("needs at least one data set")
        << Edit([](ExperimentPanel& p) { pick(p, "data.negatives.source", QStringLiteral("uniform-noise")); });
    QTest::newRow("inlier also OOD")
        << Edit([](ExperimentPanel& p) { pickInlier(p, QStringLiteral("mnist")); })
        << QStringLiteral("data.ood") << QStringLiteral("\"mnist\" is the inlier set")
        << Edit([](ExperimentPanel& p) { check(p, "data.ood", QStringLiteral("mnist"), false); });
    QTest::newRow("inlier also negative set")
        << Edit([](ExperimentPanel& p) { pickInlier(p, QStringLiteral("letters")); })
        << QStringLiteral("data.negatives.sets") << QStringLiteral("\"letters\" is the inlier set")
        << Edit([](ExperimentPanel& p) { pickInlier(p, QStringLiteral("fashion-mnist")); });
    QTest::newRow("unavailable inlier")
        << Edit([](ExperimentPanel& p) { pickInlier(p, QStringLiteral("cifar10")); })
        << QStringLiteral("data.inlier") << QStringLiteral("\"cifar10\" is not available: ") + kCifarProblem
        << Edit([](ExperimentPanel& p) { pickInlier(p, QStringLiteral("kmnist")); });
    QTest::newRow("unavailable OOD set")
        << Edit([](ExperimentPanel& p) { check(p, "data.ood", QStringLiteral("svhn"), true); })
        << QStringLiteral("data.ood[1]") << kSvhnProblem
        << Edit([](ExperimentPanel& p) { check(p, "data.ood", QStringLiteral("svhn"), false); });
    QTest::newRow("unavailable negative set")
        << Edit([](ExperimentPanel& p) { check(p, "data.negatives.sets", QStringLiteral("cifar10"), true); })
        << QStringLiteral("data.negatives.sets[1]") << QStringLiteral("\"cifar10\" is not available")
        << Edit([](ExperimentPanel& p) { check(p, "data.negatives.sets", QStringLiteral("cifar10"), false); });
    QTest::newRow("unavailable inlier with transform")
        << Edit([](ExperimentPanel& p) {
               type(field<QComboBox>(p, "data.inlier")->lineEdit(), QStringLiteral("cifar10:gray"));
           })
        << QStringLiteral("data.inlier") << QStringLiteral("\"cifar10\" is not available")
        << Edit([](ExperimentPanel& p) {
               type(field<QComboBox>(p, "data.inlier")->lineEdit(), QStringLiteral("fashion-mnist:hflip"));
           });
    QTest::newRow("inlier path missing")
        << Edit([](ExperimentPanel& p) {
               type(field<QComboBox>(p, "data.inlier")->lineEdit(), QStringLiteral("/no/such/folder"));
           })
        << QStringLiteral("data.inlier") << QStringLiteral("neither a known data set nor an existing file")
        << Edit([](ExperimentPanel& p) {
               type(field<QComboBox>(p, "data.inlier")->lineEdit(), QStringLiteral(NEGVAE_TEST_SOURCE_DIR));
           });
    QTest::newRow("inlier empty")
        << Edit([](ExperimentPanel& p) { field<QComboBox>(p, "data.inlier")->lineEdit()->clear(); })
        << QStringLiteral("data.inlier") << QStringLiteral("must not be empty")
        << Edit([](ExperimentPanel& p) { pickInlier(p, QStringLiteral("fashion-mnist")); });
    QTest::newRow("malformed widths")
        << Edit([](ExperimentPanel& p) { typeInto(p, "model.widths", QStringLiteral("32,x")); })
        << QStringLiteral("model.widths") << QStringLiteral("\"x\" is not a whole number")
        << Edit([](ExperimentPanel& p) {
               QLineEdit* widths = field<QLineEdit>(p, "model.widths");
               QTest::keyClick(widths, Qt::Key_Backspace);
               QTest::keyClicks(widths, QStringLiteral("64"));
           });
    QTest::newRow("zero width")
        << Edit([](ExperimentPanel& p) { typeInto(p, "model.widths", QStringLiteral("32, 0")); })
        << QStringLiteral("model.widths[1]") << QStringLiteral("must be between 1 and")
        << Edit([](ExperimentPanel& p) { field<QLineEdit>(p, "model.widths")->clear(); });
    QTest::newRow("malformed learning rate")
        << Edit([](ExperimentPanel& p) { typeInto(p, "optimizer.learningRate", QStringLiteral("1e-")); })
        << QStringLiteral("optimizer.learningRate") << QStringLiteral("\"1e-\" is not a number")
        << Edit([](ExperimentPanel& p) {
               QTest::keyClicks(field<QLineEdit>(p, "optimizer.learningRate"), QStringLiteral("4"));
           });
    QTest::newRow("learning rate with a group separator")
        << Edit([](ExperimentPanel& p) { typeInto(p, "optimizer.learningRate", QStringLiteral("1,000")); })
        << QStringLiteral("optimizer.learningRate") << QStringLiteral("\"1,000\" is not a number")
        << Edit([](ExperimentPanel& p) { typeInto(p, "optimizer.learningRate", QStringLiteral("1e-3")); });
    QTest::newRow("zero learning rate")
        << Edit([](ExperimentPanel& p) { typeInto(p, "optimizer.learningRate", QStringLiteral("0")); })
        << QStringLiteral("optimizer.learningRate") << QStringLiteral("greater than 0")
        << Edit([](ExperimentPanel& p) { typeInto(p, "optimizer.learningRate", QStringLiteral("0.001")); });
    QTest::newRow("beta of 1")
        << Edit([](ExperimentPanel& p) {
               pick(p, "optimizer.type", QStringLiteral("adam"));
               typeInto(p, "optimizer.adamBeta2", QStringLiteral("1"));
           })
        << QStringLiteral("optimizer.adamBeta2") << QStringLiteral("must be in [0, 1)")
        << Edit([](ExperimentPanel& p) { typeInto(p, "optimizer.adamBeta2", QStringLiteral("0.999")); });
    QTest::newRow("empty name")
        << Edit([](ExperimentPanel& p) { field<QLineEdit>(p, "name")->clear(); })
        << QStringLiteral("name") << QStringLiteral("must not be empty")
        << Edit([](ExperimentPanel& p) { QTest::keyClicks(field<QLineEdit>(p, "name"), QStringLiteral("again")); });
    QTest::newRow("empty seed")
        << Edit([](ExperimentPanel& p) { field<QLineEdit>(p, "seed")->clear(); })
        << QStringLiteral("seed") << QStringLiteral("needs a whole number")
        << Edit([](ExperimentPanel& p) { QTest::keyClicks(field<QLineEdit>(p, "seed"), QStringLiteral("7")); });
}

void TestExperimentPanel::invalidSettings()
{
    QFETCH(Edit, breakIt);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(Edit, fixIt);

    ExperimentPanel panel(testDatasets());
    panel.setConfig(grayscalePreset());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY2(panel.isValid(), qPrintable(describe(panel.problems())));
    auto* summary = panel.findChild<QLabel*>(QStringLiteral("problemSummary"));
    QVERIFY(summary);
    QVERIFY(!summary->isVisible());
    QWidget* widget = panel.fieldWidget(field);
    QVERIFY(widget);
    const QString explanation = widget->toolTip();

    QSignalSpy validity(&panel, &ExperimentPanel::validityChanged);
    breakIt(panel);
    QVERIFY(!panel.isValid());
    QVERIFY(!validity.isEmpty());
    QCOMPARE(validity.last().at(0).toBool(), false);
    const QString reason = validity.last().at(1).toString();
    QVERIFY2(reason.startsWith(field + QStringLiteral(": ")), qPrintable(reason));
    QVERIFY2(reason.contains(message), qPrintable(reason));
    QCOMPARE(panel.problems().first().toString(), reason);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(reason), qPrintable(summary->text()));
    QVERIFY(widget->property("invalid").toBool());
    QVERIFY2(widget->toolTip().contains(message), qPrintable(widget->toolTip()));
    QVERIFY(widget->toolTip().contains(explanation)); // the explanation stays

    validity.clear();
    fixIt(panel);
    QVERIFY2(panel.isValid(), qPrintable(describe(panel.problems())));
    QVERIFY(!validity.isEmpty());
    QCOMPARE(validity.last().at(0).toBool(), true);
    QCOMPARE(validity.last().at(1).toString(), QString());
    QVERIFY(!summary->isVisible());
    QVERIFY(!widget->property("invalid").toBool());
    QCOMPARE(widget->toolTip(), explanation);
}

void TestExperimentPanel::validityChangedOnlyOnChange()
{
    ExperimentPanel panel(testDatasets());
    panel.setConfig(grayscalePreset());
    QSignalSpy validity(&panel, &ExperimentPanel::validityChanged);
    setSpin(panel, "training.epochs", 3);
    typeInto(panel, "name", QStringLiteral("other"));
    QCOMPARE(validity.count(), 0);

    typeInto(panel, "model.widths", QStringLiteral("a"));
    QCOMPARE(validity.count(), 1);
    // A second problem further down does not change the first reason: no new signal.
    typeInto(panel, "optimizer.eps", QStringLiteral("b"));
    QCOMPARE(validity.count(), 1);
    QCOMPARE(panel.problems().size(), 2);
    // One above it does.
    check(panel, "data.negatives.sets", QStringLiteral("letters"), false);
    QCOMPARE(validity.count(), 2);
    QVERIFY(validity.last().at(1).toString().startsWith(QStringLiteral("data.negatives.sets: ")));
}

void TestExperimentPanel::inlierIsNotOfferedAsOodOrNegative()
{
    ExperimentPanel panel(testDatasets());
    panel.setConfig(grayscalePreset());
    QVERIFY(item(panel, "data.ood", QStringLiteral("fashion-mnist"))->isHidden());
    QVERIFY(item(panel, "data.negatives.sets", QStringLiteral("fashion-mnist"))->isHidden());
    QVERIFY(!item(panel, "data.ood", QStringLiteral("kmnist"))->isHidden());

    pickInlier(panel, QStringLiteral("kmnist"));
    QVERIFY(!item(panel, "data.ood", QStringLiteral("fashion-mnist"))->isHidden());
    QVERIFY(item(panel, "data.ood", QStringLiteral("kmnist"))->isHidden());

    // A clash stays in sight until resolved; unchecking it resolves it and hides the item.
    pickInlier(panel, QStringLiteral("mnist"));
    QListWidgetItem* mnist = item(panel, "data.ood", QStringLiteral("mnist"));
    QVERIFY(!mnist->isHidden());
    QVERIFY(!panel.isValid());
    mnist->setCheckState(Qt::Unchecked);
    QVERIFY(mnist->isHidden());
    QVERIFY2(panel.isValid(), qPrintable(describe(panel.problems())));
}

void TestExperimentPanel::unavailableSetsAreGreyedWithTheirProblem()
{
    ExperimentPanel panel(testDatasets());
    QComboBox* inlier = field<QComboBox>(panel, "data.inlier");
    const int cifar = inlier->findText(QStringLiteral("cifar10"));
    const int fashion = inlier->findText(QStringLiteral("fashion-mnist"));
    QVERIFY(cifar >= 0 && fashion >= 0);
    QVERIFY(inlier->itemData(cifar, Qt::ForegroundRole).isValid());
    QVERIFY(!inlier->itemData(fashion, Qt::ForegroundRole).isValid());
    QVERIFY(inlier->itemData(cifar, Qt::ToolTipRole).toString().contains(kCifarProblem));
    QCOMPARE(inlier->itemData(fashion, Qt::ToolTipRole).toString(), QStringLiteral("Zalando article images"));

    QListWidgetItem* svhn = item(panel, "data.ood", QStringLiteral("svhn"));
    QVERIFY(svhn->data(Qt::ForegroundRole).isValid());
    QVERIFY(svhn->toolTip().contains(kSvhnProblem));
    QVERIFY(svhn->flags() & Qt::ItemIsUserCheckable); // choosable, to learn what is missing
}

void TestExperimentPanel::checkOrderIsConfigOrder()
{
    ExperimentPanel panel(testDatasets());
    ExperimentConfig config;
    config.data.ood = {QStringLiteral("kmnist"), QStringLiteral("mnist")};
    panel.setConfig(config);
    check(panel, "data.ood", QStringLiteral("letters"), true);
    QCOMPARE(panel.config().data.ood,
             (QStringList{QStringLiteral("kmnist"), QStringLiteral("mnist"), QStringLiteral("letters")}));
    check(panel, "data.ood", QStringLiteral("kmnist"), false);
    QCOMPARE(panel.config().data.ood, (QStringList{QStringLiteral("mnist"), QStringLiteral("letters")}));

    // Hidden sets are kept for when the source comes back.
    pick(panel, "data.negatives.source", QStringLiteral("auxiliary"));
    check(panel, "data.negatives.sets", QStringLiteral("letters"), true);
    pick(panel, "data.negatives.source", QStringLiteral("generated"));
    QVERIFY(panel.config().data.negatives.sets.isEmpty());
    pick(panel, "data.negatives.source", QStringLiteral("auxiliary"));
    QCOMPARE(panel.config().data.negatives.sets, QStringList{QStringLiteral("letters")});
}

void TestExperimentPanel::setEditableDisablesInputs()
{
    ExperimentPanel panel(testDatasets());
    panel.setConfig(grayscalePreset());
    QStringList paths = leafPaths(ExperimentConfig().toJson());
    paths.removeAll(QStringLiteral("version"));

    panel.setEditable(false);
    QVERIFY(!panel.isEditable());
    for (const QString& path : std::as_const(paths))
        QVERIFY2(!panel.fieldWidget(path)->isEnabled(), qPrintable(path));
    QVERIFY(!field<QComboBox>(panel, "preset")->isEnabled());
    QVERIFY(!field<QPushButton>(panel, "applyPreset")->isEnabled());
    QVERIFY(!field<QToolButton>(panel, "data.ood.addPath")->isEnabled());
    QVERIFY(!field<QToolButton>(panel, "data.inlier.browse")->isEnabled());

    panel.setEditable(true);
    QVERIFY(panel.fieldWidget(QStringLiteral("training.batchSize"))->isEnabled());
    QVERIFY(field<QPushButton>(panel, "applyPreset")->isEnabled());
    // Fields off for their own reason stay off: σ is unused by the Bernoulli model.
    QVERIFY(!panel.fieldWidget(QStringLiteral("model.gaussianSigma"))->isEnabled());
}

void TestExperimentPanel::fitsANarrowDock()
{
    ExperimentPanel panel(testDatasets());
    panel.setConfig(grayscalePreset());
    panel.resize(360, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::processEvents();
    auto* area = panel.findChild<QScrollArea*>();
    QVERIFY(area);
    QVERIFY2(!area->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("content needs %1 px").arg(area->widget()->minimumSizeHint().width())));
}

void TestExperimentPanel::languageChangeKeepsState()
{
    ExperimentPanel panel(testDatasets());
    panel.setConfig(grayscalePreset());
    typeInto(panel, "model.widths", QStringLiteral("32,x"));
    const QString reason = panel.problems().first().toString();
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&panel, &languageChange);
    QVERIFY(panel.config() == grayscalePreset());
    QCOMPARE(panel.problems().first().toString(), reason);
    QCOMPARE(field<QComboBox>(panel, "data.negatives.source")->currentText(), QStringLiteral("Auxiliary data set(s)"));
    QVERIFY(
        panel.fieldWidget(QStringLiteral("model.widths"))->toolTip().contains(QStringLiteral("not a whole number")));
}

QTEST_MAIN(TestExperimentPanel)
#include "test_experimentpanel.moc"
