#pragma once

#include <QStringList>

// `negvae presets`: the ready-made experiments; `--show NAME` prints one as JSON to start a
// config file from.
class PresetsCommand {
public:
    static int run(const QStringList& arguments);
};
