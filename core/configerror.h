#pragma once

#include <QList>
#include <QString>
#include <stdexcept>

namespace negvae {

// One problem found in an experiment configuration. `field` is the JSON path of the value
// ("training.batchSize", "data.ood[1]"), empty for problems with the text as a whole (it is not
// JSON, or not an object); `message` says what is wrong in words a user can act on.
struct ConfigError {
    QString field;
    QString message;

    // "field: message", or just the message when no field is involved.
    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }

    bool operator==(const ConfigError& other) const { return field == other.field && message == other.message; }
    bool operator!=(const ConfigError& other) const { return !(*this == other); }
};

// Thrown by the throwing conveniences of ExperimentConfig. It carries every problem found,
// not just the first, so a user fixes a file in one pass; `file` is the file (or other source)
// the configuration came from, empty when there is none. what() reads "<file>: <problems>".
class ConfigException : public std::runtime_error {
public:
    ConfigException(const QString& file, const QList<ConfigError>& errors)
        : std::runtime_error(compose(file, errors).toStdString())
        , m_file(file)
        , m_errors(errors)
    {
    }

    const QString& file() const { return m_file; }
    const QList<ConfigError>& errors() const { return m_errors; }
    QString message() const { return QString::fromStdString(what()); }

private:
    static QString compose(const QString& file, const QList<ConfigError>& errors)
    {
        const QString prefix = file.isEmpty() ? QString() : file + QStringLiteral(": ");
        if (errors.size() == 1)
            return prefix + errors.first().toString();
        QString text = prefix + QStringLiteral("%1 problems in the configuration:").arg(errors.size());
        for (const ConfigError& error : errors)
            text += QStringLiteral("\n  ") + error.toString();
        return text;
    }

    QString m_file;
    QList<ConfigError> m_errors;
};

} // namespace negvae
