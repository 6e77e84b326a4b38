#pragma once

#include <QString>
#include <stdexcept>

namespace negvae {

// Thrown by every reader and loader in core when input is unusable. It carries the file (or
// data-set name) and the problem separately so the CLI and GUI can show both, and what()
// reads "<file>: <problem>" for logs.
class DataError : public std::runtime_error {
public:
    DataError(const QString& file, const QString& problem);

    const QString& file() const { return m_file; }
    const QString& problem() const { return m_problem; }
    QString message() const;

private:
    QString m_file;
    QString m_problem;
};

} // namespace negvae
