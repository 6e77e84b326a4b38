#pragma once

#include <QStringList>

// `negvae train`: a new run from a config file or preset, or `--resume` of a run folder.
// Ctrl-C stops after the current batch and saves a checkpoint.
class TrainCommand {
public:
    static int run(const QStringList& arguments);
};
