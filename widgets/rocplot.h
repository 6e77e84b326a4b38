#pragma once

#include "plotpanel.h"
#include "scoreseries.h"

#include <QVector>

class QCPCurve;
class QCPItemStraightLine;
class QCPItemText;

namespace negvae {

// ROC curves of the latest evaluation: the inlier test set against each OOD set, OOD as the
// positive class and higher score = more anomalous (SPEC §4). Curves are exact (computed from
// sorted scores, ties as one step), so the AUROC in the legend is the Mann–Whitney value with
// ties counted ½; only the drawn polyline is thinned for speed.
class RocPlot : public PlotPanel
{
    Q_OBJECT

public:
    explicit RocPlot(QWidget* parent = nullptr);
    ~RocPlot() override;

    // Inlier-role sets are pooled as the negatives; each OOD-role set gets a curve.
    // Negative-role sets are ignored. NaN scores are left out.
    void setCurves(const QString& scoreLabel, const QVector<ScoreSeries>& sets);
    void clear();

    // AUROC of an OOD set in the current curves; NaN if there is none.
    double auroc(const QString& oodSet) const;
    // Points drawn for an OOD set (after thinning); 0 if there is none.
    int drawnPointCount(const QString& oodSet) const;

    static constexpr int maxDrawnPoints = 2000;

    // ood_set,auroc_ood_positive,threshold,fpr_inliers_flagged,tpr_ood_flagged (every exact
    // ROC point; threshold is the score at or above which images are flagged).
    QString csv() const override;

protected:
    QString exportBaseName() const override;
    void retranslateUi() override;

private:
    struct Curve
    {
        QString name;
        double auroc = 0.0;
        QVector<double> thresholds, fpr, tpr; // exact curve, (0,0) first
        QCPCurve* curve = nullptr;
    };

    int indexOf(const QString& oodSet) const;

    QString m_scoreLabel;
    QVector<Curve> m_curves;
    QCPItemStraightLine* m_diagonal = nullptr;
    QCPItemText* m_convention = nullptr;
};

} // namespace negvae
