#include "experimentconfig.h"

#include "imageset.h"
#include "jsontext.h"

#include <opencv2/imgcodecs.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace negvae {

namespace {

// Upper bounds are generous: they exist to catch a typo (a few extra zeros) before it becomes
// an out-of-memory crash an hour into a run, not to police what is sensible.
constexpr int64_t kUnbounded = std::numeric_limits<int64_t>::max();
constexpr int64_t kMaxBatchSize = 100000;
constexpr int64_t kMaxEpochs = 100000;
constexpr int64_t kMaxThreads = 1024;
constexpr int64_t kMaxLatentDim = 4096;
constexpr int64_t kMaxWidth = 4096;
constexpr int kMaxWidthCount = 8;
constexpr int64_t kMaxHidden = 65536;
constexpr int64_t kMaxSampleCount = 1024;
constexpr int64_t kMaxIwaeSamples = 100000;
constexpr int64_t kMaxIwaeBatch = 10000000;
constexpr int64_t kMaxRegretSteps = 100000;

const ImageShape kGrayscaleShape{1, 28, 28};
const ImageShape kColourShape{3, 32, 32};

template <typename E> struct EnumName {
    E value;
    const char* name;
};

const EnumName<NegativeSource> kNegativeSourceNames[] = {
    {NegativeSource::None, "none"},
    {NegativeSource::Auxiliary, "auxiliary"},
    {NegativeSource::NoisyInliers, "noisy-inliers"},
    {NegativeSource::UniformNoise, "uniform-noise"},
    {NegativeSource::Generated, "generated"},
    {NegativeSource::Adversarial, "adversarial"},
};
const EnumName<Architecture> kArchitectureNames[] = {
    {Architecture::Auto, "auto"},
    {Architecture::Grayscale, "grayscale"},
    {Architecture::Colour, "colour"},
};
const EnumName<NoiseModel> kNoiseModelNames[] = {
    {NoiseModel::Bernoulli, "bernoulli"},
    {NoiseModel::GaussianFixed, "gaussian-fixed"},
    {NoiseModel::GaussianLearned, "gaussian-learned"},
    {NoiseModel::QuantizedGaussian, "quantized-gaussian"},
};
const EnumName<UpdateScheme> kUpdateSchemeNames[] = {
    {UpdateScheme::Alternating, "alternating"},
    {UpdateScheme::Joint, "joint"},
};
const EnumName<OptimizerType> kOptimizerTypeNames[] = {
    {OptimizerType::RmsProp, "rmsprop"},
    {OptimizerType::Adam, "adam"},
};
const EnumName<DevicePreference> kDevicePreferenceNames[] = {
    {DevicePreference::Auto, "auto"},
    {DevicePreference::Cpu, "cpu"},
    {DevicePreference::Cuda, "cuda"},
};
const EnumName<Compressor> kCompressorNames[] = {
    {Compressor::Png, "png"},
    {Compressor::Jpeg2000, "jpeg2000"},
};

template <typename E, std::size_t N> QString nameIn(const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E>& entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

template <typename E, std::size_t N> std::optional<E> valueIn(const EnumName<E> (&table)[N], const QString& name)
{
    for (const EnumName<E>& entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList namesIn(const EnumName<E> (&table)[N])
{
    QStringList names;
    for (const EnumName<E>& entry : table)
        names.append(QString::fromLatin1(entry.name));
    return names;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

QString indexed(const QString& field, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(field).arg(index);
}

// What reading has found so far. A field that could not be read keeps its default, so the
// checks that combine fields skip it rather than report a contradiction the user never wrote.
struct ParseContext {
    QList<ConfigError> errors;
    QSet<QString> unreadable;

    void fail(const QString& field, const QString& message)
    {
        errors.append({field, message});
        unreadable.insert(field);
    }
};

// Reads the keys of one JSON object into typed fields, reporting type errors under the
// object's path, and afterwards every key nobody asked for (typos would otherwise be ignored
// and the run silently use a default).
class ObjectReader {
public:
    ObjectReader(QJsonObject object, QString path, ParseContext& context)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_context(context)
    {
    }

    QString field(const char* key) const
    {
        const QString name = QString::fromLatin1(key);
        return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
    }

    // The nested object under `key`; an empty one when absent or not an object.
    QJsonObject object(const char* key)
    {
        const std::optional<QJsonValue> value = take(key);
        if (!value)
            return {};
        if (!value->isObject()) {
            m_context.fail(field(key), QStringLiteral("expected an object, got ") + JsonText::describeType(*value));
            return {};
        }
        return value->toObject();
    }

    void integer(const char* key, int64_t& out)
    {
        if (const std::optional<QJsonValue> value = take(key))
            readInteger(*value, field(key), out);
    }

    void number(const char* key, double& out)
    {
        const std::optional<QJsonValue> value = take(key);
        if (!value)
            return;
        if (!value->isDouble()) {
            m_context.fail(field(key), QStringLiteral("expected a number, got ") + JsonText::describeType(*value));
            return;
        }
        out = value->toDouble();
    }

    void boolean(const char* key, bool& out)
    {
        const std::optional<QJsonValue> value = take(key);
        if (!value)
            return;
        if (!value->isBool()) {
            m_context.fail(field(key), QStringLiteral("expected a boolean (true or false), got ") + JsonText::describeType(*value));
            return;
        }
        out = value->toBool();
    }

    void string(const char* key, QString& out)
    {
        if (const std::optional<QJsonValue> value = take(key))
            readString(*value, field(key), out);
    }

    template <typename E> void choice(const char* key, E& out)
    {
        const std::optional<QJsonValue> value = take(key);
        if (!value)
            return;
        QString name;
        if (!readString(*value, field(key), name))
            return;
        if (const std::optional<E> parsed = fromJsonName<E>(name)) {
            out = *parsed;
            return;
        }
        m_context.fail(field(key), QStringLiteral("unknown value \"%1\"; expected one of %2")
                                       .arg(name, jsonNames<E>().join(QStringLiteral(", "))));
    }

    void stringList(const char* key, QStringList& out)
    {
        const std::optional<QJsonValue> value = take(key);
        if (!value)
            return;
        const QString path = field(key);
        if (!value->isArray()) {
            m_context.fail(path, QStringLiteral("expected an array of strings, got ") + JsonText::describeType(*value));
            return;
        }
        const QJsonArray array = value->toArray();
        QStringList list;
        bool ok = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString item;
            ok = readString(array.at(i), indexed(path, i), item) && ok;
            list.append(item);
        }
        if (ok)
            out = list;
        else
            m_context.unreadable.insert(path);
    }

    void integerList(const char* key, std::vector<int64_t>& out)
    {
        const std::optional<QJsonValue> value = take(key);
        if (!value)
            return;
        const QString path = field(key);
        if (!value->isArray()) {
            m_context.fail(path, QStringLiteral("expected an array of integers, got ") + JsonText::describeType(*value));
            return;
        }
        const QJsonArray array = value->toArray();
        std::vector<int64_t> list;
        bool ok = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            int64_t item = 0;
            ok = readInteger(array.at(i), indexed(path, i), item) && ok;
            list.push_back(item);
        }
        if (ok)
            out = list;
        else
            m_context.unreadable.insert(path);
    }

    void reportUnknownKeys()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (m_known.contains(it.key()))
                continue;
            const QString path = m_path.isEmpty() ? it.key() : m_path + QLatin1Char('.') + it.key();
            QString message = QStringLiteral("unknown key");
            if (!m_known.isEmpty())
                message += QStringLiteral("; known keys here: ") + m_known.join(QStringLiteral(", "));
            m_context.errors.append({path, message});
        }
    }

private:
    std::optional<QJsonValue> take(const char* key)
    {
        const QString name = QString::fromLatin1(key);
        m_known.append(name);
        const auto it = m_object.constFind(name);
        if (it == m_object.constEnd())
            return std::nullopt;
        return it.value();
    }

    bool readInteger(const QJsonValue& value, const QString& path, int64_t& out)
    {
        if (!value.isDouble()) {
            m_context.fail(path, QStringLiteral("expected an integer, got ") + JsonText::describeType(value));
            return false;
        }
        // 2^63 as a double: anything at or beyond it does not fit.
        constexpr double kLimit = 9223372036854775808.0;
        const double number = value.toDouble();
        if (!std::isfinite(number) || number != std::trunc(number) || std::fabs(number) >= kLimit) {
            m_context.fail(path, QStringLiteral("expected an integer, got ") + formatNumber(number));
            return false;
        }
        // toInteger() rather than the double: Qt keeps integers from the text exact, and a
        // 64-bit seed must survive the round trip.
        out = value.toInteger(static_cast<qint64>(number));
        return true;
    }

    bool readString(const QJsonValue& value, const QString& path, QString& out)
    {
        if (!value.isString()) {
            m_context.fail(path, QStringLiteral("expected a string, got ") + JsonText::describeType(value));
            return false;
        }
        out = value.toString();
        return true;
    }

    QJsonObject m_object;
    QString m_path;
    ParseContext& m_context;
    QStringList m_known;
};

// Range checks on typed values; messages carry the offending value so the user sees what the
// program read, which matters when a default was not what they expected. The messages the
// experiment panel can show go through QCoreApplication::translate, so the GUI shows them in
// the user's language; the CLI installs no translator and keeps them English.
struct RangeChecker {
    QList<ConfigError>& errors;

    void integer(const QString& field, int64_t value, int64_t min, int64_t max)
    {
        if (value >= min && value <= max)
            return;
        if (max == kUnbounded)
            errors.append({field, QCoreApplication::translate("negvae::ExperimentConfig", "must be at least %1, got %2").arg(min).arg(value)});
        else
            errors.append({field, QCoreApplication::translate("negvae::ExperimentConfig", "must be between %1 and %2, got %3").arg(min).arg(max).arg(value)});
    }

    void positive(const QString& field, double value)
    {
        if (!(std::isfinite(value) && value > 0.0))
            errors.append({field, QCoreApplication::translate("negvae::ExperimentConfig", "must be a finite number greater than 0, got ") + formatNumber(value)});
    }

    void nonNegative(const QString& field, double value)
    {
        if (!(std::isfinite(value) && value >= 0.0))
            errors.append({field, QCoreApplication::translate("negvae::ExperimentConfig", "must be a finite number of at least 0, got ") + formatNumber(value)});
    }

    void finite(const QString& field, double value)
    {
        if (!std::isfinite(value))
            errors.append({field, QCoreApplication::translate("negvae::ExperimentConfig", "must be a finite number, got ") + formatNumber(value)});
    }

    // Decay rates and momenta: 1 would never forget, so it is excluded.
    void unitInterval(const QString& field, double value)
    {
        if (!(value >= 0.0 && value < 1.0))
            errors.append({field, QCoreApplication::translate("negvae::ExperimentConfig", "must be in [0, 1), got ") + formatNumber(value)});
    }

    void nonEmpty(const QString& field, const QString& value)
    {
        if (value.trimmed().isEmpty())
            errors.append({field, QCoreApplication::translate("negvae::ExperimentConfig", "must not be empty")});
    }

    // Data-set lists: a set listed twice would be loaded and reported twice under one name.
    void setList(const QString& field, const QStringList& names)
    {
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString path = indexed(field, i);
            if (names.at(i).trimmed().isEmpty())
                errors.append({path, QCoreApplication::translate("negvae::ExperimentConfig", "must not be empty")});
            else if (names.indexOf(names.at(i)) < i)
                errors.append({path, QStringLiteral("\"%1\" is listed twice").arg(names.at(i))});
        }
    }
};

void validateInto(const ExperimentConfig& config, const QSet<QString>& unreadable, QList<ConfigError>& errors)
{
    RangeChecker check{errors};

    check.nonEmpty(QStringLiteral("name"), config.name);
    check.integer(QStringLiteral("seed"), config.seed, 0, kUnbounded);

    const DataConfig& data = config.data;
    check.nonEmpty(QStringLiteral("data.inlier"), data.inlier);
    check.integer(QStringLiteral("data.trainSubset"), data.trainSubset, 0, kUnbounded);
    check.integer(QStringLiteral("data.testSubset"), data.testSubset, 0, kUnbounded);
    check.setList(QStringLiteral("data.ood"), data.ood);

    const NegativesConfig& negatives = data.negatives;
    check.setList(QStringLiteral("data.negatives.sets"), negatives.sets);
    check.positive(QStringLiteral("data.negatives.noiseSigma"), negatives.noiseSigma);
    if (!unreadable.contains(QStringLiteral("data.negatives.source"))) {
        const QString source = jsonName(negatives.source);
        const bool setsReadable = !unreadable.contains(QStringLiteral("data.negatives.sets"));
        if (negatives.source == NegativeSource::Auxiliary && negatives.sets.isEmpty() && setsReadable) {
            errors.append({QStringLiteral("data.negatives.sets"),
                           QCoreApplication::translate("negvae::ExperimentConfig", "source \"auxiliary\" needs at least one data set to draw negatives from")});
        }
        if (negatives.source != NegativeSource::Auxiliary && !negatives.sets.isEmpty()) {
            errors.append({QStringLiteral("data.negatives.sets"),
                           QCoreApplication::translate("negvae::ExperimentConfig",
                                                       "only used with source \"auxiliary\", but source is \"%1\"; "
                                                       "remove the sets or change the source")
                               .arg(source)});
        }
        if (negatives.source != NegativeSource::Adversarial && negatives.generatorNegativeTerm) {
            errors.append({QStringLiteral("data.negatives.generatorNegativeTerm"),
                           QCoreApplication::translate("negvae::ExperimentConfig", "only applies to source \"adversarial\", but source is \"%1\"").arg(source)});
        }
    }

    const ModelConfig& model = config.model;
    check.integer(QStringLiteral("model.latentDim"), model.latentDim, 0, kMaxLatentDim);
    if (model.widths.size() > static_cast<std::size_t>(kMaxWidthCount)) {
        errors.append({QStringLiteral("model.widths"), QCoreApplication::translate("negvae::ExperimentConfig", "at most %1 conv layers are supported, got %2")
                                                           .arg(kMaxWidthCount)
                                                           .arg(model.widths.size())});
    }
    for (std::size_t i = 0; i < model.widths.size(); ++i)
        check.integer(indexed(QStringLiteral("model.widths"), static_cast<qsizetype>(i)), model.widths[i], 1, kMaxWidth);
    check.integer(QStringLiteral("model.hidden"), model.hidden, 1, kMaxHidden);
    check.positive(QStringLiteral("model.gaussianSigma"), model.gaussianSigma);

    check.finite(QStringLiteral("objective.negativePriorMean"), config.objective.negativePriorMean);
    check.nonNegative(QStringLiteral("objective.negativeWeight"), config.objective.negativeWeight);

    const OptimizerConfig& optimizer = config.optimizer;
    check.positive(QStringLiteral("optimizer.learningRate"), optimizer.learningRate);
    check.unitInterval(QStringLiteral("optimizer.rmspropAlpha"), optimizer.rmspropAlpha);
    check.unitInterval(QStringLiteral("optimizer.adamBeta1"), optimizer.adamBeta1);
    check.unitInterval(QStringLiteral("optimizer.adamBeta2"), optimizer.adamBeta2);
    check.positive(QStringLiteral("optimizer.eps"), optimizer.eps);
    check.nonNegative(QStringLiteral("optimizer.weightDecay"), optimizer.weightDecay);

    const TrainingConfig& training = config.training;
    check.integer(QStringLiteral("training.epochs"), training.epochs, 1, kMaxEpochs);
    check.integer(QStringLiteral("training.batchSize"), training.batchSize, 1, kMaxBatchSize);
    check.integer(QStringLiteral("training.threads"), training.threads, 0, kMaxThreads);
    check.integer(QStringLiteral("training.evalInterval"), training.evalInterval, 1, kMaxEpochs);
    check.integer(QStringLiteral("training.checkpointInterval"), training.checkpointInterval, 1, kMaxEpochs);
    check.integer(QStringLiteral("training.sampleCount"), training.sampleCount, 0, kMaxSampleCount);

    check.integer(QStringLiteral("evaluation.seed"), config.evaluation.seed, 0, kUnbounded);
    check.integer(QStringLiteral("evaluation.batchSize"), config.evaluation.batchSize, 1, kMaxBatchSize);

    const ScoresConfig& scores = config.evaluation.scores;
    check.integer(QStringLiteral("evaluation.scores.iwaeSamples"), scores.iwaeSamples, 1, kMaxIwaeSamples);
    check.integer(QStringLiteral("evaluation.scores.iwaeBatch"), scores.iwaeBatch, 1, kMaxIwaeBatch);
    if (!(scores.perturbationRate > 0.0 && scores.perturbationRate <= 1.0))
        errors.append({QStringLiteral("evaluation.scores.perturbationRate"),
                       QCoreApplication::translate("negvae::ExperimentConfig", "must be in (0, 1] (the probability of replacing a pixel), got ")
                           + formatNumber(scores.perturbationRate)});
    check.integer(QStringLiteral("evaluation.scores.regretSteps"), scores.regretSteps, 1, kMaxRegretSteps);
    check.positive(QStringLiteral("evaluation.scores.regretLearningRate"), scores.regretLearningRate);
    // OpenCV is built with or without a JPEG 2000 codec; say so before any training.
    if (scores.complexity && scores.compressor == Compressor::Jpeg2000 && !cv::haveImageWriter(".jp2"))
        errors.append({QStringLiteral("evaluation.scores.compressor"),
                       QStringLiteral("\"jpeg2000\" is not available: this OpenCV cannot write .jp2 files; use \"png\"")});
}

QJsonArray toJsonArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray toJsonArray(const std::vector<int64_t>& list)
{
    QJsonArray array;
    for (int64_t value : list)
        array.append(static_cast<qint64>(value));
    return array;
}

// QJsonParseError gives a byte offset; people look for lines.
QString describeParseError(const QByteArray& text, const QJsonParseError& error)
{
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, text.size());
    const QByteArray before = text.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("not valid JSON: %1 at line %2, column %3 (offset %4)")
        .arg(error.errorString())
        .arg(line)
        .arg(column)
        .arg(offset);
}

} // namespace

#define NEGVAE_ENUM_NAMES(Type, table)                                                          \
    QString jsonName(Type value) { return nameIn(table, value); }                               \
    template <> std::optional<Type> fromJsonName<Type>(const QString& name) { return valueIn(table, name); } \
    template <> QStringList jsonNames<Type>() { return namesIn(table); }

NEGVAE_ENUM_NAMES(NegativeSource, kNegativeSourceNames)
NEGVAE_ENUM_NAMES(Architecture, kArchitectureNames)
NEGVAE_ENUM_NAMES(NoiseModel, kNoiseModelNames)
NEGVAE_ENUM_NAMES(UpdateScheme, kUpdateSchemeNames)
NEGVAE_ENUM_NAMES(OptimizerType, kOptimizerTypeNames)
NEGVAE_ENUM_NAMES(DevicePreference, kDevicePreferenceNames)
NEGVAE_ENUM_NAMES(Compressor, kCompressorNames)

#undef NEGVAE_ENUM_NAMES

// ---- equality ---------------------------------------------------------------------------

bool NegativesConfig::operator==(const NegativesConfig& other) const
{
    return source == other.source && sets == other.sets && noiseSigma == other.noiseSigma
        && generatorNegativeTerm == other.generatorNegativeTerm;
}

bool DataConfig::operator==(const DataConfig& other) const
{
    return inlier == other.inlier && trainSubset == other.trainSubset && testSubset == other.testSubset
        && ood == other.ood && negatives == other.negatives;
}

bool ModelConfig::operator==(const ModelConfig& other) const
{
    return architecture == other.architecture && latentDim == other.latentDim && widths == other.widths
        && hidden == other.hidden && noiseModel == other.noiseModel && gaussianSigma == other.gaussianSigma
        && spectralNorm == other.spectralNorm;
}

bool ObjectiveConfig::operator==(const ObjectiveConfig& other) const
{
    return negativePriorMean == other.negativePriorMean && negativeWeight == other.negativeWeight
        && updates == other.updates;
}

bool OptimizerConfig::operator==(const OptimizerConfig& other) const
{
    return type == other.type && learningRate == other.learningRate && rmspropAlpha == other.rmspropAlpha
        && adamBeta1 == other.adamBeta1 && adamBeta2 == other.adamBeta2 && eps == other.eps
        && weightDecay == other.weightDecay;
}

bool TrainingConfig::operator==(const TrainingConfig& other) const
{
    return epochs == other.epochs && batchSize == other.batchSize && threads == other.threads
        && device == other.device && evalInterval == other.evalInterval
        && checkpointInterval == other.checkpointInterval && sampleCount == other.sampleCount;
}

bool ScoresConfig::operator==(const ScoresConfig& other) const
{
    return iwae == other.iwae && iwaeSamples == other.iwaeSamples && iwaeBatch == other.iwaeBatch
        && complexity == other.complexity && compressor == other.compressor && background == other.background
        && perturbationRate == other.perturbationRate && regret == other.regret && regretSteps == other.regretSteps
        && regretLearningRate == other.regretLearningRate;
}

bool EvaluationConfig::operator==(const EvaluationConfig& other) const
{
    return seed == other.seed && batchSize == other.batchSize && scores == other.scores;
}

bool ExperimentConfig::operator==(const ExperimentConfig& other) const
{
    return name == other.name && seed == other.seed && data == other.data && model == other.model
        && objective == other.objective && optimizer == other.optimizer && training == other.training
        && evaluation == other.evaluation;
}

// ---- model defaults ---------------------------------------------------------------------

Architecture ModelConfig::architectureForChannels(int64_t imageChannels)
{
    return imageChannels == 1 ? Architecture::Grayscale : Architecture::Colour;
}

int64_t ModelConfig::defaultLatentDim(Architecture architecture)
{
    return architecture == Architecture::Colour ? 100 : 10;
}

std::vector<int64_t> ModelConfig::defaultWidths(Architecture architecture)
{
    if (architecture == Architecture::Colour)
        return {32, 64, 128, 256};
    return {32, 64};
}

ModelConfig ModelConfig::resolved(int64_t imageChannels) const
{
    ModelConfig result = *this;
    if (result.architecture == Architecture::Auto)
        result.architecture = architectureForChannels(imageChannels);
    if (result.latentDim == 0)
        result.latentDim = defaultLatentDim(result.architecture);
    if (result.widths.empty())
        result.widths = defaultWidths(result.architecture);
    return result;
}

// ---- JSON -------------------------------------------------------------------------------

QJsonObject ExperimentConfig::toJson() const
{
    const NegativesConfig& negatives = data.negatives;
    const QJsonObject negativesJson{
        {QStringLiteral("source"), jsonName(negatives.source)},
        {QStringLiteral("sets"), toJsonArray(negatives.sets)},
        {QStringLiteral("noiseSigma"), negatives.noiseSigma},
        {QStringLiteral("generatorNegativeTerm"), negatives.generatorNegativeTerm},
    };
    const QJsonObject dataJson{
        {QStringLiteral("inlier"), data.inlier},
        {QStringLiteral("trainSubset"), static_cast<qint64>(data.trainSubset)},
        {QStringLiteral("testSubset"), static_cast<qint64>(data.testSubset)},
        {QStringLiteral("ood"), toJsonArray(data.ood)},
        {QStringLiteral("negatives"), negativesJson},
    };
    const QJsonObject modelJson{
        {QStringLiteral("architecture"), jsonName(model.architecture)},
        {QStringLiteral("latentDim"), static_cast<qint64>(model.latentDim)},
        {QStringLiteral("widths"), toJsonArray(model.widths)},
        {QStringLiteral("hidden"), static_cast<qint64>(model.hidden)},
        {QStringLiteral("noiseModel"), jsonName(model.noiseModel)},
        {QStringLiteral("gaussianSigma"), model.gaussianSigma},
        {QStringLiteral("spectralNorm"), model.spectralNorm},
    };
    const QJsonObject objectiveJson{
        {QStringLiteral("negativePriorMean"), objective.negativePriorMean},
        {QStringLiteral("negativeWeight"), objective.negativeWeight},
        {QStringLiteral("updates"), jsonName(objective.updates)},
    };
    const QJsonObject optimizerJson{
        {QStringLiteral("type"), jsonName(optimizer.type)},
        {QStringLiteral("learningRate"), optimizer.learningRate},
        {QStringLiteral("rmspropAlpha"), optimizer.rmspropAlpha},
        {QStringLiteral("adamBeta1"), optimizer.adamBeta1},
        {QStringLiteral("adamBeta2"), optimizer.adamBeta2},
        {QStringLiteral("eps"), optimizer.eps},
        {QStringLiteral("weightDecay"), optimizer.weightDecay},
    };
    const QJsonObject trainingJson{
        {QStringLiteral("epochs"), static_cast<qint64>(training.epochs)},
        {QStringLiteral("batchSize"), static_cast<qint64>(training.batchSize)},
        {QStringLiteral("threads"), static_cast<qint64>(training.threads)},
        {QStringLiteral("device"), jsonName(training.device)},
        {QStringLiteral("evalInterval"), static_cast<qint64>(training.evalInterval)},
        {QStringLiteral("checkpointInterval"), static_cast<qint64>(training.checkpointInterval)},
        {QStringLiteral("sampleCount"), static_cast<qint64>(training.sampleCount)},
    };
    const QJsonObject evaluationJson{
        {QStringLiteral("seed"), static_cast<qint64>(evaluation.seed)},
        {QStringLiteral("batchSize"), static_cast<qint64>(evaluation.batchSize)},
        {QStringLiteral("scores"),
         QJsonObject{
             {QStringLiteral("iwae"), evaluation.scores.iwae},
             {QStringLiteral("iwaeSamples"), static_cast<qint64>(evaluation.scores.iwaeSamples)},
             {QStringLiteral("iwaeBatch"), static_cast<qint64>(evaluation.scores.iwaeBatch)},
             {QStringLiteral("complexity"), evaluation.scores.complexity},
             {QStringLiteral("compressor"), jsonName(evaluation.scores.compressor)},
             {QStringLiteral("background"), evaluation.scores.background},
             {QStringLiteral("perturbationRate"), evaluation.scores.perturbationRate},
             {QStringLiteral("regret"), evaluation.scores.regret},
             {QStringLiteral("regretSteps"), static_cast<qint64>(evaluation.scores.regretSteps)},
             {QStringLiteral("regretLearningRate"), evaluation.scores.regretLearningRate},
         }},
    };
    return QJsonObject{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("seed"), static_cast<qint64>(seed)},
        {QStringLiteral("data"), dataJson},
        {QStringLiteral("model"), modelJson},
        {QStringLiteral("objective"), objectiveJson},
        {QStringLiteral("optimizer"), optimizerJson},
        {QStringLiteral("training"), trainingJson},
        {QStringLiteral("evaluation"), evaluationJson},
    };
}

QByteArray ExperimentConfig::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

ExperimentConfig ExperimentConfig::fromJson(const QJsonObject& json, QList<ConfigError>* errors)
{
    ExperimentConfig config;
    ParseContext context;
    ObjectReader root(json, QString(), context);

    int64_t version = kVersion;
    root.integer("version", version);
    if (version > kVersion) {
        // Keys of a newer schema would only bury this under "unknown key" noise.
        context.errors.append({QStringLiteral("version"),
                               QStringLiteral("this configuration is version %1, but this build of negvae reads "
                                              "versions up to %2; use a newer negvae")
                                   .arg(version)
                                   .arg(kVersion)});
        if (errors)
            errors->append(context.errors);
        return ExperimentConfig();
    }
    if (version < 1)
        context.errors.append({QStringLiteral("version"), QStringLiteral("must be at least 1, got %1").arg(version)});

    root.string("name", config.name);
    root.integer("seed", config.seed);

    ObjectReader data(root.object("data"), root.field("data"), context);
    data.string("inlier", config.data.inlier);
    data.integer("trainSubset", config.data.trainSubset);
    data.integer("testSubset", config.data.testSubset);
    data.stringList("ood", config.data.ood);
    ObjectReader negatives(data.object("negatives"), data.field("negatives"), context);
    NegativesConfig& negativesConfig = config.data.negatives;
    negatives.choice("source", negativesConfig.source);
    negatives.stringList("sets", negativesConfig.sets);
    negatives.number("noiseSigma", negativesConfig.noiseSigma);
    negatives.boolean("generatorNegativeTerm", negativesConfig.generatorNegativeTerm);
    negatives.reportUnknownKeys();
    data.reportUnknownKeys();

    ObjectReader model(root.object("model"), root.field("model"), context);
    model.choice("architecture", config.model.architecture);
    model.integer("latentDim", config.model.latentDim);
    model.integerList("widths", config.model.widths);
    model.integer("hidden", config.model.hidden);
    model.choice("noiseModel", config.model.noiseModel);
    model.number("gaussianSigma", config.model.gaussianSigma);
    model.boolean("spectralNorm", config.model.spectralNorm);
    model.reportUnknownKeys();

    ObjectReader objective(root.object("objective"), root.field("objective"), context);
    objective.number("negativePriorMean", config.objective.negativePriorMean);
    objective.number("negativeWeight", config.objective.negativeWeight);
    objective.choice("updates", config.objective.updates);
    objective.reportUnknownKeys();

    ObjectReader optimizer(root.object("optimizer"), root.field("optimizer"), context);
    optimizer.choice("type", config.optimizer.type);
    optimizer.number("learningRate", config.optimizer.learningRate);
    optimizer.number("rmspropAlpha", config.optimizer.rmspropAlpha);
    optimizer.number("adamBeta1", config.optimizer.adamBeta1);
    optimizer.number("adamBeta2", config.optimizer.adamBeta2);
    optimizer.number("eps", config.optimizer.eps);
    optimizer.number("weightDecay", config.optimizer.weightDecay);
    optimizer.reportUnknownKeys();

    ObjectReader training(root.object("training"), root.field("training"), context);
    training.integer("epochs", config.training.epochs);
    training.integer("batchSize", config.training.batchSize);
    training.integer("threads", config.training.threads);
    training.choice("device", config.training.device);
    training.integer("evalInterval", config.training.evalInterval);
    training.integer("checkpointInterval", config.training.checkpointInterval);
    training.integer("sampleCount", config.training.sampleCount);
    training.reportUnknownKeys();

    ObjectReader evaluation(root.object("evaluation"), root.field("evaluation"), context);
    evaluation.integer("seed", config.evaluation.seed);
    evaluation.integer("batchSize", config.evaluation.batchSize);
    ObjectReader scores(evaluation.object("scores"), evaluation.field("scores"), context);
    ScoresConfig& scoresConfig = config.evaluation.scores;
    scores.boolean("iwae", scoresConfig.iwae);
    scores.integer("iwaeSamples", scoresConfig.iwaeSamples);
    scores.integer("iwaeBatch", scoresConfig.iwaeBatch);
    scores.boolean("complexity", scoresConfig.complexity);
    scores.choice("compressor", scoresConfig.compressor);
    scores.boolean("background", scoresConfig.background);
    scores.number("perturbationRate", scoresConfig.perturbationRate);
    scores.boolean("regret", scoresConfig.regret);
    scores.integer("regretSteps", scoresConfig.regretSteps);
    scores.number("regretLearningRate", scoresConfig.regretLearningRate);
    scores.reportUnknownKeys();
    evaluation.reportUnknownKeys();

    root.reportUnknownKeys();

    validateInto(config, context.unreadable, context.errors);
    if (errors)
        errors->append(context.errors);
    return config;
}

ExperimentConfig ExperimentConfig::fromJsonText(const QByteArray& text, QList<ConfigError>* errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (errors)
            errors->append({QString(), describeParseError(text, parseError)});
        return ExperimentConfig();
    }
    if (!document.isObject()) {
        if (errors) {
            errors->append({QString(), QStringLiteral("expected a JSON object at the top level, got %1")
                                           .arg(document.isArray() ? QStringLiteral("an array")
                                                                   : QStringLiteral("a single value"))});
        }
        return ExperimentConfig();
    }
    return fromJson(document.object(), errors);
}

ExperimentConfig ExperimentConfig::parseOrThrow(const QByteArray& text, const QString& source)
{
    QList<ConfigError> errors;
    ExperimentConfig config = fromJsonText(text, &errors);
    if (!errors.isEmpty())
        throw ConfigException(source, errors);
    return config;
}

ExperimentConfig ExperimentConfig::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ConfigException(path, {{QString(), QStringLiteral("cannot open: ") + file.errorString()}});
    const QByteArray text = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw ConfigException(path, {{QString(), QStringLiteral("cannot read: ") + file.errorString()}});
    return parseOrThrow(text, path);
}

void ExperimentConfig::saveFile(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ConfigException(path, {{QString(), QStringLiteral("cannot write: ") + file.errorString()}});
    const QByteArray text = toJsonText();
    if (file.write(text) != text.size() || !file.commit())
        throw ConfigException(path, {{QString(), QStringLiteral("cannot write: ") + file.errorString()}});
}

// ---- validation -------------------------------------------------------------------------

QList<ConfigError> ExperimentConfig::validate() const
{
    QList<ConfigError> errors;
    validateInto(*this, {}, errors);
    return errors;
}

void ExperimentConfig::throwIfInvalid(const QString& source) const
{
    const QList<ConfigError> errors = validate();
    if (!errors.isEmpty())
        throw ConfigException(source, errors);
}

QList<ConfigError> ExperimentConfig::validateArchitecture(const ImageShape& inlierShape) const
{
    const QString field = QStringLiteral("model.architecture");
    const auto mismatch = [&](const QString& architecture, const ImageShape& expected) {
        return ConfigError{field, QStringLiteral("the %1 architecture needs %2 images, but the inliers (%3) are %4")
                                      .arg(architecture, expected.toString(), data.inlier, inlierShape.toString())};
    };
    switch (model.architecture) {
    case Architecture::Auto:
        if (inlierShape != kGrayscaleShape && inlierShape != kColourShape) {
            return {{field, QStringLiteral("\"auto\" knows architectures for %1 and %2 images, but the inliers "
                                           "(%3) are %4")
                                .arg(kGrayscaleShape.toString(), kColourShape.toString(), data.inlier,
                                     inlierShape.toString())}};
        }
        break;
    case Architecture::Grayscale:
        if (inlierShape != kGrayscaleShape)
            return {mismatch(QStringLiteral("grayscale"), kGrayscaleShape)};
        break;
    case Architecture::Colour:
        if (inlierShape != kColourShape)
            return {mismatch(QStringLiteral("colour"), kColourShape)};
        break;
    }
    return {};
}

QList<ConfigError> ExperimentConfig::validateShapes(const ImageShape& inlierShape,
                                                    const QMap<QString, ImageShape>& shapes) const
{
    static const QRegularExpression listEntry(QStringLiteral("^data\\.(ood|negatives\\.sets)\\[(\\d+)\\]$"));
    QList<ConfigError> errors;
    for (auto it = shapes.constBegin(); it != shapes.constEnd(); ++it) {
        if (it.value() == inlierShape)
            continue;
        QString name = it.key();
        const QRegularExpressionMatch match = listEntry.match(it.key());
        if (match.hasMatch()) {
            const QStringList& list = match.captured(1) == QLatin1String("ood") ? data.ood : data.negatives.sets;
            const qsizetype index = match.captured(2).toLongLong();
            if (index < list.size())
                name = list.at(index);
        }
        errors.append({it.key(), QStringLiteral("%1 is %2 but the inliers (%3) are %4")
                                     .arg(name, it.value().toString(), data.inlier, inlierShape.toString())});
    }
    return errors;
}

// ---- presets ----------------------------------------------------------------------------

QList<ExperimentPreset> ExperimentConfig::presets()
{
    // SPEC §3, "Paper hyper-parameters", and §5's main experiment.
    ExperimentConfig grayscale;
    grayscale.name = QStringLiteral("paper-grayscale");
    grayscale.data.inlier = QStringLiteral("fashion-mnist");
    grayscale.data.ood = {QStringLiteral("mnist")};
    grayscale.data.negatives.source = NegativeSource::Auxiliary;
    grayscale.data.negatives.sets = {QStringLiteral("letters")};
    grayscale.model.architecture = Architecture::Grayscale;
    grayscale.model.noiseModel = NoiseModel::Bernoulli;
    grayscale.objective.negativePriorMean = 8.0;
    grayscale.objective.negativeWeight = 1.0;
    grayscale.objective.updates = UpdateScheme::Alternating;
    grayscale.optimizer.type = OptimizerType::RmsProp;
    grayscale.optimizer.learningRate = 1e-4;
    grayscale.training.epochs = 100;
    grayscale.training.batchSize = 50;

    ExperimentConfig colour;
    colour.name = QStringLiteral("paper-colour");
    colour.data.inlier = QStringLiteral("cifar10");
    colour.data.ood = {QStringLiteral("svhn")};
    colour.data.negatives.source = NegativeSource::Auxiliary;
    // Downsampled ImageNet cannot be packaged here: users put it in a folder of this name.
    colour.data.negatives.sets = {QStringLiteral("imagenet32")};
    colour.model.architecture = Architecture::Colour;
    colour.model.latentDim = 100;
    colour.model.noiseModel = NoiseModel::Bernoulli;
    colour.objective.negativePriorMean = 25.0;
    colour.objective.negativeWeight = 1.0;
    colour.objective.updates = UpdateScheme::Alternating;
    colour.optimizer.type = OptimizerType::Adam;
    colour.optimizer.learningRate = 1e-4;
    colour.optimizer.adamBeta1 = 0.9;
    colour.optimizer.adamBeta2 = 0.999;
    colour.training.epochs = 100;
    colour.training.batchSize = 50;

    // A first look, not a result: the larger learning rate makes up for the few epochs.
    ExperimentConfig quick = grayscale;
    quick.name = QStringLiteral("quick");
    quick.data.trainSubset = 10000;
    quick.data.testSubset = 2000;
    quick.training.epochs = 3;
    quick.training.batchSize = 50;
    quick.optimizer.learningRate = 1e-3;

    return {
        {grayscale.name,
         QStringLiteral("The paper's grayscale experiment: Fashion-MNIST inliers, MNIST as OOD, rendered letters as "
                        "negatives, RMSProp, 100 epochs."),
         grayscale},
        {colour.name,
         QStringLiteral("The paper's colour experiment: CIFAR-10 inliers, SVHN as OOD, negatives from your "
                        "downsampled-ImageNet folder \"imagenet32\", Adam, 100 epochs."),
         colour},
        {quick.name,
         QStringLiteral("paper-grayscale on 10 000 train / 2 000 test images for 3 epochs: about two minutes on "
                        "a 2-core machine."),
         quick},
    };
}

QStringList ExperimentConfig::presetNames()
{
    QStringList names;
    for (const ExperimentPreset& preset : presets())
        names.append(preset.name);
    return names;
}

std::optional<ExperimentConfig> ExperimentConfig::preset(const QString& name)
{
    for (const ExperimentPreset& preset : presets()) {
        if (preset.name == name)
            return preset.config;
    }
    return std::nullopt;
}

} // namespace negvae
