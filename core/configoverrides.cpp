#include "configoverrides.h"

#include "configerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace negvae {

namespace {

QJsonValue parseValue(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().first();
    return QJsonValue(text);
}

// Sets the value at `path` (keys) inside `object`, creating nothing: a key that the object
// lacks is still inserted, so that validation reports it as unknown by its full path.
void setPath(QJsonObject& object, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return;
    }
    QJsonObject child = object.value(path.first()).toObject();
    setPath(child, path.mid(1), value);
    object.insert(path.first(), child);
}

} // namespace

ExperimentConfig ConfigOverrides::apply(const ExperimentConfig& base, const QStringList& assignments)
{
    QJsonObject json = base.toJson();
    QList<ConfigError> errors;
    for (const QString& assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const QString path = assignment.left(equals).trimmed();
        if (equals < 1 || path.isEmpty()) {
            errors << ConfigError {QString(), QStringLiteral("\"%1\": expected FIELD=VALUE, e.g. training.epochs=5").arg(assignment)};
            continue;
        }
        const QStringList keys = path.split(QLatin1Char('.'));
        const QJsonValue parent = keys.size() > 1 ? json.value(keys.first()) : QJsonValue(json);
        if (keys.size() > 1 && !parent.isObject()) {
            errors << ConfigError {path, QStringLiteral("unknown field")};
            continue;
        }
        setPath(json, keys, parseValue(assignment.mid(equals + 1)));
    }
    if (!errors.isEmpty())
        throw ConfigException(QStringLiteral("--set"), errors);
    ExperimentConfig config = ExperimentConfig::fromJson(json, &errors);
    if (!errors.isEmpty())
        throw ConfigException(QStringLiteral("--set"), errors);
    return config;
}

} // namespace negvae
