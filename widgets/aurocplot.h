#pragma once

#include "plotpanel.h"

#include <QVector>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace negvae {

// AUROC of each OOD set and score against epoch: the plot that shows during training whether
// the model is learning to give OOD images lower likelihood (AUROC above 0.5) or, the failure
// this project studies, higher (below 0.5). Colour says which OOD set, line style which score.
class AurocPlot : public PlotPanel
{
    Q_OBJECT

public:
    explicit AurocPlot(QWidget* parent = nullptr);
    ~AurocPlot() override;

    // Adds or replaces the point at `epoch` of the series "<oodSet> · <score>". AUROC with the
    // OOD set as the positive class and higher score = more anomalous. Score "BPD" draws
    // solid, "KL" dashed, anything else dotted.
    void setPoint(const QString& oodSet, const QString& score, double epoch, double auroc);
    void clear();

    // NaN when the series has no point at that epoch.
    double value(const QString& oodSet, const QString& score, double epoch) const;

    // ood_set,score,epoch,auroc_ood_positive
    QString csv() const override;

protected:
    QString exportBaseName() const override;
    void retranslateUi() override;

private:
    struct Series
    {
        QString oodSet;
        QString score;
        QCPGraph* graph = nullptr;
    };

    static QString seriesName(const QString& oodSet, const QString& score);
    int indexOf(const QString& oodSet, const QString& score) const;
    void applyXRange();

    QVector<Series> m_series;
    double m_minEpoch, m_maxEpoch;
    bool m_integralEpochs = true;
    QCPItemStraightLine* m_chanceLine = nullptr;
    QCPItemText* m_chanceLabel = nullptr;
};

} // namespace negvae
