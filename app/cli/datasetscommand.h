#pragma once

#include <QStringList>

// `negvae datasets`: which data sets are available, where from, and how to get the missing
// ones.
class DatasetsCommand {
public:
    static int run(const QStringList& arguments);
};
