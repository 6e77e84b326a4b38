#pragma once

#include "evalreport.h"
#include "scoreseries.h"
#include "stepmetrics.h"

#include <QVector>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QSlider;

namespace negvae {

class AurocPlot;
class HistogramPlot;
class LossPlot;
class RocPlot;

// The live view of one run: losses per step, AUROC per epoch, the likelihood histograms and
// ROC curves of any evaluation (an epoch slider scrubs back through them). Fed by the
// training worker's signals or by a finished run folder; it never sees a tensor.
class RunDashboard : public QWidget {
    Q_OBJECT

public:
    explicit RunDashboard(QWidget* parent = nullptr);

    void clear();
    void addSteps(const QVector<StepMetrics>& steps);
    // An evaluation with per-image scores; the histograms jump to it unless the user is
    // looking at an older one.
    void addEvaluation(const EvalReport& report);
    // A run's history read elsewhere (RunContents, off the GUI thread): replaces what is
    // shown and redraws once, not once per evaluation.
    void showHistory(const std::vector<StepMetrics>& metrics, const std::vector<EvalReport>& evaluations);

    int evaluationCount() const { return int(m_evaluations.size()); }
    int shownEvaluation() const;
    void showEvaluation(int index);
    // A ScoreCatalog name: "bpd", "kl", "rec", or an opt-in score some evaluation holds.
    QString score() const;
    void setScore(const QString& score);

    LossPlot* lossPlot() const { return m_loss; }
    AurocPlot* aurocPlot() const { return m_auroc; }
    HistogramPlot* histogramPlot() const { return m_histogram; }
    RocPlot* rocPlot() const { return m_roc; }

    // The axis title of a score ("bpd", "kl", "rec") and the histogram series of a report,
    // shared with the Explore view so both read alike.
    static QString scoreLabel(const QString& score);
    // The score's name in menus, with its unit.
    static QString scoreTitle(const QString& score);
    static QVector<ScoreSeries> seriesFor(const EvalReport& report, const QString& score);

Q_SIGNALS:
    void evaluationShown(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshEvaluationView();
    void appendEvaluation(const EvalReport& report);
    void updateEpochSlider(bool followLatest);
    void retranslateUi();
    // The score menu lists every score some evaluation holds.
    void refreshScoreChoices();

    LossPlot* m_loss;
    AurocPlot* m_auroc;
    HistogramPlot* m_histogram;
    RocPlot* m_roc;
    QComboBox* m_scoreChoice;
    QSlider* m_epochSlider;
    QLabel* m_epochLabel;
    QLabel* m_scoreTitle;
    QLabel* m_evaluationTitle;
    std::vector<EvalReport> m_evaluations;
};

} // namespace negvae
