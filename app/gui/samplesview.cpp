#include "samplesview.h"

#include "experimentconfig.h"
#include "imagegridview.h"
#include "runstore.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace negvae {

namespace {

// core's ImageGrid pads every sample grid with 2 px of grey.
constexpr int kGridPadding = 2;

} // namespace

SamplesView::SamplesView(QWidget* parent)
    : QWidget(parent)
    , m_epochSlider(new QSlider(Qt::Horizontal, this))
    , m_epochLabel(new QLabel(this))
    , m_setChoice(new QComboBox(this))
    , m_inputs(new ImageGridView(this))
    , m_reconstructions(new ImageGridView(this))
    , m_generated(new ImageGridView(this))
    , m_negatives(new ImageGridView(this))
    , m_status(new QLabel(this))
    , m_evaluationTitle(new QLabel(this))
    , m_setTitle(new QLabel(this))
{
    m_epochSlider->setObjectName(QStringLiteral("samplesEpochSlider"));
    m_epochLabel->setObjectName(QStringLiteral("samplesEpochLabel"));
    m_setChoice->setObjectName(QStringLiteral("samplesSetChoice"));
    m_inputs->setObjectName(QStringLiteral("inputsGrid"));
    m_reconstructions->setObjectName(QStringLiteral("reconstructionsGrid"));
    m_generated->setObjectName(QStringLiteral("generatedGrid"));
    m_negatives->setObjectName(QStringLiteral("negativesGrid"));
    m_status->setObjectName(QStringLiteral("samplesStatus"));

    m_epochSlider->setPageStep(1);
    m_epochSlider->setEnabled(false);
    m_setChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_setChoice->setMinimumContentsLength(16);
    m_status->setTextFormat(Qt::PlainText);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_evaluationTitle);
    controls->addWidget(m_epochSlider, 1);
    controls->addWidget(m_epochLabel);
    controls->addSpacing(16);
    controls->addWidget(m_setTitle);
    controls->addWidget(m_setChoice);

    // Each row's two grids show the same kind of images, so they zoom together and stay
    // comparable cell by cell.
    const auto pairRow = [this](ImageGridView* left, ImageGridView* right) {
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(left, 1);
        layout->addWidget(right, 1);
        connect(left, &ImageGridView::zoomChanged, right, &ImageGridView::setZoom);
        connect(right, &ImageGridView::zoomChanged, left, &ImageGridView::setZoom);
        return row;
    };
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("samplesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(pairRow(m_inputs, m_reconstructions));
    splitter->addWidget(pairRow(m_generated, m_negatives));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_epochSlider, &QSlider::valueChanged, this, [this] { showCurrent(); });
    connect(m_setChoice, &QComboBox::currentIndexChanged, this, [this] { showCurrent(); });
    connect(m_inputs, &ImageGridView::cellClicked, this, [this](int index) {
        describeClick(tr("the inputs from %1").arg(m_setChoice->currentText()), index);
    });
    connect(m_reconstructions, &ImageGridView::cellClicked, this, [this](int index) {
        describeClick(tr("the reconstructions of %1").arg(m_setChoice->currentText()), index);
    });
    connect(m_generated, &ImageGridView::cellClicked, this, [this](int index) {
        describeClick(tr("the generated images"), index);
    });
    connect(m_negatives, &ImageGridView::cellClicked, this, [this](int index) {
        describeClick(tr("the negatives"), index);
    });

    retranslateUi();
    clear();
}

void SamplesView::showRun(const QString& runFolder)
{
    clear();
    m_folder = runFolder;
    m_fitPending = true;
    refresh();
}

void SamplesView::clear()
{
    m_folder.clear();
    m_epochs.clear();
    m_sets.clear();
    m_negativeSource.clear();
    m_sampleCount = 0;
    m_fitPending = false;
    {
        const QSignalBlocker blocker(m_setChoice);
        m_setChoice->clear();
    }
    const QSignalBlocker blocker(m_epochSlider);
    m_epochSlider->setRange(0, 0);
    m_epochSlider->setEnabled(false);
    showCurrent();
}

void SamplesView::refresh()
{
    if (m_folder.isEmpty())
        return;
    const int previousCount = int(m_epochs.size());
    const bool followLatest = previousCount == 0 || m_epochSlider->value() >= previousCount - 1;
    scanFolder();
    const QSignalBlocker blocker(m_epochSlider);
    m_epochSlider->setRange(0, std::max(0, int(m_epochs.size()) - 1));
    m_epochSlider->setEnabled(m_epochs.size() > 1);
    if (followLatest)
        m_epochSlider->setValue(m_epochSlider->maximum());
    showCurrent();
}

qint64 SamplesView::shownEpoch() const
{
    return m_epochs.isEmpty() ? -1 : m_epochs.value(m_epochSlider->value(), -1);
}

void SamplesView::showEvaluation(int index)
{
    m_epochSlider->setValue(index);
}

QStringList SamplesView::setNames() const
{
    QStringList names;
    for (const SampleSet& set : m_sets)
        names << set.name;
    return names;
}

int SamplesView::shownSet() const
{
    return m_setChoice->currentIndex();
}

void SamplesView::showSet(int index)
{
    m_setChoice->setCurrentIndex(index);
}

QString SamplesView::statusText() const
{
    return m_status->text();
}

void SamplesView::scanFolder()
{
    // File names as RunStore::writeSamples makes them: samples/epoch_NNN_<kind>.png, where
    // an OOD set's kinds are ood<i>_inputs and ood<i>_reconstructions.
    static const QRegularExpression sampleFile(QStringLiteral("^epoch_(\\d+)_(.+)\\.png$"));
    static const QRegularExpression oodKind(QStringLiteral("^ood(\\d+)_inputs$"));
    QSet<qint64> epochs;
    int oodInFiles = 0;
    const QStringList files = QDir(QDir(m_folder).filePath(QStringLiteral("samples")))
                                  .entryList({QStringLiteral("epoch_*.png")}, QDir::Files);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = sampleFile.match(file);
        if (!match.hasMatch())
            continue;
        epochs.insert(match.captured(1).toLongLong());
        const QRegularExpressionMatch ood = oodKind.match(match.captured(2));
        if (ood.hasMatch())
            oodInFiles = std::max(oodInFiles, ood.captured(1).toInt());
    }
    m_epochs = QVector<qint64>(epochs.begin(), epochs.end());
    std::sort(m_epochs.begin(), m_epochs.end());
    readSets(oodInFiles);
}

void SamplesView::readSets(int oodInFiles)
{
    // config.json names the OOD sets in the order their grids are numbered; a run folder
    // without a readable one still has the names in its evaluations.
    QString inlier;
    QStringList ood;
    const RunStore store(m_folder);
    try {
        const ExperimentConfig config = store.readConfig();
        inlier = config.data.inlier;
        ood = config.data.ood;
        m_sampleCount = int(config.training.sampleCount);
        switch (config.data.negatives.source) {
        case NegativeSource::None: m_negativeSource.clear(); break;
        case NegativeSource::Auxiliary: {
            QStringList sets;
            for (const QString& set : config.data.negatives.sets)
                sets << displayName(set);
            m_negativeSource = sets.join(QLatin1Char('+'));
            break;
        }
        case NegativeSource::NoisyInliers: m_negativeSource = tr("noisy inliers"); break;
        case NegativeSource::UniformNoise: m_negativeSource = tr("uniform noise"); break;
        case NegativeSource::Generated: m_negativeSource = tr("decoded from the prior"); break;
        case NegativeSource::Adversarial: m_negativeSource = tr("adversarial, from the generator"); break;
        }
    } catch (const std::exception&) {
        m_sampleCount = 0;
        m_negativeSource.clear();
        const QStringList evaluations = store.evaluationFiles();
        if (!evaluations.isEmpty()) {
            try {
                for (const SetScores& set : store.readEvaluation(evaluations.last()).sets) {
                    if (set.role == ScoreRole::Inlier)
                        inlier = set.name;
                    else if (set.role == ScoreRole::Ood)
                        ood << set.name;
                }
            } catch (const std::exception&) {
                // Names unknown: the sets are still listed, numbered, from their files.
            }
        }
    }
    QVector<SampleSet> sets;
    sets.push_back({inlier.isEmpty() ? tr("test set (inliers)") : tr("%1 (inliers)").arg(displayName(inlier)), QString()});
    for (int i = 1; i <= std::max(int(ood.size()), oodInFiles); ++i) {
        const QString name = i <= ood.size() ? displayName(ood[i - 1]) : tr("OOD set %1").arg(i);
        sets.push_back({tr("%1 (OOD)").arg(name), QStringLiteral("ood%1_").arg(i)});
    }
    const bool changed = sets.size() != m_sets.size()
        || !std::equal(sets.begin(), sets.end(), m_sets.begin(), [](const SampleSet& a, const SampleSet& b) {
               return a.name == b.name && a.filePrefix == b.filePrefix;
           });
    m_sets = sets;
    if (changed)
        rebuildSetChoice();
}

void SamplesView::rebuildSetChoice()
{
    const int previous = std::max(0, m_setChoice->currentIndex());
    const QSignalBlocker blocker(m_setChoice);
    m_setChoice->clear();
    for (const SampleSet& set : m_sets)
        m_setChoice->addItem(set.name);
    m_setChoice->setCurrentIndex(std::min(previous, int(m_sets.size()) - 1));
    m_setChoice->setEnabled(m_sets.size() > 1);
}

QString SamplesView::displayName(const QString& set)
{
    // A set given as a path reads best by its last component (transforms after ':' stay).
    const QString last = set.section(QLatin1Char('/'), -1);
    return last.isEmpty() ? set : last;
}

QString SamplesView::samplePath(qint64 epoch, const QString& kind) const
{
    return QDir(m_folder).filePath(QStringLiteral("samples/epoch_%1_%2.png").arg(epoch, 3, 10, QLatin1Char('0')).arg(kind));
}

void SamplesView::showCurrent()
{
    const qint64 epoch = shownEpoch();
    if (epoch < 0) {
        for (ImageGridView* view : {m_inputs, m_reconstructions, m_generated, m_negatives})
            view->clear();
        m_inputs->setCaption(tr("Inputs"));
        m_reconstructions->setCaption(tr("Reconstructions"));
        m_generated->setCaption(tr("Generated"));
        m_negatives->setVisible(false);
        m_epochLabel->setText(tr("no samples yet"));
        m_status->setText(m_folder.isEmpty() ? tr("Open or start a run to see its samples.")
                                             : m_sampleCount == 0 && QFileInfo::exists(QDir(m_folder).filePath(QStringLiteral("config.json")))
                                                   ? tr("This run saves no samples (training.sampleCount is 0).")
                                                   : tr("No samples yet: the run saves them at every evaluation."));
        return;
    }
    const int index = m_epochSlider->value();
    m_epochLabel->setText(tr("epoch %1 (%2 of %3)").arg(epoch).arg(index + 1).arg(m_epochs.size()));
    const int setIndex = std::clamp(m_setChoice->currentIndex(), 0, int(m_sets.size()) - 1);
    const SampleSet& set = m_sets[setIndex];
    const QString setName = m_setChoice->itemText(setIndex);
    loadGrid(m_inputs, set.filePrefix + QStringLiteral("inputs"), tr("Inputs: %1").arg(setName));
    loadGrid(m_reconstructions, set.filePrefix + QStringLiteral("reconstructions"),
             tr("Reconstructions (decoded at the posterior mean)"));
    loadGrid(m_generated, QStringLiteral("generated"), tr("Generated (decoded from the prior)"));
    // Only runs trained against negatives save them; a baseline run has no such grid.
    const bool hasNegatives = QFileInfo::exists(samplePath(epoch, QStringLiteral("negatives")));
    m_negatives->setVisible(hasNegatives);
    if (hasNegatives)
        loadGrid(m_negatives, QStringLiteral("negatives"),
                 m_negativeSource.isEmpty() ? tr("Negatives") : tr("Negatives (%1)").arg(m_negativeSource));
    m_status->setText(tr("Click an image to name it."));
    fitZoomsIfPending();
}

void SamplesView::loadGrid(ImageGridView* view, const QString& kind, const QString& caption)
{
    const QString path = samplePath(shownEpoch(), kind);
    const QImage image(path);
    view->setExportName(QFileInfo(path).completeBaseName());
    if (image.isNull()) {
        // E.g. OOD grids of a run made before they were saved.
        view->clear();
        view->setCaption(tr("%1 — not saved at this evaluation").arg(caption));
        return;
    }
    // The image size is in no run file: read the cells from the grid's grey gaps, with the
    // run's sample count (the images in a full grid) as the first guess.
    view->setGrid(image, ImageGridView::detectCellSize(image, kGridPadding, m_sampleCount), kGridPadding);
    view->setCaption(caption);
}

void SamplesView::fitZoomsIfPending()
{
    // The views have their size only once laid out on screen; showEvent() calls again then.
    if (!m_fitPending || !isVisible() || m_inputs->grid().isNull())
        return;
    m_fitPending = false;
    // Showing or hiding the negatives re-lays their row out only at the next pass of the
    // event loop; the fit needs the final sizes now.
    for (ImageGridView* view : {m_inputs, m_generated})
        view->parentWidget()->layout()->activate();
    m_inputs->setZoom(std::min(m_inputs->fitZoom(), m_reconstructions->grid().isNull() ? ImageGridView::maxZoom
                                                                                        : m_reconstructions->fitZoom()));
    int priorZoom = m_generated->grid().isNull() ? ImageGridView::maxZoom : m_generated->fitZoom();
    if (m_negatives->isVisible() && !m_negatives->grid().isNull())
        priorZoom = std::min(priorZoom, m_negatives->fitZoom());
    m_generated->setZoom(priorZoom);
}

void SamplesView::describeClick(const QString& what, int index)
{
    m_status->setText(tr("image %1 of %2 · epoch %3").arg(index).arg(what).arg(shownEpoch()));
}

void SamplesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // After the pending layout requests, when the grid views have their final size.
    if (m_fitPending)
        QTimer::singleShot(0, this, [this] { fitZoomsIfPending(); });
}

void SamplesView::retranslateUi()
{
    m_evaluationTitle->setText(tr("Evaluation:"));
    m_setTitle->setText(tr("Set:"));
    m_epochSlider->setToolTip(tr("Scrub back through every evaluation that saved samples."));
    m_setChoice->setToolTip(tr("The test set whose first images and their reconstructions are shown."));
}

void SamplesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showCurrent();
    }
    QWidget::changeEvent(event);
}

} // namespace negvae
