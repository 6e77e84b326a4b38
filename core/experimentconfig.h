#pragma once

#include "configerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace negvae {

// Declared, not included: imageset.h pulls in LibTorch, and reading or editing settings
// should not cost a torch compile (or clash with Qt's keyword macros) in GUI code.
struct ImageShape;

// The choices below are spelled in JSON exactly as jsonName() returns (SPEC §2–§3).

// Where the negative batch of each step comes from (SPEC §3, "Sources of negatives").
enum class NegativeSource { None, Auxiliary, NoisyInliers, UniformNoise, Generated, Adversarial };
// Which network family; Auto picks from the inliers' channel count (1 → grayscale, else colour).
enum class Architecture { Auto, Grayscale, Colour };
// The decoder's per-pixel likelihood p(x|z) (SPEC §2).
enum class NoiseModel { Bernoulli, GaussianFixed, GaussianLearned, QuantizedGaussian };
// Alternating: encoder and decoder take turns, each with its own optimiser (the paper).
enum class UpdateScheme { Alternating, Joint };
enum class OptimizerType { RmsProp, Adam };
enum class DevicePreference { Auto, Cpu, Cuda };
// The lossless compressor whose output length measures an image's complexity (Serrà et al.).
enum class Compressor { Png, Jpeg2000 };

QString jsonName(NegativeSource value);
QString jsonName(Architecture value);
QString jsonName(NoiseModel value);
QString jsonName(UpdateScheme value);
QString jsonName(OptimizerType value);
QString jsonName(DevicePreference value);
QString jsonName(Compressor value);

// The value spelled `name`, or nothing when no value is spelled that way (case matters).
template <typename E> std::optional<E> fromJsonName(const QString& name);
// Every spelling, in declaration order: for error messages and combo boxes.
template <typename E> QStringList jsonNames();

template <> std::optional<NegativeSource> fromJsonName<NegativeSource>(const QString& name);
template <> std::optional<Architecture> fromJsonName<Architecture>(const QString& name);
template <> std::optional<NoiseModel> fromJsonName<NoiseModel>(const QString& name);
template <> std::optional<UpdateScheme> fromJsonName<UpdateScheme>(const QString& name);
template <> std::optional<OptimizerType> fromJsonName<OptimizerType>(const QString& name);
template <> std::optional<DevicePreference> fromJsonName<DevicePreference>(const QString& name);
template <> std::optional<Compressor> fromJsonName<Compressor>(const QString& name);
template <> QStringList jsonNames<NegativeSource>();
template <> QStringList jsonNames<Architecture>();
template <> QStringList jsonNames<NoiseModel>();
template <> QStringList jsonNames<UpdateScheme>();
template <> QStringList jsonNames<OptimizerType>();
template <> QStringList jsonNames<DevicePreference>();
template <> QStringList jsonNames<Compressor>();

// The member initialisers of the structs below are the one place where defaults live; JSON
// keys that are absent keep them. Integers are int64_t because JSON numbers, tensor sizes and
// seeds all are, and a narrower type would silently wrap a typo like 1e10.

// data.negatives
struct NegativesConfig {
    NegativeSource source = NegativeSource::None;
    QStringList sets;                   // data-set names or paths; Auxiliary only
    double noiseSigma = 0.25;           // NoisyInliers: std of the added Gaussian noise
    bool generatorNegativeTerm = false; // Adversarial only: the SPEC §3 switch

    bool operator==(const NegativesConfig& other) const;
    bool operator!=(const NegativesConfig& other) const { return !(*this == other); }
};

// data
struct DataConfig {
    QString inlier = QStringLiteral("fashion-mnist");
    int64_t trainSubset = 0; // 0 = the whole train split
    int64_t testSubset = 0;  // 0 = the whole test split (inliers and every OOD set)
    QStringList ood{QStringLiteral("mnist")}; // may be empty
    NegativesConfig negatives;

    bool operator==(const DataConfig& other) const;
    bool operator!=(const DataConfig& other) const { return !(*this == other); }
};

// model
struct ModelConfig {
    Architecture architecture = Architecture::Auto;
    int64_t latentDim = 0;       // 0 = the architecture's default
    std::vector<int64_t> widths; // conv filter counts; empty = the architecture's default
    int64_t hidden = 256;        // width of the grayscale architecture's dense layer
    NoiseModel noiseModel = NoiseModel::Bernoulli;
    double gaussianSigma = 0.1; // GaussianFixed
    bool spectralNorm = false;  // on the encoder's conv weights

    // The architecture Auto stands for with images of this many channels.
    static Architecture architectureForChannels(int64_t imageChannels);
    // Defaults of a concrete architecture (Auto is treated as Grayscale).
    static int64_t defaultLatentDim(Architecture architecture);
    static std::vector<int64_t> defaultWidths(Architecture architecture);

    // A copy with every "choose for me" value made concrete for images of this many channels:
    // architecture never Auto, latentDim never 0, widths never empty. Models are built from this.
    ModelConfig resolved(int64_t imageChannels) const;

    bool operator==(const ModelConfig& other) const;
    bool operator!=(const ModelConfig& other) const { return !(*this == other); }
};

// objective: L = −E log p(x|z) + KL(q(z|x) ‖ p) + λ · KL(q(z|x̄) ‖ N(c·1, I))
struct ObjectiveConfig {
    double negativePriorMean = 8.0; // c
    double negativeWeight = 1.0;    // λ
    UpdateScheme updates = UpdateScheme::Alternating;

    bool operator==(const ObjectiveConfig& other) const;
    bool operator!=(const ObjectiveConfig& other) const { return !(*this == other); }
};

// optimizer: one of these per optimiser (encoder and decoder each get their own when alternating).
struct OptimizerConfig {
    OptimizerType type = OptimizerType::RmsProp;
    double learningRate = 1e-4;
    double rmspropAlpha = 0.99;
    double adamBeta1 = 0.9;
    double adamBeta2 = 0.999;
    double eps = 1e-8;
    double weightDecay = 0.0;

    bool operator==(const OptimizerConfig& other) const;
    bool operator!=(const OptimizerConfig& other) const { return !(*this == other); }
};

// training
struct TrainingConfig {
    int64_t epochs = 100;
    int64_t batchSize = 50;
    int64_t threads = 0; // 0 = every core (LibTorch would otherwise use one)
    DevicePreference device = DevicePreference::Auto;
    int64_t evalInterval = 1;       // epochs
    int64_t checkpointInterval = 1; // epochs
    int64_t sampleCount = 64;       // images in each sample grid; 0 = none

    bool operator==(const TrainingConfig& other) const;
    bool operator!=(const TrainingConfig& other) const { return !(*this == other); }
};

// evaluation: its own seed so that scores are comparable between runs with different
// training seeds (the ELBO's sampled z is the only randomness in scoring).
// evaluation.scores: the likelihood-based OOD scores beside BPD/KL/REC, each opt-in because
// each costs time (and the background model a second training run alongside the first).
struct ScoresConfig {
    // Importance-weighted bound (bpd_iw) with iwaeSamples posterior samples per image, decoded
    // at most iwaeBatch images × samples per forward pass (bounds the memory of one pass).
    bool iwae = false;
    int64_t iwaeSamples = 100;
    int64_t iwaeBatch = 10000;
    // Input-complexity-corrected BPD (complexity).
    bool complexity = false;
    Compressor compressor = Compressor::Png;
    // Likelihood ratio against a background model trained alongside on inliers whose pixels are
    // each replaced, with probability perturbationRate, by a uniform value (Ren et al. use 0.2).
    bool background = false;
    double perturbationRate = 0.2;
    // Likelihood regret: regretSteps Adam steps of rate regretLearningRate on each image's own
    // posterior (mu, log σ²). Slow, so only at the final evaluation and in `negvae eval`.
    bool regret = false;
    int64_t regretSteps = 100;
    double regretLearningRate = 0.02;

    bool operator==(const ScoresConfig& other) const;
    bool operator!=(const ScoresConfig& other) const { return !(*this == other); }
};

struct EvaluationConfig {
    int64_t seed = 1234;
    int64_t batchSize = 500;
    ScoresConfig scores;

    bool operator==(const EvaluationConfig& other) const;
    bool operator!=(const EvaluationConfig& other) const { return !(*this == other); }
};

struct ExperimentPreset;

// Everything that defines a run: a run must be reproducible from this alone, so it is what a
// run folder stores as config.json. Reading collects every problem (unknown keys, wrong types,
// out-of-range values, contradictory settings) and names each by its JSON path.
struct ExperimentConfig {
    // The newest schema this build reads and the one it writes.
    static constexpr int kVersion = 1;

    QString name = QStringLiteral("experiment");
    int64_t seed = 1;
    DataConfig data;
    ModelConfig model;
    ObjectiveConfig objective;
    OptimizerConfig optimizer;
    TrainingConfig training;
    EvaluationConfig evaluation;

    // Every field is written, defaults included, so a stored config does not change meaning
    // when a later version changes a default.
    QJsonObject toJson() const;
    QByteArray toJsonText() const; // indented, for files

    // Read a (possibly partial) config: absent keys keep their defaults. Every problem is
    // appended to *errors (which may be null); the result is only meaningful when none were.
    // Range and consistency checks (validate()) are included.
    static ExperimentConfig fromJson(const QJsonObject& json, QList<ConfigError>* errors);
    static ExperimentConfig fromJsonText(const QByteArray& text, QList<ConfigError>* errors);

    // Throwing conveniences: ConfigException carries every problem and `source` (or the path).
    static ExperimentConfig parseOrThrow(const QByteArray& text, const QString& source = {});
    static ExperimentConfig loadFile(const QString& path);
    // Atomic (QSaveFile): a crash mid-write leaves the previous file intact. Does not
    // validate, so a draft can be kept; throws ConfigException when the file cannot be written.
    void saveFile(const QString& path) const;

    // Range and consistency problems of values already in the struct (e.g. set by a form).
    QList<ConfigError> validate() const;
    void throwIfInvalid(const QString& source = {}) const;

    // Checks that need the loaded data, so they cannot run in validate().
    // The architecture must fit the inliers: grayscale 1×28×28, colour 3×32×32 (SPEC §2).
    QList<ConfigError> validateArchitecture(const ImageShape& inlierShape) const;
    // Every other set must have the inliers' shape. `shapes` maps JSON paths ("data.ood[1]",
    // "data.negatives.sets[0]") to the shape of the set there; the set's name is taken from
    // this config for the message.
    QList<ConfigError> validateShapes(const ImageShape& inlierShape, const QMap<QString, ImageShape>& shapes) const;

    // Ready-made configurations, in the order a menu should show them.
    static QList<ExperimentPreset> presets();
    static QStringList presetNames();
    static std::optional<ExperimentConfig> preset(const QString& name);

    bool operator==(const ExperimentConfig& other) const;
    bool operator!=(const ExperimentConfig& other) const { return !(*this == other); }
};

// A named starting point with a one-line description for menus and `--help`.
struct ExperimentPreset {
    QString name;
    QString description;
    ExperimentConfig config;
};

} // namespace negvae
