#include "exploreview.h"

#include "backgroundtask.h"
#include "dataerror.h"
#include "histogramplot.h"
#include "imagedetailpanel.h"
#include "imagegridview.h"
#include "latentprojection.h"
#include "latentscatterplot.h"
#include "rundashboard.h"
#include "runcontents.h"
#include "runinspector.h"
#include "scoredimagegallery.h"
#include "scoreranking.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace negvae {

namespace {

// core's ImageGrid pads every grid with 2 px of grey.
constexpr int kGridPadding = 2;

QString errorText(const std::exception& error)
{
    if (const auto* data = dynamic_cast<const DataError*>(&error))
        return data->message();
    return QString::fromUtf8(error.what());
}

} // namespace

ExploreView::ExploreView(QWidget* parent)
    : QWidget(parent)
    , m_evaluationTitle(new QLabel(this))
    , m_evaluationChoice(new QComboBox(this))
    , m_scoreTitle(new QLabel(this))
    , m_scoreChoice(new QComboBox(this))
    , m_setTitle(new QLabel(this))
    , m_setChoice(new QComboBox(this))
    , m_kTitle(new QLabel(this))
    , m_kSpin(new QSpinBox(this))
    , m_anomalousButton(new QPushButton(this))
    , m_typicalButton(new QPushButton(this))
    , m_foolingButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
    , m_histogram(new HistogramPlot(this))
    , m_latent(new LatentScatterPlot(this))
    , m_gallery(new ScoredImageGallery(this))
    , m_detail(new ImageDetailPanel(this))
    , m_interpolationTitle(new QLabel(this))
    , m_stepsTitle(new QLabel(this))
    , m_stepsSpin(new QSpinBox(this))
    , m_interpolateButton(new QPushButton(this))
    , m_interpolation(new ImageGridView(this))
{
    m_evaluationChoice->setObjectName(QStringLiteral("exploreEvaluationChoice"));
    m_scoreChoice->setObjectName(QStringLiteral("exploreScoreChoice"));
    m_setChoice->setObjectName(QStringLiteral("exploreSetChoice"));
    m_kSpin->setObjectName(QStringLiteral("exploreTopK"));
    m_anomalousButton->setObjectName(QStringLiteral("mostAnomalousButton"));
    m_typicalButton->setObjectName(QStringLiteral("mostTypicalButton"));
    m_foolingButton->setObjectName(QStringLiteral("foolingOodButton"));
    m_statusLabel->setObjectName(QStringLiteral("exploreStatus"));
    m_histogram->setObjectName(QStringLiteral("exploreHistogram"));
    m_latent->setObjectName(QStringLiteral("latentPlot"));
    m_gallery->setObjectName(QStringLiteral("exploreGallery"));
    m_interpolation->setObjectName(QStringLiteral("interpolationGrid"));
    m_stepsSpin->setObjectName(QStringLiteral("interpolationSteps"));
    m_interpolateButton->setObjectName(QStringLiteral("interpolateButton"));

    for (const QString& score : EvalReport::scoreNames())
        m_scoreChoice->addItem(QString(), score);
    m_kSpin->setRange(1, 1000);
    m_kSpin->setValue(defaultTopK);
    m_stepsSpin->setRange(2, 32);
    m_stepsSpin->setValue(6); // eight images in all: a strip that fits beside the plots at 2×
    m_setChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_evaluationChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_interpolationTitle->setTextFormat(Qt::PlainText);
    m_interpolationTitle->setWordWrap(true);
    m_interpolation->setExportName(QStringLiteral("interpolation"));
    // Room for the path at 2× (28-px images) with the view's own controls.
    m_interpolation->setMinimumHeight(4 * fontMetrics().height() + 2 * 32);
    // The list a user comes for: where the model is fooled.
    QFont bold = m_foolingButton->font();
    bold.setBold(true);
    m_foolingButton->setFont(bold);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_evaluationTitle);
    controls->addWidget(m_evaluationChoice);
    controls->addSpacing(12);
    controls->addWidget(m_scoreTitle);
    controls->addWidget(m_scoreChoice);
    controls->addSpacing(12);
    controls->addWidget(m_foolingButton);
    controls->addSpacing(12);
    controls->addWidget(m_setTitle);
    controls->addWidget(m_setChoice);
    controls->addWidget(m_kTitle);
    controls->addWidget(m_kSpin);
    controls->addWidget(m_anomalousButton);
    controls->addWidget(m_typicalButton);
    controls->addStretch(1);

    auto* plots = new QSplitter(Qt::Vertical, this);
    plots->addWidget(m_histogram);
    plots->addWidget(m_latent);

    auto* interpolationBox = new QWidget(this);
    auto* interpolationControls = new QHBoxLayout;
    interpolationControls->addWidget(m_stepsTitle);
    interpolationControls->addWidget(m_stepsSpin);
    interpolationControls->addWidget(m_interpolateButton);
    interpolationControls->addWidget(m_interpolationTitle, 1);
    auto* interpolationLayout = new QVBoxLayout(interpolationBox);
    interpolationLayout->setContentsMargins(0, 0, 0, 0);
    interpolationLayout->addLayout(interpolationControls);
    interpolationLayout->addWidget(m_interpolation, 1);

    // The gallery gets the full width of its column (more images per row); the detail and
    // the latent path, which reads left to right, sit in strips below it.
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_gallery);
    right->addWidget(m_detail);
    right->addWidget(interpolationBox);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 0);
    right->setStretchFactor(2, 0);

    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(plots);
    columns->addWidget(right);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_statusLabel);
    layout->addWidget(columns, 1);

    connect(m_evaluationChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index == m_shown)
            return;
        m_shown = index;
        m_followNewest = index == evaluationCount() - 1;
        showCurrent();
    });
    connect(m_scoreChoice, &QComboBox::currentIndexChanged, this, [this] { updateHistogram(); });
    connect(m_histogram, &HistogramPlot::binClicked, this, [this] { showHistogramSelection(); });
    connect(m_histogram, &HistogramPlot::rangeSelected, this, [this] { showHistogramSelection(); });
    connect(m_latent, &LatentScatterPlot::projectionChanged, this, [this] { updateLatents(); });
    connect(m_latent, &LatentScatterPlot::pointClicked, this,
            [this](const QString& set, qint64 index) { showDetail(set, index); });
    connect(m_gallery, &ScoredImageGallery::itemActivated, this, [this](int row) {
        const GalleryItem item = m_gallery->item(row);
        showDetail(item.set, item.index);
    });
    connect(m_anomalousButton, &QPushButton::clicked, this,
            [this] { showTopK(m_setChoice->currentText(), true, m_kSpin->value()); });
    connect(m_typicalButton, &QPushButton::clicked, this,
            [this] { showTopK(m_setChoice->currentText(), false, m_kSpin->value()); });
    connect(m_foolingButton, &QPushButton::clicked, this, [this] { showFoolingOod(m_kSpin->value()); });
    connect(m_detail, &ImageDetailPanel::interpolateFrom, this, [this](const QString& set, qint64 index) {
        m_from = Choice {set, index};
        updateInterpolationButtons();
        if (m_to)
            interpolate(m_from->set, m_from->index, m_to->set, m_to->index);
    });
    connect(m_detail, &ImageDetailPanel::interpolateTo, this, [this](const QString& set, qint64 index) {
        m_to = Choice {set, index};
        updateInterpolationButtons();
        if (m_from)
            interpolate(m_from->set, m_from->index, m_to->set, m_to->index);
    });
    connect(m_interpolateButton, &QPushButton::clicked, this, [this] {
        if (m_from && m_to)
            interpolate(m_from->set, m_from->index, m_to->set, m_to->index);
    });
    connect(m_stepsSpin, &QSpinBox::valueChanged, this, [this] {
        if (m_from && m_to && !m_interpolation->grid().isNull())
            interpolate(m_from->set, m_from->index, m_to->set, m_to->index);
    });

    retranslateUi();
    clear();
}

ExploreView::~ExploreView()
{
    // A loader still reading a data set owns only its own inspector; wait so that it does
    // not outlive the process's Qt objects.
    ++m_loadGeneration;
    BackgroundTask::waitForAll(this);
}

void ExploreView::clear()
{
    ++m_loadGeneration; // results of a loader still running are dropped
    m_folder.clear();
    m_config = ExperimentConfig();
    m_reports.clear();
    m_shown = -1;
    m_followNewest = true;
    m_inspector.reset();
    m_from.reset();
    m_to.reset();
    m_histogram->clear();
    m_latent->clear();
    m_gallery->clear();
    m_detail->clear();
    m_interpolation->clear();
    rebuildEvaluationChoice();
    rebuildSetChoice();
    updateInterpolationButtons();
    setStatus(tr("Open or start a run to explore its images."));
}

void ExploreView::showRun(const QString& runFolder)
{
    try {
        showRun(RunContents::read(runFolder));
    } catch (const std::exception& error) {
        clear();
        m_folder = runFolder;
        reportProblem(tr("cannot read the run's evaluations: %1").arg(errorText(error)));
        startLoading();
    }
}

void ExploreView::showRun(const RunContents& contents)
{
    clear();
    m_folder = contents.folder;
    m_config = contents.config;
    m_reports = contents.evaluations;
    m_shown = evaluationCount() - 1;
    rebuildEvaluationChoice();
    showCurrent();
    startLoading();
}

void ExploreView::addEvaluation(const EvalReport& report)
{
    m_reports.push_back(report);
    rebuildEvaluationChoice();
    if (m_followNewest || m_shown < 0) {
        m_shown = evaluationCount() - 1;
        m_evaluationChoice->setCurrentIndex(m_shown);
        showCurrent();
    }
    // A run started before its first evaluation may have had no config to load sets from.
    if (!m_inspector && !m_folder.isEmpty() && findChildren<QThread*>(Qt::FindDirectChildrenOnly).isEmpty())
        startLoading();
}

void ExploreView::startLoading()
{
    if (m_folder.isEmpty())
        return;
    const quint64 generation = ++m_loadGeneration;
    auto inspector = std::make_shared<RunInspector>(m_folder);
    auto error = std::make_shared<QString>();
    setStatus(tr("Loading the test images…"));
    const BackgroundTask::Progress progress =
        BackgroundTask::relayProgress(this, [this, generation](qint64 done, qint64 total, const QString& what) {
            if (m_loadGeneration == generation && total > 0)
                setStatus(tr("Loading the test images… %1 (%2 %)").arg(what).arg(100 * done / total));
        });
    // Data sets can take seconds (rendered letters, large folders): never on the GUI thread.
    BackgroundTask::start(
        this, QStringLiteral("explore-loader"),
        [inspector, error, progress] {
            try {
                inspector->loadSets(progress);
                inspector->loadModel();
            } catch (const std::exception& e) {
                *error = errorText(e); // a DataError's own message, as elsewhere in this view
            }
        },
        [this, inspector, error, generation](const QString&) {
            if (generation == m_loadGeneration)
                onLoaded(inspector, *error);
        });
}

void ExploreView::onLoaded(const std::shared_ptr<RunInspector>& inspector, const QString& error)
{
    if (!error.isEmpty()) {
        reportProblem(tr("cannot load the run's test images: %1").arg(error));
        Q_EMIT imagesReady();
        return;
    }
    m_inspector = inspector;
    setStatus(inspector->hasModel()
                  ? tr("Ready: click a histogram bin or drag a score range, pick a top-k list, or click a latent point. "
                       "Model of step %1 (latest checkpoint).").arg(inspector->modelStep())
                  : tr("Ready: the run has no checkpoint yet, so images show without reconstructions."));
    showStartingPoint();
    Q_EMIT imagesReady();
}

void ExploreView::showStartingPoint()
{
    // Open on what a user comes for rather than on empty panels: the OOD images the model
    // likes best, the first of them in detail, and the latent path to it from the most
    // typical inlier. Anything the user picked meanwhile is left alone.
    const EvalReport* report = current();
    if (!report || m_gallery->count() > 0 || m_detail->hasDetail() || m_inspector->setNames().size() < 2)
        return;
    const QString previousStatus = statusText();
    if (!showFoolingOod(defaultTopK) || m_gallery->count() == 0)
        return;
    const GalleryItem fooled = m_gallery->item(0);
    showDetail(fooled.set, fooled.index);
    const std::vector<int64_t> typical = ScoreRanking(report->sets.front().bpd).mostTypical(1);
    if (!typical.empty() && m_inspector->hasModel())
        interpolate(report->sets.front().name, typical.front(), fooled.set, fooled.index);
    setStatus(previousStatus);
}

void ExploreView::rebuildEvaluationChoice()
{
    const QSignalBlocker blocker(m_evaluationChoice);
    m_evaluationChoice->clear();
    for (const EvalReport& report : m_reports)
        m_evaluationChoice->addItem(tr("epoch %1 (step %2)").arg(report.epoch).arg(report.step));
    m_evaluationChoice->setCurrentIndex(m_shown);
    m_evaluationChoice->setEnabled(!m_reports.empty());
}

void ExploreView::rebuildSetChoice()
{
    const QString previous = m_setChoice->currentText();
    const QSignalBlocker blocker(m_setChoice);
    m_setChoice->clear();
    if (const EvalReport* report = current()) {
        for (const SetScores& set : report->sets)
            m_setChoice->addItem(set.name);
    }
    m_setChoice->setCurrentIndex(std::max(0, m_setChoice->findText(previous)));
    const bool any = m_setChoice->count() > 0;
    m_anomalousButton->setEnabled(any);
    m_typicalButton->setEnabled(any);
    m_foolingButton->setEnabled(any);
}

const EvalReport* ExploreView::current() const
{
    return m_shown >= 0 && m_shown < evaluationCount() ? &m_reports[size_t(m_shown)] : nullptr;
}

const SetScores* ExploreView::findSet(const QString& name) const
{
    if (const EvalReport* report = current())
        for (const SetScores& set : report->sets)
            if (set.name == name)
                return &set;
    return nullptr;
}

qint64 ExploreView::shownEpoch() const
{
    const EvalReport* report = current();
    return report ? report->epoch : -1;
}

void ExploreView::showEvaluation(int index)
{
    if (index >= 0 && index < evaluationCount())
        m_evaluationChoice->setCurrentIndex(index);
}

QString ExploreView::score() const
{
    return m_scoreChoice->currentData().toString();
}

void ExploreView::setScore(const QString& score)
{
    m_scoreChoice->setCurrentIndex(std::max(0, m_scoreChoice->findData(score)));
}

void ExploreView::showCurrent()
{
    rebuildSetChoice();
    updateHistogram();
    updateLatents();
}

void ExploreView::updateHistogram()
{
    const EvalReport* report = current();
    m_histogram->setScores(RunDashboard::scoreLabel(score()),
                           report ? RunDashboard::seriesFor(*report, score()) : QVector<ScoreSeries>());
}

void ExploreView::updateLatents()
{
    const EvalReport* report = current();
    std::vector<const SetScores*> sets;
    if (report)
        for (const SetScores& set : report->sets)
            if (set.latentDim > 0 && set.latentDim == report->sets.front().latentDim)
                sets.push_back(&set);
    if (sets.empty()) {
        m_latent->clear();
        return;
    }
    const int64_t dim = sets.front()->latentDim;
    m_latent->setLatentDimension(int(dim));
    std::vector<const std::vector<float>*> rows;
    for (const SetScores* set : sets)
        rows.push_back(&set->latentMeans);
    const LatentProjection projection =
        m_latent->isPca() ? LatentProjection::principalComponents(rows, dim)
                          : LatentProjection::coordinates(dim, m_latent->coordinateI(), m_latent->coordinateJ());
    QVector<LatentSeries> series;
    for (const SetScores* set : sets) {
        const std::vector<QPointF> points = projection.project(set->latentMeans);
        series.push_back({set->name, roleName(set->role), QVector<QPointF>(points.begin(), points.end()), {}});
    }
    m_latent->setPoints(projection.xLabel(), projection.yLabel(), series);
    std::optional<QPointF> negativePrior;
    if (m_config.data.negatives.source != NegativeSource::None)
        negativePrior = projection.projectConstant(m_config.objective.negativePriorMean);
    m_latent->setCentres(projection.projectConstant(0.0), negativePrior);
}

bool ExploreView::imagesKept(const SetScores& set)
{
    if (set.role != ScoreRole::Negative)
        return true;
    // Only the latest evaluation's negatives are kept; a live run replaces them each time.
    try {
        return m_inspector && m_inspector->loadNegatives() == shownEpoch();
    } catch (const std::exception& error) {
        reportProblem(tr("cannot read the kept negatives: %1").arg(errorText(error)));
        return false;
    }
}

bool ExploreView::requireImages()
{
    if (m_inspector)
        return true;
    setStatus(m_folder.isEmpty() ? tr("No run is open.") : tr("The test images are still loading; try again in a moment."));
    return false;
}

bool ExploreView::showHistogramSelection()
{
    const HistogramPlot::Selection selection = m_histogram->selection();
    const EvalReport* report = current();
    if (selection.isEmpty() || !report || !requireImages())
        return false;
    std::vector<Choice> picks;
    qint64 negatives = 0;
    for (const SetScores& set : report->sets) {
        const std::vector<float>& scores = EvalReport::scores(set, score());
        std::vector<int64_t> inside;
        for (int64_t i = 0; i < int64_t(scores.size()); ++i)
            if (m_histogram->selectionContains(scores[size_t(i)]))
                inside.push_back(i);
        if (!imagesKept(set)) {
            negatives += qint64(inside.size());
            continue;
        }
        // Most anomalous first within each set, as the top-k lists order them.
        std::stable_sort(inside.begin(), inside.end(),
                         [&](int64_t a, int64_t b) { return scores[size_t(a)] > scores[size_t(b)]; });
        for (int64_t i : inside)
            picks.push_back({set.name, i});
    }
    const QString name = score().toUpper();
    const QString title = selection.isBin()
                        ? tr("%1 bin %2: [%3, %4)").arg(name).arg(selection.bin + 1).arg(selection.lower, 0, 'g', 4).arg(selection.upper, 0, 'g', 4)
                        : tr("%1 in [%2, %3]").arg(name).arg(selection.lower, 0, 'g', 4).arg(selection.upper, 0, 'g', 4);
    if (!fillGallery(title, picks))
        return false;
    if (negatives > 0)
        setStatus(statusText() + tr(" · %n negative(s) here are not shown: the run keeps the negatives' images of its "
                                "latest evaluation only", nullptr, int(negatives)));
    return true;
}

bool ExploreView::showTopK(const QString& set, bool mostAnomalous, int k)
{
    const SetScores* scores = findSet(set);
    if (!scores) {
        setStatus(tr("No images of set %1 to list.").arg(set));
        return false;
    }
    if (!requireImages())
        return false;
    if (!imagesKept(*scores)) {
        setStatus(tr("The run keeps the negatives' images of its latest evaluation only."));
        return false;
    }
    const ScoreRanking ranking(EvalReport::scores(*scores, score()));
    std::vector<Choice> picks;
    for (int64_t i : mostAnomalous ? ranking.mostAnomalous(k) : ranking.mostTypical(k))
        picks.push_back({set, i});
    const QString title = mostAnomalous ? tr("%1: the %2 most anomalous by %3 (highest first)").arg(set).arg(k).arg(score().toUpper())
                                        : tr("%1: the %2 most typical by %3 (lowest first)").arg(set).arg(k).arg(score().toUpper());
    return fillGallery(title, picks);
}

bool ExploreView::showFoolingOod(int k)
{
    const EvalReport* report = current();
    if (!report || report->sets.empty() || !requireImages())
        return false;
    struct Scored { float bpd; Choice choice; };
    std::vector<Scored> ood;
    for (const SetScores& set : report->sets)
        if (set.role == ScoreRole::Ood)
            for (int64_t i = 0; i < int64_t(set.bpd.size()); ++i)
                if (!std::isnan(set.bpd[size_t(i)]))
                    ood.push_back({set.bpd[size_t(i)], {set.name, i}});
    if (ood.empty()) {
        setStatus(tr("This run has no OOD set."));
        return false;
    }
    std::stable_sort(ood.begin(), ood.end(), [](const Scored& a, const Scored& b) { return a.bpd < b.bpd; });
    // How often the failure happens, not just its worst cases: OOD images the model finds
    // likelier than the median inlier test image.
    std::vector<float> inlier = report->sets.front().bpd;
    std::sort(inlier.begin(), inlier.end());
    const float median = inlier.empty() ? 0.0f : inlier[inlier.size() / 2];
    const auto below = std::count_if(ood.begin(), ood.end(), [median](const Scored& s) { return s.bpd < median; });
    std::vector<Choice> picks;
    for (size_t i = 0; i < std::min(ood.size(), size_t(std::max(0, k))); ++i)
        picks.push_back(ood[i].choice);
    setScore(QStringLiteral("bpd"));
    return fillGallery(tr("Where the model is fooled: the %1 OOD images with the lowest BPD · %2 of %3 OOD images "
                          "(%4 %) score below the inliers' median BPD %5")
                           .arg(picks.size()).arg(below).arg(ood.size()).arg(100.0 * double(below) / double(ood.size()), 0, 'f', 1)
                           .arg(median, 0, 'f', 4),
                       picks);
}

bool ExploreView::fillGallery(const QString& title, const std::vector<Choice>& picks)
{
    // One batch per set: thousands of images one by one would cost a tensor round trip each.
    std::map<QString, std::vector<int64_t>> bySet;
    for (const Choice& pick : picks)
        bySet[pick.set].push_back(pick.index);
    std::map<QString, std::vector<QImage>> images;
    std::map<QString, std::array<ScoreRanking, 3>> rankings;
    try {
        for (const auto& [set, indexes] : bySet) {
            const int setIndex = m_inspector->setIndex(set);
            const SetScores* scores = findSet(set);
            if (setIndex < 0 || !scores)
                throw DataError(m_folder, tr("set %1 is not among the run's test sets").arg(set));
            images[set] = m_inspector->images(setIndex, indexes);
            rankings.emplace(set, std::array<ScoreRanking, 3> {ScoreRanking(scores->bpd), ScoreRanking(scores->kl),
                                                               ScoreRanking(scores->rec)});
        }
    } catch (const std::exception& error) {
        reportProblem(tr("cannot show the images: %1").arg(errorText(error)));
        return false;
    }
    const int scoreIndex = int(EvalReport::scoreNames().indexOf(score()));
    std::map<QString, size_t> next;
    QVector<GalleryItem> items;
    items.reserve(qsizetype(picks.size()));
    for (const Choice& pick : picks) {
        const SetScores* scores = findSet(pick.set);
        GalleryItem item;
        item.image = images[pick.set][next[pick.set]++];
        item.set = pick.set;
        item.index = pick.index;
        item.bpd = scores->bpd[size_t(pick.index)];
        item.kl = scores->kl[size_t(pick.index)];
        item.rec = scores->rec[size_t(pick.index)];
        item.rank = int(rankings.at(pick.set)[size_t(std::max(0, scoreIndex))].rank(pick.index));
        items.push_back(item);
    }
    m_gallery->setItems(title, items, score());
    setStatus(tr("%n image(s): %1", nullptr, int(items.size())).arg(title));
    return true;
}

bool ExploreView::showDetail(const QString& set, qint64 index)
{
    if (!requireImages())
        return false;
    const SetScores* scores = findSet(set);
    const int setIndex = scores && imagesKept(*scores) ? m_inspector->setIndex(set) : -1;
    if (setIndex < 0) {
        setStatus(tr("The images of %1 at this evaluation are not kept in the run folder, so they cannot be shown.").arg(set));
        return false;
    }
    if (index < 0 || index >= qint64(scores->bpd.size()) || index >= m_inspector->setSize(setIndex)) {
        reportProblem(tr("%1 has no image #%2").arg(set).arg(index));
        return false;
    }
    ImageDetailPanel::Detail detail;
    try {
        detail.set = set;
        detail.index = index;
        detail.label = m_inspector->label(setIndex, index);
        detail.image = m_inspector->image(setIndex, index);
        detail.bpd = scores->bpd[size_t(index)];
        detail.kl = scores->kl[size_t(index)];
        detail.rec = scores->rec[size_t(index)];
        detail.rankBpd = ScoreRanking(scores->bpd).rank(index);
        detail.rankKl = ScoreRanking(scores->kl).rank(index);
        detail.rankRec = ScoreRanking(scores->rec).rank(index);
        detail.setSize = qint64(scores->bpd.size());
        detail.epoch = shownEpoch();
        // Training may have written a newer checkpoint since the last look.
        if (m_inspector->loadModel()) {
            detail.reconstruction = m_inspector->reconstruction(setIndex, index);
            detail.modelNote = tr("Reconstruction (decoded at the posterior mean) by the model of step %1, the latest "
                                  "checkpoint; the scores are from the evaluation at step %2.")
                                   .arg(m_inspector->modelStep()).arg(current()->step);
        } else {
            detail.modelNote = tr("No checkpoint yet, so no reconstruction.");
        }
    } catch (const std::exception& error) {
        detail.modelNote = tr("No reconstruction: %1").arg(errorText(error));
        reportProblem(detail.modelNote);
    }
    m_detail->showDetail(detail);
    m_latent->setHighlightedPoint(set, index); // no ring when the image is not in the latent sample
    return true;
}

bool ExploreView::interpolate(const QString& setA, qint64 indexA, const QString& setB, qint64 indexB)
{
    if (!requireImages())
        return false;
    const int a = m_inspector->setIndex(setA);
    const int b = m_inspector->setIndex(setB);
    if (a < 0 || b < 0) {
        setStatus(tr("Interpolation needs two test images."));
        return false;
    }
    try {
        if (!m_inspector->loadModel()) {
            setStatus(tr("The run has no checkpoint yet: nothing to interpolate with."));
            return false;
        }
        const QImage row = m_inspector->interpolation(a, indexA, b, indexB, m_stepsSpin->value());
        const QImage image = m_inspector->image(a, indexA);
        m_interpolation->setGrid(row, image.size(), kGridPadding);
        m_interpolation->setZoom(m_interpolation->fitZoom());
    } catch (const std::exception& error) {
        reportProblem(tr("cannot interpolate: %1").arg(errorText(error)));
        return false;
    }
    m_from = Choice {setA, indexA};
    m_to = Choice {setB, indexB};
    m_interpolationTitle->setText(tr("%1 #%2 → %3 #%4: the two images at the ends, %5 images decoded along the line "
                                     "between their posterior means (model of step %6)")
                                      .arg(setA).arg(indexA).arg(setB).arg(indexB).arg(m_stepsSpin->value())
                                      .arg(m_inspector->modelStep()));
    updateInterpolationButtons();
    return true;
}

void ExploreView::updateInterpolationButtons()
{
    m_interpolateButton->setEnabled(m_from.has_value() && m_to.has_value());
    if (m_interpolation->grid().isNull()) {
        const QString from = m_from ? tr("%1 #%2").arg(m_from->set).arg(m_from->index) : tr("(not chosen)");
        const QString to = m_to ? tr("%1 #%2").arg(m_to->set).arg(m_to->index) : tr("(not chosen)");
        m_interpolationTitle->setText(tr("Latent interpolation: from %1 to %2. Choose both ends in the image detail.").arg(from, to));
    }
}

void ExploreView::setStatus(const QString& text)
{
    m_statusLabel->setText(text);
}

void ExploreView::reportProblem(const QString& text)
{
    setStatus(text);
    Q_EMIT problem(text);
}

QString ExploreView::statusText() const
{
    return m_statusLabel->text();
}

void ExploreView::retranslateUi()
{
    m_evaluationTitle->setText(tr("Evaluation:"));
    m_scoreTitle->setText(tr("Score:"));
    m_scoreChoice->setItemText(0, tr("BPD"));
    m_scoreChoice->setItemText(1, tr("KL"));
    m_scoreChoice->setItemText(2, tr("REC"));
    m_scoreChoice->setToolTip(tr("The per-image score of the histogram, the lists and the captions; higher = more anomalous."));
    m_setTitle->setText(tr("Set:"));
    m_kTitle->setText(tr("k:"));
    m_anomalousButton->setText(tr("Most anomalous"));
    m_anomalousButton->setToolTip(tr("The k images of the set with the highest score"));
    m_typicalButton->setText(tr("Most typical"));
    m_typicalButton->setToolTip(tr("The k images of the set with the lowest score"));
    m_foolingButton->setText(tr("Where the model is fooled"));
    m_foolingButton->setToolTip(tr("The k OOD images with the lowest BPD: those the model finds likeliest, against its purpose"));
    m_stepsTitle->setText(tr("Steps:"));
    m_interpolateButton->setText(tr("Interpolate"));
}

void ExploreView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Texts made from the run's state; a status that reports an event keeps its language
        // until the next one.
        rebuildEvaluationChoice();
        updateInterpolationButtons();
        if (m_folder.isEmpty())
            setStatus(tr("Open or start a run to explore its images."));
    }
    QWidget::changeEvent(event);
}

} // namespace negvae
