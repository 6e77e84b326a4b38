#include "rundashboard.h"

#include "aurocplot.h"
#include "histogramplot.h"
#include "lossplot.h"
#include "rocplot.h"
#include "scorecatalog.h"
#include "scoreseries.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>
#include <cmath>

namespace negvae {

namespace {

// The loss series' keys: stable, so that a language switch during a run extends the same
// lines (and CSV columns); their legend titles are translated in retranslateUi().
const char* const kTotal = QT_TRANSLATE_NOOP("negvae::RunDashboard", "total");
const char* const kReconstruction = QT_TRANSLATE_NOOP("negvae::RunDashboard", "reconstruction");
const char* const kKl = QT_TRANSLATE_NOOP("negvae::RunDashboard", "KL to prior");
const char* const kNegativeKl = QT_TRANSLATE_NOOP("negvae::RunDashboard", "KL of negatives to negative prior");
const char* const kGenerator = QT_TRANSLATE_NOOP("negvae::RunDashboard", "generator");

QVector<double> toDoubles(const std::vector<float>& values)
{
    return QVector<double>(values.begin(), values.end());
}

} // namespace

QVector<ScoreSeries> RunDashboard::seriesFor(const EvalReport& report, const QString& score)
{
    QVector<ScoreSeries> series;
    for (const SetScores& set : report.sets)
        series.push_back({set.name, roleName(set.role), toDoubles(EvalReport::scores(set, score))});
    return series;
}

RunDashboard::RunDashboard(QWidget* parent)
    : QWidget(parent)
    , m_loss(new LossPlot(this))
    , m_auroc(new AurocPlot(this))
    , m_histogram(new HistogramPlot(this))
    , m_roc(new RocPlot(this))
    , m_scoreChoice(new QComboBox(this))
    , m_epochSlider(new QSlider(Qt::Horizontal, this))
    , m_epochLabel(new QLabel(this))
    , m_scoreTitle(new QLabel(this))
    , m_evaluationTitle(new QLabel(this))
{
    m_loss->setObjectName(QStringLiteral("lossPlot"));
    m_auroc->setObjectName(QStringLiteral("aurocPlot"));
    m_histogram->setObjectName(QStringLiteral("histogramPlot"));
    m_roc->setObjectName(QStringLiteral("rocPlot"));
    m_scoreChoice->setObjectName(QStringLiteral("scoreChoice"));
    // The menu grows when a run brings more scores; the box must fit the longest name.
    m_scoreChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_epochSlider->setObjectName(QStringLiteral("epochSlider"));

    refreshScoreChoices();
    m_epochSlider->setEnabled(false);
    m_epochSlider->setPageStep(1);
    m_epochLabel->setText(tr("no evaluation yet"));

    auto* controls = new QHBoxLayout;
    m_scoreTitle->setBuddy(m_scoreChoice);
    controls->addWidget(m_scoreTitle);
    controls->addWidget(m_scoreChoice);
    controls->addSpacing(16);
    controls->addWidget(m_evaluationTitle);
    controls->addWidget(m_epochSlider, 1);
    controls->addWidget(m_epochLabel);

    auto* grid = new QGridLayout;
    grid->addWidget(m_loss, 0, 0);
    grid->addWidget(m_auroc, 0, 1);
    grid->addWidget(m_histogram, 1, 0);
    grid->addWidget(m_roc, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(grid, 1);

    connect(m_epochSlider, &QSlider::valueChanged, this, [this] { refreshEvaluationView(); });
    connect(m_scoreChoice, &QComboBox::currentIndexChanged, this, [this] { refreshEvaluationView(); });
    retranslateUi();
}

void RunDashboard::retranslateUi()
{
    m_scoreTitle->setText(tr("&Score:"));
    m_evaluationTitle->setText(tr("Evaluation:"));
    for (int i = 0; i < m_scoreChoice->count(); ++i)
        m_scoreChoice->setItemText(i, scoreTitle(m_scoreChoice->itemData(i).toString()));
    m_scoreChoice->setToolTip(tr("The per-image score shown in the histogram and ROC curves; higher = more anomalous. "
                                 "Lists every score the run holds: BPD, KL and REC always, BPD-IW, complexity, "
                                 "likelihood ratio and regret where the run's config turned them on."));
    m_epochSlider->setToolTip(tr("Scrub back through every evaluation of the run."));
    for (const char* key : {kTotal, kReconstruction, kKl, kNegativeKl, kGenerator})
        m_loss->setSeriesTitle(QString::fromUtf8(key), tr(key));
    if (m_evaluations.empty())
        m_epochLabel->setText(tr("no evaluation yet"));
    else
        refreshEvaluationView(); // the epoch label and the score axis titles
}

void RunDashboard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RunDashboard::clear()
{
    m_loss->clear();
    m_auroc->clear();
    m_evaluations.clear();
    refreshScoreChoices();
    m_histogram->setScores(scoreLabel(score()), {});
    m_roc->setCurves(scoreLabel(score()), {});
    m_epochSlider->setEnabled(false);
    m_epochSlider->setRange(0, 0);
    m_epochLabel->setText(tr("no evaluation yet"));
}

void RunDashboard::addSteps(const QVector<StepMetrics>& steps)
{
    if (steps.isEmpty())
        return;
    QVector<double> x;
    QMap<QString, QVector<double>> series;
    QVector<double>& total = series[QString::fromUtf8(kTotal)];
    QVector<double>& reconstruction = series[QString::fromUtf8(kReconstruction)];
    QVector<double>& kl = series[QString::fromUtf8(kKl)];
    QVector<double>& negativeKl = series[QString::fromUtf8(kNegativeKl)];
    QVector<double>& generator = series[QString::fromUtf8(kGenerator)];
    for (const StepMetrics& m : steps) {
        x << double(m.step);
        total << m.loss;
        reconstruction << m.reconstruction;
        kl << m.kl;
        negativeKl << m.negativeKl;
        generator << m.generatorLoss;
    }
    m_loss->appendPoints(x, series);
}

void RunDashboard::addEvaluation(const EvalReport& report)
{
    const bool followLatest = m_evaluations.empty() || m_epochSlider->value() == int(m_evaluations.size()) - 1;
    appendEvaluation(report);
    updateEpochSlider(followLatest);
    refreshEvaluationView();
}

void RunDashboard::appendEvaluation(const EvalReport& report)
{
    m_evaluations.push_back(report);
    refreshScoreChoices();
    for (const MetricRow& row : report.metrics) {
        if (row.score == QLatin1String("bpd") || row.score == QLatin1String("kl"))
            m_auroc->setPoint(row.oodSet, row.score.toUpper(), double(report.epoch), row.values.auroc);
    }
}

void RunDashboard::updateEpochSlider(bool followLatest)
{
    const QSignalBlocker blocker(m_epochSlider);
    m_epochSlider->setRange(0, int(m_evaluations.size()) - 1);
    m_epochSlider->setEnabled(m_evaluations.size() > 1);
    if (followLatest)
        m_epochSlider->setValue(int(m_evaluations.size()) - 1);
}

void RunDashboard::showHistory(const std::vector<StepMetrics>& metrics, const std::vector<EvalReport>& evaluations)
{
    clear();
    addSteps(QVector<StepMetrics>(metrics.begin(), metrics.end()));
    for (const EvalReport& report : evaluations)
        appendEvaluation(report);
    updateEpochSlider(true);
    refreshEvaluationView();
}

int RunDashboard::shownEvaluation() const
{
    return m_evaluations.empty() ? -1 : m_epochSlider->value();
}

void RunDashboard::showEvaluation(int index)
{
    m_epochSlider->setValue(index);
}

QString RunDashboard::score() const
{
    return m_scoreChoice->currentData().toString();
}

void RunDashboard::setScore(const QString& score)
{
    m_scoreChoice->setCurrentIndex(std::max(0, m_scoreChoice->findData(score)));
}

namespace {

// How the dashboard names each score: the axis label (what the number is, with its unit) and
// the shorter menu title. Translated when shown; the first row is also the fallback.
struct ScoreTexts {
    const char* score;
    const char* axisLabel;
    const char* menuTitle;
};
const ScoreTexts kScoreTexts[] = {
    {"bpd", QT_TRANSLATE_NOOP("negvae::RunDashboard", "BPD (bits per dimension)"),
     QT_TRANSLATE_NOOP("negvae::RunDashboard", "BPD (bits per dimension)")},
    {"kl", QT_TRANSLATE_NOOP("negvae::RunDashboard", "KL(q(z|x) ‖ p(z)) (nats)"),
     QT_TRANSLATE_NOOP("negvae::RunDashboard", "KL to the prior (nats)")},
    {"rec", QT_TRANSLATE_NOOP("negvae::RunDashboard", "reconstruction −log p(x|z) (nats)"),
     QT_TRANSLATE_NOOP("negvae::RunDashboard", "Reconstruction (nats)")},
    {"bpd_iw", QT_TRANSLATE_NOOP("negvae::RunDashboard", "BPD-IW, importance-weighted bound (bits per dimension)"),
     QT_TRANSLATE_NOOP("negvae::RunDashboard", "BPD-IW, importance-weighted (bits/dim)")},
    {"complexity", QT_TRANSLATE_NOOP("negvae::RunDashboard", "BPD − compressed length (bits per dimension)"),
     QT_TRANSLATE_NOOP("negvae::RunDashboard", "Complexity-corrected BPD (bits/dim)")},
    {"likelihood_ratio", QT_TRANSLATE_NOOP("negvae::RunDashboard", "BPD − background model's BPD (bits per dimension)"),
     QT_TRANSLATE_NOOP("negvae::RunDashboard", "Likelihood ratio to background (bits/dim)")},
    {"regret", QT_TRANSLATE_NOOP("negvae::RunDashboard", "likelihood regret (bits per dimension)"),
     QT_TRANSLATE_NOOP("negvae::RunDashboard", "Likelihood regret (bits/dim)")},
};

const ScoreTexts& scoreTexts(const QString& score)
{
    for (const ScoreTexts& texts : kScoreTexts)
        if (score == QLatin1String(texts.score))
            return texts;
    return kScoreTexts[0];
}

} // namespace

QString RunDashboard::scoreLabel(const QString& score)
{
    return tr(scoreTexts(score).axisLabel);
}

QString RunDashboard::scoreTitle(const QString& score)
{
    return tr(scoreTexts(score).menuTitle);
}

void RunDashboard::refreshScoreChoices()
{
    // The union over evaluations: regret, for one, exists only in the final one.
    QStringList available = EvalReport::scoreNames();
    for (const EvalReport& report : m_evaluations)
        for (const QString& name : report.availableScores())
            if (!available.contains(name))
                available.append(name);
    QStringList ordered;
    for (const QString& name : ScoreCatalog::allNames())
        if (available.contains(name))
            ordered.append(name);
    QStringList shown;
    for (int i = 0; i < m_scoreChoice->count(); ++i)
        shown.append(m_scoreChoice->itemData(i).toString());
    if (shown == ordered)
        return;
    const QString current = m_scoreChoice->currentData().toString();
    const QSignalBlocker blocker(m_scoreChoice);
    m_scoreChoice->clear();
    for (const QString& name : ordered) {
        m_scoreChoice->addItem(scoreTitle(name), name);
        m_scoreChoice->setItemData(m_scoreChoice->count() - 1, ScoreCatalog::convention(name), Qt::ToolTipRole);
    }
    m_scoreChoice->setCurrentIndex(std::max(0, m_scoreChoice->findData(current)));
}

void RunDashboard::refreshEvaluationView()
{
    const int index = shownEvaluation();
    if (index < 0)
        return;
    const EvalReport& report = m_evaluations[size_t(index)];
    m_epochLabel->setText(tr("epoch %1 (%2 of %3)").arg(report.epoch).arg(index + 1).arg(m_evaluations.size()));
    const QVector<ScoreSeries> series = seriesFor(report, score());
    m_histogram->setScores(scoreLabel(score()), series);
    m_roc->setCurves(scoreTitle(score()), series); // the short name: the ROC plot is narrow
    Q_EMIT evaluationShown(index);
}

} // namespace negvae
