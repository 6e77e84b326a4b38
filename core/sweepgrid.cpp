#include "sweepgrid.h"

#include "configerror.h"
#include "configoverrides.h"
#include "jsontext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>

namespace negvae {

namespace {

constexpr int kRecordVersion = 1;
constexpr int kMaxSeedCount = 10000;
constexpr qsizetype kMaxLabelLength = 48;

// One field a grid file sets, and where in the file, for messages.
struct Setting {
    QString path;
    QJsonValue value;
    QString origin; // `overrides."training.epochs"`, `grid."model.noiseModel"[1]`
};

struct Variant {
    QString name;
    QList<Setting> settings;
};

struct Axis {
    QString path;
    QString shortName;
    QList<QJsonValue> values;
};

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// toJson() writes every field, so the base config's JSON doubles as the schema of valid paths.
bool pathExists(const QJsonObject& schema, const QString& path)
{
    QJsonObject object = schema;
    const QStringList keys = path.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!object.contains(keys[i]))
            return false;
        if (i + 1 < keys.size()) {
            const QJsonValue value = object.value(keys[i]);
            if (!value.isObject())
                return false;
            object = value.toObject();
        }
    }
    return true;
}

// True when `inner` is `outer` or lies inside it (a field of it, or an element of a list).
bool covers(const QString& outer, const QString& inner)
{
    return inner == outer || inner.startsWith(outer + QLatin1Char('.')) || inner.startsWith(outer + QLatin1Char('['));
}

// A value as a folder name may spell it without losing anything.
bool isPlainName(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]*$"));
    return plain.match(text).hasMatch();
}

QString shortHash(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(6));
}

std::optional<ExperimentConfig> readBase(
    const QJsonValue& value, const QString& baseDirectory, QList<ConfigError>& errors)
{
    const QString field = QStringLiteral("base");
    if (value.isUndefined()) {
        errors.append({field,
            QStringLiteral("required: a preset name (%1), a config file, or a config object")
                .arg(ExperimentConfig::presetNames().join(QStringLiteral(", ")))});
        return std::nullopt;
    }
    if (value.isObject()) {
        QList<ConfigError> configErrors;
        const ExperimentConfig config = ExperimentConfig::fromJson(value.toObject(), &configErrors);
        for (const ConfigError& error : configErrors)
            errors.append({error.field.isEmpty() ? field : field + QLatin1Char('.') + error.field, error.message});
        if (!configErrors.isEmpty())
            return std::nullopt;
        return config;
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        errors.append({field,
            QStringLiteral("expected a preset name, a config file or a config object, got %1")
                .arg(JsonText::describeType(value))});
        return std::nullopt;
    }
    const QString name = value.toString();
    if (const auto preset = ExperimentConfig::preset(name))
        return *preset;
    const QString path = QDir(baseDirectory).absoluteFilePath(name);
    if (!QFileInfo(path).isFile()) {
        errors.append({field,
            QStringLiteral("\"%1\" is neither a preset (%2) nor a config file (no file %3)")
                .arg(name, ExperimentConfig::presetNames().join(QStringLiteral(", ")), path)});
        return std::nullopt;
    }
    try {
        return ExperimentConfig::loadFile(path);
    } catch (const ConfigException& error) {
        for (const ConfigError& problem : error.errors())
            errors.append({field, path + QStringLiteral(": ") + problem.toString()});
    }
    return std::nullopt;
}

QList<Setting> readSettings(const QJsonObject& object, const QString& prefix)
{
    QList<Setting> settings;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        settings.append({it.key().trimmed(), it.value(), prefix + quoted(it.key())});
    return settings;
}

} // namespace

SweepGrid SweepGrid::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ConfigException(path, {{QString(), QStringLiteral("cannot open: ") + file.errorString()}});
    return parse(file.readAll(), path, QFileInfo(path).absolutePath());
}

SweepGrid SweepGrid::parse(const QByteArray& text, const QString& source, const QString& baseDirectory)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = text.left(parseError.offset);
        throw ConfigException(source,
            {{QString(),
                QStringLiteral("not valid JSON: %1 at line %2")
                    .arg(parseError.errorString())
                    .arg(before.count('\n') + 1)}});
    }
    if (!document.isObject())
        throw ConfigException(
            source, {{QString(), QStringLiteral("expected a JSON object with \"base\", \"grid\", ...")}});
    return fromJson(document.object(), source, baseDirectory);
}

SweepGrid SweepGrid::fromJson(const QJsonObject& json, const QString& source, const QString& baseDirectory)
{
    QList<ConfigError> errors;
    const auto fail = [&errors](const QString& field, const QString& message) { errors.append({field, message}); };

    static const QStringList knownKeys {QStringLiteral("name"), QStringLiteral("base"), QStringLiteral("overrides"),
        QStringLiteral("variants"), QStringLiteral("grid"), QStringLiteral("seeds")};
    for (const QString& key : json.keys()) {
        if (!knownKeys.contains(key))
            fail(key, QStringLiteral("unknown key; a grid file has %1").arg(knownKeys.join(QStringLiteral(", "))));
    }

    const std::optional<ExperimentConfig> base = readBase(json.value(QStringLiteral("base")), baseDirectory, errors);
    const QJsonObject schema = base ? base->toJson() : QJsonObject();

    QString name = base ? base->name : QString();
    if (json.contains(QStringLiteral("name"))) {
        const QJsonValue value = json.value(QStringLiteral("name"));
        if (!value.isString() || value.toString().trimmed().isEmpty())
            fail(QStringLiteral("name"), QStringLiteral("must be a non-empty string"));
        else
            name = value.toString().trimmed();
    }

    // Seeds: a list, or a count n meaning 1..n. Without them every run keeps the config's seed.
    QList<int64_t> seeds;
    const bool hasSeeds = json.contains(QStringLiteral("seeds"));
    if (hasSeeds) {
        const QJsonValue value = json.value(QStringLiteral("seeds"));
        const auto wholeNumber = [](const QJsonValue& v) {
            const double d = v.toDouble(-1);
            return v.isDouble() && d >= 0 && d <= 9007199254740992.0 && std::floor(d) == d;
        };
        if (value.isArray() && !value.toArray().isEmpty()) {
            const QJsonArray list = value.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString field = QStringLiteral("seeds[%1]").arg(i);
                if (!wholeNumber(list[i])) {
                    fail(field, QStringLiteral("must be a whole number ≥ 0, got %1").arg(JsonText::compact(list[i])));
                    continue;
                }
                const auto seed = int64_t(list[i].toDouble());
                if (seeds.contains(seed))
                    fail(field, QStringLiteral("seed %1 is listed twice").arg(seed));
                else
                    seeds.append(seed);
            }
        } else if (wholeNumber(value) && value.toDouble() >= 1 && value.toDouble() <= kMaxSeedCount) {
            for (int64_t seed = 1; seed <= int64_t(value.toDouble()); ++seed)
                seeds.append(seed);
        } else {
            fail(QStringLiteral("seeds"),
                QStringLiteral("expected a non-empty list of seeds, or a count n (1..%1) for "
                               "seeds 1..n; got %2")
                    .arg(kMaxSeedCount)
                    .arg(JsonText::compact(value)));
        }
    }

    QList<Setting> overrides;
    if (json.contains(QStringLiteral("overrides"))) {
        const QJsonValue value = json.value(QStringLiteral("overrides"));
        if (value.isObject())
            overrides = readSettings(value.toObject(), QStringLiteral("overrides."));
        else
            fail(QStringLiteral("overrides"),
                QStringLiteral("expected an object of \"field.path\": value, got %1").arg(JsonText::describeType(value)));
    }

    QList<Variant> variants;
    if (json.contains(QStringLiteral("variants"))) {
        const QJsonValue value = json.value(QStringLiteral("variants"));
        if (!value.isArray() || value.toArray().isEmpty()) {
            fail(QStringLiteral("variants"),
                QStringLiteral("expected a non-empty list of {\"name\": ..., \"set\": {...}}, "
                               "or no \"variants\" at all"));
        } else {
            const QJsonArray list = value.toArray();
            QSet<QString> names;
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString field = QStringLiteral("variants[%1]").arg(i);
                const QJsonObject entry = list[i].toObject();
                if (!list[i].isObject()) {
                    fail(field,
                        QStringLiteral("expected {\"name\": ..., \"set\": {...}}, got %1").arg(JsonText::describeType(list[i])));
                    continue;
                }
                for (const QString& key : entry.keys()) {
                    if (key != QLatin1String("name") && key != QLatin1String("set"))
                        fail(field + QLatin1Char('.') + key,
                            QStringLiteral("unknown key; a variant has \"name\" and \"set\""));
                }
                Variant variant;
                variant.name = entry.value(QStringLiteral("name")).toString();
                static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+-]*$"));
                if (!namePattern.match(variant.name).hasMatch()) {
                    fail(field + QStringLiteral(".name"),
                        QStringLiteral(
                            "must be a name of letters, digits and . _ + - (it names the run folders), got %1")
                            .arg(JsonText::compact(entry.value(QStringLiteral("name")))));
                } else if (names.contains(variant.name)) {
                    fail(field + QStringLiteral(".name"),
                        QStringLiteral("\"%1\" is used by two variants").arg(variant.name));
                }
                names.insert(variant.name);
                const QJsonValue set = entry.value(QStringLiteral("set"));
                if (!set.isObject())
                    fail(field + QStringLiteral(".set"),
                        QStringLiteral("expected an object of \"field.path\": value, got %1").arg(JsonText::describeType(set)));
                else
                    variant.settings = readSettings(set.toObject(), field + QStringLiteral(".set."));
                variants.append(variant);
            }
        }
    }

    QList<Axis> axes;
    if (json.contains(QStringLiteral("grid"))) {
        const QJsonValue value = json.value(QStringLiteral("grid"));
        if (!value.isObject()) {
            fail(QStringLiteral("grid"),
                QStringLiteral("expected an object of \"field.path\": [values], got %1").arg(JsonText::describeType(value)));
        } else {
            const QJsonObject grid = value.toObject();
            for (auto it = grid.constBegin(); it != grid.constEnd(); ++it) {
                const QString field = QStringLiteral("grid.") + quoted(it.key());
                if (!it.value().isArray() || it.value().toArray().isEmpty()) {
                    fail(field,
                        QStringLiteral("expected a non-empty list of values, got %1 (one value for every run "
                                       "belongs in \"overrides\")")
                            .arg(JsonText::compact(it.value())));
                    continue;
                }
                Axis axis;
                axis.path = it.key().trimmed();
                QStringList seen;
                const QJsonArray values = it.value().toArray();
                for (qsizetype i = 0; i < values.size(); ++i) {
                    const QString text = JsonText::compact(values[i]);
                    if (seen.contains(text))
                        fail(
                            QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("%1 is listed twice").arg(text));
                    seen.append(text);
                    axis.values.append(values[i]);
                }
                axes.append(axis);
            }
        }
    }

    // Paths: each must be a field of the config that the sweep leaves to the grid file, set
    // in one place only (overrides, variants or an axis) so no precedence rule is needed.
    const auto checkPath = [&](const QString& path, const QString& origin, bool perRun) {
        if (path.isEmpty() || path.split(QLatin1Char('.')).contains(QString())) {
            fail(origin, QStringLiteral("not a field path; expected e.g. training.epochs"));
        } else if (covers(path, QStringLiteral("training.threads"))) {
            fail(origin,
                QStringLiteral("training.threads is set by negvae sweep, which splits the cores between the runs "
                               "it runs at once (--jobs, --threads; --cpus-per-task with --emit slurm)"));
        } else if (path == QLatin1String("name")) {
            fail(
                origin, QStringLiteral("set by the sweep: each run is named after the grid's \"name\" and its folder"));
        } else if (path == QLatin1String("seed") && (hasSeeds || perRun)) {
            fail(origin,
                hasSeeds ? QStringLiteral("set by \"seeds\"; remove it here")
                         : QStringLiteral("list the seeds in \"seeds\" instead"));
        } else if (base && !pathExists(schema, path)) {
            fail(origin,
                QStringLiteral("unknown field (see `negvae presets --show %1` for the fields)").arg(base->name));
        }
    };
    for (const Setting& setting : overrides)
        checkPath(setting.path, setting.origin, false);
    for (const Variant& variant : variants) {
        for (const Setting& setting : variant.settings) {
            checkPath(setting.path, setting.origin, true);
            for (const Setting& common : overrides) {
                if (covers(common.path, setting.path) || covers(setting.path, common.path))
                    fail(setting.origin, QStringLiteral("also set in %1; set it in one place").arg(common.origin));
            }
        }
    }
    for (const Axis& axis : axes) {
        const QString origin = QStringLiteral("grid.") + quoted(axis.path);
        checkPath(axis.path, origin, true);
        for (const Setting& common : overrides) {
            if (covers(common.path, axis.path) || covers(axis.path, common.path))
                fail(origin, QStringLiteral("also set in %1; set it in one place").arg(common.origin));
        }
        bool reported = false;
        for (const Variant& variant : variants) {
            for (const Setting& setting : variant.settings) {
                if (!reported && (covers(setting.path, axis.path) || covers(axis.path, setting.path))) {
                    fail(origin,
                        QStringLiteral("also set by %1; a field is either an axis or part of the variants")
                            .arg(setting.origin));
                    reported = true;
                }
            }
        }
        for (const Axis& other : axes) {
            if (&other != &axis && covers(other.path, axis.path) && other.path != axis.path)
                fail(origin,
                    QStringLiteral("lies inside the axis grid.%1; set it in one place").arg(quoted(other.path)));
        }
    }

    SweepGrid result;
    result.m_source = source;
    result.m_name = name;
    result.m_json = json;
    if (!errors.isEmpty() || !base)
        throw ConfigException(source, errors);

    QStringList axisPaths;
    for (const Axis& axis : axes)
        axisPaths.append(axis.path);
    const QStringList shortAxisNames = shortNames(axisPaths);
    for (qsizetype i = 0; i < axes.size(); ++i)
        axes[i].shortName = shortAxisNames[i];
    if (variants.isEmpty())
        variants.append(Variant());
    if (seeds.isEmpty())
        seeds.append(-1); // the config's own seed

    // Expand: variants, then the axes' cross product (an odometer, last axis fastest).
    bool combinationProblem = false;
    QSet<QString> folders;
    for (const Variant& variant : variants) {
        QList<qsizetype> position(axes.size(), 0);
        for (bool more = true; more;) {
            QStringList assignments;
            QList<Setting> applied;
            QJsonObject settings;
            QStringList labelParts;
            if (!variant.name.isEmpty())
                labelParts.append(variant.name);
            for (const Setting& setting : overrides) {
                assignments.append(setting.path + QLatin1Char('=') + JsonText::compact(setting.value));
                applied.append(setting);
            }
            for (const Setting& setting : variant.settings) {
                assignments.append(setting.path + QLatin1Char('=') + JsonText::compact(setting.value));
                applied.append(setting);
                settings.insert(setting.path, setting.value);
            }
            for (qsizetype a = 0; a < axes.size(); ++a) {
                const Axis& axis = axes[a];
                const QJsonValue value = axis.values[position[a]];
                assignments.append(axis.path + QLatin1Char('=') + JsonText::compact(value));
                applied.append(
                    {axis.path, value, QStringLiteral("grid.%1[%2]").arg(quoted(axis.path)).arg(position[a])});
                settings.insert(axis.path, value);
                labelParts.append(axis.shortName + QLatin1Char('=') + valueLabel(value));
            }
            const QString label = labelParts.join(QLatin1Char(','));

            try {
                const ExperimentConfig config = ConfigOverrides::apply(*base, assignments);
                for (int64_t seed : seeds) {
                    SweepRun run;
                    run.config = config;
                    if (seed >= 0)
                        run.config.seed = seed;
                    run.seed = run.config.seed;
                    run.variant = variant.name;
                    run.settings = settings;
                    const QString seedFolder = QStringLiteral("seed_%1").arg(run.seed);
                    run.folder = label.isEmpty() ? seedFolder : label + QLatin1Char('/') + seedFolder;
                    run.config.name = name + QLatin1Char('/') + run.folder;
                    if (folders.contains(run.folder))
                        fail(QStringLiteral("run ") + quoted(run.folder),
                            QStringLiteral("two runs would share this folder"));
                    folders.insert(run.folder);
                    result.m_runs.append(run);
                }
            } catch (const ConfigException& error) {
                // Name the grid entry that set the field the config refused; a problem of no
                // single entry (a contradiction between fields) is the grid point's.
                for (const ConfigError& problem : error.errors()) {
                    const Setting* origin = nullptr;
                    for (const Setting& setting : applied) {
                        if (!problem.field.isEmpty() && covers(setting.path, problem.field)
                            && (!origin || setting.path.size() >= origin->path.size()))
                            origin = &setting;
                    }
                    if (!origin)
                        combinationProblem = true;
                    fail(origin
                            ? origin->origin
                            : (label.isEmpty() ? QStringLiteral("every run") : QStringLiteral("run ") + quoted(label)),
                        problem.toString());
                }
            }

            // Advance the odometer.
            more = false;
            for (qsizetype a = axes.size() - 1; a >= 0; --a) {
                if (++position[a] < axes[a].values.size()) {
                    more = true;
                    break;
                }
                position[a] = 0;
            }
        }
    }
    if (combinationProblem) {
        fail(QString(),
            QStringLiteral("settings that must change together (e.g. data.negatives.source with "
                           "data.negatives.sets) belong together in one of the \"variants\""));
    }
    if (!errors.isEmpty()) {
        QList<ConfigError> unique;
        for (const ConfigError& error : errors) {
            if (!unique.contains(error))
                unique.append(error);
        }
        throw ConfigException(source, unique);
    }
    return result;
}

QJsonObject SweepGrid::toJson() const
{
    QJsonArray runs;
    for (const SweepRun& run : m_runs) {
        runs.append(QJsonObject {
            {QStringLiteral("folder"), run.folder},
            {QStringLiteral("variant"), run.variant},
            {QStringLiteral("seed"), qint64(run.seed)},
            {QStringLiteral("settings"), run.settings},
        });
    }
    return QJsonObject {
        {QStringLiteral("version"), kRecordVersion},
        {QStringLiteral("source"), m_source.isEmpty() ? QString() : QFileInfo(m_source).absoluteFilePath()},
        {QStringLiteral("name"), m_name},
        {QStringLiteral("grid"), m_json},
        {QStringLiteral("runs"), runs},
    };
}

QStringList SweepGrid::shortNames(const QStringList& paths)
{
    const auto suffix = [](const QStringList& parts, qsizetype count) {
        return parts.mid(std::max<qsizetype>(0, parts.size() - count)).join(QLatin1Char('.'));
    };
    QList<QStringList> split;
    for (const QString& path : paths)
        split.append(path.split(QLatin1Char('.')));
    QStringList names;
    for (qsizetype i = 0; i < split.size(); ++i) {
        qsizetype count = 1;
        for (; count < split[i].size(); ++count) {
            bool unique = true;
            for (qsizetype j = 0; j < split.size() && unique; ++j)
                unique = j == i || suffix(split[j], count) != suffix(split[i], count);
            if (unique)
                break;
        }
        names.append(suffix(split[i], count));
    }
    return names;
}

QString SweepGrid::valueLabel(const QJsonValue& value)
{
    QString text;
    bool exact = true;
    if (value.isString()) {
        text = value.toString();
        exact = isPlainName(text);
    } else if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& element : value.toArray()) {
            parts.append(element.isString() ? element.toString() : JsonText::compact(element));
            exact = exact && element.isString() && isPlainName(parts.last());
        }
        text = parts.isEmpty() ? QStringLiteral("empty") : parts.join(QLatin1Char('+'));
    } else {
        text = JsonText::compact(value);
        exact = isPlainName(text);
    }
    if (exact && text.size() <= kMaxLabelLength)
        return text;
    QString label = text;
    label.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._+-]+")), QStringLiteral("_"));
    while (label.startsWith(QLatin1Char('.')))
        label.remove(0, 1);
    return label.left(kMaxLabelLength - 8) + QLatin1Char('-') + shortHash(JsonText::compact(value));
}

} // namespace negvae
