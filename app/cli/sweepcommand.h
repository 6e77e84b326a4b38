#pragma once

#include <QStringList>

// `negvae sweep GRID.json --out DIR`: every run of a grid file (config fields × seeds), run
// here a few at a time with the cores split between them, or written out as a Slurm array
// job (--emit slurm). Reruns skip finished runs and resume interrupted ones.
class SweepCommand {
public:
    static int run(const QStringList& arguments);
};
