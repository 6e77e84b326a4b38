#pragma once

#include <QString>

namespace negvae {

// Which part of a data set: models train on Train and are scored on Test.
enum class Split { Train, Test };

inline QString splitName(Split split)
{
    return split == Split::Train ? QStringLiteral("train") : QStringLiteral("test");
}

} // namespace negvae
