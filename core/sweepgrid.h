#pragma once

#include "experimentconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace negvae {

// One run of a sweep: a grid point (a variant and one value per axis) with one seed.
struct SweepRun {
    // Relative to the sweep's output folder, '/'-separated, readable and deterministic:
    // "letters,noiseModel=bernoulli/seed_1".
    QString folder;
    QString variant;      // empty when the grid has no variants
    QJsonObject settings; // field path → value: what the variant and the grid axes set
    int64_t seed = 0;
    ExperimentConfig config; // complete and valid
};

// A sweep's grid file (`negvae sweep GRID.json`), parsed, checked and expanded:
//   {"name": "replicate",                                  optional; default: the base's name
//    "base": "paper-grayscale" | "base.json" | {...},      preset, file (relative to the grid
//                                                          file) or inline (partial) config
//    "overrides": {"training.epochs": 5},                  every run
//    "variants": [{"name": "baseline", "set": {"data.negatives.source": "none",
//                                               "data.negatives.sets": []}}, ...],
//    "grid": {"model.noiseModel": ["bernoulli", "gaussian-learned"]},
//    "seeds": [1, 2, 3]  (or 3, meaning 1..3)}
// Field paths are those of `--set` (ConfigOverrides). Variants are for settings that must
// change together; grid axes are crossed with each other, with the variants and with the
// seeds. Every problem is reported at once, each named by where it is in the grid file
// (`grid."model.noiseModel"[1]`, `variants[0].set."data.negatives.sets"`) and what the
// config said about it.
class SweepGrid {
public:
    // Throw ConfigException with the file (or `source`) and every problem.
    static SweepGrid loadFile(const QString& path);
    static SweepGrid parse(const QByteArray& text, const QString& source, const QString& baseDirectory);
    // `baseDirectory` resolves a relative "base" file name.
    static SweepGrid fromJson(const QJsonObject& json, const QString& source, const QString& baseDirectory);

    const QString& name() const { return m_name; }
    const QString& source() const { return m_source; }
    // Variants in file order, then the axes' cross product (axes ordered by field path, the
    // last one varying fastest), then seeds: the order runs are started in.
    const QList<SweepRun>& runs() const { return m_runs; }
    // The grid and its expansion, as the sweep records it in DIR/sweep.json.
    QJsonObject toJson() const;

    // The shortest dotted suffixes that still tell the paths apart:
    // {data.negatives.source, model.noiseModel} → {source, noiseModel}.
    static QStringList shortNames(const QStringList& paths);
    // A value as part of a folder name: strings as they are, lists joined by '+', and a
    // short hash appended whenever characters had to be replaced, so that two values never
    // share a name.
    static QString valueLabel(const QJsonValue& value);

private:
    QString m_source;
    QString m_name;
    QJsonObject m_json;
    QList<SweepRun> m_runs;
};

} // namespace negvae
