#pragma once

#include <QString>
#include <QVector>

namespace negvae {

// Per-image anomaly scores of one test set, as the histogram and ROC plots take them. Plain
// values so that the GUI can hand over evaluation results without the widgets knowing torch.
// Higher score = more anomalous (BPD, KL, REC all follow this).
struct ScoreSeries
{
    QString name;           // data set, e.g. "mnist"; picks the colour via SeriesPalette
    QString role;           // "inlier", "negative" or "ood"
    QVector<double> values; // one score per image; NaN entries are ignored
};

} // namespace negvae
