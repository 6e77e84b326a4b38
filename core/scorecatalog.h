#pragma once

#include <QString>
#include <QStringList>

namespace negvae {

// The per-image OOD scores a run can hold, by the name they carry in scores.csv, eval json,
// the CLI and the GUI, with each one's direction and convention written out once so every
// export states the same thing. Every score is oriented higher = more anomalous (SPEC §4).
class ScoreCatalog {
public:
    // bpd, kl, rec: computed at every evaluation.
    static QStringList baseNames();
    // bpd_iw, complexity, likelihood_ratio, regret: opt-in (config evaluation.scores).
    static QStringList extraNames();
    // Base then extra names, in the order tables and menus list them.
    static QStringList allNames();
    static bool isKnown(const QString& name);
    // A short title for tables and axes, e.g. "BPD-IW".
    static QString title(const QString& name);
    // One sentence: what the score is, its unit, and that higher = more anomalous.
    static QString convention(const QString& name);
};

} // namespace negvae
