#include "dataerror.h"

namespace negvae {

DataError::DataError(const QString& file, const QString& problem)
    : std::runtime_error((file + QStringLiteral(": ") + problem).toStdString())
    , m_file(file)
    , m_problem(problem)
{
}

QString DataError::message() const
{
    return QString::fromStdString(what());
}

} // namespace negvae
