#pragma once

#include "evalreport.h"
#include "experimentconfig.h"

#include <QString>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QThread;

namespace negvae {

class HistogramPlot;
class ImageDetailPanel;
class ImageGridView;
class LatentScatterPlot;
class RunInspector;
struct RunContents;
class ScoredImageGallery;

// The images behind the numbers of one run: the score histogram of an evaluation, where a
// click on a bin or a dragged score range lists exactly those images; top-k lists of the most
// anomalous and most typical images per set, and the OOD images the model finds *most* likely
// (lowest BPD, where it is fooled); the posterior means of each set in a latent scatter with
// the prior's and the negative prior's centres; one image in detail with its reconstruction,
// scores and ranks; and a latent interpolation between two chosen images. Scores and latents
// come from the run folder (or live from the training), images and the model from a
// RunInspector loaded on a worker thread so the GUI never waits for a data set.
class ExploreView : public QWidget {
    Q_OBJECT

public:
    explicit ExploreView(QWidget* parent = nullptr);
    ~ExploreView() override;

    // Every evaluation in the folder (newest shown) and, in the background, the test images
    // and the latest checkpoint. A folder without evaluations yet is fine (a run just started).
    void showRun(const QString& runFolder);
    // The same for a run already read (off the GUI thread): only the images and the model
    // are still loaded, in the background.
    void showRun(const RunContents& contents);
    // A new evaluation of the run being shown, live from training. Shown at once unless the
    // user chose an older evaluation.
    void addEvaluation(const EvalReport& report);
    void clear();

    QString runFolder() const { return m_folder; }
    // True once the test images of the run are loaded (imagesReady was emitted).
    bool imagesLoaded() const { return m_inspector != nullptr; }

    int evaluationCount() const { return int(m_reports.size()); }
    qint64 shownEpoch() const;
    void showEvaluation(int index);
    // "bpd", "kl" or "rec".
    QString score() const;
    void setScore(const QString& score);

    // Fill the gallery. False (with the reason in statusText()) when the images are not
    // loaded yet or the set is unknown.
    bool showHistogramSelection();
    bool showTopK(const QString& set, bool mostAnomalous, int k);
    // The k OOD images with the lowest BPD over all OOD sets, lowest first.
    bool showFoolingOod(int k);
    // The detail panel for one image of the shown evaluation.
    bool showDetail(const QString& set, qint64 index);
    // Images A and B of the shown sets, decoded along the line between their posterior means.
    bool interpolate(const QString& setA, qint64 indexA, const QString& setB, qint64 indexB);

    HistogramPlot* histogram() const { return m_histogram; }
    LatentScatterPlot* latentPlot() const { return m_latent; }
    ScoredImageGallery* gallery() const { return m_gallery; }
    ImageDetailPanel* detailPanel() const { return m_detail; }
    ImageGridView* interpolationView() const { return m_interpolation; }
    QString statusText() const;

    static constexpr int defaultTopK = 32;

Q_SIGNALS:
    // The test images finished loading (or failed to: see problem()).
    void imagesReady();
    void message(const QString& text);
    void problem(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Choice { QString set; qint64 index = -1; };

    void retranslateUi();
    void startLoading();
    void onLoaded(const std::shared_ptr<RunInspector>& inspector, const QString& error);
    void showStartingPoint();
    void rebuildEvaluationChoice();
    void rebuildSetChoice();
    void showCurrent();
    void updateHistogram();
    void updateLatents();
    const EvalReport* current() const;
    const SetScores* findSet(const QString& name) const;
    bool requireImages();
    // Whether the images behind `set`'s scores at the shown evaluation can be shown (the
    // negatives' only for the latest evaluation); loads the kept negatives when needed.
    bool imagesKept(const SetScores& set);
    bool fillGallery(const QString& title, const std::vector<Choice>& picks);
    void setStatus(const QString& text);
    void reportProblem(const QString& text);
    void updateInterpolationButtons();

    QString m_folder;
    ExperimentConfig m_config;
    std::vector<EvalReport> m_reports;
    int m_shown = -1;
    bool m_followNewest = true;
    std::shared_ptr<RunInspector> m_inspector;
    QThread* m_loader = nullptr;
    quint64 m_loadGeneration = 0;
    std::optional<Choice> m_from;
    std::optional<Choice> m_to;

    QLabel* m_evaluationTitle;
    QComboBox* m_evaluationChoice;
    QLabel* m_scoreTitle;
    QComboBox* m_scoreChoice;
    QLabel* m_setTitle;
    QComboBox* m_setChoice;
    QLabel* m_kTitle;
    QSpinBox* m_kSpin;
    QPushButton* m_anomalousButton;
    QPushButton* m_typicalButton;
    QPushButton* m_foolingButton;
    QLabel* m_statusLabel;
    HistogramPlot* m_histogram;
    LatentScatterPlot* m_latent;
    ScoredImageGallery* m_gallery;
    ImageDetailPanel* m_detail;
    QLabel* m_interpolationTitle;
    QLabel* m_stepsTitle;
    QSpinBox* m_stepsSpin;
    QPushButton* m_interpolateButton;
    ImageGridView* m_interpolation;
};

} // namespace negvae
