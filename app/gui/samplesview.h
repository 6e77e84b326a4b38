#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;

namespace negvae {

class ImageGridView;

// The sample grids of one run at any of its evaluations (an epoch slider scrubs through
// them): inputs beside their reconstructions for the inlier test set or an OOD set, images
// decoded from the prior, and the negatives the model is trained against. It reads the PNG
// grids the runner writes into the run folder, so a live run and a finished one look alike,
// and it never sees a tensor.
class SamplesView : public QWidget {
    Q_OBJECT

public:
    explicit SamplesView(QWidget* parent = nullptr);

    // The run in this folder, from its newest evaluation; the zoom is fitted to the view the
    // first time grids are shown.
    void showRun(const QString& runFolder);
    void clear();
    // Reads the run folder again (new evaluations, set names). The slider jumps to the newest
    // evaluation unless the user moved it back.
    void refresh();

    QString runFolder() const { return m_folder; }
    // Epochs whose evaluation saved samples, ascending.
    QVector<qint64> epochs() const { return m_epochs; }
    // −1 while there are no samples.
    qint64 shownEpoch() const;
    // Index into epochs().
    void showEvaluation(int index);
    // The inlier test set first, then each OOD set in config order, as the selector shows them.
    QStringList setNames() const;
    int shownSet() const;
    void showSet(int index);

    QSlider* epochSlider() const { return m_epochSlider; }
    ImageGridView* inputsView() const { return m_inputs; }
    ImageGridView* reconstructionsView() const { return m_reconstructions; }
    ImageGridView* generatedView() const { return m_generated; }
    ImageGridView* negativesView() const { return m_negatives; }
    QString statusText() const;

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // One entry of the set selector and the file-name stem of its grids.
    struct SampleSet {
        QString name;
        QString filePrefix; // "" for the inlier test set, "ood<i>_" for the i-th OOD set
    };

    void retranslateUi();
    void scanFolder();
    void readSets(int oodInFiles);
    void rebuildSetChoice();
    void showCurrent();
    void loadGrid(ImageGridView* view, const QString& kind, const QString& caption);
    QString samplePath(qint64 epoch, const QString& kind) const;
    void fitZoomsIfPending();
    void describeClick(const QString& what, int index);
    static QString displayName(const QString& set);

    QSlider* m_epochSlider;
    QLabel* m_epochLabel;
    QComboBox* m_setChoice;
    ImageGridView* m_inputs;
    ImageGridView* m_reconstructions;
    ImageGridView* m_generated;
    ImageGridView* m_negatives;
    QLabel* m_status;
    QLabel* m_evaluationTitle;
    QLabel* m_setTitle;

    QString m_folder;
    QVector<qint64> m_epochs;
    QVector<SampleSet> m_sets;
    QString m_negativeSource;
    int m_sampleCount = 0; // from config.json: the images in a full grid; 0 when unknown
    bool m_fitPending = false;
};

} // namespace negvae
