#pragma once

#include <QCoreApplication>
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

    // A role key as legends show it, in the user's language; the key itself stays the
    // identity (colours, CSV exports).
    static QString roleTitle(const QString& role)
    {
        if (role == QLatin1String("inlier"))
            return QCoreApplication::translate("negvae::ScoreSeries", "inlier");
        if (role == QLatin1String("negative"))
            return QCoreApplication::translate("negvae::ScoreSeries", "negative");
        if (role == QLatin1String("ood"))
            return QCoreApplication::translate("negvae::ScoreSeries", "ood");
        return role;
    }
};

} // namespace negvae
