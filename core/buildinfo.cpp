#include "buildinfo.h"

#include <opencv2/core/version.hpp>
#include <torch/version.h>

namespace negvae {

QString BuildInfo::version()
{
    return QStringLiteral(NEGVAE_VERSION);
}

QString BuildInfo::buildType()
{
    const QString type = QStringLiteral(NEGVAE_BUILD_TYPE);
    return type.isEmpty() ? QStringLiteral("unspecified") : type;
}

QString BuildInfo::torchVersion()
{
    return QStringLiteral(TORCH_VERSION);
}

QString BuildInfo::openCvVersion()
{
    return QStringLiteral(CV_VERSION);
}

} // namespace negvae
